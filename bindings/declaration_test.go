package bindings

import (
	"bytes"
	"context"
	"log"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recordingProxy serves the test engine's API on 127.0.0.1, calling seen
// with each request before passing it on; it returns the proxy's host.
func recordingProxy(t *testing.T, host string, seen func(*http.Request)) string {
	t.Helper()
	network, addr := "unix", strings.TrimPrefix(host, "unix://")
	if strings.HasPrefix(host, "tcp://") {
		network, addr = "tcp", strings.TrimPrefix(host, "tcp://")
	}
	target, err := url.Parse("http://docker")
	require.NoError(t, err)
	rp := httputil.NewSingleHostReverseProxy(target)
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
	rp.Transport = tr
	t.Cleanup(tr.CloseIdleConnections) // after srv.Close: cleanups run last first
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen(r)
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return "tcp://" + strings.TrimPrefix(srv.URL, "http://")
}

// invokeAPI invokes a client.api method as a script would.
func invokeAPI(t *testing.T, a *APIClient, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := APIClientClass.Lookup(name, false).(*Method)
	require.True(t, ok, "APIClient.%s", name)
	return m.Invoke(testCall(t), a, args)
}

// TestModelMethodsShareTheAPIDeclaration checks that a model method is its
// api method with the resource bound: the same parameters, names and
// defaults after the first, keyword-only where docker-py forwards
// **kwargs.
func TestModelMethodsShareTheAPIDeclaration(t *testing.T) {
	for model, api := range map[string]string{
		"restart": "restart", "stop": "stop", "kill": "kill", "wait": "wait", "remove": "remove_container",
		"logs": "logs", "rename": "rename", "resize": "resize", "top": "top", "update": "update_container",
		"attach": "attach", "export": "export", "get_archive": "get_archive", "put_archive": "put_archive", "stats": "stats",
	} {
		m := ContainerClass.Lookup(model, false).(*Method)
		a := APIClientClass.Lookup(api, false).(*Method)
		mp, ap := m.Parameters(), a.Parameters()[1:]
		require.Len(t, mp, len(ap), model)
		for i := range mp {
			assert.Equal(t, ap[i].Name, mp[i].Name, model)
			assert.Equal(t, ap[i].Default, mp[i].Default, "%s %s", model, mp[i].Name)
			assert.Equal(t, ap[i].Required, mp[i].Required, "%s %s", model, mp[i].Name)
		}
	}
	restart := ContainerClass.Lookup("restart", false).(*Method)
	assert.Equal(t, "restart(*, timeout=10)", restart.Signature(), "docker-py's Container.restart sends t=10")
}

// TestAPIPositionalArguments: client.api methods take docker-py's
// positional arguments (wait(id, 10), logs(id, true, false),
// remove_container(id, true)).
func TestAPIPositionalArguments(t *testing.T) {
	t.Parallel()
	ct := testContainer(t, []string{"sh", "-c", "echo out; echo err >&2"}, nil, false)
	a := ct.API()
	res, err := invokeAPI(t, a, "wait", ct.id, int64(10))
	require.NoError(t, err)
	assert.EqualValues(t, 0, res.(map[string]any)["StatusCode"])
	logs, err := invokeAPI(t, a, "logs", ct.id, true, false)
	require.NoError(t, err)
	assert.Equal(t, "out\n", logs, "stdout=true, stderr=false by position")
	_, err = invokeAPI(t, a, "remove_container", ct.id, true, false, true)
	require.NoError(t, err)
	_, err = invokeAPI(t, a, "inspect_container", ct.id)
	require.ErrorIs(t, err, engine.ErrNotFound)
}

// TestRestartSendsDefaultTimeout records what Container.restart() sends: t=10,
// as docker-py (the daemon's answer cannot show it).
func TestRestartSendsDefaultTimeoutFakeDaemon(t *testing.T) {
	var got atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/restart") {
			got.Store(r.URL.RawQuery)
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	eng, err := engine.New(engine.Options{Host: "tcp://" + u.Host, Version: "1.41"})
	require.NoError(t, err)
	defer eng.Close()
	ct := &Container{Model{client: NewClient(eng), id: "abc"}}
	_, err = call(t, ct, "restart")
	require.NoError(t, err)
	assert.Equal(t, "t=10", got.Load())
	_, err = call(t, ct, "restart", map[string]any{"timeout": int64(3)})
	require.NoError(t, err)
	assert.Equal(t, "t=3", got.Load())
}

// TestExecRunChecksVersions: exec_run goes through exec_create, so its
// version checks apply (workdir needs API 1.35) before any request.
func TestExecRunChecksVersions(t *testing.T) {
	cl, requests := refusingDaemon(t, "1.30")
	ct := &Container{Model{client: cl, id: "abc"}}
	_, err := call(t, ct, "exec_run", "pwd", map[string]any{"workdir": "/tmp"})
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, InvalidVersion, e.Class)
	assert.Contains(t, e.Message, "Container.exec_run() (workdir)")
	assert.Zero(t, requests.Load())
}

