package bindings

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/dscript/dscript/engine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServiceAndPluginCallsSendRegistryAuthFakeDaemon: after login, a
// service whose image is on that registry, and plugin pulls from it, carry
// the credentials in X-Registry-Auth, as docker-py sends them (a recorded
// request, since the header cannot be seen in the daemon's answer).
func TestServiceAndPluginCallsSendRegistryAuthFakeDaemon(t *testing.T) {
	var mu sync.Mutex
	headers := map[string]string{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path[strings.Index(r.URL.Path[1:], "/")+1:]
		mu.Lock()
		headers[path] = r.Header.Get("X-Registry-Auth")
		mu.Unlock()
		switch {
		case strings.HasSuffix(path, "/auth"):
			_, _ = w.Write([]byte(`{"Status":"Login Succeeded"}`))
		case strings.HasSuffix(path, "/services/create"):
			_, _ = w.Write([]byte(`{"ID":"svc"}`))
		case strings.HasSuffix(path, "/plugins/privileges"):
			_, _ = w.Write([]byte(`[]`))
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"message":"not here"}`))
		}
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	eng, err := engine.New(engine.Options{Host: "tcp://" + u.Host, Version: "1.41"})
	require.NoError(t, err)
	defer eng.Close()
	t.Setenv("DOCKER_CONFIG", t.TempDir())
	a := NewClient(eng).api
	_, err = invokeAPI(t, a, "login", "user", "secret", nil, "registry.test:5000")
	require.NoError(t, err)
	_, err = invokeAPI(t, a, "create_service", map[string]any{"ContainerSpec": map[string]any{"Image": "registry.test:5000/app:1"}})
	require.NoError(t, err)
	_, err = invokeAPI(t, a, "plugin_privileges", "registry.test:5000/plug:1")
	require.NoError(t, err)
	for _, path := range []string{"/services/create", "/plugins/privileges"} {
		mu.Lock()
		h := headers[path]
		mu.Unlock()
		require.NotEmpty(t, h, path)
		raw, err := base64.URLEncoding.DecodeString(h)
		require.NoError(t, err, path)
		var ac map[string]any
		require.NoError(t, json.Unmarshal(raw, &ac))
		assert.Equal(t, "user", ac["username"], path)
		assert.Equal(t, "secret", ac["password"], path)
	}
}
