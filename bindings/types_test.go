package bindings

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// callType calls a docker.types constructor as a script would.
func callType(t *testing.T, name string, args ...any) (Object, error) {
	t.Helper()
	m, ok := TypesModuleClass.Lookup(name, false).(*Method)
	require.True(t, ok, name)
	require.True(t, m.Ctor)
	v, err := m.Invoke(nil, Types, args)
	if err != nil {
		return nil, err
	}
	return v.(Object), nil
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := EncodeJSON(v)
	require.NoError(t, err)
	return string(b)
}

func TestTypes(t *testing.T) {
	kw := func(kv ...any) map[string]any {
		d := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			d[kv[i].(string)] = kv[i+1]
		}
		return d
	}
	tests := []struct {
		name  string
		args  []any
		json  string
		props map[string]string
	}{
		{"Mount", []any{"/ctr", "vol"}, `{"ReadOnly":false,"Source":"vol","Target":"/ctr","Type":"volume"}`,
			map[string]string{"target": `"/ctr"`, "source": `"vol"`, "type": `"volume"`, "read_only": "false", "propagation": "null"}},
		{"Mount", []any{kw("target", "/b", "source", "/h", "type", "bind", "read_only", true, "propagation", "rslave", "consistency", "cached")},
			`{"BindOptions":{"Propagation":"rslave"},"Consistency":"cached","ReadOnly":true,"Source":"/h","Target":"/b","Type":"bind"}`,
			map[string]string{"propagation": `"rslave"`, "consistency": `"cached"`}},
		{"Mount", []any{"/v", "vol", kw("no_copy", true, "labels", kw("a", "b"), "driver_config", kw("name", "local", "options", kw("o", "bind")))},
			`{"ReadOnly":false,"Source":"vol","Target":"/v","Type":"volume","VolumeOptions":{"DriverConfig":{"Name":"local","Options":{"o":"bind"}},"Labels":{"a":"b"},"NoCopy":true}}`,
			map[string]string{"no_copy": "true", "labels": `{"a":"b"}`, "driver_config": `{"Name":"local","Options":{"o":"bind"}}`}},
		{"Mount", []any{kw("target", "/t", "type", "tmpfs", "tmpfs_size", "1m", "tmpfs_mode", int64(0o1777))},
			`{"ReadOnly":false,"Target":"/t","TmpfsOptions":{"Mode":1023,"SizeBytes":1048576},"Type":"tmpfs"}`,
			map[string]string{"tmpfs_size": "1048576", "tmpfs_mode": "1023"}},
		{"Ulimit", []any{kw("name", "nofile", "soft", int64(1024))}, `{"Name":"nofile","Soft":1024}`,
			map[string]string{"name": `"nofile"`, "soft": "1024", "hard": "null"}},
		{"Ulimit", []any{kw("name", "core", "soft", int64(0), "hard", int64(0))}, `{"Hard":0,"Name":"core","Soft":0}`, nil},
		{"LogConfig", []any{kw("type", "json-file", "config", kw("max-size", "1g", "max-file", int64(3)))},
			`{"Config":{"max-file":"3","max-size":"1g"},"Type":"json-file"}`,
			map[string]string{"type": `"json-file"`, "config": `{"max-file":"3","max-size":"1g"}`}},
		{"LogConfig", []any{kw("type", "syslog", "config", kw("tag", "x"))}, `{"Config":{"tag":"x"},"Type":"syslog"}`, nil},
		{"RestartPolicy", []any{}, `{"Condition":"none","Delay":0,"MaxAttempts":0,"Window":0}`,
			map[string]string{"condition": `"none"`, "max_attempts": "0"}},
		{"RestartPolicy", []any{kw("condition", "on-failure", "max_attempts", int64(3), "delay", int64(5e9))},
			`{"Condition":"on-failure","Delay":5000000000,"MaxAttempts":3,"Window":0}`, nil},
		{"Healthcheck", []any{kw("test", "curl -f x", "interval", "10s", "timeout", int64(3e9), "retries", int64(2), "start_period", int64(0))},
			`{"Interval":10000000000,"Retries":2,"StartPeriod":0,"Test":["CMD-SHELL","curl -f x"],"Timeout":3000000000}`,
			map[string]string{"test": `["CMD-SHELL","curl -f x"]`, "interval": "10000000000", "start_period": "0"}},
		{"Healthcheck", []any{kw("test", []any{"NONE"})}, `{"Test":["NONE"]}`, map[string]string{"retries": "null"}},
		{"Healthcheck", []any{map[string]any{}}, `{}`, nil},
		{"DeviceRequest", []any{kw("count", int64(-1), "capabilities", []any{[]any{"gpu", "utility"}})},
			`{"Capabilities":[["gpu","utility"]],"Count":-1,"DeviceIDs":[],"Driver":"","Options":{}}`,
			map[string]string{"count": "-1", "capabilities": `[["gpu","utility"]]`, "device_ids": "[]"}},
		{"DeviceRequest", []any{kw("driver", "nvidia", "device_ids", []any{"0", "1"})}, `{"Capabilities":[],"Count":0,"DeviceIDs":["0","1"],"Driver":"nvidia","Options":{}}`, nil},
		{"EndpointConfig", []any{"1.41", []any{"web"}, map[string]any{"db": "database"}, "10.0.0.2", "fe80::2", []any{"169.254.0.1"}, kw("o", "v"), "02:42:ac:11:00:02"},
			`{"Aliases":["web"],"DriverOpts":{"o":"v"},"IPAMConfig":{"IPv4Address":"10.0.0.2","IPv6Address":"fe80::2","LinkLocalIPs":["169.254.0.1"]},"Links":["db:database"],"MacAddress":"02:42:ac:11:00:02"}`,
			map[string]string{"aliases": `["web"]`, "ipv4_address": `"10.0.0.2"`, "links": `["db:database"]`, "driver_opt": `{"o":"v"}`, "mac_address": `"02:42:ac:11:00:02"`}},
		{"EndpointConfig", []any{kw("aliases", []any{"a"})}, `{"Aliases":["a"]}`, map[string]string{"ipv6_address": "null"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := callType(t, tt.name, tt.args...)
			require.NoError(t, err)
			assert.Equal(t, tt.name, o.Class().Name)
			assert.JSONEq(t, tt.json, jsonOf(t, o))
			assert.Equal(t, tt.name+"("+jsonOf(t, o)+")", o.Class().Repr(o))
			for prop, want := range tt.props {
				p, ok := o.Class().Lookup(prop, false).(*Property)
				require.True(t, ok, prop)
				v, err := p.Get(nil, o)
				require.NoError(t, err)
				b, _ := json.Marshal(v)
				assert.JSONEq(t, want, string(b), prop)
			}
			// a typed value is never taken for keyword arguments
			_, isDict := any(o).(map[string]any)
			assert.False(t, isDict)
		})
	}
}

