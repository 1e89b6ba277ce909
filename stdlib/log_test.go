package stdlib_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLogThreshold(t *testing.T) {
	tests := []struct {
		level string
		want  []string
	}{
		{"", []string{"INFO", "WARN", "ERROR"}},
		{"info", []string{"INFO", "WARN", "ERROR"}},
		{"bogus", []string{"INFO", "WARN", "ERROR"}},
		{"debug", []string{"DEBUG", "INFO", "WARN", "ERROR"}},
		{"DEBUG", []string{"DEBUG", "INFO", "WARN", "ERROR"}},
		{"warn", []string{"WARN", "ERROR"}},
		{"warning", []string{"WARN", "ERROR"}},
		{"error", []string{"ERROR"}},
	}
	for _, tt := range tests {
		t.Run("level="+tt.level, func(t *testing.T) {
			env, stderr := testEnv(map[string]string{"DSCRIPT_LOG_LEVEL": tt.level})
			for _, fn := range []string{"debug", "info", "warn", "error"} {
				v, err := invoke(t, nil, env, "log", fn, "msg from "+fn)
				require.NoError(t, err)
				assert.Nil(t, v)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
				if line != "" {
					got = append(got, strings.Fields(line)[1])
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLogLineFormat(t *testing.T) {
	line := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d) (\w+) (.*)\n$`)
	tests := []struct {
		name  string
		fn    string
		args  []any
		level string
		text  string
	}{
		{"text", "info", []any{"deployed web"}, "INFO", "deployed web"},
		{"number", "warn", []any{int64(42)}, "WARN", "42"},
		{"float", "warn", []any{1.5}, "WARN", "1.5"},
		{"list", "error", []any{[]any{int64(1), "a"}}, "ERROR", `[1,"a"]`},
		{"fields", "info", []any{"deployed", map[string]any{"service": "web", "replicas": int64(3), "note": "a b", "empty": ""}},
			"INFO", `deployed empty="" note="a b" replicas=3 service=web`},
		{"keywords", "error", []any{map[string]any{"message": "failed", "fields": map[string]any{"code": int64(1)}}}, "ERROR", "failed code=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, stderr := testEnv(nil)
			_, err := invoke(t, nil, env, "log", tt.fn, tt.args...)
			require.NoError(t, err)
			m := line.FindStringSubmatch(stderr.String())
			require.NotNil(t, m, "line %q", stderr.String())
			assert.Equal(t, tt.level, m[2])
			assert.Equal(t, tt.text, m[3])
		})
	}
}
