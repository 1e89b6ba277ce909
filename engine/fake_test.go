package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests named TestFake... run against a local fake daemon (an httptest
// server on a unix socket) to inject faults a real engine does not produce
// on demand.

// fakeDaemon is an httptest server on a unix socket.
type fakeDaemon struct {
	srv    *httptest.Server
	sock   string
	pings  atomic.Int32
	conns  atomic.Int32 // connections accepted
	mu     sync.Mutex
	reqs   []*http.Request
	bodies [][]byte
}

// socketPath returns a fresh, short unix socket path.
func socketPath(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "dfake")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	return filepath.Join(dir, "d.sock")
}

// startFake serves h on sock. Unless h handles /_ping itself, pings answer
// "OK" with API version 1.41.
func startFake(t *testing.T, sock string, h http.HandlerFunc) *fakeDaemon {
	t.Helper()
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	f := &fakeDaemon{sock: sock}
	f.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.reqs = append(f.reqs, r)
		f.bodies = append(f.bodies, body)
		f.mu.Unlock()
		r.Body = io.NopCloser(bytes.NewReader(body))
		if r.URL.Path == "/_ping" {
			f.pings.Add(1)
		}
		w.Header().Set("Api-Version", "1.41")
		w.Header().Set("Ostype", "linux")
		h(w, r)
	}))
	f.srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			f.conns.Add(1)
		}
	}
	f.srv.Listener.Close()
	f.srv.Listener = l
	f.srv.Start()
	t.Cleanup(f.srv.Close)
	return f
}

// newFake starts a fake daemon serving h and returns a client for it.
func newFake(t *testing.T, opts Options, h http.HandlerFunc) (*Client, *fakeDaemon) {
	t.Helper()
	f := startFake(t, socketPath(t), h)
	opts.Host = "unix://" + f.sock
	c, err := New(opts)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c, f
}

// lastRequest returns the last request the fake received (besides pings).
func (f *fakeDaemon) lastRequest(t *testing.T) (*http.Request, []byte) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := len(f.reqs) - 1; i >= 0; i-- {
		if f.reqs[i].URL.Path != "/_ping" {
			return f.reqs[i], f.bodies[i]
		}
	}
	t.Fatal("no request")
	return nil, nil
}

// paths returns the paths of all requests received.
func (f *fakeDaemon) paths() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, r := range f.reqs {
		out = append(out, r.URL.Path)
	}
	return out
}

// jsonHandler answers pings with OK and everything else with status and
// body.
func jsonHandler(status int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/_ping" {
			w.Write([]byte("OK"))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write([]byte(body))
	}
}

// goroutineBaseline returns a function that waits (briefly) until the
// number of goroutines is back to what it was, and fails otherwise.
func goroutineBaseline(t *testing.T) func() {
	t.Helper()
	before := runtime.NumGoroutine()
	return func() {
		t.Helper()
		deadline := time.Now().Add(3 * time.Second)
		n := runtime.NumGoroutine()
		for n > before && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
			n = runtime.NumGoroutine()
		}
		if n > before {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("goroutine leak: %d before, %d after\n%s", before, n, buf)
		}
	}
}

func TestFakeNegotiatesOnceConcurrently(t *testing.T) {
	c, f := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/_ping" {
			time.Sleep(50 * time.Millisecond) // let the callers pile up
			w.Write([]byte("OK"))
			return
		}
		w.Write([]byte(`{"ok":true}`))
	})
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if i%2 == 0 {
				_, err = c.SystemInfo(ctx)
			} else {
				_, err = c.ContainerInspect(ctx, fmt.Sprintf("c%d", i), false)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, int32(1), f.pings.Load(), "one negotiation")
	for _, p := range f.paths() {
		if p != "/_ping" {
			assert.True(t, strings.HasPrefix(p, "/v1.41/"), p)
		}
	}
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1.41", v)
	assert.Equal(t, int32(1), f.pings.Load())
}

