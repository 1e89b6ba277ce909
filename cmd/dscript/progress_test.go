package main

import (
	"fmt"
	"testing"

	"github.com/dscript/dscript/internal/testengine"

	"github.com/stretchr/testify/assert"
)

// TestProgressFlag: progress is drawn only on a terminal; stderr here is a
// buffer, so a build that would draw leaves it empty; a bad value is a
// usage error.
func TestProgressFlag(t *testing.T) {
	for i, flags := range [][]string{nil, {"--progress", "never"}} {
		// a label of its own, so that no other build makes the same image
		build := fmt.Sprintf(`local im = docker.from_env().images:build{fileobj = "FROM scratch\nLABEL dscript.progress=test-%s-%d\n"}; print(im.labels["dscript.progress"]:sub(1, 4)); im:remove()`, testengine.Name(t, ""), i)
		args := append(flags, "-e", build)
		code, stdout, stderr := runCLI(t, "", args...)
		assert.Equal(t, 0, code, stderr)
		assert.Equal(t, "test\n", stdout)
		assert.Empty(t, stderr)
	}
	code, _, stderr := runCLI(t, "", "--progress", "always", "-e", "x")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--progress must be auto or never")
}
