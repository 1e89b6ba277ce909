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

func TestHost(t *testing.T) {
	tr := newRuntime(t, nil)
	require.NoError(t, tr.SetGlobal("cfg", map[string]any{"n": int64(2), "thing": &thing{name: "h"}}))
	require.NoError(t, tr.RunString(context.Background(), "h.js", `
		function add(a, b) { return a + b * cfg.n }
		function who() { return cfg.thing }
		function fail() { throw new docker.errors.NullResource("empty") }
		function cyclic() { const o = {}; o.o = o; return o }
		function spin() { for (;;) {} }
	`))
	v, err := tr.CallGlobal(context.Background(), "add", int64(1), int64(3))
	require.NoError(t, err)
	assert.Equal(t, int64(7), v)

	v, err = tr.CallGlobal(context.Background(), "who")
	require.NoError(t, err)
	assert.Equal(t, "h", v.(*thing).name)

	_, err = tr.CallGlobal(context.Background(), "fail")
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "NullResource", se.Class)

	_, err = tr.CallGlobal(context.Background(), "cyclic")
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "InvalidArgument", se.Class)

	_, err = tr.CallGlobal(context.Background(), "missing")
	require.Error(t, err)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = tr.CallGlobal(ctx, "spin")
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
}

func TestFormat(t *testing.T) {
	tests := []struct{ src, want string }{
		{"undefined", ""},
		{"let x = 1", ""},
		{"null", "null"},
		{"42", "42"},
		{"2n ** 64n", "18446744073709551616n"},
		{"10n", "10n"},
		{`"a\"b"`, `'a"b'`},
		{`"it's"`, `"it's"`},
		{`[1, "x", null]`, `[ 1, 'x', null ]`},
		{`({b: 1, a: {c: [true]}, "d-e": 2})`, `{ b: 1, a: { c: [ true ] }, 'd-e': 2 }`},
		{`(() => { const o = {}; o.self = o; return o })()`, `{ self: [Circular] }`},
		{`({a: {b: {c: {d: 1}}}})`, `{ a: { b: { c: [Object] } } }`},
		{`({a: {b: {c: [1]}}})`, `{ a: { b: { c: [Array] } } }`},
		{`Array.from({length: 102}, (_, i) => 0).length`, "102"},
		{`({name: "web-1", labels: {app: "web", tier: "frontend"}, ports: ["80/tcp", "443/tcp"], state: "running"})`,
			"{\n  name: 'web-1',\n  labels: { app: 'web', tier: 'frontend' },\n  ports: [ '80/tcp', '443/tcp' ],\n  state: 'running'\n}"},
		{`require("jstest").Thing("f")`, "<TestThing: f>"},
		{`new docker.errors.NotFound("x")`, "NotFound: x\n\tat <repl>:1:1(4)"},
		{`function named() {}; named`, "[Function: named]"},
	}
	tr := newRuntime(t, nil)
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			v, err := tr.Eval(context.Background(), tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, tr.Format(v))
		})
	}
}

// Long arrays print their first 100 items, as node does.
func TestFormatLongArray(t *testing.T) {
	tr := newRuntime(t, nil)
	v, err := tr.Eval(context.Background(), `Array.from({length: 102}, (_, i) => i)`)
	require.NoError(t, err)
	out := tr.Format(v)
	assert.True(t, strings.HasPrefix(out, "[\n  0,\n  1,\n"), out)
	assert.True(t, strings.HasSuffix(out, "  99,\n  ... 2 more items\n]"), out)
}