func TestTypesErrors(t *testing.T) {
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"Mount", []any{}, `docker.types.Mount(): missing required argument 'target'`},
		{"Mount", []any{"/t", nil, map[string]any{"type": "nfs"}}, `docker.types.Mount(): unsupported mount type: "nfs" (bind, volume, tmpfs or npipe)`},
		{"Mount", []any{"/t", "/h", map[string]any{"type": "bind", "no_copy": true}}, `docker.types.Mount(): incompatible options have been provided for the bind type mount: 'no_copy'`},
		{"Mount", []any{"/t", "v", map[string]any{"propagation": "rshared"}}, `docker.types.Mount(): incompatible options have been provided for the volume type mount: 'propagation'`},
		{"Mount", []any{"/t", nil, map[string]any{"type": "tmpfs", "labels": map[string]any{"a": "b"}}}, `docker.types.Mount(): incompatible options have been provided for the tmpfs type mount: 'labels'`},
		{"Mount", []any{"/t", "v", map[string]any{"driver_config": map[string]any{"driver": "x"}}}, `docker.types.Mount(): argument 'driver_config' unknown key 'driver' (Name or Options)`},
		{"Mount", []any{"/t", nil, map[string]any{"type": "tmpfs", "tmpfs_size": "big"}}, `docker.types.Mount(): argument 'tmpfs_size' must be a size such as 512m or 1g (units b, k, m, g), not "big"`},
		{"Ulimit", []any{map[string]any{"soft": int64(1)}}, `docker.types.Ulimit(): missing required argument 'name'`},
		{"Ulimit", []any{map[string]any{"name": "nofile", "soft": "many"}}, `docker.types.Ulimit(): argument 'soft' must be int, not str`},
		{"Ulimit", []any{"nofile", int64(1)}, `docker.types.Ulimit(): takes 0 positional arguments but 2 were given`},
		{"LogConfig", []any{map[string]any{"type": "json-file", "options": map[string]any{}}}, `docker.types.LogConfig(): unexpected keyword argument 'options'`},
		{"RestartPolicy", []any{"always"}, `docker.types.RestartPolicy(): invalid RestartPolicy condition "always" (none, on-failure or any)`},
		{"Healthcheck", []any{map[string]any{"test": "x", "interval": int64(5)}}, `docker.types.Healthcheck(): interval must be 0 or at least 1000000 nanoseconds (1ms), not 5`},
		{"Healthcheck", []any{map[string]any{"test": int64(1)}}, `docker.types.Healthcheck(): argument 'test' must be str or list of str, not int`},
		{"DeviceRequest", []any{map[string]any{"count": "all"}}, `docker.types.DeviceRequest(): argument 'count' must be int, not str`},
		{"EndpointConfig", []any{map[string]any{"driver_opt": "x"}}, `docker.types.EndpointConfig(): argument 'driver_opt' must be dict, not str`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := callType(t, tt.name, tt.args...)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, InvalidArgument, e.Class)
			assert.Equal(t, tt.want, e.Message)
		})
	}
}

