package bindings

import (
	"encoding/json"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// openFDs counts the process's open file descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(entries)
}

// settled waits until goroutines and descriptors are back to at most
// their baseline, closing the engine's idle connections meanwhile.
func settled(t *testing.T, goroutines, fds int) {
	t.Helper()
	eng := testengine.Get().Client
	deadline := time.Now().Add(5 * time.Second)
	for {
		_ = eng.Close()
		g, f := runtime.NumGoroutine(), openFDs(t)
		if g <= goroutines && f <= fds {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("leak: %d goroutines (baseline %d), %d descriptors (baseline %d)\n%s",
				g, goroutines, f, fds, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// baseline returns the goroutines and descriptors once idle connections
// are closed.
func baseline(t *testing.T) (goroutines, fds int) {
	_ = testengine.Get().Client.Close()
	time.Sleep(50 * time.Millisecond)
	return runtime.NumGoroutine(), openFDs(t)
}

// actionOf reads the Action of an event given as a dict or as JSON text.
func actionOf(t *testing.T, ev any) string {
	t.Helper()
	d, ok := ev.(map[string]any)
	if !ok {
		s, isStr := ev.(string)
		require.True(t, isStr, "event is %T", ev)
		require.NoError(t, json.Unmarshal([]byte(s), &d))
	}
	a, _ := d["Action"].(string)
	return a
}

// TestEvents runs alone (not parallel) so that goroutine and descriptor
// counts are meaningful: a container started and stopped shows its events
// in order, closing the iterator releases the connection, and a replay
// between since and until ends by itself.
func TestEvents(t *testing.T) {
	cl := NewClient(testengine.Get().Client)
	since := time.Now().Add(-time.Second).Unix()
	ct := testContainer(t, []string{"sleep", "60"}, nil, true)
	filters := map[string]any{"container": ct.id, "type": "container"}

	goroutines, fds := baseline(t)
	v := mustCallObj(t, cl, "events", map[string]any{"filters": filters, "decode": true})
	it, ok := v.(Iterator)
	require.True(t, ok, "events() is an iterator, not %T", v)
	mustCallObj(t, cl.api, "start", ct)
	mustCallObj(t, cl.api, "stop", ct, int64(5))
	var actions []string
	for len(actions) < 4 {
		ev, ok, err := it.Next(testCall(t))
		require.NoError(t, err)
		require.True(t, ok, "the stream ended after %v", actions)
		d := ev.(map[string]any)
		assert.Equal(t, ct.id, d["Actor"].(map[string]any)["ID"])
		actions = append(actions, actionOf(t, ev))
	}
	assert.Equal(t, []string{"start", "kill", "die", "stop"}, actions)
	require.NoError(t, it.Close())
	_, ok, err := it.Next(testCall(t))
	require.NoError(t, err)
	assert.False(t, ok, "a closed stream yields nothing more")
	settled(t, goroutines, fds)

	// replayed between since and until: JSON text, the stream ends by itself
	until := time.Now().Add(time.Second)
	items := drain(t, mustCallObj(t, cl.api, "events", since, until, filters))
	actions = actions[:0]
	for _, ev := range items {
		actions = append(actions, actionOf(t, ev))
	}
	assert.Equal(t, []string{"create", "start", "kill", "die", "stop"}, actions)
	settled(t, goroutines, fds)

	_, err = callObj(t, cl, "events", map[string]any{"since": true})
	require.EqualError(t, err, "DockerClient.events(): argument 'since' must be int, float, str or datetime, not bool")
	_, err = callObj(t, cl, "events", map[string]any{"since": "not a time"})
	assert.Equal(t, "APIError", errorClass(err), "%v", err)
}

func TestDf(t *testing.T) {
	t.Parallel()
	cl := NewClient(testengine.Get().Client)
	name := testengine.Name(t, "dfvol")
	removeVolumeAtEnd(t, name)
	mustCallObj(t, cl.volumes, "create", name, map[string]any{"labels": testLabels(t)})
	df := mustCallObj(t, cl, "df").(map[string]any)
	for _, k := range []string{"LayersSize", "Images", "Containers", "Volumes"} {
		assert.Contains(t, df, k)
	}
	var vols []any
	for _, v := range df["Volumes"].([]any) {
		vols = append(vols, v.(map[string]any)["Name"])
	}
	assert.Contains(t, vols, name)
	_, err := callObj(t, cl, "df", "x")
	require.EqualError(t, err, "DockerClient.df(): takes 0 positional arguments but 1 were given")
}
