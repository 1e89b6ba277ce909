package js

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestToJS(t *testing.T) {
	tests := []struct {
		name  string
		value any
		want  []string // JS expressions about v that must be true
	}{
		{"nil", nil, []string{"v === null"}},
		{"bool", true, []string{"v === true"}},
		{"int", int64(42), []string{"v === 42", `typeof v === "number"`}},
		{"2^53 is a number", int64(1 << 53), []string{`typeof v === "number"`, "v === 9007199254740992"}},
		{"2^53+1 is a BigInt", int64(1<<53 + 1), []string{`typeof v === "bigint"`, "v === 9007199254740993n"}},
		{"-2^53-1 is a BigInt", int64(-(1 << 53) - 1), []string{`typeof v === "bigint"`, "v === -9007199254740993n"}},
		{"small uint64", uint64(7), []string{"v === 7"}},
		{"uint64 max", uint64(math.MaxUint64), []string{`typeof v === "bigint"`, "v === 18446744073709551615n", `String(v) === "18446744073709551615"`}},
		{"float", 1.5, []string{"v === 1.5"}},
		{"string", "héllo", []string{`v === "héllo"`}},
		{"invalid UTF-8", "a\xffb", []string{`v === "a\uFFFDb"`}},
		{"bytes", bindings.Bytes{1, 2, 255}, []string{"v instanceof ArrayBuffer", "v.byteLength === 3", "new Uint8Array(v)[2] === 255"}},
		{"list", []any{int64(1), "a", nil}, []string{"Array.isArray(v)", "v.length === 3", `v[1] === "a"`, "v[2] === null"}},
		{"tuple", bindings.Tuple{"out", nil}, []string{"Array.isArray(v)", `v[0] === "out"`, "v[1] === null"}},
		{"map", map[string]any{"State": map[string]any{"Status": "running"}, "__proto__": int64(1)},
			[]string{`v.State.Status === "running"`, "Object.getPrototypeOf(v) === Object.prototype", `Object.keys(v).includes("__proto__")`}},
		{"time", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), []string{"v instanceof Date", `v.toISOString() === "2024-01-02T03:04:05.000Z"`}},
		{"object", &thing{name: "a"}, []string{`String(v) === "<TestThing: a>"`, "`${v}` === \"<TestThing: a>\"", `v.short_name === "a"`, `v.shortName === "a"`}},
		{"module", bindings.NewModuleObject(jstestModule), []string{`typeof v.Thing === "function"`}},
		{"error", bindings.Errorf(bindings.ImageNotFound, "no image"), []string{"v instanceof docker.errors.NotFound", `v.message === "no image"`}},
		{"iterator", bindings.SliceIterator([]any{int64(1)}), []string{"typeof v.next === \"function\"", "v[Symbol.iterator]() === v"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newRuntime(t, nil)
			tr.set(t, "v", tc.value)
			tr.truth(t, tc.want...)
		})
	}
}

func TestFromJS(t *testing.T) {
	tests := []struct {
		expr string
		want string // the Go type the method receives
	}{
		{"3", "int64"},
		{"3.0", "int64"},
		{"-7", "int64"},
		{"1.5", "float64"},
		{"2 ** 60", "float64"},
		{"2n ** 62n", "int64"},
		{"18446744073709551615n", "uint64"},
		{`"s"`, "string"},
		{"true", "bool"},
		{"null", "<nil>"},
		{"undefined", "<nil>"},
		{"[1, 2]", "[]interface {}"},
		{"({a: 1})", "map[string]interface {}"},
		{"new Date(0)", "time.Time"},
		{"new Uint8Array([1, 2])", "bindings.Bytes"},
		{"new Uint8Array([1, 2]).buffer", "bindings.Bytes"},
		{"(x) => x", "*js.jsFunc"},
		{"t", "*js.thing"},
		{"new docker.errors.NotFound('x')", "*bindings.Error"},
	}
	tr := newRuntime(t, nil)
	tr.set(t, "t", &thing{name: "t"})
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			assert.Equal(t, tc.want, tr.eval(t, "t.go_type("+tc.expr+")"))
		})
	}
}

func TestRoundTrip(t *testing.T) {
	tr := newRuntime(t, nil)
	tr.set(t, "t", &thing{name: "t"})
	tr.truth(t,
		"t.echo(18446744073709551615n) === 18446744073709551615n",
		"t.echo(9007199254740993n) === 9007199254740993n",
		"t.echo(2 ** 53) === 2 ** 53",
		"t.echo([1, [2, 'x']])[1][1] === 'x'",
		"t.echo({k: {n: null}}).k.n === null",
		"new Uint8Array(t.echo(new Uint8Array([9, 8]))).join() === '9,8'",
		"t.echo(new Date(1000)).getTime() === 1000",
		"t.echo(t).id === t.id",
		"t.sibling() !== t && t.sibling().id === t.id",
	)
	// a cycle is an error, not a hang
	_, err := tr.Eval(context.Background(), "const o = {}; o.o = o; t.echo(o)")
	require.Error(t, err)
}

func TestUTF8Carry(t *testing.T) {
	tests := []struct {
		name   string
		chunks []any
		want   []string
	}{
		{"split two-byte", []any{"h\xc3", "\xa9llo"}, []string{"h", "éllo"}},
		{"three bytes over three chunks", []any{"a\xe2", "\x82", "\xac!"}, []string{"a", "€!"}},
		{"four-byte emoji", []any{"\xf0\x9f", "\x98\x80"}, []string{"😀"}},
		{"invalid bytes", []any{"a\xffb"}, []string{"a\uFFFDb"}},
		{"truncated at the end", []any{"x\xe2\x82"}, []string{"x", "\uFFFD"}},
		{"plain", []any{"one\n", "two\n"}, []string{"one\n", "two\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newRuntime(t, nil)
			tr.set(t, "it", bindings.SliceIterator(tc.chunks))
			got := tr.eval(t, "JSON.stringify([...it])")
			want := make([]any, len(tc.want))
			for i, s := range tc.want {
				want[i] = s
			}
			assert.JSONEq(t, mustJSON(t, want), got.(string))
		})
	}
}

func TestTupleIterator(t *testing.T) {
	tr := newRuntime(t, nil)
	tr.set(t, "it", bindings.SliceIterator([]any{
		bindings.Tuple{"out\xe2", nil},
		bindings.Tuple{nil, "err"},
		bindings.Tuple{"\x82\xac", nil},
	}))
	assert.Equal(t, `[["out",null],[null,"err"],["€",null]]`, tr.eval(t, "JSON.stringify([...it])"))
}
