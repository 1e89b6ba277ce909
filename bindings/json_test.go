package bindings

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeJSONNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{`1`, int64(1)},
		{`-9223372036854775808`, int64(-9223372036854775808)},
		{`18446744073709551615`, uint64(18446744073709551615)},
		{`9007199254740993`, int64(9007199254740993)},
		{`1.5`, 1.5},
		{`1e400`, math.Inf(1)},
		{`{"a":[1,{"b":2}]}`, map[string]any{"a": []any{int64(1), map[string]any{"b": int64(2)}}}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, err := DecodeJSON([]byte(tc.in))
			if tc.want == nil {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, v)
		})
	}
}

func TestEncodeJSONRoundTrip(t *testing.T) {
	v := map[string]any{"big": uint64(18446744073709551615), "f": 2.0, "b": Bytes("x"), "t": Tuple{int64(1)}}
	b, err := EncodeJSON(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"big":18446744073709551615,"f":2,"b":"x","t":[1]}`, string(b))
}

func BenchmarkDecodeJSON(b *testing.B) {
	raw := []byte(`{"Id":"abc","State":{"Status":"running","Pid":123},"Config":{"Labels":{"a":"b"},"Env":["A=1","B=2"]},"HostConfig":{"Memory":18446744073709551615}}`)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := DecodeJSON(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func TestIDOf(t *testing.T) {
	tests := []struct {
		raw, want string
		err       bool
	}{
		{`{"Id":"abc123","Created":"x"}`, "abc123", false},
		{`{"Created":"x","Id":"later"}`, "later", false},
		{`{"Id":"a\"b"}`, `a"b`, false},
		{`{"Id":`, "", true},
	}
	for _, tc := range tests {
		id, err := idOf([]byte(tc.raw))
		if tc.err {
			assert.Error(t, err)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, id)
	}
}
