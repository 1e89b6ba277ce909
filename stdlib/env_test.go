package stdlib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnvGet(t *testing.T) {
	env, _ := testEnv(map[string]string{"APP_PORT": "8080", "EMPTY": ""})
	tests := []struct {
		name string
		args []any
		want any
	}{
		{"set", []any{"APP_PORT"}, "8080"},
		{"unset", []any{"MISSING"}, nil},
		{"unset with default", []any{"MISSING", "d"}, "d"},
		{"empty uses default", []any{"EMPTY", int64(5)}, int64(5)},
		{"set ignores default", []any{"APP_PORT", "d"}, "8080"},
		{"keywords", []any{map[string]any{"name": "MISSING", "default": true}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := invoke(t, nil, env, "env", "get", tt.args...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
		})
	}
}

func TestEnvAll(t *testing.T) {
	t.Setenv("DSCRIPT_STDLIB_TEST_VISIBLE", "yes")
	t.Setenv("DSCRIPT_STDLIB_TEST_HIDDEN", "secret")

	// the runtime's Getenv is the policy: what it hides, all() hides
	env, _ := testEnv(nil)
	env.Getenv = func(k string) string {
		if k == "DSCRIPT_STDLIB_TEST_HIDDEN" {
			return ""
		}
		return os.Getenv(k)
	}
	v, err := invoke(t, nil, env, "env", "all")
	require.NoError(t, err)
	all := v.(map[string]any)
	assert.Equal(t, "yes", all["DSCRIPT_STDLIB_TEST_VISIBLE"])
	assert.NotContains(t, all, "DSCRIPT_STDLIB_TEST_HIDDEN")
	for k, v := range all {
		assert.IsType(t, "", v, k)
	}
}