func TestFakeNegotiationVersions(t *testing.T) {
	tests := []struct {
		name    string
		header  string
		status  int
		want    string
		wantErr string
	}{
		{"same", "1.41", 200, "1.41", ""},
		{"newer daemon is clamped", "1.99", 200, MaxAPIVersion, ""},
		{"older daemon", "1.30", 200, "1.30", ""},
		{"no header", "", 200, "1.24", ""},
		{"error status with header", "1.40", 500, "1.40", ""},
		{"server error without header", "", 500, "", "500 Server Error for http+docker://localhost/_ping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Del("Api-Version")
				if tt.header != "" {
					w.Header().Set("Api-Version", tt.header)
				}
				w.WriteHeader(tt.status)
				w.Write([]byte("OK"))
			})
			v, err := c.APIVersion(context.Background())
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Nil(t, c.negotiated.Load(), "failure not cached")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
		})
	}
}

func TestFakeNegotiationRetriesAfterDaemonDown(t *testing.T) {
	sock := socketPath(t)
	c, err := New(Options{Host: "unix://" + sock, Timeout: time.Second})
	require.NoError(t, err)
	defer c.Close()
	ctx := context.Background()

	_, err = c.SystemInfo(ctx)
	var cerr *ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.Equal(t, "unix://"+sock, cerr.Host)
	assert.Contains(t, err.Error(), "engine: SystemInfo: cannot connect to the Docker daemon at unix://"+sock)
	assert.Nil(t, c.negotiated.Load())

	_, err = c.APIVersion(ctx)
	require.ErrorAs(t, err, &cerr)

	f := startFake(t, sock, jsonHandler(200, `{"ID":"x"}`))
	info, err := c.SystemInfo(ctx)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ID":"x"}`, string(info))
	assert.Equal(t, int32(1), f.pings.Load())
}

func TestFakeNegotiationLeaderCanceled(t *testing.T) {
	release := make(chan struct{})
	var first atomic.Bool
	c, f := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/_ping" && first.CompareAndSwap(false, true) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
			return
		}
		w.Write([]byte(`{}`))
	})
	leaderCtx, cancel := context.WithCancel(context.Background())
	leaderErr := make(chan error, 1)
	go func() {
		_, err := c.SystemInfo(leaderCtx)
		leaderErr <- err
	}()
	for f.pings.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	followerErr := make(chan error, 1)
	go func() {
		_, err := c.SystemInfo(context.Background())
		followerErr <- err
	}()
	time.Sleep(20 * time.Millisecond)
	cancel()
	assert.ErrorIs(t, <-leaderErr, context.Canceled)
	require.NoError(t, <-followerErr, "the follower negotiates itself when the leader gives up")
	close(release)
	assert.Equal(t, int32(2), f.pings.Load())
}

func TestFakePinnedVersion(t *testing.T) {
	c, f := newFake(t, Options{Version: "1.40"}, jsonHandler(200, `[]`))
	ctx := context.Background()
	_, err := c.ContainerList(ctx, ContainerListOptions{All: true})
	require.NoError(t, err)
	r, _ := f.lastRequest(t)
	assert.Equal(t, "/v1.40/containers/json", r.URL.Path)
	assert.Equal(t, int32(0), f.pings.Load(), "a pinned version needs no ping")
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1.40", v)

	// Operations that need a newer version fail before any request.
	_, err = c.ContainerCreate(ctx, ContainerCreateOptions{Platform: "linux/amd64"}, nil)
	var verr *InvalidVersionError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, &InvalidVersionError{Operation: "ContainerCreate (platform)", Required: "1.41", Current: "1.40"}, verr)
	require.NoError(t, c.RequireVersion(ctx, "X", "1.40"))
	require.NoError(t, c.RequireVersion(ctx, "X", "1.24"))
	require.ErrorAs(t, c.RequireVersion(ctx, "X", "1.41"), &verr)
}

func TestFakePing(t *testing.T) {
	c, f := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Builder-Version", "2")
		w.Header().Set("Docker-Experimental", "true")
		w.Header().Set("Cache-Control", "no-cache")
		if r.Method != http.MethodHead {
			w.Write([]byte("OK"))
		}
	})
	ctx := context.Background()
	want := PingResult{APIVersion: "1.41", OSType: "linux", BuilderVersion: "2", Experimental: true}
	got, err := c.SystemPing(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	got, err = c.SystemPingHead(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, []string{"/_ping", "/_ping"}, f.paths())
	// The ping settled negotiation: no further ping.
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1.41", v)
	assert.Equal(t, int32(2), f.pings.Load())
}

