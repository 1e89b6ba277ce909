package dscript_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAPIReferenceIsCurrent checks that docs/api.md is what the method
// descriptions generate (run `make docs` after changing a method).
func TestAPIReferenceIsCurrent(t *testing.T) {
	var want bytes.Buffer
	require.NoError(t, bindings.WriteReference(&want))
	got, err := os.ReadFile("docs/api.md")
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got), "docs/api.md is stale: run make docs")
	assert.Contains(t, string(got), "#### `run(image, command=None")
}
