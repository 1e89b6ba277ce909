package engine_test

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// startContainer creates and starts a container (see createContainer).
func startContainer(t *testing.T, cmd []string, extra map[string]any) (id, name string) {
	t.Helper()
	id, name = createContainer(t, cmd, extra)
	require.NoError(t, client().ContainerStart(testCtx(t), id, ""))
	return id, name
}

// inspectContainer decodes the inspect answer of a container into v.
func inspectContainer(t *testing.T, id string, v any) {
	t.Helper()
	raw, err := client().ContainerInspect(testCtx(t), id, false)
	require.NoError(t, err)
	decode(t, raw, v)
}

func TestContainerTop(t *testing.T) {
	t.Parallel()
	id, _ := startContainer(t, []string{"sleep", "301"}, nil)
	for _, psArgs := range []string{"", "-ef"} {
		t.Run("ps_args="+psArgs, func(t *testing.T) {
			var top struct {
				Titles    []string
				Processes [][]string
			}
			// docker-init may not have started the command yet
			require.Eventually(t, func() bool {
				raw, err := client().ContainerTop(testCtx(t), id, psArgs)
				require.NoError(t, err)
				decode(t, raw, &top)
				for _, p := range top.Processes {
					if strings.Contains(strings.Join(p, " "), "sleep 301") {
						return true
					}
				}
				return false
			}, 10*time.Second, 20*time.Millisecond, "processes: %v", top.Processes)
			assert.Contains(t, top.Titles, "PID")
		})
	}
	_, err := client().ContainerTop(testCtx(t), testengine.Name(t, "missing"), "")
	assert.ErrorIs(t, err, engine.ErrNotFound)
}

func TestContainerChanges(t *testing.T) {
	t.Parallel()
	id, _ := startContainer(t, []string{"sh", "-c", "touch /tmp/touched && mkdir /newdir && rm /bin/wget"}, nil)
	require.Equal(t, 0, waitExit(t, id))
	raw, err := client().ContainerChanges(testCtx(t), id)
	require.NoError(t, err)
	var changes []struct {
		Path string
		Kind int
	}
	decode(t, raw, &changes)
	kinds := map[string]int{}
	for _, ch := range changes {
		kinds[ch.Path] = ch.Kind
	}
	assert.Equal(t, 1, kinds["/tmp/touched"], "added: %s", raw)
	assert.Equal(t, 1, kinds["/newdir"], "added: %s", raw)
	assert.Equal(t, 0, kinds["/tmp"], "modified: %s", raw)
	assert.Equal(t, 2, kinds["/bin/wget"], "deleted: %s", raw)
}

func TestContainerUpdate(t *testing.T) {
	t.Parallel()
	id, _ := startContainer(t, []string{"sleep", "300"}, nil)
	tests := []struct {
		name   string
		update any
		memory int64
		shares int64
	}{
		{"map", map[string]any{"Memory": 64 << 20, "MemorySwap": -1, "CpuShares": 512}, 64 << 20, 512},
		{"raw", json.RawMessage(`{"Memory":100663296,"MemorySwap":-1,"CpuShares":256}`), 96 << 20, 256},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := client().ContainerUpdate(testCtx(t), id, tt.update)
			require.NoError(t, err)
			assert.Contains(t, string(raw), "Warnings")
			var c struct {
				HostConfig struct {
					Memory    int64
					CpuShares int64
				}
			}
			inspectContainer(t, id, &c)
			assert.Equal(t, tt.memory, c.HostConfig.Memory)
			assert.Equal(t, tt.shares, c.HostConfig.CpuShares)
		})
	}
	_, err := client().ContainerUpdate(testCtx(t), id, map[string]any{"Memory": 1})
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr, "a memory limit below the minimum")
	assert.Equal(t, 400, apiErr.StatusCode)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerUpdate: "))
}

func TestContainerRename(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, oldName := createContainer(t, []string{"true"}, nil)
	newName := testengine.Name(t, "renamed")
	require.NoError(t, client().ContainerRename(ctx, oldName, newName))
	var c struct{ Name string }
	inspectContainer(t, id, &c)
	assert.Equal(t, "/"+newName, c.Name)
	_, err := client().ContainerInspect(ctx, oldName, false)
	assert.ErrorIs(t, err, engine.ErrNotFound)

	_, other := createContainer(t, []string{"true"}, nil)
	assert.ErrorIs(t, client().ContainerRename(ctx, id, other), engine.ErrConflict)
}

