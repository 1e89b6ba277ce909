package stdlib_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
)

// newLocalServer starts an httptest server on 127.0.0.1 only.
func newLocalServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	require.True(t, strings.HasPrefix(srv.URL, "http://127.0.0.1:"), srv.URL)
	return srv
}

// closedURL returns a URL on 127.0.0.1 where nothing listens.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return "http://" + addr + "/health"
}

func echoHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Method", r.Method)
		w.Header().Set("X-Token", r.Header.Get("X-Token"))
		w.Header().Set("X-Host", r.Host)
		w.Header().Add("X-Multi", "a")
		w.Header().Add("X-Multi", "b")
		switch r.URL.Path {
		case "/missing":
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, "not found")
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		default:
			w.WriteHeader(http.StatusCreated)
			_, _ = w.Write(body)
			_, _ = io.WriteString(w, "|"+r.URL.RawQuery)
		}
	})
}

func TestHTTPGetAndRequest(t *testing.T) {
	srv := newLocalServer(t, echoHandler())
	tests := []struct {
		name    string
		fn      string
		args    []any
		status  int64
		body    string
		headers map[string]string
	}{
		{"get", "get", []any{srv.URL + "/?q=1"}, 201, "|q=1", map[string]string{"X-Method": "GET", "X-Multi": "a, b"}},
		{"get headers", "get", []any{srv.URL, map[string]any{"headers": map[string]any{"X-Token": "t0k", "Host": "example.test"}, "timeout": int64(5)}},
			201, "|", map[string]string{"X-Token": "t0k", "X-Host": "example.test"}},
		{"non-2xx is a response", "get", []any{srv.URL + "/missing"}, 404, "not found", nil},
		{"post body", "request", []any{"POST", srv.URL, map[string]any{"body": `{"a":1}`, "headers": map[string]any{"X-Token": int64(7)}}},
			201, `{"a":1}|`, map[string]string{"X-Method": "POST", "X-Token": "7"}},
		{"bytes body, lower-case method", "request", []any{"put", srv.URL, map[string]any{"body": bindings.Bytes("raw")}}, 201, "raw|", map[string]string{"X-Method": "PUT"}},
		{"all by name", "request", []any{map[string]any{"method": "DELETE", "url": srv.URL + "/missing"}}, 404, "not found", map[string]string{"X-Method": "DELETE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := mustInvoke(t, "http", tt.fn, tt.args...)
			resp := v.(map[string]any)
			assert.Equal(t, tt.status, resp["status"])
			assert.Equal(t, tt.body, resp["body"])
			headers := resp["headers"].(map[string]any)
			for k, want := range tt.headers {
				assert.Equal(t, want, headers[k], k)
			}
		})
	}
}

func TestHTTPErrors(t *testing.T) {
	srv := newLocalServer(t, echoHandler())
	down := closedURL(t)

	_, err := invoke(t, nil, nil, "http", "get", down)
	requireException(t, err, bindings.DockerException, "http.get: GET "+down+": ", "connection refused")

	_, err = invoke(t, nil, nil, "http", "request", "POST", down, map[string]any{"body": "x"})
	requireException(t, err, bindings.DockerException, "http.request: POST "+down+": ")

	start := time.Now()
	_, err = invoke(t, nil, nil, "http", "get", srv.URL+"/slow", map[string]any{"timeout": 0.2})
	requireException(t, err, bindings.DockerException, "http.get: GET "+srv.URL+"/slow: no answer within 0.2s")
	assert.Less(t, time.Since(start), 3*time.Second)

	_, err = invoke(t, nil, nil, "http", "request", "BAD METHOD", srv.URL)
	requireException(t, err, bindings.InvalidArgument, "http.request()", "argument 'method'")
}

func TestHTTPGetCancelled(t *testing.T) {
	srv := newLocalServer(t, echoHandler())
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := invoke(t, ctx, nil, "http", "get", srv.URL+"/slow")
	require.Error(t, err)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestHTTPWaitFor(t *testing.T) {
	var hits atomic.Int64
	srv := newLocalServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) < 3 {
			http.Error(w, "starting", http.StatusServiceUnavailable)
			return
		}
		_, _ = io.WriteString(w, "ok")
	}))
	v, err := invoke(t, nil, nil, "http", "wait_for", srv.URL, map[string]any{"timeout": int64(10), "interval": 0.02})
	require.NoError(t, err)
	resp := v.(map[string]any)
	assert.Equal(t, int64(200), resp["status"])
	assert.Equal(t, "ok", resp["body"])
	assert.Equal(t, int64(3), hits.Load())
}

func TestHTTPWaitForStatusList(t *testing.T) {
	srv := newLocalServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	v, err := invoke(t, nil, nil, "http", "wait_for", srv.URL, map[string]any{"status": []any{int64(200), int64(204)}})
	require.NoError(t, err)
	assert.Equal(t, int64(204), v.(map[string]any)["status"])
}

func TestHTTPWaitForServerStartsLate(t *testing.T) {
	// nothing listens at first; the server starts on the same port later
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	srv := &http.Server{Handler: echoHandler(), ReadHeaderTimeout: time.Second}
	t.Cleanup(func() { _ = srv.Close() })
	time.AfterFunc(300*time.Millisecond, func() {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return // the port was taken meanwhile: the wait below times out
		}
		_ = srv.Serve(l)
	})
	v, err := invoke(t, nil, nil, "http", "wait_for", "http://"+addr+"/", map[string]any{"timeout": int64(10), "interval": 0.05, "status": int64(201)})
	require.NoError(t, err)
	assert.Equal(t, int64(201), v.(map[string]any)["status"])
}

func TestHTTPWaitForTimeout(t *testing.T) {
	srv := newLocalServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "starting", http.StatusServiceUnavailable)
	}))
	down := closedURL(t)
	tests := []struct {
		name  string
		url   string
		parts []string
	}{
		{"wrong status", srv.URL + "/health", []string{"http.wait_for: " + srv.URL + "/health did not answer 200 within 0.3s", "attempts); last: status 503"}},
		{"refused", down, []string{"http.wait_for: " + down + " did not answer 200 within 0.3s", "last: ", "connection refused"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := invoke(t, nil, nil, "http", "wait_for", tt.url, map[string]any{"timeout": 0.3, "interval": 0.05})
			requireException(t, err, bindings.DockerException, tt.parts...)
			elapsed := time.Since(start)
			assert.GreaterOrEqual(t, elapsed, 250*time.Millisecond)
			assert.Less(t, elapsed, 3*time.Second)
		})
	}
}

func TestHTTPWaitForCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := invoke(t, ctx, nil, "http", "wait_for", closedURL(t), map[string]any{"timeout": int64(30)})
	require.Error(t, err)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
	assert.Less(t, time.Since(start), 3*time.Second)
}
