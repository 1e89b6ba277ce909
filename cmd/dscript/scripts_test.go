package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScripts runs every example script in scripts/ through the dscript
// binary against the engine, as a user would.
func TestScripts(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "dscript")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	scripts, err := filepath.Glob("../../scripts/*.[lj][us]*")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, s := range scripts {
		t.Run(filepath.Base(s), func(t *testing.T) {
			name := testengine.Name(t, "script")
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, s, name)
			cmd.Env = append(os.Environ(), "DOCKER_HOST="+testengine.Get().Host)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			if filepath.Base(s)[:6] == "deploy" {
				assert.Contains(t, string(out), name+"-v1 is up at http://127.0.0.1:")
				assert.Contains(t, string(out), ": 200 hello from version 1")
				assert.Contains(t, string(out), ": 200 hello from version 2")
				assert.Contains(t, string(out), "deployed "+name+"-v2 (running)")
				assert.Contains(t, string(out), "removed "+name+"-v2")
			}
		})
	}
}

// TestREADMECommands runs the dscript command lines shown in README.md
// (the ones that need no file) with the built binary.
func TestREADMECommands(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "dscript")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, string(out))
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var lines []string
	for _, l := range strings.Split(string(readme), "\n") {
		if cmd, ok := strings.CutPrefix(l, "    dscript "); ok && strings.Contains(cmd, "-e '") {
			lines = append(lines, "dscript "+cmd)
		}
	}
	require.Len(t, lines, 2, "README's -e examples")
	for _, l := range lines {
		t.Run(l, func(t *testing.T) {
			cmd := exec.Command("sh", "-c", l)
			cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"), "DOCKER_HOST="+testengine.Get().Host)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			assert.Regexp(t, `^(1\.\d+|true)\n$`, string(out))
		})
	}
}
