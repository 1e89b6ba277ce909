package bindings

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   any
		want int64
	}{
		{int64(1024), 1024}, {1.5e3, 1500}, {"", 0}, {"100", 100}, {"-1", -1}, {"100000b", 100000},
		{"1000k", 1024000}, {"128m", 134217728}, {"1g", 1073741824}, {"1G", 1073741824}, {"64M", 67108864},
		{"512mb", 536870912}, {"2KB", 2048}, {"1.5g", 1610612736}, {"1t", 1 << 40},
	}
	for _, tt := range tests {
		got, err := toByteSize(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for in, msg := range map[any]string{
		"12x":  `must be a size such as 512m or 1g (units b, k, m, g), not "12x"`,
		"m":    `must be a size such as 512m or 1g (units b, k, m, g), not "m"`,
		true:   `must be int or str, not bool`,
		"1 gg": `must be a size such as 512m or 1g (units b, k, m, g), not "1 gg"`,
	} {
		_, err := toByteSize(in)
		require.Error(t, err, in)
		assert.Equal(t, msg, err.Error())
	}
}

func TestNanos(t *testing.T) {
	for in, want := range map[any]int64{int64(5): 5, "30s": 30e9, "1m30s": 90e9, "500ms": 5e8, 2e9: 2e9} {
		got, err := toNanos(in)
		require.NoError(t, err)
		assert.Equal(t, want, got, in)
	}
	_, err := toNanos("soon")
	assert.EqualError(t, err, `must be int nanoseconds or a duration such as "30s", not "soon"`)
	_, err = toNanos(true)
	assert.EqualError(t, err, `must be int, not bool`)
}
