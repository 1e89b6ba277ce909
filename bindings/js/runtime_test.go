package js

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGlobals(t *testing.T) {
	tr := newRuntime(t, nil)
	require.NoError(t, tr.RunString(context.Background(), "g.js", `
		print("a", 1, [1, "x"], {k: null}, 2n ** 64n);
		console.log("log", 1, "two");
		process.stdout.write("no newline;");
		process.stdout.write(new Uint8Array([104, 105, 10]));
		process.stderr.write("raw err\n");
		console.info("info");
		console.error("err");
		console.warn("warn");
		print(process.argv.join(" "));
		print(process.env.DSCRIPT_JS_TEST, process.env.NOPE, "NOPE" in process.env);
		process.env.X = "1";
		print(process.env.X);
		print(require("docker") === docker, require("jstest") === require("jstest"));
		print(typeof docker.from_env, typeof docker.fromEnv, typeof docker.DockerClient, typeof docker.APIClient);
		print(typeof print, typeof require, typeof process.exit);
		print(require("jstest").Thing("p"), [require("jstest").Thing("q")], new docker.errors.NotFound("nf"));
	`))
	assert.Equal(t, strings.Join([]string{
		"a\t1\t[1, \"x\"]\t{ \"k\": null }\t18446744073709551616",
		"log 1 two",
		"no newline;hi",
		"info",
		"dscript test.js one two",
		"yes\tundefined\tfalse",
		"undefined",
		"true\ttrue",
		"function\tfunction\tfunction\tfunction",
		"function\tfunction\tfunction",
		"<TestThing: p>\t[<TestThing: q>]\tNotFound: nf",
		"",
	}, "\n"), tr.out.String())
	assert.Equal(t, "raw err\nerr\nwarn\n", tr.errOut.String())

	err := tr.RunString(context.Background(), "r.js", `require("nope")`)
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "Error", se.Class)
	assert.Contains(t, se.Message, "Cannot find module 'nope'")
}

func TestNoFilesOrProcesses(t *testing.T) {
	tr := newRuntime(t, nil)
	// net is dscript's own module (wait_for_port), not node's sockets
	for _, mod := range []string{"fs", "child_process", "os", "dgram", "path/../fs"} {
		_, err := tr.Eval(context.Background(), `require("`+mod+`")`)
		require.Error(t, err, mod)
		assert.Contains(t, err.Error(), "Cannot find module")
	}
	tr.truth(t,
		`typeof process.binding === "undefined"`,
		`typeof globalThis.load === "undefined"`,
		`typeof globalThis.readFile === "undefined"`,
		`typeof globalThis.Deno === "undefined"`,
		`Object.keys(process).sort().join() === "argv,env,exit,stderr,stdout"`,
	)
}

func TestProcessExit(t *testing.T) {
	tests := []struct {
		name, src string
		code      int
	}{
		{"plain", "process.exit(3)", 3},
		{"no argument", "process.exit()", 0},
		{"inside try/catch/finally", `try { process.exit(4) } catch (e) { print("caught") } finally { print("finally") } print("after")`, 4},
		{"inside a function called in try", `function f() { process.exit(5) } try { f() } catch (e) { print("caught") }`, 5},
		{"inside for...of over a stream", `for (const x of t.echo(it)) { try { process.exit(6) } catch (e) {} }`, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newRuntime(t, nil)
			tr.set(t, "t", &thing{name: "t"})
			tr.set(t, "it", bindings.SliceIterator([]any{"a", "b"}))
			err := tr.RunString(context.Background(), "exit.js", tc.src)
			var ee *bindings.ExitError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, tc.code, ee.Code)
			assert.Empty(t, tr.out.String(), "nothing runs after exit")
			// the runtime is usable afterwards
			require.NoError(t, tr.RunString(context.Background(), "after.js", `print("ok")`))
			assert.Equal(t, "ok\n", tr.out.String())
		})
	}
}

