package bindings

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func callAPI(t *testing.T, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := APIClientClass.Lookup(name, false).(*Method)
	require.True(t, ok, name)
	return m.Invoke(nil, &APIClient{}, args)
}

func TestCreateHostConfig(t *testing.T) {
	v, err := callAPI(t, "create_host_config", map[string]any{
		"binds":         map[string]any{"/h": map[string]any{"bind": "/c", "mode": "ro"}},
		"port_bindings": map[string]any{"80": []any{"127.0.0.1", int64(8080)}, "53/udp": nil},
		"mem_limit":     "1g", "restart_policy": map[string]any{"Name": "always"},
		"ulimits": []any{map[string]any{"name": "nofile", "soft": int64(1), "hard": int64(2)}},
	})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Binds":["/h:/c:ro"],"Memory":1073741824,"RestartPolicy":{"Name":"always"},
		"PortBindings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}],"53/udp":[{"HostIp":"","HostPort":""}]},
		"Ulimits":[{"Hard":2,"Name":"nofile","Soft":1}]}`, jsonOf(t, v))

	v, err = callAPI(t, "create_host_config", map[string]any{"binds": []any{"/a:/b", "/anon"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Binds":["/a:/b","/anon"]}`, jsonOf(t, v))

	_, err = callAPI(t, "create_host_config", map[string]any{"ports": map[string]any{}})
	assert.EqualError(t, err, "APIClient.create_host_config(): unexpected keyword argument 'ports'")
	_, err = callAPI(t, "create_host_config", map[string]any{"port_bindings": []any{int64(80)}})
	assert.EqualError(t, err, "APIClient.create_host_config(): argument 'port_bindings' must be dict, not list")
	_, err = callAPI(t, "create_host_config", map[string]any{"network_mode": "host", "port_bindings": map[string]any{"80": int64(80)}})
	assert.EqualError(t, err, `APIClient.create_host_config(): "host" network_mode is incompatible with port_bindings`)
}

func TestCreateNetworkingConfig(t *testing.T) {
	ep, err := callAPI(t, "create_endpoint_config", map[string]any{"aliases": []any{"web"}, "ipv4_address": "10.0.0.3", "links": []any{[]any{"db", "d"}}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Aliases":["web"],"IPAMConfig":{"IPv4Address":"10.0.0.3"},"Links":["db:d"]}`, jsonOf(t, ep))

	// a dict whose keys are not parameter names fills endpoints_config
	nc, err := callAPI(t, "create_networking_config", map[string]any{"net1": ep, "net2": nil})
	require.NoError(t, err)
	assert.JSONEq(t, `{"EndpointsConfig":{"net1":{"Aliases":["web"],"IPAMConfig":{"IPv4Address":"10.0.0.3"},"Links":["db:d"]},"net2":{}}}`, jsonOf(t, nc))

	nc, err = callAPI(t, "create_networking_config")
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, jsonOf(t, nc))

	_, err = callAPI(t, "create_networking_config", map[string]any{"endpoints_config": map[string]any{"n": "x"}})
	assert.EqualError(t, err, "APIClient.create_networking_config(): argument 'endpoints_config' key 'n' must be an EndpointConfig or dict, not str")

	// the result is what create_container's networking_config takes
	body, err := createBody(t, map[string]any{"networking_config": nc})
	require.NoError(t, err)
	assert.Equal(t, "-", at(t, body, "NetworkingConfig.EndpointsConfig.n"))
}
