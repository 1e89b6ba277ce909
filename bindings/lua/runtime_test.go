package lua

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestRuntime(t *testing.T, out *bytes.Buffer, args ...string) *Runtime {
	t.Helper()
	r := New(Options{Env: &bindings.Env{Defaults: engine.Options{Host: testengine.Get().Host}, Stdout: out, Stderr: out}, Args: args})
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func TestScripts(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
		err  string
	}{
		{"print and values", `print(1, 2.5, "s", true, nil)`, "1\t2.5\ts\ttrue\tnil\n", ""},
		{"docker global and require", `print(docker == require("docker"), type(docker.from_env))`, "true\tfunction\n", ""},
		{"version", `print(type(docker.__version__))`, "string\n", ""},
		{"error classes", `print(tostring(docker.errors.NotFound), docker.errors.NotFound.__parent)`, "<class 'docker.errors.NotFound'>\tAPIError\n", ""},
		{"script error", `error("boom")`, "", "boom"},
		{"error escapes with class", `error(docker.errors.InvalidArgument("bad thing"))`, "", "bad thing"},
		{"io.popen denied by default", `for _, f in ipairs{io.popen, os.execute, io.open} do print(select(2, pcall(f, "x"))) end`,
			"io.popen: denied by this runtime's policy (the exec capability is not granted)\n" +
				"os.execute: denied by this runtime's policy (the exec capability is not granted)\n" +
				"io.open: denied by this runtime's policy (the files capability is not granted)\n", ""},
		{"arg table", `print(arg[0], arg[1])`, "script.lua\tx\n", ""},
		{"kwargs before request", `docker.from_env().containers:list{bogus=1}`, "", "ContainerCollection.list(): unexpected keyword argument 'bogus'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			r := newTestRuntime(t, &out, "script.lua", "x")
			err := r.RunString(context.Background(), "test", tc.src)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, out.String())
		})
	}
}

func TestExitCannotBeCaught(t *testing.T) {
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	err := r.RunString(context.Background(), "exit", `pcall(function() os.exit(7) end) print("after")`)
	var ex *bindings.ExitError
	require.ErrorAs(t, err, &ex)
	assert.Equal(t, 7, ex.Code)
	assert.Empty(t, out.String())
	// the runtime stays usable
	require.NoError(t, r.RunString(context.Background(), "again", `print("again")`))
	assert.Equal(t, "again\n", out.String())
}

func TestCancelCannotBeCaught(t *testing.T) {
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := r.RunString(ctx, "loop", `while true do pcall(function() while true do end end) end`)
	require.Error(t, err)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "got %v", err)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestEqualityAndRepr(t *testing.T) {
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	name := testengine.Name(t, "lua-eq")
	err := r.RunString(context.Background(), "eq", `
		local client = docker.from_env()
		local c = client.containers:create("busybox", "true", {name = "`+name+`"})
		local d = client.containers:get("`+name+`")
		print(c == d, rawequal(c, d), tostring(c) == "<Container: " .. c.short_id .. ">", c == client)
		c:remove()
	`)
	require.NoError(t, err, out.String())
	assert.Equal(t, "true\tfalse\ttrue\tfalse\n", out.String())
}

// A stream left open by a script (break out of a follow loop) is closed at
// the end of the chunk, and its connection and goroutines are released.
func TestStreamsClosedAtEndOfChunk(t *testing.T) {
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	name := testengine.Name(t, "lua-follow")
	ctx := context.Background()
	require.NoError(t, r.RunString(ctx, "start", `
		c = docker.from_env().containers:run("busybox", "sh -c 'while true; do echo tick; sleep 0.05; done'",
			{detach = true, init = true, name = "`+name+`"})`))
	t.Cleanup(func() {
		_ = testengine.Get().Client.ContainerDelete(ctx, name, engine.ContainerDeleteOptions{Force: true})
	})
	base := runtime.NumGoroutine()
	require.NoError(t, r.RunString(ctx, "follow", `
		local n = 0
		for line in c:logs{stream = true, follow = true} do
			n = n + 1
			if n == 3 then break end
		end
		print("read " .. n)`))
	assert.Equal(t, "read 3\n", out.String()[:len("read 3\n")])
	assert.Eventually(t, func() bool { return runtime.NumGoroutine() <= base+1 }, 5*time.Second, 20*time.Millisecond)
	assert.Empty(t, r.open)

	// it:close() closes at once; a closed iterator yields nothing more
	out.Reset()
	require.NoError(t, r.RunString(ctx, "close", `
		local it = c:logs{stream = true, follow = true}
		local first = it()
		it:close()
		print(first ~= nil, it())`))
	assert.Equal(t, "true\tnil\n", out.String())
	assert.Empty(t, r.open)
}

func TestTableValues(t *testing.T) {
	r := New(Options{Env: &bindings.Env{}})
	defer r.Close()
	tests := []struct {
		src  string
		want any
	}{
		{`return {1, 2, 3}`, []any{int64(1), int64(2), int64(3)}},
		{`return {}`, map[string]any{}},
		{`return {[80] = 8080}`, map[string]any{"80": int64(8080)}},
		{`return {[1] = "a", [3] = "c"}`, map[string]any{"1": "a", "3": "c"}},
		{`return {a = 1, 2}`, map[string]any{"a": int64(1), "1": int64(2)}},
		{`return {1.5, "x", true}`, []any{1.5, "x", true}},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			require.NoError(t, r.L.DoString(tc.src))
			v, verr := r.fromLua(r.L.Get(-1))
			r.L.Pop(1)
			require.Nil(t, verr)
			assert.Equal(t, tc.want, v)
		})
	}
}