func TestContainerResize(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sh", "-c", "while true; do stty size; sleep 0.1; done"},
		map[string]any{"Tty": true, "OpenStdin": true})
	require.NoError(t, client().ContainerResize(ctx, id, 33, 111))
	require.Eventually(t, func() bool {
		out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true, Tail: "1"}, true)
		return strings.TrimSpace(out) == "33 111"
	}, 10*time.Second, 100*time.Millisecond)

	stopped, _ := createContainer(t, []string{"true"}, map[string]any{"Tty": true})
	assert.Error(t, client().ContainerResize(ctx, stopped, 10, 10), "a container that is not running")
}

func TestContainerPauseUnpause(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sleep", "300"}, nil)
	state := func() (status string, paused bool) {
		var c struct {
			State struct {
				Status string
				Paused bool
			}
		}
		inspectContainer(t, id, &c)
		return c.State.Status, c.State.Paused
	}
	require.NoError(t, client().ContainerPause(ctx, id))
	status, paused := state()
	assert.Equal(t, "paused", status)
	assert.True(t, paused)
	assert.ErrorIs(t, client().ContainerPause(ctx, id), engine.ErrConflict, "already paused")

	require.NoError(t, client().ContainerUnpause(ctx, id))
	// the daemon records the resume from containerd's event, which may
	// come just after its answer
	require.Eventually(t, func() bool { status, paused = state(); return status == "running" }, 10*time.Second, 20*time.Millisecond)
	assert.False(t, paused)
	var apiErr *engine.APIError
	require.ErrorAs(t, client().ContainerUnpause(ctx, id), &apiErr, "not paused")
	assert.Contains(t, apiErr.Message, "is not paused")
}

func TestContainerRestart(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sleep", "300"}, nil)
	startedAt := func() (string, int) {
		var c struct {
			RestartCount int
			State        struct {
				Running   bool
				StartedAt string
			}
		}
		inspectContainer(t, id, &c)
		require.True(t, c.State.Running)
		return c.State.StartedAt, c.RestartCount
	}
	before, _ := startedAt()
	one := 1
	start := time.Now()
	require.NoError(t, client().ContainerRestart(ctx, id, engine.ContainerStopOptions{Timeout: &one}))
	assert.Less(t, time.Since(start), 8*time.Second)
	after, _ := startedAt()
	assert.NotEqual(t, before, after, "the container started again")

	require.NoError(t, client().ContainerRestart(ctx, id, engine.ContainerStopOptions{}))
	again, _ := startedAt()
	assert.NotEqual(t, after, again)
}

func TestContainerStopRestartSignalNeedsNewerAPI(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sleep", "300"}, nil)
	v, err := client().APIVersion(ctx)
	require.NoError(t, err)
	require.Equal(t, "1.41", v, "this test expects the 20.10 engine (API 1.41)")
	for name, call := range map[string]func() error{
		"stop": func() error {
			return client().ContainerStopWithOptions(ctx, id, engine.ContainerStopOptions{Signal: "SIGINT"})
		},
		"restart": func() error {
			return client().ContainerRestart(ctx, id, engine.ContainerStopOptions{Signal: "SIGINT"})
		},
	} {
		t.Run(name, func(t *testing.T) {
			err := call()
			var verr *engine.InvalidVersionError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, "1.42", verr.Required)
			assert.Equal(t, "1.41", verr.Current)
			assert.Contains(t, verr.Operation, "(signal)")
		})
	}
	running, _ := inspectState(t, id)
	assert.True(t, running, "nothing was sent")
	one := 1
	require.NoError(t, client().ContainerStopWithOptions(ctx, id, engine.ContainerStopOptions{Timeout: &one}))
	running, _ = inspectState(t, id)
	assert.False(t, running)
}