func TestFakeStallTimesOut(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"no answer", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}},
		{"headers then stalled body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "100")
			w.WriteHeader(200)
			w.Write([]byte(`{"Id":`))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newFake(t, Options{Version: "1.41", Timeout: 200 * time.Millisecond}, tt.handler)
			start := time.Now()
			_, err := c.ContainerInspect(context.Background(), "x", false)
			elapsed := time.Since(start)
			var cerr *ConnectionError
			require.ErrorAs(t, err, &cerr)
			assert.Equal(t, c.Host(), cerr.Host)
			assert.True(t, cerr.Timeout())
			assert.ErrorIs(t, err, context.DeadlineExceeded)
			assert.Equal(t, "engine: ContainerInspect: cannot connect to the Docker daemon at "+c.Host()+": timed out after 200ms", err.Error())
			assert.Less(t, elapsed, 2*time.Second)
		})
	}
}

func TestFakeStallNegotiationTimesOut(t *testing.T) {
	c, _ := newFake(t, Options{Timeout: 200 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	start := time.Now()
	_, err := c.SystemInfo(context.Background())
	var cerr *ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.True(t, cerr.Timeout())
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestFakeContextCanceled(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41", Timeout: 10 * time.Second}, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := c.SystemInfo(ctx)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var cerr *ConnectionError
	assert.False(t, errors.As(err, &cerr), "the caller's own deadline is not a connection error")
}

func TestFakeClosesConnectionMidBody(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.WriteHeader(200)
		w.Write([]byte(`{"Id":"abc",`))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	_, err := c.ContainerInspect(context.Background(), "x", false)
	var cerr *ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
}

func TestFakeClosesConnectionMidStream(t *testing.T) {
	check := goroutineBaseline(t)
	sock := socketPath(t)
	f := startFake(t, sock, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/vnd.docker.raw-stream")
		w.WriteHeader(200)
		w.Write(frame(1, "first\n"))
		w.Write(frame(2, "second\n")[:10]) // half a frame
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	c, err := New(Options{Host: "unix://" + sock, Version: "1.41"})
	require.NoError(t, err)

	rc, err := c.ContainerLogs(context.Background(), "x", ContainerLogsOptions{Stdout: true, Stderr: true, Follow: true})
	require.NoError(t, err)
	r := NewFrameReader(rc, false)
	fr, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "first\n", string(fr.Data))
	fr, err = r.Next()
	require.NoError(t, err)
	assert.Equal(t, "se", string(fr.Data), "the part of the frame that arrived")
	_, err = r.Next()
	require.Error(t, err)
	assert.NotErrorIs(t, err, io.EOF)
	assert.ErrorIs(t, err, ErrStreamBroken)
	var serr *StreamError
	require.ErrorAs(t, err, &serr)
	assert.Equal(t, "ContainerLogs", serr.Op)
	assert.Equal(t, c.Host(), serr.Host)
	assert.Contains(t, err.Error(), "engine: ContainerLogs: stream from the Docker daemon at "+c.Host()+" broken: ")
	require.NoError(t, r.Close())

	c.Close()
	f.srv.Close()
	check()
}

func TestFakeStreamCloseReleases(t *testing.T) {
	check := goroutineBaseline(t)
	sock := socketPath(t)
	f := startFake(t, sock, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		w.Write(frame(1, "hello\n"))
		w.(http.Flusher).Flush()
		<-r.Context().Done() // a follow that never ends
	})
	c, err := New(Options{Host: "unix://" + sock, Timeout: 100 * time.Millisecond})
	require.NoError(t, err)

	rc, err := c.ContainerLogs(context.Background(), "x", ContainerLogsOptions{Stdout: true, Follow: true})
	require.NoError(t, err)
	r := NewFrameReader(rc, false)
	fr, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "hello\n", string(fr.Data))

	// The stream outlives the client timeout.
	time.Sleep(300 * time.Millisecond)

	// Close while another goroutine is blocked in Next.
	done := make(chan error, 1)
	go func() {
		_, err := r.Next()
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	require.NoError(t, r.Close())
	select {
	case err := <-done:
		assert.Error(t, err)
	case <-time.After(2 * time.Second):
		t.Fatal("Close did not unblock Next")
	}
	assert.NoError(t, r.Close(), "Close is idempotent")

	c.Close()
	f.srv.Close()
	check()
}

func TestFakeStreamContextCancel(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	rc, err := c.ContainerLogs(ctx, "x", ContainerLogsOptions{Stdout: true, Follow: true})
	require.NoError(t, err)
	defer rc.Close()
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err = NewFrameReader(rc, false).Next()
	assert.ErrorIs(t, err, context.Canceled)
}

func TestFakeGarbageJSON(t *testing.T) {
	c, _ := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/_ping":
			w.Write([]byte("OK"))
		case "/v1.41/images/create":
			w.Write([]byte("{\"status\":\"ok\"}\n<html>oops</html>\n"))
		default:
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte("{garbage"))
		}
	})
	ctx := context.Background()
	_, err := c.SystemInfo(ctx)
	var rerr *ResponseError
	require.ErrorAs(t, err, &rerr)
	assert.Equal(t, 200, rerr.StatusCode)
	assert.Equal(t, "http+docker://localhost/v1.41/info", rerr.URL)
	assert.Contains(t, err.Error(), `engine: SystemInfo: unexpected answer (status 200) for http+docker://localhost/v1.41/info: invalid JSON: "{garbage"`)

	msgs, err := c.ImageCreate(ctx, ImageCreateOptions{FromImage: "busybox", Tag: "latest"}, nil)
	require.NoError(t, err)
	defer msgs.Close()
	_, err = msgs.Next()
	require.NoError(t, err)
	_, err = msgs.Next()
	assert.ErrorContains(t, err, "decoding JSON message")

	_, err = c.ImageImport(ctx, strings.NewReader("tar"), "x", "", nil)
	assert.ErrorContains(t, err, "engine: ImageImport: decoding JSON message")
}

