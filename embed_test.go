package dscript_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run runs src in a fresh runtime made with opts (stdout and stderr go to
// the returned buffer unless opts sets them) and returns the output and
// the run's error.
func run(t *testing.T, lang dscript.Lang, opts dscript.Options, src string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	if opts.Stdout == nil {
		opts.Stdout = &out
	}
	if opts.Stderr == nil {
		opts.Stderr = &out
	}
	rt, err := dscript.New(lang, opts)
	require.NoError(t, err)
	defer func() { require.NoError(t, rt.Close()) }()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err = rt.RunString(ctx, "test", src)
	return out.String(), err
}

// No panic of the Lua VM leaves RunString or Call: what overflowed its
// value stack is a Lua error.
func TestLuaStackOverflowsAreErrors(t *testing.T) {
	tests := []struct {
		name, src, out, err string
	}{
		{"unpack of 6000 values", `local t={} for i=1,6000 do t[i]=i end print(#{unpack(t)})`, "6000\n", ""},
		{"string.byte of 6000 bytes", `local s=string.rep("x",6000) print(#{string.byte(s,1,-1)})`, "6000\n", ""},
		{"unpack of too many values", `local t={} for i=1,200000 do t[i]=i end print(#{unpack(t)})`, "", "too many results to unpack"},
		{"string.byte of too many bytes", `print(#{string.byte(string.rep("x",200000),1,-1)})`, "", "string.byte: string slice too long"},
		{"nested unpacks fill the stack", `local t={} for i=1,100000 do t[i]=i end
			local function f(...) local n = f(1, unpack(t)) return n end f()`, "", "overflow"},
		{"caught by pcall", `local t={} for i=1,100000 do t[i]=i end
			local function f(...) local n = f(1, unpack(t)) return n end print(pcall(f))`, "false", ""},
		{"caught by xpcall", `local t={} for i=1,100000 do t[i]=i end
			local function f(...) local n = f(1, unpack(t)) return n end print(xpcall(f, function(e) return e end))`, "false", ""},
		{"deep recursion", `local function f(n) return 1 + f(n+1) end f(1)`, "", "stack overflow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := run(t, dscript.Lua, dscript.Options{}, tc.src)
			if tc.err == "" {
				require.NoError(t, err)
				assert.Contains(t, out, tc.out)
				return
			}
			var se *dscript.ScriptError
			require.ErrorAs(t, err, &se)
			assert.Contains(t, se.Message, tc.err)
		})
	}
	t.Run("Call", func(t *testing.T) {
		rt, err := dscript.New(dscript.Lua, dscript.Options{})
		require.NoError(t, err)
		defer rt.Close()
		require.NoError(t, rt.RunString(context.Background(), "t", `function many(n) local t={} for i=1,n do t[i]=i end return #{unpack(t)} end`))
		v, err := rt.Call(context.Background(), "many", 6000)
		require.NoError(t, err)
		assert.EqualValues(t, 6000, v)
		_, err = rt.Call(context.Background(), "many", 300000)
		require.ErrorContains(t, err, "too many results to unpack")
		v, err = rt.Call(context.Background(), "many", 10)
		require.NoError(t, err, "the runtime stays usable")
		assert.EqualValues(t, 10, v)
	})
}

// A Go function that panics when a script calls it gives the run an
// error, never a crash of the host.
func TestHostFunctionPanicIsAnError(t *testing.T) {
	for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
		t.Run(string(lang), func(t *testing.T) {
			rt, err := dscript.New(lang, dscript.Options{})
			require.NoError(t, err)
			defer rt.Close()
			require.NoError(t, rt.Set("boom", func() { panic("host bug") }))
			err = rt.RunString(context.Background(), "t", "boom()")
			require.Error(t, err)
			assert.Contains(t, err.Error(), "host bug")
		})
	}
}

// io.stdout, io.stderr and io.stdin are the runtime's streams: they write
// to Options.Stdout and Stderr, read Options.Stdin, and closing or
// buffering them cannot touch the host's files.
func TestLuaStandardStreams(t *testing.T) {
	var stdout, stderr bytes.Buffer
	opts := dscript.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("first line\nsecond\n42 rest")}
	out, err := run(t, dscript.Lua, opts, `
		io.stdout:write("to stdout ", 1, "\n")
		io.stderr:write("to stderr\n")
		io.write("io.write\n")
		print(io.type(io.stdout), tostring(io.stdout))
		print(io.stdin:read())
		print(io.read("*l"))
		print(io.read("*n"))
		print(io.stdout:setvbuf("full", 1e12))
		print(io.stdout:close())
		print(pcall(io.stdout.write, io.stdout, "x"))
		print(io.type(io.stdout))
		io.stderr:write("still open\n")
	`)
	require.NoError(t, err)
	assert.Empty(t, out)
	assert.Equal(t, "to stdout 1\nio.write\nfile\tfile (stdout)\nfirst line\nsecond\n42\ntrue\ntrue\n"+
		"false\tattempt to use a closed file\nclosed file\n", stdout.String())
	assert.Equal(t, "to stderr\nstill open\n", stderr.String())
	_, err = os.Stdout.Stat()
	require.NoError(t, err, "the host's stdout is still open")
}

