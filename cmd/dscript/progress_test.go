package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProgressFlag: progress is drawn only on a terminal; stderr here is a
// buffer, so a build that would draw leaves it empty; a bad value is a
// usage error.
func TestProgressFlag(t *testing.T) {
	build := `local im = docker.from_env().images:build{fileobj = "FROM scratch\nLABEL dscript.progress=test\n"}; print(im.labels["dscript.progress"]); im:remove()`
	for _, args := range [][]string{{"-e", build}, {"--progress", "never", "-e", build}} {
		code, stdout, stderr := runCLI(t, "", args...)
		assert.Equal(t, 0, code, stderr)
		assert.Equal(t, "test\n", stdout)
		assert.Empty(t, stderr)
	}
	code, _, stderr := runCLI(t, "", "--progress", "always", "-e", "x")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--progress must be auto or never")
}
