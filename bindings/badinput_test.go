package bindings

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBadInputBeforeAnyRequest feeds values that used to be coerced,
// overflowed or passed to the daemon: each is an InvalidArgument naming
// the method and the argument, and no request is made.
func TestBadInputBeforeAnyRequestFakeDaemon(t *testing.T) {
	cl, requests := refusingDaemon(t, "1.41")
	ct := &Container{Model{client: cl, id: "abc"}}
	kw := func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	tests := []struct {
		name   string
		self   Object
		method string
		args   []any
		want   string
	}{
		{"size overflow", cl.containers, "create", []any{"busybox", kw("mem_limit", "99999999999g")}, "ContainerCollection.create(): argument 'mem_limit' must be a size below 8 EiB"},
		{"NaN since", ct, "logs", []any{kw("since", math.NaN())}, "Container.logs(): argument 'since' must be a finite number of Unix seconds"},
		{"env list of ints", cl.containers, "run", []any{"busybox", kw("environment", []any{int64(1), int64(2)})}, "ContainerCollection.run(): argument 'environment' must be dict or list"},
		{"dns list of ints", cl.containers, "run", []any{"busybox", kw("dns", []any{int64(1), int64(2)})}, "ContainerCollection.run(): argument 'dns' must be a list of str, but item 1 is int"},
		{"commit upper case", ct, "commit", []any{"UPPER"}, "Container.commit(): argument 'repository' \"UPPER\" is not a valid repository name"},
		{"commit bad tag", ct, "commit", []any{"ok", "no:colons"}, "Container.commit(): argument 'tag' \"no:colons\" is not a valid tag"},
		{"negative wait", ct, "wait", []any{kw("timeout", float64(-1))}, "Container.wait(): argument 'timeout' must be a positive number of seconds"},
		{"bogus condition", ct, "wait", []any{kw("condition", "bogus")}, "Container.wait(): argument 'condition' must be not-running, next-exit or removed"},
		{"tail word", ct, "logs", []any{kw("tail", "many")}, "Container.logs(): argument 'tail' must be \"all\" or a number"},
		{"signal bool", ct, "kill", []any{true}, "Container.kill(): argument 'signal' must be str or int, not bool"},
		{"empty keyword", ct, "logs", []any{kw("", int64(1))}, "Container.logs(): unexpected keyword argument ''"},
		{"empty keyword in a dict item", cl.containers, "run", []any{"busybox", kw("mounts", []any{kw("", "")})}, "argument 'mounts' item 1: docker.types.Mount(): unexpected keyword argument ''"},
		{"signal fraction", ct, "kill", []any{1.5}, "Container.kill(): argument 'signal' must be str or int, not float 1.5"},
		{"since beyond 2**53", ct, "logs", []any{kw("since", 1e300)}, "Container.logs(): argument 'since' must be Unix seconds below 2**53"},
		{"fractional size", cl.containers, "run", []any{"busybox", kw("mem_limit", 1.5)}, "argument 'mem_limit' must be a whole number of bytes, not 1.5"},
		{"command beyond the kernel's limit", cl.containers, "run", []any{"busybox", strings.Repeat("x", 1<<20)}, "argument 'command' word 1 is 1048576 bytes long"},
		{"huge value cut from the message", ct, "wait", []any{kw("condition", strings.Repeat("x", 1<<20))}, "bytes cut"},
		{"plugin privileges of str", cl.api, "pull_plugin", []any{"vol", []any{"network"}}, "APIClient.pull_plugin(): argument 'privileges' item 1 must be a dict {Name, Description, Value}, not str"},
		{"plugin privilege values of ints", cl.api, "upgrade_plugin", []any{"vol", "vol:2", []any{kw("Name", "network", "Value", []any{int64(1)})}}, "argument 'privileges' item 1 key 'Value' must be a list of str, but item 1 is int"},
		{"secret driver of an int", cl.api, "create_secret", []any{"n", "d", nil, int64(1)}, "APIClient.create_secret(): argument 'driver' must be dict {Name, Options}, not int"},
		{"config templating of unknown keys", cl.api, "create_config", []any{"n", "d", kw("templating", kw("engine", "golang"))}, "APIClient.create_config(): argument 'templating' unknown key 'engine'"},
		{"import of an empty URL", cl.api, "import_image_from_url", []any{""}, "APIClient.import_image_from_url(): argument 'url' must be a URL"},
		{"node create of a str", &NodeCollection{client: cl}, "create", []any{"x"}, "NodeCollection.create(): argument 'attrs' must be dict, not str"},
		{"from_env of a bad pool", cl, "from_env", []any{kw("max_pool_size", int64(-1))}, "DockerClient.from_env(): argument 'max_pool_size' must be at least 1"},
		{"empty plugin reference", &PluginCollection{client: cl}, "install", []any{""}, "PluginCollection.install(): argument 'remote_name' must not be an empty str"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := tt.self.Class().Lookup(tt.method, false).(*Method)
			require.True(t, ok)
			_, err := m.Invoke(testCall(t), tt.self, tt.args)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, InvalidArgument, e.Class, e.Message)
			assert.Contains(t, e.Message, tt.want)
		})
	}
	assert.Zero(t, requests.Load(), "no request reached the daemon")
}