// JavaScript printing is bounded, recursion has a limit (a RangeError) and
// cancellation stops loops.
func TestJSRunaway(t *testing.T) {
	t.Run("print of a huge sparse array", func(t *testing.T) {
		out, err := run(t, dscript.JavaScript, dscript.Options{}, `const a = []; a.length = 2**32 - 1; a[0] = 1; print(a)`)
		require.NoError(t, err)
		assert.Equal(t, "[1, undefined, undefined, ", out[:26])
		assert.Contains(t, out, ", ... 4294967195 more items]\n")
	})
	t.Run("print of an object with many keys", func(t *testing.T) {
		out, err := run(t, dscript.JavaScript, dscript.Options{}, `const o = {}; for (let i = 0; i < 1000; i++) o["k" + i] = i; print(o)`)
		require.NoError(t, err)
		assert.Contains(t, out, `"k99": 99, ... 900 more items }`)
	})
	t.Run("recursion through a native call", func(t *testing.T) {
		_, err := run(t, dscript.JavaScript, dscript.Options{}, `function f(){[1].map(f)} f()`)
		var se *dscript.ScriptError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, "RangeError", se.Class)
		assert.Equal(t, "Maximum call stack size exceeded", se.Message)
	})
	t.Run("call depth is configurable", func(t *testing.T) {
		var out bytes.Buffer
		rt, err := dscript.New(dscript.JavaScript, dscript.Options{Stdout: &out, Limits: dscript.Limits{MaxCallDepth: 50}})
		require.NoError(t, err)
		defer rt.Close()
		err = rt.RunString(context.Background(), "t", `var d = 0; function f(){ d++; f() } f()`)
		var se *dscript.ScriptError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, "RangeError", se.Class)
		require.NoError(t, rt.RunString(context.Background(), "t", `print(d)`))
		assert.Equal(t, "50\n", out.String())
	})
	for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
		src := map[dscript.Lang]string{
			dscript.Lua:        `while true do end`,
			dscript.JavaScript: `for (;;) { [1, 2, 3].map(x => x * 2) }`,
		}[lang]
		t.Run("timeout stops a loop in "+string(lang), func(t *testing.T) {
			_, err := run(t, lang, dscript.Options{Timeout: 200 * time.Millisecond}, src)
			require.ErrorIs(t, err, dscript.ErrCanceled)
			require.ErrorIs(t, err, context.DeadlineExceeded)
		})
	}
	t.Run("timeout stops a Lua pattern that backtracks for hours", func(t *testing.T) {
		_, err := run(t, dscript.Lua, dscript.Options{Timeout: 200 * time.Millisecond},
			`print(pcall(string.find, ("a"):rep(3000), ".-.-.-b")) print("not reached")`)
		require.ErrorIs(t, err, dscript.ErrCanceled)
		require.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

// Builtins (and Lua's concatenation) that build a large value in one call
// check the memory limit and raise a script error; the Lua step budget stops runaway loops, even
// ones that catch errors.
func TestBudgets(t *testing.T) {
	small := dscript.Options{Limits: dscript.Limits{MaxMemory: 1 << 20}}
	tests := []struct {
		name string
		lang dscript.Lang
		opts dscript.Options
		src  string
		want string
	}{
		{"string.rep, default limit", dscript.Lua, dscript.Options{}, `string.rep("x", 1e12)`, "string.rep: the result would need 1000000000000 bytes, more than this runtime's memory limit of 268435456 bytes"},
		{"string.rep", dscript.Lua, small, `string.rep("abc", 1e6)`, "string.rep: the result would need 3000000 bytes"},
		{"table.concat", dscript.Lua, small, `local t = {} for i = 1, 300 do t[i] = string.rep("x", 10000) end table.concat(t)`, "table.concat: the result would need"},
		{"print", dscript.Lua, small, `local s = string.rep("x", 600000) print(s, s)`, "print: the result would need"},
		{"concatenation", dscript.Lua, small, `local s = "x" while true do s = s .. s end`, "concatenation: the result would need 2097152 bytes, more than this runtime's memory limit of 1048576 bytes"},
		{"string.gsub", dscript.Lua, small, `local s = ("x"):rep(1000):gsub("x", ("y"):rep(2000))`, "string.gsub: the result would need"},
		{"repeat, default limit", dscript.JavaScript, dscript.Options{}, `let s = ""; for (;;) s += "x".repeat(2**30)`, "RangeError: String.prototype.repeat: the result would need 1073741824 bytes"},
		{"repeat", dscript.JavaScript, small, `"abc".repeat(1e6)`, "String.prototype.repeat: the result would need 3000000 bytes"},
		{"padStart", dscript.JavaScript, small, `"a".padStart(1e7)`, "String.prototype.padStart: the result would need"},
		{"join", dscript.JavaScript, small, `const a = []; a.length = 2**32 - 1; a.join("--")`, "Array.prototype.join: the result would need"},
		{"fill", dscript.JavaScript, small, `new Array(1e8).fill(0)`, "Array.prototype.fill: the result would need"},
		{"print", dscript.JavaScript, small, `const s = "x".repeat(600000); print(s, s)`, "print: the result would need"},
		{"map of a huge sparse array", dscript.JavaScript, dscript.Options{}, `const a = []; a.length = 2**32 - 1; a.map(x => 1)`, "Array.prototype.map: the result would need"},
		{"indexOf in a huge sparse array", dscript.JavaScript, dscript.Options{}, `const a = []; a.length = 2**32 - 1; a.indexOf(5)`, "Array.prototype.indexOf: the result would need"},
		{"Array.from a huge length", dscript.JavaScript, dscript.Options{}, `Array.from({length: 2**32 - 1})`, "Array.from: the result would need"},
	}
	for _, tc := range tests {
		t.Run(string(tc.lang)+" "+tc.name, func(t *testing.T) {
			_, err := run(t, tc.lang, tc.opts, tc.src)
			var se *dscript.ScriptError
			require.ErrorAs(t, err, &se)
			assert.Contains(t, se.Error(), tc.want)
		})
	}
	t.Run("a script can catch the error", func(t *testing.T) {
		out, err := run(t, dscript.Lua, small, `print(pcall(string.rep, "x", 1e9))`)
		require.NoError(t, err)
		assert.Contains(t, out, "false\t")
	})
	t.Run("steps", func(t *testing.T) {
		opts := dscript.Options{Limits: dscript.Limits{MaxSteps: 100000}}
		for _, src := range []string{
			`while true do end`,
			`while true do pcall(function() while true do end end) end`,
		} {
			_, err := run(t, dscript.Lua, opts, src)
			require.ErrorIs(t, err, dscript.ErrLimit, src)
			assert.Contains(t, err.Error(), "100000 steps")
		}
		out, err := run(t, dscript.Lua, opts, `local n = 0 for i = 1, 1000 do n = n + i end print(n)`)
		require.NoError(t, err, "a short script fits")
		assert.Equal(t, "500500\n", out)
	})
}

// Limits.MaxHeap stops what no builtin check sees: a table filled without
// end, JavaScript's + doubling a string in a loop.
func TestHeapLimit(t *testing.T) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	for _, tc := range []struct {
		lang dscript.Lang
		src  string
	}{
		{dscript.Lua, `local t, s = {}, ("x"):rep(1000) while true do t[#t + 1] = s .. #t end`},
		{dscript.JavaScript, `let s = "x"; for (;;) { s = s + s; s.charAt(0) }`},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			runtime.GC()
			metrics.Read(sample)
			limit := int64(sample[0].Value.Uint64()) + 64<<20
			_, err := run(t, tc.lang, dscript.Options{Limits: dscript.Limits{MaxHeap: limit}}, tc.src)
			require.ErrorIs(t, err, dscript.ErrLimit)
			assert.Contains(t, err.Error(), "the process's heap reached")
		})
	}
	runtime.GC()
}