func TestCancel(t *testing.T) {
	tests := []struct{ name, src string }{
		{"busy loop", "for (;;) {}"},
		{"busy loop in try/catch", `for (;;) { try { for (;;) {} } catch (e) { print("caught") } finally { print("finally") } }`},
		{"blocking Go call in try/catch", `for (;;) { try { t.block() } catch (e) { print("caught", e) } }`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newRuntime(t, nil)
			tr.set(t, "t", &thing{name: "t"})
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			defer cancel()
			start := time.Now()
			err := tr.RunString(ctx, "loop.js", tc.src)
			require.Error(t, err)
			assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
			assert.Less(t, time.Since(start), 5*time.Second)
			assert.Empty(t, tr.out.String())
			require.NoError(t, tr.RunString(context.Background(), "after.js", `print("ok")`))
			assert.Equal(t, "ok\n", tr.out.String())
		})
	}
	t.Run("already canceled", func(t *testing.T) {
		tr := newRuntime(t, nil)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := tr.RunString(ctx, "x.js", `print("ran")`)
		assert.True(t, errors.Is(err, bindings.ErrCanceled))
		assert.Empty(t, tr.out.String())
	})
}

func TestConstructors(t *testing.T) {
	tr := newRuntime(t, nil)
	tr.truth(t,
		`String(require("jstest").Thing("a")) === "<TestThing: a>"`,
		`String(new (require("jstest").Thing)("b")) === "<TestThing: b>"`,
		`(() => { const m = require("jstest"); return new m.Thing({name: "c"}).short_name === "c" })()`,
		`(() => { const m = require("jstest"); return m.Thing({name: "d"}).shortName === "d" })()`,
		`(() => { const T = require("jstest").Thing; return T("e").id === "id-e" })()`,
		`(() => { const T = require("jstest").Thing; return new T("f").id === "id-f" })()`,
	)
	_, err := tr.Eval(context.Background(), `new (require("jstest").Thing)()`)
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "InvalidArgument", se.Class)
	assert.Contains(t, se.Message, "name")
}

func TestMethodsAndKwargs(t *testing.T) {
	tests := []struct {
		call    string
		want    string
		wantErr []string // InvalidArgument message parts
	}{
		{`t.greet("bob")`, "t greets bob x1 dry=false", nil},
		{`t.greet("bob", {dry_run: true, times: 2})`, "t greets bob x2 dry=true", nil},
		{`t.greet("bob", {dryRun: true})`, "t greets bob x1 dry=true", nil},
		{`t.greet({name: "bob", times: 3})`, "t greets bob x3 dry=false", nil},
		{`t.greet("bob", {})`, "t greets bob x1 dry=false", nil},
		{`t.greet("bob", undefined)`, "t greets bob x1 dry=false", nil},
		{`t.getName === undefined && t.go_type === t.goType ? "same" : "different"`, "same", nil},
		{`t.greet("bob", {bogus: 1})`, "", []string{"TestThing.greet", "bogus"}},
		{`t.greet("bob", {dry_run: true, dryRun: true})`, "", []string{"TestThing.greet", "dry_run"}},
		{`t.greet("bob", {name: "x"})`, "", []string{"TestThing.greet", "name"}},
		{`t.greet()`, "", []string{"TestThing.greet", "name"}},
		{`t.greet(1)`, "", []string{"TestThing.greet", "name", "str"}},
		{`t.greet("a", "b")`, "", []string{"TestThing.greet", "positional"}},
	}
	tr := newRuntime(t, nil)
	tr.set(t, "t", &thing{name: "t"})
	for _, tc := range tests {
		t.Run(tc.call, func(t *testing.T) {
			v, err := tr.Eval(context.Background(), tc.call)
			if tc.wantErr == nil {
				require.NoError(t, err)
				assert.Equal(t, tc.want, v.Export())
				return
			}
			var se *bindings.ScriptError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, "InvalidArgument", se.Class)
			for _, part := range tc.wantErr {
				assert.Contains(t, se.Message, part)
			}
			// and a script can catch it as InvalidArgument
			ok, err := tr.Eval(context.Background(), "try { "+tc.call+"; false } catch (e) { e instanceof docker.errors.InvalidArgument }")
			require.NoError(t, err)
			assert.Equal(t, true, ok.Export())
		})
	}
	// a method called without its object is a TypeError, not a crash
	_, err := tr.Eval(context.Background(), "const g = t.greet; g('x')")
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "TypeError", se.Class)
}