// TestListReadsTheListAnswer: containers.list() makes no inspect for what
// the list answer holds (id, name, status, labels, image ID); reading attrs
// inspects that container once, and then holds docker-py's inspect answer.
func TestListReadsTheListAnswer(t *testing.T) {
	t.Parallel()
	env := testengine.Get()
	var mu sync.Mutex
	inspects := map[string]int{}
	proxy := recordingProxy(t, env.Host, func(r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/json") && strings.Contains(r.URL.Path, "/containers/") && !strings.HasSuffix(r.URL.Path, "/containers/json") {
			mu.Lock()
			inspects[r.URL.Path]++
			mu.Unlock()
		}
	})
	labels := testengine.Labels(t)
	for i := 0; i < 3; i++ {
		testContainer(t, []string{"true"}, map[string]any{"Labels": labels}, true)
	}
	eng, err := engine.New(engine.Options{Host: proxy})
	require.NoError(t, err)
	defer eng.Close()
	cl := NewClient(eng)
	filter := map[string]any{}
	for k, v := range labels {
		filter["label"] = k + "=" + v
	}
	m := ContainerCollectionClass.Lookup("list", false).(*Method)
	v, err := m.Invoke(testCall(t), cl.containers, []any{map[string]any{"all": true, "filters": filter}})
	require.NoError(t, err)
	list := v.([]any)
	require.Len(t, list, 3)
	for _, o := range list {
		ct := o.(*Container)
		for _, p := range []string{"id", "short_id", "name", "status", "labels"} {
			_, err := ContainerClass.Lookup(p, false).(*Property).Get(testCall(t), ct)
			require.NoError(t, err, p)
		}
		st, _ := ContainerClass.Lookup("status", false).(*Property).Get(testCall(t), ct)
		assert.Equal(t, "created", st)
		l, _ := ContainerClass.Lookup("labels", false).(*Property).Get(testCall(t), ct)
		for k, v := range labels {
			assert.Equal(t, v, l.(map[string]any)[k])
		}
	}
	mu.Lock()
	assert.Empty(t, inspects, "reading list fields inspects nothing")
	mu.Unlock()
	attrs := ContainerClass.Lookup("attrs", false).(*Property)
	for i := 0; i < 2; i++ {
		a, err := attrs.Get(testCall(t), list[0].(*Container))
		require.NoError(t, err)
		assert.Contains(t, a.(map[string]any), "HostConfig", "attrs is the inspect answer, as in docker-py")
	}
	mu.Lock()
	assert.Len(t, inspects, 1)
	for _, n := range inspects {
		assert.Equal(t, 1, n, "one inspect for one container, however often attrs is read")
	}
	mu.Unlock()
}