func TestFakeErrorAnswers(t *testing.T) {
	tests := []struct {
		name        string
		status      int
		contentType string
		body        string
		call        func(*Client) error
		want        APIError
		wantString  string
		is          []error
	}{
		{name: "404 json", status: 404, contentType: "application/json", body: `{"message":"No such container: nope"}`,
			call:       func(c *Client) error { _, err := c.ContainerInspect(context.Background(), "nope", false); return err },
			want:       APIError{StatusCode: 404, Message: "No such container: nope", Method: "GET", URL: "http+docker://localhost/v1.41/containers/nope/json"},
			wantString: `engine: ContainerInspect: 404 Client Error for http+docker://localhost/v1.41/containers/nope/json: Not Found ("No such container: nope")`,
			is:         []error{ErrNotFound}},
		{name: "404 image", status: 404, contentType: "application/json", body: `{"message":"No such image: nope:latest"}`,
			call: func(c *Client) error {
				_, err := c.ContainerCreate(context.Background(), ContainerCreateOptions{Name: "n"}, map[string]any{"Image": "nope"})
				return err
			},
			want: APIError{StatusCode: 404, Message: "No such image: nope:latest", Method: "POST", URL: "http+docker://localhost/v1.41/containers/create?name=n", Image: true},
			is:   []error{ErrNotFound, ErrImageNotFound}},
		{name: "409 with query in URL", status: 409, contentType: "application/json", body: `{"message":"You cannot remove a running container abc."}`,
			call: func(c *Client) error {
				return c.ContainerDelete(context.Background(), "abc", ContainerDeleteOptions{Volumes: true})
			},
			want:       APIError{StatusCode: 409, Message: "You cannot remove a running container abc.", Method: "DELETE", URL: "http+docker://localhost/v1.41/containers/abc?v=1"},
			wantString: `engine: ContainerDelete: 409 Client Error for http+docker://localhost/v1.41/containers/abc?v=1: Conflict ("You cannot remove a running container abc.")`,
			is:         []error{ErrConflict}},
		{name: "500 plain text", status: 500, contentType: "text/plain", body: "something broke\n",
			call:       func(c *Client) error { return c.ContainerStart(context.Background(), "abc", "") },
			want:       APIError{StatusCode: 500, Message: "something broke", Method: "POST", URL: "http+docker://localhost/v1.41/containers/abc/start"},
			wantString: `engine: ContainerStart: 500 Server Error for http+docker://localhost/v1.41/containers/abc/start: Internal Server Error ("something broke")`},
		{name: "500 empty body", status: 500,
			call:       func(c *Client) error { _, err := c.SystemInfo(context.Background()); return err },
			want:       APIError{StatusCode: 500, Method: "GET", URL: "http+docker://localhost/v1.41/info"},
			wantString: `engine: SystemInfo: 500 Server Error for http+docker://localhost/v1.41/info: Internal Server Error`},
		{name: "stream error answer", status: 404, contentType: "application/json", body: `{"message":"pull access denied for nope, repository does not exist or may require 'docker login'"}`,
			call: func(c *Client) error {
				_, err := c.ImageCreate(context.Background(), ImageCreateOptions{FromImage: "nope", Tag: "latest"}, nil)
				return err
			},
			want: APIError{StatusCode: 404, Message: "pull access denied for nope, repository does not exist or may require 'docker login'", Method: "POST",
				URL: "http+docker://localhost/v1.41/images/create?fromImage=nope&tag=latest", Image: true},
			is: []error{ErrNotFound, ErrImageNotFound}},
		{name: "logs of a missing container", status: 404, contentType: "application/json", body: `{"message":"No such container: x"}`,
			call: func(c *Client) error {
				_, err := c.ContainerLogs(context.Background(), "x", ContainerLogsOptions{Stdout: true})
				return err
			},
			want: APIError{StatusCode: 404, Message: "No such container: x", Method: "GET", URL: "http+docker://localhost/v1.41/containers/x/logs?stdout=1"},
			is:   []error{ErrNotFound}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/_ping" {
					w.Write([]byte("OK"))
					return
				}
				if tt.contentType != "" {
					w.Header().Set("Content-Type", tt.contentType)
				}
				w.WriteHeader(tt.status)
				w.Write([]byte(tt.body))
			})
			err := tt.call(c)
			var apiErr *APIError
			require.ErrorAs(t, err, &apiErr)
			assert.Equal(t, tt.want, *apiErr)
			if tt.wantString != "" {
				assert.Equal(t, tt.wantString, err.Error())
			}
			for _, target := range []error{ErrNotFound, ErrImageNotFound, ErrConflict} {
				want := false
				for _, is := range tt.is {
					want = want || is == target
				}
				assert.Equal(t, want, errors.Is(err, target), "errors.Is %v", target)
			}
		})
	}
}