// closeCounter is a stream that counts how often it is closed.
type closeCounter struct {
	n      int
	closed int
}

func (c *closeCounter) iter(max int) bindings.Iterator {
	return &bindings.FuncIterator{
		NextFunc: func(*bindings.Call) (any, bool, error) {
			if max >= 0 && c.n >= max {
				return nil, false, nil
			}
			c.n++
			return "x", true, nil
		},
		CloseFunc: func() error { c.closed++; return nil },
	}
}

func TestIteratorClosing(t *testing.T) {
	t.Run("break calls return()", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		tr.set(t, "it", c.iter(-1))
		require.NoError(t, tr.VM().Set("closed", func() int { return c.closed }))
		tr.truth(t,
			"(() => { let n = 0; for (const x of it) { if (++n === 3) break } return n === 3 && closed() === 1 })()",
		)
		assert.Equal(t, 1, c.closed)
		assert.Equal(t, 3, c.n)
	})
	t.Run("return() closes and reports done", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		tr.set(t, "it", c.iter(-1))
		tr.truth(t,
			"it.next().value === 'x'",
			"(() => { const r = it.return(); return r.done === true && r.value === undefined })()",
			"it.next().done === true",
		)
		assert.Equal(t, 1, c.closed)
	})
	t.Run("exhausted", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		tr.set(t, "it", c.iter(2))
		tr.truth(t, "[...it].length === 2", "it.next().done")
		assert.Equal(t, 1, c.closed)
	})
	t.Run("an exception in the loop body", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		tr.set(t, "it", c.iter(-1))
		require.NoError(t, tr.VM().Set("closed", func() int { return c.closed }))
		tr.truth(t, "(() => { try { for (const x of it) throw new Error('x') } catch (e) { return closed() === 1 } })()")
		assert.Equal(t, 1, c.closed)
	})
	t.Run("end of the run closes open streams", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		require.NoError(t, tr.VM().Set("mk", func() any { return tr.toJS(c.iter(-1)) }))
		require.NoError(t, tr.RunString(context.Background(), "a.js", "globalThis.it = mk(); it.next()"))
		assert.Equal(t, 1, c.closed)
		tr.truth(t, "it.next().done")
	})
	t.Run("an error ending the run closes open streams", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		require.NoError(t, tr.VM().Set("mk", func() any { return tr.toJS(c.iter(-1)) }))
		require.Error(t, tr.RunString(context.Background(), "a.js", "const it = mk(); it.next(); null.x"))
		assert.Equal(t, 1, c.closed)
	})
	t.Run("Close closes open streams", func(t *testing.T) {
		tr := newRuntime(t, nil)
		var c closeCounter
		tr.set(t, "it", c.iter(-1)) // made outside any run
		require.NoError(t, tr.Close())
		assert.Equal(t, 1, c.closed)
		require.Error(t, tr.RunString(context.Background(), "a.js", "1"))
	})
	t.Run("an error from the stream", func(t *testing.T) {
		tr := newRuntime(t, nil)
		closed := 0
		tr.set(t, "it", &bindings.FuncIterator{
			NextFunc: func(*bindings.Call) (any, bool, error) {
				return nil, false, bindings.Errorf(bindings.StreamParseError, "bad frame")
			},
			CloseFunc: func() error { closed++; return nil },
		})
		tr.truth(t, "(() => { try { it.next() } catch (e) { return e instanceof docker.errors.StreamParseError } })()")
		assert.Equal(t, 1, closed)
	})
}

func BenchmarkMethodCall(b *testing.B) {
	r := New(Options{Env: &bindings.Env{}})
	defer r.Close()
	if err := r.VM().Set("t", r.toJS(&thing{name: "t"})); err != nil {
		b.Fatal(err)
	}
	prg, err := compile("bench.js", `for (let i = 0; i < 1000; i++) t.greet("x", {times: 2})`)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.run(context.Background(), prg); err != nil {
			b.Fatal(err)
		}
	}
}
