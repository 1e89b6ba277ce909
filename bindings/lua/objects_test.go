package lua

import (
	"bytes"
	"context"
	"testing"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Functions, methods, properties and iterators called inside a coroutine
// return their values to the coroutine, and their errors are raised there.
func TestCallsInsideCoroutines(t *testing.T) {
	ctx := context.Background()
	name := testengine.Name(t, "lua-co")
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"method result",
			`print(coroutine.wrap(function() local v = client:version() return type(v), type(v.ApiVersion) end)())`,
			"table\tstring\n"},
		{"several calls and a yield between them",
			`local co = coroutine.wrap(function()
				local ok = client:ping()
				coroutine.yield(ok)
				return client.containers:get("` + name + `").name
			end)
			print(co()) print(co())`,
			"true\n" + name + "\n"},
		{"module function", `print(coroutine.wrap(function() return require("json").encode({1, 2}) end)())`, "[1,2]\n"},
		{"property", `print(coroutine.wrap(function() local c = client.containers:get("` + name + `") return c.status end)())`, "exited\n"},
		{"error caught in the coroutine",
			`print(coroutine.wrap(function()
				local ok, err = pcall(function() return client.containers:get("nope-` + name + `") end)
				return ok, err.class
			end)())`,
			"false\tNotFound\n"},
		{"error escaping the coroutine",
			`local ok, err = coroutine.resume(coroutine.create(function() return client.containers:get("nope-` + name + `") end))
			print(ok, docker.errors.is(err, docker.errors.NotFound))`,
			"false\ttrue\n"},
		{"stream read in a loop that yields",
			`local c = client.containers:get("` + name + `")
			local lines = coroutine.wrap(function()
				for line in c:logs{stream = true} do coroutine.yield(line) end
			end)
			print(lines(), lines())`,
			"a\n\tb\n\n"},
		{"wrapped twice",
			`print(coroutine.wrap(function()
				return coroutine.wrap(function() return client:ping(), client.containers:get("` + name + `").name end)()
			end)())`,
			"true\t" + name + "\n"},
	}
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	require.NoError(t, r.RunString(ctx, "setup", `
		client = docker.from_env()
		local c = client.containers:create("busybox", {"sh", "-c", "echo a; echo b"}, {name = "`+name+`"})
		c:start()
		c:wait()`))
	t.Cleanup(func() {
		_ = testengine.Get().Client.ContainerDelete(ctx, name, engine.ContainerDeleteOptions{Force: true})
	})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out.Reset()
			require.NoError(t, r.RunString(ctx, "co", tc.src), out.String())
			assert.Equal(t, tc.want, out.String())
		})
	}
}

// Module functions keep a leading nil in its place: it is the first
// positional argument left out, not a receiver.
func TestModuleFunctionsKeepLeadingNil(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"json.encode(nil, 2) is not json.encode(2)",
			`local ok, err = pcall(require("json").encode, nil, 2) print(ok, tostring(err))`,
			"false\tjson.encode(): missing required argument 'value'\n"},
		{"DockerClient(nil, version) takes the default host",
			`print(docker.DockerClient(nil, "1.41"):ping())`,
			"true\n"},
		{"a nil in the middle keeps its place too",
			`print(require("json").encode({1}, nil))`,
			"[1]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			r := newTestRuntime(t, &out)
			require.NoError(t, r.RunString(context.Background(), "nil", tc.src), out.String())
			assert.Equal(t, tc.want, out.String())
		})
	}
}