// TestClientTLSIsSpoken: DockerClient(tls=true) speaks TLS, verified
// against the system's CAs (a test server's own certificate is refused);
// a tls value that is not a bool is refused before any connection.
func TestClientTLSIsSpokenFakeDaemon(t *testing.T) {
	var serverLog syncBuffer
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("OK"))
	}))
	srv.Config.ErrorLog = log.New(&serverLog, "", 0)
	srv.StartTLS()
	defer srv.Close()
	host := "tcp://" + strings.TrimPrefix(srv.URL, "https://")
	ctor := DockerModuleClass.Lookup("DockerClient", false).(*Method)
	v, err := ctor.Invoke(testCall(t), Docker, []any{map[string]any{"base_url": host, "version": "1.41", "tls": true}})
	require.NoError(t, err)
	cl := v.(*Client)
	defer cl.eng.Close()
	_, err = ClientClass.Lookup("ping", false).(*Method).Invoke(testCall(t), cl, nil)
	require.Error(t, err)
	// the server logs the handshake once the client has hung up
	require.Eventually(t, func() bool { return strings.Contains(serverLog.String(), "bad certificate") }, 10*time.Second, 10*time.Millisecond,
		"the client spoke TLS and refused the server's certificate: %s", serverLog.String())
	assert.NotContains(t, serverLog.String(), "HTTP request to an HTTPS server")

	v, err = ctor.Invoke(testCall(t), Docker, []any{map[string]any{"base_url": host, "version": "1.41"}})
	require.NoError(t, err)
	plain := v.(*Client)
	defer plain.eng.Close()
	_, err = ClientClass.Lookup("ping", false).(*Method).Invoke(testCall(t), plain, nil)
	require.Error(t, err, "plain HTTP to a TLS server fails")
	require.Eventually(t, func() bool { return strings.Contains(serverLog.String(), "HTTP request to an HTTPS server") }, 10*time.Second, 10*time.Millisecond,
		"without tls the client speaks plain HTTP")

	_, err = ctor.Invoke(testCall(t), Docker, []any{map[string]any{"base_url": host, "tls": "yes"}})
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "docker.DockerClient(): argument 'tls' must be bool or TLSConfig, not str", e.Message)
}

// TestTimeoutsAreChecked: a timeout must be a positive number of seconds;
// NaN, zero and negative values are refused, not read as "no timeout".
func TestTimeoutsAreChecked(t *testing.T) {
	ctor := DockerModuleClass.Lookup("DockerClient", false).(*Method)
	for _, v := range []any{float64(-1), float64(0), math.NaN(), 1e300} {
		_, err := ctor.Invoke(testCall(t), Docker, []any{map[string]any{"base_url": "unix:///nonexistent", "timeout": v}})
		var e *Error
		require.ErrorAs(t, err, &e, "%v", v)
		assert.Contains(t, e.Message, "argument 'timeout' must be a positive number of seconds", "%v", v)
	}
	w := APIClientClass.Lookup("wait", false).(*Method)
	_, err := w.Invoke(testCall(t), &APIClient{}, []any{"abc", float64(-1)})
	require.ErrorContains(t, err, "APIClient.wait(): argument 'timeout' must be a positive number of seconds")
	_, err = w.Invoke(testCall(t), &APIClient{}, []any{"abc", nil, "bogus"})
	require.ErrorContains(t, err, "APIClient.wait(): argument 'condition' must be not-running, next-exit or removed")
}

// syncBuffer is a bytes.Buffer safe for a server's log and a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// refusingDaemon is a client of a fake daemon that answers every request
// with 500 and counts them, for tests that nothing reaches the daemon.
func refusingDaemon(t *testing.T, version string) (*Client, *atomic.Int32) {
	t.Helper()
	requests := new(atomic.Int32)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.WriteHeader(http.StatusInternalServerError)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	eng, err := engine.New(engine.Options{Host: "tcp://" + u.Host, Version: version})
	require.NoError(t, err)
	t.Cleanup(func() { eng.Close() })
	return NewClient(eng), requests
}