func TestContainerPrune(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	value := testengine.Name(t, "prune")
	labels := map[string]string{"dscript.test.prune": value, testengine.Label: t.Name()}
	stopped1, _ := createContainer(t, []string{"true"}, map[string]any{"Labels": labels})
	stopped2, _ := createContainer(t, []string{"true"}, map[string]any{"Labels": labels})
	running, _ := startContainer(t, []string{"sleep", "300"}, map[string]any{"Labels": labels})
	other, _ := createContainer(t, []string{"true"}, nil)

	raw, err := client().ContainerPrune(ctx, engine.ContainerPruneOptions{Filters: engine.Filters{"label": {"dscript.test.prune=" + value}}})
	require.NoError(t, err)
	var res struct {
		ContainersDeleted []string
		SpaceReclaimed    uint64
	}
	decode(t, raw, &res)
	assert.ElementsMatch(t, []string{stopped1, stopped2}, res.ContainersDeleted)
	for _, id := range []string{running, other} {
		_, err := client().ContainerInspect(ctx, id, false)
		assert.NoError(t, err, "kept: %s", id)
	}
	_, err = client().ContainerInspect(ctx, stopped1, false)
	assert.ErrorIs(t, err, engine.ErrNotFound)
}

func TestContainerExport(t *testing.T) {
	t.Parallel()
	id, _ := createContainer(t, []string{"true"}, nil)
	rc, err := client().ContainerExport(testCtx(t), id)
	require.NoError(t, err)
	defer rc.Close()
	tr := tar.NewReader(rc)
	names := map[string]bool{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		names[strings.TrimPrefix(h.Name, "./")] = true
	}
	assert.True(t, names["bin/busybox"], "the export has bin/busybox (%d entries)", len(names))
	assert.True(t, names[".dockerenv"])

	_, err = client().ContainerExport(testCtx(t), testengine.Name(t, "missing"))
	assert.ErrorIs(t, err, engine.ErrNotFound)
}

// statsSample is the part of a stats object the tests look at.
type statsSample struct {
	Read     time.Time `json:"read"`
	PreRead  time.Time `json:"preread"`
	Name     string    `json:"name"`
	ID       string    `json:"id"`
	CPUStats struct {
		SystemCPUUsage uint64 `json:"system_cpu_usage"`
	} `json:"cpu_stats"`
	MemoryStats map[string]any `json:"memory_stats"`
}

func TestContainerStats(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, name := startContainer(t, []string{"sleep", "300"}, nil)

	t.Run("one-shot", func(t *testing.T) {
		rc, err := client().ContainerStats(ctx, id, false, true)
		require.NoError(t, err)
		var s statsSample
		decode(t, json.RawMessage(readAll(t, rc)), &s)
		assert.Equal(t, id, s.ID)
		assert.Equal(t, "/"+name, s.Name)
		assert.True(t, s.PreRead.IsZero(), "one-shot has no previous sample")
	})

	t.Run("single", func(t *testing.T) {
		rc, err := client().ContainerStats(ctx, id, false, false)
		require.NoError(t, err)
		var s statsSample
		decode(t, json.RawMessage(readAll(t, rc)), &s)
		assert.Equal(t, id, s.ID)
		assert.False(t, s.PreRead.IsZero(), "a non-one-shot sample has precpu stats")
	})

	t.Run("stream: read two, then close", func(t *testing.T) {
		rc, err := client().ContainerStats(ctx, id, true, false)
		require.NoError(t, err)
		msgs := engine.NewJSONMessages(rc)
		var reads []time.Time
		for range 2 {
			raw, err := msgs.Next()
			require.NoError(t, err)
			var s statsSample
			decode(t, raw, &s)
			assert.Equal(t, id, s.ID)
			reads = append(reads, s.Read)
		}
		assert.True(t, reads[1].After(reads[0]), "two distinct samples")
		require.NoError(t, msgs.Close())
		_, err = msgs.Next()
		assert.Error(t, err, "reading a closed stream")
	})

	t.Run("one-shot with stream is refused", func(t *testing.T) {
		_, err := client().ContainerStats(ctx, id, true, true)
		require.Error(t, err)
		assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerStats: "))
		var apiErr *engine.APIError
		assert.False(t, errors.As(err, &apiErr), "refused before any request")
	})
}