func TestFakeLargeNumbersStayExact(t *testing.T) {
	const body = `{"Id":"abc","HostConfig":{"Memory":18446744073709551615,"MemorySwap":-1,"NanoCpus":9223372036854775807,"CpuPeriod":0.5},"Unknown":{"Future":[1,2,3]}}`
	c, _ := newFake(t, Options{Version: "1.41"}, jsonHandler(200, body+"\n"))
	raw, err := c.ContainerInspect(context.Background(), "abc", true)
	require.NoError(t, err)
	assert.Equal(t, body, string(raw), "passed through byte for byte")

	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v struct {
		HostConfig struct {
			Memory   json.Number
			NanoCpus json.Number
		}
	}
	require.NoError(t, dec.Decode(&v))
	assert.Equal(t, "18446744073709551615", v.HostConfig.Memory.String())
	var u uint64
	require.NoError(t, json.Unmarshal([]byte(v.HostConfig.Memory), &u))
	assert.Equal(t, uint64(18446744073709551615), u)
	assert.Equal(t, "9223372036854775807", v.HostConfig.NanoCpus.String())

	// Re-encoding the raw message keeps it as it is.
	out, err := json.Marshal(map[string]json.RawMessage{"c": raw})
	require.NoError(t, err)
	assert.Contains(t, string(out), "18446744073709551615")
}

