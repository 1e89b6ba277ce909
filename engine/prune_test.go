package engine

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFakePruneWaitsForARunningPrune: the daemon runs one prune at a time
// and answers 409 to another; the call waits and asks again, and gives up
// with the daemon's 409 when the client's timeout has passed.
func TestFakePruneWaitsForARunningPrune(t *testing.T) {
	var busy atomic.Int32
	busy.Store(2)
	var asked atomic.Int32
	c, _ := newFake(t, Options{Version: "1.41", Timeout: 2 * time.Second}, func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		if busy.Add(-1) >= 0 {
			w.WriteHeader(http.StatusConflict)
			_, _ = w.Write([]byte(`{"message":"a prune operation is already running"}`))
			return
		}
		_, _ = w.Write([]byte(`{"ContainersDeleted":null,"SpaceReclaimed":0}`))
	})
	raw, err := c.ContainerPrune(context.Background(), ContainerPruneOptions{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"ContainersDeleted":null,"SpaceReclaimed":0}`, string(raw))
	assert.EqualValues(t, 3, asked.Load())

	busy.Store(1 << 20) // always busy: the 409 comes back once the timeout passes
	_, err = c.NetworkPrune(context.Background(), NetworkPruneOptions{})
	var api *APIError
	require.ErrorAs(t, err, &api)
	assert.Equal(t, http.StatusConflict, api.StatusCode)

	asked.Store(0)
	busy.Store(0)
	c2, _ := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		w.WriteHeader(http.StatusConflict)
		_, _ = w.Write([]byte(`{"message":"another conflict"}`))
	})
	_, err = c2.VolumePrune(context.Background(), VolumePruneOptions{})
	require.ErrorAs(t, err, &api)
	assert.EqualValues(t, 1, asked.Load(), "another 409 is not retried")
}
