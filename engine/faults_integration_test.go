package engine_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// An identifier cannot leave its path segment: the daemon would redirect
// the request elsewhere (it cleans paths); the client refuses it as not
// found before sending, and escapes what the daemon must see as part of
// the identifier.
func TestIdentifierStaysInItsSegment(t *testing.T) {
	ctx := testCtx(t)
	c := client()

	_, err := c.ContainerInspect(ctx, "../../images/json", false)
	require.ErrorIs(t, err, engine.ErrNotFound)

	err = c.ContainerDelete(ctx, "../../images/"+testengine.BusyboxImage, engine.ContainerDeleteOptions{Force: true})
	require.ErrorIs(t, err, engine.ErrNotFound)
	_, err = c.ImageInspect(ctx, testengine.BusyboxImage)
	require.NoError(t, err, "the image is still there")

	_, err = c.ImageInspect(ctx, "../containers/json")
	require.ErrorIs(t, err, engine.ErrImageNotFound)

	// "?" is part of the name, not the start of a query.
	_, err = c.ContainerInspect(ctx, "nope?all=1", false)
	var aerr *engine.APIError
	require.ErrorAs(t, err, &aerr)
	assert.Equal(t, 404, aerr.StatusCode)
	assert.Contains(t, aerr.Message, "nope?all=1")
}
