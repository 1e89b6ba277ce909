package engine_test

import (
	"errors"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// nextActions reads events until it has n, and returns their actions.
func nextActions(t *testing.T, evs *engine.Events, id string, n int) []string {
	t.Helper()
	var actions []string
	for len(actions) < n {
		ev, err := evs.Next()
		require.NoError(t, err, "after %v", actions)
		assert.Equal(t, "container", ev.Type)
		assert.Equal(t, id, ev.Actor.ID)
		assert.NotZero(t, ev.TimeNano)
		assert.Contains(t, string(ev.Raw), `"Action":"`+ev.Action+`"`)
		actions = append(actions, ev.Action)
	}
	return actions
}

func TestSystemEvents(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	since := strconv.FormatInt(time.Now().Add(-time.Second).Unix(), 10)
	id, name := createContainer(t, []string{"true"}, nil)

	evs, err := client().SystemEvents(ctx, engine.EventsOptions{Filters: engine.Filters{"type": {"container"}, "container": {id}}})
	require.NoError(t, err)
	defer evs.Close()
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	assert.Equal(t, 0, waitExit(t, id))
	require.NoError(t, client().ContainerDelete(ctx, id, engine.ContainerDeleteOptions{}))
	assert.Equal(t, []string{"start", "die", "destroy"}, nextActions(t, evs, id, 3))
	require.NoError(t, evs.Close())
	_, err = evs.Next()
	assert.Equal(t, io.EOF, err, "a closed stream ends")

	// Replayed between since and until, the stream ends by itself.
	until := strconv.FormatInt(time.Now().Add(time.Second).Unix(), 10)
	evs, err = client().SystemEvents(ctx, engine.EventsOptions{Since: since, Until: until, Filters: engine.Filters{"container": {name}}})
	require.NoError(t, err)
	defer evs.Close()
	assert.Equal(t, []string{"create", "start", "die", "destroy"}, nextActions(t, evs, id, 4))
	_, err = evs.NextRaw()
	assert.Equal(t, io.EOF, err, "the stream ends at until")
}

// TestSystemEventsCloseReleases runs alone (not parallel) so that the
// goroutine count is meaningful: closing the stream while Next blocks ends
// Next with io.EOF and leaves nothing behind.
func TestSystemEventsCloseReleases(t *testing.T) {
	ctx := testCtx(t)
	baseline := baselineGoroutines()
	evs, err := client().SystemEvents(ctx, engine.EventsOptions{Filters: engine.Filters{"container": {testengine.Name(t, "none")}}})
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() {
		_, err := evs.Next()
		done <- err
	}()
	require.NoError(t, evs.Close())
	assert.Equal(t, io.EOF, <-done)
	waitGoroutines(t, baseline)
}

func TestSystemEventsBadSince(t *testing.T) {
	t.Parallel()
	evs, err := client().SystemEvents(testCtx(t), engine.EventsOptions{Since: "abc"})
	if evs != nil {
		evs.Close()
	}
	var apiErr *engine.APIError
	require.True(t, errors.As(err, &apiErr), "%v", err)
	assert.Contains(t, apiErr.Message, `parsing "abc"`)
}

func TestSystemDataUsage(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	v := createVolume(t, nil)
	raw, err := client().SystemDataUsage(ctx, engine.DataUsageOptions{})
	require.NoError(t, err)
	var df struct {
		LayersSize int64
		Images     []struct{ RepoTags []string }
		Containers []struct {
			ID string `json:"Id"`
		}
		Volumes    []struct{ Name string }
		BuildCache []any
	}
	decode(t, raw, &df)
	assert.Positive(t, df.LayersSize)
	var tags, vols []string
	for _, img := range df.Images {
		tags = append(tags, img.RepoTags...)
	}
	for _, vol := range df.Volumes {
		vols = append(vols, vol.Name)
	}
	assert.Contains(t, tags, testengine.BusyboxImage)
	assert.Contains(t, vols, v.Name)

	tests := []struct {
		name     string
		opts     engine.DataUsageOptions
		required string
	}{
		{"types", engine.DataUsageOptions{Types: []string{"volume"}}, "1.42"},
		{"verbose", engine.DataUsageOptions{Verbose: true}, "1.52"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := client().SystemDataUsage(ctx, tc.opts)
			var verr *engine.InvalidVersionError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, tc.required, verr.Required)
		})
	}
	_, err = client().SystemDataUsage(ctx, engine.DataUsageOptions{Types: []string{"networks"}})
	assert.EqualError(t, err, `engine: SystemDataUsage: unknown type "networks" (want container, image, volume or build-cache)`)
}

func TestSession(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	conn, err := client().Session(ctx, engine.SessionOptions{ID: testengine.Name(t, "session"), Name: "dscript-test", SharedKey: "k", Methods: []string{"/moby.filesync.v1.FileSync/DiffCopy"}})
	require.NoError(t, err)
	// The daemon is the HTTP/2 client of the session: it sends the
	// connection preface, then a SETTINGS frame.
	preface := make([]byte, 24+9)
	_, err = io.ReadFull(conn, preface)
	require.NoError(t, err)
	assert.Equal(t, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", string(preface[:24]))
	assert.Equal(t, byte(0x4), preface[24+3], "a SETTINGS frame")
	require.NoError(t, conn.Close())

	_, err = client().Session(ctx, engine.SessionOptions{})
	assert.EqualError(t, err, "engine: Session: ID must not be empty")
}