// One runtime runs one script at a time: a second goroutine gets ErrBusy
// (race-free), and the runtime works again once the first run ends.
func TestConcurrentUseIsBusy(t *testing.T) {
	for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
		t.Run(string(lang), func(t *testing.T) {
			rt, err := dscript.New(lang, dscript.Options{})
			require.NoError(t, err)
			defer rt.Close()
			entered, release := make(chan struct{}), make(chan struct{})
			require.NoError(t, rt.Set("block", func() { close(entered); <-release }))
			require.NoError(t, rt.Set("id", func(x int) int { return x }))
			src := map[dscript.Lang]string{
				dscript.Lua:        `function hook(x) block() return id(x) end`,
				dscript.JavaScript: `function hook(x) { block(); return id(x) }`,
			}[lang]
			require.NoError(t, rt.RunString(context.Background(), "t", src))
			done := make(chan error, 1)
			go func() {
				v, err := rt.Call(context.Background(), "hook", 7)
				if err == nil && v != int64(7) {
					err = errors.New("wrong result")
				}
				done <- err
			}()
			<-entered
			_, err = rt.Call(context.Background(), "hook", 8)
			require.ErrorIs(t, err, dscript.ErrBusy)
			require.ErrorIs(t, rt.RunString(context.Background(), "t", "x = 1"), dscript.ErrBusy)
			require.ErrorIs(t, rt.Close(), dscript.ErrBusy)
			close(release)
			require.NoError(t, <-done)
			require.NoError(t, rt.Set("block", func() {}))
			v, err := rt.Call(context.Background(), "hook", 9)
			require.NoError(t, err)
			assert.EqualValues(t, 9, v)
		})
	}
}