// callDict calls a docker.types constructor that returns a dict.
func callDict(t *testing.T, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := TypesModuleClass.Lookup(name, false).(*Method)
	require.True(t, ok, name)
	return m.Invoke(nil, Types, args)
}

// TestConfigTypes: docker.types.HostConfig, ContainerConfig and
// NetworkingConfig build the dicts the create_* builders build.
func TestConfigTypes(t *testing.T) {
	hc, err := callDict(t, "HostConfig", map[string]any{"mem_limit": "1g", "binds": []any{"/h:/c:ro"}, "privileged": true})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"Memory": int64(1 << 30), "Binds": []any{"/h:/c:ro"}, "Privileged": true}, hc)
	cc, err := callDict(t, "ContainerConfig", nil, "busybox", "true", map[string]any{"host_config": hc, "labels": map[string]any{"a": "b"}})
	require.NoError(t, err)
	d := cc.(map[string]any)
	assert.Equal(t, "busybox", d["Image"])
	assert.Equal(t, []any{"true"}, d["Cmd"])
	assert.Equal(t, map[string]any{"a": "b"}, d["Labels"])
	assert.Equal(t, int64(1<<30), d["HostConfig"].(map[string]any)["Memory"])
	nc, err := callDict(t, "NetworkingConfig", map[string]any{"endpoints_config": map[string]any{"net": map[string]any{"aliases": []any{"web"}}}})
	require.NoError(t, err)
	assert.Contains(t, nc.(map[string]any), "EndpointsConfig")
}

// TestCancellableStream: the wrapper yields the stream's items and its
// close closes the response too.
func TestCancellableStream(t *testing.T) {
	items := []any{"a", "b"}
	streamClosed, responseClosed := false, false
	stream := &FuncIterator{NextFunc: func(*Call) (any, bool, error) {
		if len(items) == 0 {
			return nil, false, nil
		}
		v := items[0]
		items = items[1:]
		return v, true, nil
	}, CloseFunc: func() error { streamClosed = true; return nil }}
	response := &FuncIterator{NextFunc: func(*Call) (any, bool, error) { return nil, false, nil }, CloseFunc: func() error { responseClosed = true; return nil }}
	v, err := callDict(t, "CancellableStream", stream, response)
	require.NoError(t, err)
	it := v.(Iterator)
	first, ok, err := it.Next(nil)
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "a", first)
	require.NoError(t, it.Close())
	assert.True(t, streamClosed)
	assert.True(t, responseClosed)
	_, err = callDict(t, "CancellableStream", "x", response)
	require.ErrorContains(t, err, "argument 'stream' must be iterator, not str")
}
