package dscript_test

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fence = regexp.MustCompile("(?s)```(lua|js|go)\n(.*?)```")

// TestREADMEExamples runs every Lua and JS example of README.md against the
// engine and checks that the Go example is the one example_test.go runs.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	examples, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	blocks := fence.FindAllStringSubmatch(string(readme), -1)
	require.GreaterOrEqual(t, len(blocks), 3)
	for i, b := range blocks {
		lang, src := b[1], b[2]
		t.Run(lang+"-"+string(rune('0'+i)), func(t *testing.T) {
			if lang == "go" {
				indented := "\t" + strings.ReplaceAll(strings.TrimSuffix(src, "\n"), "\n", "\n\t")
				assert.Contains(t, string(examples), strings.ReplaceAll(indented, "\n\t\n", "\n\n"))
				return
			}
			var out bytes.Buffer
			rt := newRuntime(t, dscript.Lang(lang), &out, "README."+lang)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			require.NoError(t, rt.RunString(ctx, "README."+lang, src), out.String())
			assert.Contains(t, out.String(), "hello from ")
			assert.Contains(t, out.String(), "log: one\nlog: two\n")
			assert.Contains(t, out.String(), "NotFound\t404")
		})
	}
}
