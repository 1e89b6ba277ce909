package engine

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFakeNewerDaemonVolumeAndDataUsage checks, against a fake daemon of
// API 1.56, the requests of operations and parameters newer than the test
// engine: VolumeUpdate (1.42) and the type (1.42) and verbose (1.52)
// parameters of SystemDataUsage.
func TestFakeNewerDaemonVolumeAndDataUsage(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1.56/system/df" {
			w.Header().Set("Api-Version", "1.56")
			_, _ = w.Write([]byte(`{"Volumes":[]}`))
			return
		}
		newerDaemon(w, r)
	})
	tests := []struct {
		name   string
		call   func() error
		method string
		path   string
		query  string
		body   string
	}{
		{"volume update", func() error {
			return c.VolumeUpdate(ctx, "cv", 7, map[string]any{"Spec": map[string]any{"Availability": "drain"}})
		}, http.MethodPut, "/v1.56/volumes/cv", "version=7", `{"Spec":{"Availability":"drain"}}`},
		{"df types", func() error {
			_, err := c.SystemDataUsage(ctx, DataUsageOptions{Types: []string{"volume", "image"}})
			return err
		}, http.MethodGet, "/v1.56/system/df", "type=volume&type=image", ""},
		{"df verbose", func() error {
			_, err := c.SystemDataUsage(ctx, DataUsageOptions{Verbose: true})
			return err
		}, http.MethodGet, "/v1.56/system/df", "verbose=1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.call())
			r, body := f.lastRequest(t)
			assert.Equal(t, tc.method, r.Method)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Equal(t, tc.query, r.URL.RawQuery)
			assert.Equal(t, tc.body, string(body))
		})
	}
}

// TestFakeRegistryAuthHeaders checks, against a fake daemon, what the real
// one consumes without showing: the X-Registry-Auth header and the query
// of the operations that take registry credentials.
func TestFakeRegistryAuthHeaders(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, jsonHandler(http.StatusOK, `{}`))
	const auth = "eyJ1c2VybmFtZSI6InUifQ=="
	drainMsgs := func(m *JSONMessages, err error) error {
		if err != nil {
			return err
		}
		defer m.Close()
		_, err = m.Next()
		return err
	}
	tests := []struct {
		name  string
		call  func() error
		path  string
		query string
		body  string
	}{
		{"service create", func() error {
			_, err := c.ServiceCreate(ctx, ServiceCreateOptions{RegistryAuth: auth}, map[string]any{"Name": "s"})
			return err
		}, "/v1.41/services/create", "", `{"Name":"s"}`},
		{"service update", func() error {
			_, err := c.ServiceUpdate(ctx, "s", ServiceUpdateOptions{Version: 12, RegistryAuthFrom: "previous-spec", Rollback: "previous", RegistryAuth: auth}, json.RawMessage(`{"Name":"s"}`))
			return err
		}, "/v1.41/services/s/update", "registryAuthFrom=previous-spec&rollback=previous&version=12", `{"Name":"s"}`},
		{"plugin privileges", func() error {
			_, err := c.GetPluginPrivileges(ctx, "reg/p:1", auth)
			return err
		}, "/v1.41/plugins/privileges", "remote=reg%2Fp%3A1", ""},
		{"plugin pull", func() error {
			return drainMsgs(c.PluginPull(ctx, PluginPullOptions{Remote: "reg/p:1", Name: "p", RegistryAuth: auth}))
		}, "/v1.41/plugins/pull", "name=p&remote=reg%2Fp%3A1", `[]`},
		{"plugin upgrade", func() error {
			return drainMsgs(c.PluginUpgrade(ctx, "p", PluginUpgradeOptions{Remote: "reg/p:2", RegistryAuth: auth, Privileges: []map[string]any{{"Name": "network", "Value": []string{"host"}}}}))
		}, "/v1.41/plugins/p/upgrade", "remote=reg%2Fp%3A2", `[{"Name":"network","Value":["host"]}]`},
		{"plugin push", func() error {
			return drainMsgs(c.PluginPush(ctx, "reg/p:1", auth))
		}, "/v1.41/plugins/reg/p:1/push", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.call())
			r, body := f.lastRequest(t)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Equal(t, tc.query, r.URL.RawQuery)
			assert.Equal(t, auth, r.Header.Get("X-Registry-Auth"))
			assert.Equal(t, tc.body, string(body))
		})
	}
}

// TestFakeSwarmUpdateQuery checks the query of SwarmUpdate with every
// flag at once; a nil spec is sent as {}.
func TestFakeSwarmUpdateQuery(t *testing.T) {
	c, f := newFake(t, Options{}, jsonHandler(http.StatusOK, ``))
	require.NoError(t, c.SwarmUpdate(context.Background(), SwarmUpdateOptions{Version: 3, RotateWorkerToken: true, RotateManagerToken: true, RotateManagerUnlockKey: true}, nil))
	r, body := f.lastRequest(t)
	assert.Equal(t, "/v1.41/swarm/update", r.URL.Path)
	assert.Equal(t, "rotateManagerToken=1&rotateManagerUnlockKey=1&rotateWorkerToken=1&version=3", r.URL.RawQuery)
	assert.Equal(t, "{}", string(body))
}
