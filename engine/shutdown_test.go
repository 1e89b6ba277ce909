package engine_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// Shutdown closes the client's connections (no goroutine is left) and
// later requests fail with ErrShutdown.
func TestClientShutdown(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	c, err := engine.New(engine.Options{Host: testengine.Get().Host})
	require.NoError(t, err)
	ctx := testCtx(t)
	for range 3 {
		_, err = c.SystemPing(ctx)
		require.NoError(t, err)
	}
	require.NoError(t, c.Shutdown())
	_, err = c.SystemPing(ctx)
	require.ErrorIs(t, err, engine.ErrShutdown)
}
