package lua

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	_ "github.com/dscript/dscript/stdlib" // json and log, for scripts that pass tables to them
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A table that contains itself, or nests deeper than maxDepth, is refused
// with InvalidArgument naming the method and the argument, before any
// request, whatever function it is given to; pcall catches it.
func TestCyclicAndDeepTablesAreRefused(t *testing.T) {
	name := testengine.Name(t, "lua-cycle")
	deep := `local deep = {} local cur = deep for i = 1, 150 do cur[1] = {} cur = cur[1] end`
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"json.encode",
			`local t = {} t.t = t
			local ok, err = pcall(require("json").encode, t)
			print(ok, err.class, tostring(err))`,
			"false\tInvalidArgument\tjson.encode(): argument 'value' contains a cycle (value.t refers back to a table that contains it)\n"},
		{"log.info fields",
			`local t = {a = {}} t.a.b = t
			local ok, err = pcall(require("log").info, "x", t)
			print(ok, err.class, tostring(err))`,
			"false\tInvalidArgument\tlog.info(): argument 'fields' contains a cycle (fields.a.b refers back to a table that contains it)\n"},
		{"keyword argument of containers:run",
			`local client = docker.from_env()
			local t = {} t.t = t
			local ok, err = pcall(function() return client.containers:run("busybox", "true", {name = "` + name + `", labels = t}) end)
			print(ok, err.class, tostring(err))`,
			"false\tInvalidArgument\tContainerCollection.run(): argument 'labels' contains a cycle (labels.t refers back to a table that contains it)\n"},
		{"through an array",
			`local t = {1} t[2] = {t}
			local ok, err = pcall(require("json").encode, t)
			print(ok, tostring(err))`,
			"false\tjson.encode(): argument 'value' contains a cycle (value[2][1] refers back to a table that contains it)\n"},
		{"nesting too deep",
			deep + `
			local ok, err = pcall(require("json").encode, deep)
			print(ok, err.class, tostring(err))`,
			"false\tInvalidArgument\tjson.encode(): argument 'value' nests more than 100 levels deep\n"},
		{"a table twice is no cycle",
			`local s = {1}
			print(require("json").encode({a = s, b = {s, s}}))`,
			`{"a":[1],"b":[[1],[1]]}` + "\n"},
		{"100 levels are fine",
			`local v = "x" for i = 1, 100 do v = {v} end
			print(#require("json").encode(v))`,
			"203\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			r := newTestRuntime(t, &out)
			require.NoError(t, r.RunString(context.Background(), "cycle", tc.src), out.String())
			assert.Equal(t, tc.want, out.String())
		})
	}
	// refused before the request: the container was not created
	_, err := testengine.Get().Client.ContainerInspect(context.Background(), name, false)
	assert.ErrorIs(t, err, engine.ErrNotFound)
}

// A value handed back to Go (CallGlobal's result) is checked the same way.
func TestCallGlobalRefusesCycle(t *testing.T) {
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	require.NoError(t, r.RunString(context.Background(), "def", `function make() local t = {} t.x = {t} return t end`))
	_, err := r.CallGlobal(context.Background(), "make")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "contains a cycle (value.x[1] refers back")
	assert.False(t, strings.Contains(err.Error(), "stack overflow"))
}