func TestFakeStopExtendsTimeout(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41", Timeout: 200 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/stop") {
			time.Sleep(500 * time.Millisecond) // the daemon waits for the container
			if r.URL.Query().Get("t") == "" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		time.Sleep(500 * time.Millisecond)
	})
	ctx := context.Background()
	one := 1
	require.NoError(t, c.ContainerStop(ctx, "abc", &one), "t=1 extends the 200ms timeout by 1s")
	require.NoError(t, c.ContainerStop(ctx, "abc", nil), "304 is no error; nil extends by the default 10s")

	zero := 0
	err := c.ContainerStop(ctx, "abc", &zero)
	var cerr *ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.True(t, cerr.Timeout())
	assert.Contains(t, err.Error(), "timed out after 200ms")

	err = c.ContainerKill(ctx, "abc", "")
	require.ErrorAs(t, err, &cerr, "kill is not extended")
}

func TestFakeWaitIsNotBoundedByTimeout(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41", Timeout: 100 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		time.Sleep(400 * time.Millisecond)
		w.Write([]byte(`{"Error":null,"StatusCode":3}`))
	})
	res, err := c.ContainerWait(context.Background(), "abc", "next-exit")
	require.NoError(t, err)
	assert.JSONEq(t, `{"Error":null,"StatusCode":3}`, string(res))
}

func TestFakeNoContentAnswers(t *testing.T) {
	c, f := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/start"):
			w.WriteHeader(http.StatusNotModified)
		default:
			w.WriteHeader(http.StatusNoContent)
		}
	})
	ctx := context.Background()
	for i := 0; i < 3; i++ { // the connection is reused after bodiless answers
		require.NoError(t, c.ContainerStart(ctx, "abc", ""))
		require.NoError(t, c.ContainerKill(ctx, "abc", "SIGTERM"))
		require.NoError(t, c.ContainerDelete(ctx, "abc", ContainerDeleteOptions{}))
	}
	assert.Len(t, f.paths(), 9)
}

