package lua

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	glua "github.com/yuin/gopher-lua"
)

// openFDs counts the process's open file descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(entries)
}

// A generic for over a stream that is left by break, return or an error
// that pcall catches closes the stream at once, not at the end of the chunk
// (SCRIPTING.md §6), so a long script that breaks out of endless streams
// does not pile up connections.
func TestLeavingAForClosesItsStream(t *testing.T) {
	ctx := context.Background()
	var out bytes.Buffer
	r := newTestRuntime(t, &out)
	name := testengine.Name(t, "lua-break")
	require.NoError(t, r.RunString(ctx, "start", `
		c = docker.from_env().containers:run("busybox", "sh -c 'while true; do echo tick; sleep 0.05; done'",
			{detach = true, init = true, name = "`+name+`"})`))
	t.Cleanup(func() {
		_ = testengine.Get().Client.ContainerDelete(ctx, name, engine.ContainerDeleteOptions{Force: true})
	})
	// open_streams() is what the runtime still holds open; fds_at_most(n)
	// waits up to 10 s for the process to hold at most n descriptors.
	r.L.SetGlobal("open_streams", r.L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LNumber(len(r.open)))
		return 1
	}))
	r.L.SetGlobal("fds_at_most", r.L.NewFunction(func(L *glua.LState) int {
		limit := L.CheckInt(1)
		deadline := time.Now().Add(10 * time.Second)
		for openFDs(t) > limit && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		L.Push(glua.LBool(openFDs(t) <= limit))
		return 1
	}))
	base := openFDs(t)
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"break",
			`for line in c:logs{stream = true, follow = true} do break end
			print(open_streams())`,
			"0\n"},
		{"break after some lines",
			`local n = 0
			for line in c:logs{stream = true, follow = true} do n = n + 1 if n == 3 then break end end
			print(n, open_streams())`,
			"3\t0\n"},
		{"return",
			`local function first() for line in c:logs{stream = true, follow = true} do return line end end
			print(first(), open_streams())`,
			"tick\n\t0\n"},
		{"return from nested loops",
			`local function f()
				for a in c:logs{stream = true, follow = true} do
					for b in c:logs{stream = true, follow = true} do return a == b end
				end
			end
			print(f(), open_streams())`,
			"true\t0\n"},
		{"a body that is only break, inside another loop",
			`for i = 1, 3 do
				for line in c:logs{stream = true, follow = true} do break end
				print(i, open_streams())
			end`,
			"1\t0\n2\t0\n3\t0\n"},
		{"break out of an inner loop leaves the stream open",
			`local n = 0
			for line in c:logs{stream = true, follow = true} do
				while true do break end
				n = n + 1
				if n == 2 then print(open_streams()) break end
			end
			print(open_streams())`,
			"1\n0\n"},
		{"an error caught by pcall",
			`local ok, err = pcall(function()
				for line in c:logs{stream = true, follow = true} do error("stop", 0) end
			end)
			print(ok, err, open_streams())`,
			"false\tstop\t0\n"},
		{"200 breaks hold no descriptors",
			`for i = 1, 200 do
				for line in c:logs{stream = true, follow = true} do break end
			end
			print(open_streams(), fds_at_most(` + strconv.Itoa(base+8) + `))`,
			"0\ttrue\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out.Reset()
			require.NoError(t, r.RunString(ctx, "break", tc.src), out.String())
			assert.Equal(t, tc.want, out.String())
		})
	}
}

// gopher-lua 1.1.2 miscompiled these loops (see third_party/gopher-lua);
// scripts run them as Lua 5.1 does.
func TestGenericForLoopsRunAsLua(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"a body that is only break, inside another loop",
			`for i = 1, 3 do for c in function() return 1 end do break end print(i) end`,
			"1\n2\n3\n"},
		{"a dead branch declaring a local",
			`local n = 0 for _, v in ipairs({1, 2, 3}) do if false then local x = 1 end n = n + v end print(n)`,
			"6\n"},
		{"state and control start as nil",
			`local function f(s, c) print(s, c) end
			for k, v in pairs({a = 1}) do end
			for k in f do end`,
			"nil\tnil\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			r := New(Options{Env: &bindings.Env{Stdout: &out, Stderr: &out}})
			defer r.Close()
			require.NoError(t, r.RunString(context.Background(), "loop", tc.src))
			assert.Equal(t, tc.want, out.String())
		})
	}
}
