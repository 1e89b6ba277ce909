package lua

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// knownDifference is the first line of a snippet whose output differs
// between dscript's Lua and Lua 5.1 on purpose or by a limitation of
// gopher-lua; the rest of the line says why.
const knownDifference = "-- known difference: "

// TestDifferentialLua51 runs each snippet of testdata/lua51 through the
// runtime and through the reference interpreter, lua5.1 (installed by
// .ci/install-deps.sh), and compares what they print and whether they fail.
// A snippet marked as a known difference must still differ, so that a mark
// does not outlive the difference.
func TestDifferentialLua51(t *testing.T) {
	ref, err := exec.LookPath("lua5.1")
	require.NoError(t, err, "the reference interpreter lua5.1 is missing: run .ci/install-deps.sh")
	files, err := filepath.Glob(filepath.Join("testdata", "lua51", "*.lua"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	known := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		name := strings.TrimSuffix(filepath.Base(file), ".lua")
		first, _, _ := strings.Cut(string(src), "\n")
		reason, marked := strings.CutPrefix(first, knownDifference)
		if marked {
			known++
		}
		t.Run(name, func(t *testing.T) {
			want := runReference(t, ref, file)
			got := runDscript(t, "@"+name+".lua", string(src))
			if marked {
				assert.NotEqual(t, want, got, "marked as a known difference (%s) but the outputs agree: remove the mark", reason)
				return
			}
			assert.Equal(t, want, got)
		})
	}
	t.Logf("%d snippets, %d known differences", len(files), known)
}

// runReference runs a file with lua5.1 and returns its output, followed by
// a line "error" when it fails.
func runReference(t *testing.T, ref, file string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	// run from the file's directory, so that messages name it as the
	// runtime does: "name.lua:3: ..."
	cmd := exec.Command(ref, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit, "lua5.1: %s", errOut.String())
		out.WriteString("error\n")
	}
	return out.String()
}

// runDscript runs src in a fresh runtime and returns what runReference
// would: the output, then "error" when the script fails.
func runDscript(t *testing.T, name, src string) string {
	t.Helper()
	var out bytes.Buffer
	r := New(Options{Env: &bindings.Env{Stdout: &out, Stderr: &out}})
	defer r.Close()
	if err := r.RunString(context.Background(), name, src); err != nil {
		var se *bindings.ScriptError
		require.True(t, errors.As(err, &se), "not a script error: %v", err)
		out.WriteString("error\n")
	}
	return out.String()
}