func TestFakeRequests(t *testing.T) {
	ten := 10
	tests := []struct {
		name        string
		call        func(context.Context, *Client) error
		method      string
		path        string
		query       string
		body        string
		header      map[string]string
		contentType string
	}{
		{name: "SystemVersion", call: func(ctx context.Context, c *Client) error { _, err := c.SystemVersion(ctx); return err },
			method: "GET", path: "/v1.41/version"},
		{name: "SystemInfo", call: func(ctx context.Context, c *Client) error { _, err := c.SystemInfo(ctx); return err },
			method: "GET", path: "/v1.41/info"},
		{name: "ContainerCreate", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerCreate(ctx, ContainerCreateOptions{Name: "web", Platform: "linux/amd64"},
				map[string]any{"Image": "busybox", "Cmd": []string{"sh"}, "HostConfig": map[string]any{"Init": true}})
			return err
		}, method: "POST", path: "/v1.41/containers/create", query: "name=web&platform=linux%2Famd64",
			body: `{"Cmd":["sh"],"HostConfig":{"Init":true},"Image":"busybox"}`, contentType: "application/json"},
		{name: "ContainerCreate raw config", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerCreate(ctx, ContainerCreateOptions{}, json.RawMessage(`{"Image":"x","Memory":18446744073709551615}`))
			return err
		}, method: "POST", path: "/v1.41/containers/create", body: `{"Image":"x","Memory":18446744073709551615}`},
		{name: "ContainerCreate nil config", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerCreate(ctx, ContainerCreateOptions{}, nil)
			return err
		}, method: "POST", path: "/v1.41/containers/create", body: `{}`},
		{name: "ContainerInspect size", call: func(ctx context.Context, c *Client) error { _, err := c.ContainerInspect(ctx, "abc", true); return err },
			method: "GET", path: "/v1.41/containers/abc/json", query: "size=1"},
		{name: "ContainerList", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerList(ctx, ContainerListOptions{All: true, Limit: 3, Size: true, Filters: Filters{"label": {"a=b"}}})
			return err
		}, method: "GET", path: "/v1.41/containers/json", query: "all=1&filters=%7B%22label%22%3A%5B%22a%3Db%22%5D%7D&limit=3&size=1"},
		{name: "ContainerList defaults", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerList(ctx, ContainerListOptions{})
			return err
		}, method: "GET", path: "/v1.41/containers/json"},
		{name: "ContainerStart", call: func(ctx context.Context, c *Client) error { return c.ContainerStart(ctx, "abc", "ctrl-x") },
			method: "POST", path: "/v1.41/containers/abc/start", query: "detachKeys=ctrl-x"},
		{name: "ContainerWait", call: func(ctx context.Context, c *Client) error {
			_, err := c.ContainerWait(ctx, "abc", "removed")
			return err
		},
			method: "POST", path: "/v1.41/containers/abc/wait", query: "condition=removed"},
		{name: "ContainerLogs", call: func(ctx context.Context, c *Client) error {
			rc, err := c.ContainerLogs(ctx, "abc", ContainerLogsOptions{Stdout: true, Stderr: true, Follow: true, Timestamps: true, Since: "1700000000.5", Until: "1800000000", Tail: "5"})
			if err == nil {
				rc.Close()
			}
			return err
		}, method: "GET", path: "/v1.41/containers/abc/logs", query: "follow=1&since=1700000000.5&stderr=1&stdout=1&tail=5&timestamps=1&until=1800000000"},
		{name: "ContainerStop", call: func(ctx context.Context, c *Client) error { return c.ContainerStop(ctx, "abc", &ten) },
			method: "POST", path: "/v1.41/containers/abc/stop", query: "t=10"},
		{name: "ContainerKill", call: func(ctx context.Context, c *Client) error { return c.ContainerKill(ctx, "abc", "SIGHUP") },
			method: "POST", path: "/v1.41/containers/abc/kill", query: "signal=SIGHUP"},
		{name: "ContainerDelete", call: func(ctx context.Context, c *Client) error {
			return c.ContainerDelete(ctx, "abc", ContainerDeleteOptions{Volumes: true, Link: true, Force: true})
		}, method: "DELETE", path: "/v1.41/containers/abc", query: "force=1&link=1&v=1"},
		{name: "ImageCreate pull", call: func(ctx context.Context, c *Client) error {
			m, err := c.ImageCreate(ctx, ImageCreateOptions{FromImage: "busybox", Tag: "1.36", Platform: "linux/arm64", RegistryAuth: "eyJ1In0="}, nil)
			if err == nil {
				m.Close()
			}
			return err
		}, method: "POST", path: "/v1.41/images/create", query: "fromImage=busybox&platform=linux%2Farm64&tag=1.36",
			header: map[string]string{"X-Registry-Auth": "eyJ1In0="}},
		{name: "ImageCreate import", call: func(ctx context.Context, c *Client) error {
			m, err := c.ImageCreate(ctx, ImageCreateOptions{FromSrc: "-", Repo: "r", Tag: "t", Message: "m", Changes: []string{`CMD ["sh"]`, "ENV A=1"}}, strings.NewReader("TAR"))
			if err == nil {
				m.Close()
			}
			return err
		}, method: "POST", path: "/v1.41/images/create", query: "changes=CMD+%5B%22sh%22%5D&changes=ENV+A%3D1&fromSrc=-&message=m&repo=r&tag=t",
			body: "TAR", contentType: "application/x-tar"},
		{name: "ImageInspect with registry and tag", call: func(ctx context.Context, c *Client) error {
			_, err := c.ImageInspect(ctx, "localhost:5000/a/b:1")
			return err
		}, method: "GET", path: "/v1.41/images/localhost:5000/a/b:1/json"},
		{name: "ImageList", call: func(ctx context.Context, c *Client) error {
			_, err := c.ImageList(ctx, ImageListOptions{All: true, Digests: true, Filters: Filters{"dangling": {"true"}}})
			return err
		}, method: "GET", path: "/v1.41/images/json", query: "all=1&digests=1&filters=%7B%22dangling%22%3A%5B%22true%22%5D%7D"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, f := newFake(t, Options{UserAgent: "test-agent/1"}, jsonHandler(200, `{}`))
			require.NoError(t, tt.call(context.Background(), c))
			r, body := f.lastRequest(t)
			assert.Equal(t, tt.method, r.Method)
			assert.Equal(t, tt.path, r.URL.Path)
			assert.Equal(t, tt.query, r.URL.RawQuery)
			assert.Equal(t, "test-agent/1", r.Header.Get("User-Agent"))
			if tt.body != "" {
				assert.Equal(t, tt.body, string(body))
			}
			if tt.contentType != "" {
				assert.Equal(t, tt.contentType, r.Header.Get("Content-Type"))
			}
			for k, v := range tt.header {
				assert.Equal(t, v, r.Header.Get(k))
			}
		})
	}
}