// Without grants a script sees no host variable (only those the host
// lists), cannot change the host's environment, and a denied function
// says that the policy denies it.
func TestEnvironmentGrant(t *testing.T) {
	t.Setenv("DSCRIPT_TEST_SECRET", "s3cret")
	t.Setenv("DSCRIPT_TEST_SHARED", "shared")
	tests := []struct {
		name string
		lang dscript.Lang
		opts dscript.Options
		src  string
		want string
	}{
		{"lua, no grant", dscript.Lua, dscript.Options{}, `print(os.getenv("DSCRIPT_TEST_SECRET"), os.getenv("HOME"), require("env").get("DSCRIPT_TEST_SECRET"))
			local n = 0 for _ in pairs(require("env").all()) do n = n + 1 end print(n)
			print(pcall(os.setenv, "DOCKER_HOST", "tcp://elsewhere:2375"))`,
			"nil\tnil\tnil\n0\nfalse\tos.setenv: denied by this runtime's policy (the env capability is not granted)\n"},
		{"lua, listed", dscript.Lua, dscript.Options{EnvVars: []string{"DSCRIPT_TEST_SHARED"}}, `print(os.getenv("DSCRIPT_TEST_SECRET"), os.getenv("DSCRIPT_TEST_SHARED"))
			for k, v in pairs(require("env").all()) do print(k, v) end`,
			"nil\tshared\nDSCRIPT_TEST_SHARED\tshared\n"},
		{"js, no grant", dscript.JavaScript, dscript.Options{}, `print(process.env.DSCRIPT_TEST_SECRET, process.env.HOME, "DSCRIPT_TEST_SECRET" in process.env, Object.keys(require("env").all()).length)`,
			"undefined\tundefined\tfalse\t0\n"},
		{"js, listed", dscript.JavaScript, dscript.Options{EnvVars: []string{"DSCRIPT_TEST_SHARED"}}, `print(process.env.DSCRIPT_TEST_SECRET, process.env.DSCRIPT_TEST_SHARED)`,
			"undefined\tshared\n"},
		{"lua, granted", dscript.Lua, dscript.Options{Policy: dscript.Policy{Env: true}}, `print(os.getenv("DSCRIPT_TEST_SECRET")) os.setenv("DSCRIPT_TEST_SHARED", "changed")`,
			"s3cret\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := run(t, tc.lang, tc.opts, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, out)
		})
	}
	assert.Equal(t, "changed", os.Getenv("DSCRIPT_TEST_SHARED"), "os.setenv works when granted")
}

// Modules the host supplies: by a loader function or from search paths.
func TestHostModules(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "lib"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "lib", "greet.lua"), []byte(`return {hello = function(n) return "hello " .. n end}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "lib", "greet.js"), []byte(`exports.hello = n => "hello " + n`), 0o644))
	loader := func(name string) (string, bool, error) {
		switch name {
		case "answer.lua":
			return `return 42`, true, nil
		case "answer.js":
			return `module.exports = 42`, true, nil
		case "broken":
			return "", false, errors.New("the host failed")
		}
		return "", false, nil
	}
	for _, tc := range []struct {
		lang dscript.Lang
		src  string
	}{
		{dscript.Lua, `print(require("lib.greet").hello("you"), require("answer.lua"), select(2, pcall(require, "broken")))
			print(pcall(require, "nothing"))`},
		{dscript.JavaScript, `try { require("broken") } catch (e) { print(require("lib.greet").hello("you"), require("answer.js"), e.message) }
			try { require("nothing") } catch (e) { print(e.message) }`},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			ldr := func(name string) (string, bool, error) { return loader(name) }
			out, err := run(t, tc.lang, dscript.Options{ModulePaths: []string{dir}, Loader: ldr}, tc.src)
			require.NoError(t, err)
			assert.Contains(t, out, "hello you\t42\t")
			assert.Contains(t, out, "module 'broken': the host failed")
			assert.NotContains(t, out, "true")
		})
	}
}
