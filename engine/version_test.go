package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.41", "1.41", 0},
		{"1.41", "1.40", 1},
		{"1.9", "1.41", -1},
		{"1.41", "1.56", -1},
		{"2.0", "1.99", 1},
		{"1.41", "1.41.0", 0},
		{"1.41.1", "1.41", 1},
		{"v1.40", "1.40", 0},
		{"", "1.0", -1},
		{"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+"_vs_"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, CompareVersions(tt.a, tt.b))
			assert.Equal(t, -tt.want, CompareVersions(tt.b, tt.a))
			assert.Equal(t, tt.want >= 0, VersionAtLeast(tt.a, tt.b))
		})
	}
}

func TestValidVersion(t *testing.T) {
	for v, want := range map[string]bool{
		"1.41": true, "1": true, "1.41.2": true,
		"": false, "1.": false, ".1": false, "1.x": false, "auto": false, "1..2": false,
	} {
		assert.Equal(t, want, validVersion(v), v)
	}
}

func TestNegotiatedVersion(t *testing.T) {
	assert.Equal(t, "1.41", negotiatedVersion("1.41"))
	assert.Equal(t, MaxAPIVersion, negotiatedVersion("1.99"))
	assert.Equal(t, MaxAPIVersion, negotiatedVersion("2.0"))
	assert.Equal(t, fallbackAPIVersion, negotiatedVersion("garbage"))
}