func TestFakeImageImport(t *testing.T) {
	tests := []struct {
		name    string
		answer  string
		want    string
		wantErr string
	}{
		{"id", "{\"status\":\"sha256:abc\"}\n", "sha256:abc", ""},
		{"progress then id", "{\"status\":\"Importing\",\"progressDetail\":{}}\n{\"status\":\"sha256:def\"}\n", "sha256:def", ""},
		{"error message", "{\"errorDetail\":{\"message\":\"bad tar\"},\"error\":\"bad tar\"}\n", "", "engine: ImageImport: bad tar"},
		{"no id", "{\"status\":\"what\"}\n", "", "engine: ImageImport: the daemon reported no image id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, f := newFake(t, Options{Version: "1.41"}, jsonHandler(200, tt.answer))
			id, err := c.ImageImport(context.Background(), strings.NewReader("tar data"), "repo", "tag", []string{`CMD ["sh"]`})
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
				if strings.Contains(tt.answer, "errorDetail") {
					var merr *JSONMessageError
					assert.ErrorAs(t, err, &merr)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
			_, body := f.lastRequest(t)
			assert.Equal(t, "tar data", string(body))
		})
	}
}

func TestFakeConcurrentInspectsReuseConnections(t *testing.T) {
	sock := socketPath(t)
	f := startFake(t, sock, jsonHandler(200, `{"Id":"x"}`))
	c, err := New(Options{Host: "unix://" + sock})
	require.NoError(t, err)
	defer c.Close()
	ctx := context.Background()
	for round := 0; round < 5; round++ {
		var wg sync.WaitGroup
		for i := 0; i < 16; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := c.ContainerInspect(ctx, "x", false)
				assert.NoError(t, err)
			}()
		}
		wg.Wait()
	}
	assert.LessOrEqual(t, f.conns.Load(), int32(17), "idle connections are kept and reused")
}

func TestFakeClosesConnectionMidProgress(t *testing.T) {
	check := goroutineBaseline(t)
	sock := socketPath(t)
	f := startFake(t, sock, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		w.Write([]byte("{\"status\":\"Pulling fs layer\"}\n{\"status\":\"Downlo"))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	})
	c, err := New(Options{Host: "unix://" + sock, Version: "1.41"})
	require.NoError(t, err)
	msgs, err := c.ImageCreate(context.Background(), ImageCreateOptions{FromImage: "busybox"}, nil)
	require.NoError(t, err)
	raw, err := msgs.Next()
	require.NoError(t, err)
	assert.JSONEq(t, `{"status":"Pulling fs layer"}`, string(raw))
	_, err = msgs.Next()
	require.Error(t, err)
	assert.NotErrorIs(t, err, io.EOF)
	assert.ErrorIs(t, err, ErrStreamBroken)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ImageCreate: stream from the Docker daemon at "+c.Host()+" broken: "), err.Error())
	require.NoError(t, msgs.Close())

	_, err = c.ImageImport(context.Background(), strings.NewReader("tar"), "r", "t", nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrStreamBroken)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ImageImport: stream from the Docker daemon at "+c.Host()+" broken: "), err.Error())

	c.Close()
	f.srv.Close()
	check()
}

func TestFakeNoTimeout(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41", Timeout: -1}, func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		w.Write([]byte(`{"ID":"x"}`))
	})
	_, err := c.SystemInfo(context.Background())
	require.NoError(t, err)
}
