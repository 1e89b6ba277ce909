package stdlib_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
)

func TestJSONDecode(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want any
	}{
		{"max uint64 exact", "18446744073709551615", uint64(math.MaxUint64)},
		{"max int64", "9223372036854775807", int64(math.MaxInt64)},
		{"min int64", "-9223372036854775808", int64(math.MinInt64)},
		{"float", "2.5", 2.5},
		{"null", "null", nil},
		{"bytes", bindings.Bytes(`"x"`), "x"},
		{"nested", `{"a":[1,2.5,"x",null,true],"b":{}}`, map[string]any{
			"a": []any{int64(1), 2.5, "x", nil, true}, "b": map[string]any{}}},
		{"keyword", map[string]any{"text": `[1]`}, []any{int64(1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mustInvoke(t, "json", "decode", tt.in))
		})
	}
}

func TestJSONDecodeInvalid(t *testing.T) {
	for _, in := range []string{"", "{", `{"a":1} trailing`, "[1,]", "nan"} {
		t.Run(in, func(t *testing.T) {
			_, err := invoke(t, nil, nil, "json", "decode", in)
			requireException(t, err, bindings.DockerException, "json.decode: invalid JSON")
		})
	}
}

func TestJSONEncode(t *testing.T) {
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"max uint64 exact", []any{uint64(math.MaxUint64)}, "18446744073709551615"},
		{"min int64", []any{int64(math.MinInt64)}, "-9223372036854775808"},
		{"whole float", []any{3.0}, "3"},
		{"float", []any{0.1}, "0.1"},
		{"nil in a list", []any{[]any{nil}}, "[null]"},
		{"no HTML escaping", []any{"<a & b>"}, `"<a & b>"`},
		{"bytes as text", []any{bindings.Bytes("hi")}, `"hi"`},
		{"sorted keys", []any{map[string]any{"b": int64(1), "a": []any{true, nil}}}, `{"a":[true,null],"b":1}`},
		{"indent spaces", []any{map[string]any{"a": []any{int64(1)}}, int64(2)}, "{\n  \"a\": [\n    1\n  ]\n}"},
		{"indent string", []any{[]any{int64(1)}, "\t"}, "[\n\t1\n]"},
		{"indent keyword", []any{[]any{int64(1)}, map[string]any{"indent": int64(1)}}, "[\n 1\n]"},
		{"indent zero", []any{[]any{int64(1)}, int64(0)}, "[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mustInvoke(t, "json", "encode", tt.args...))
		})
	}
}

func TestJSONEncodeErrors(t *testing.T) {
	// nil and a lone empty table (read as empty keyword arguments) give
	// no value: an error rather than a silent "null"
	_, err := invoke(t, nil, nil, "json", "encode", map[string]any{})
	requireException(t, err, bindings.InvalidArgument, "json.encode()", "missing required argument 'value'")
	_, err = invoke(t, nil, nil, "json", "encode", math.NaN())
	requireException(t, err, bindings.InvalidArgument, "json.encode()", "argument 'value'")
	_, err = invoke(t, nil, nil, "json", "encode", int64(1), "xx")
	requireException(t, err, bindings.InvalidArgument, "json.encode()", "argument 'indent'")
	_, err = invoke(t, nil, nil, "json", "encode", int64(1), int64(-1))
	requireException(t, err, bindings.InvalidArgument, "json.encode()", "argument 'indent'")
}

func TestJSONRoundTrip(t *testing.T) {
	const doc = `{"Memory":18446744073709551615,"Name":"web","Nested":[{"Id":9007199254740993}],"Ratio":0.25}`
	v := mustInvoke(t, "json", "decode", doc)
	m := v.(map[string]any)
	require.Equal(t, uint64(18446744073709551615), m["Memory"])
	require.Equal(t, int64(9007199254740993), m["Nested"].([]any)[0].(map[string]any)["Id"])
	assert.Equal(t, doc, mustInvoke(t, "json", "encode", v))
	// pretty-printed text decodes to the same value
	pretty := mustInvoke(t, "json", "encode", v, int64(4)).(string)
	assert.Contains(t, pretty, "\n    \"Memory\": 18446744073709551615,")
	assert.Equal(t, v, mustInvoke(t, "json", "decode", pretty))
}
