//go:build linux

package engine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// reapShells reaps, until stop, the zombie "sh" children of this process:
// container processes orphaned by a killed daemon.
func reapShells(stop <-chan struct{}) {
	self := strconv.Itoa(os.Getpid())
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		dirs, _ := filepath.Glob("/proc/[0-9]*/stat")
		for _, p := range dirs {
			st, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			open, closing := bytes.IndexByte(st, '('), bytes.LastIndexByte(st, ')')
			if open < 0 || closing < open {
				continue
			}
			f := strings.Fields(string(st[closing+1:]))
			if len(f) < 2 || f[0] != "Z" || f[1] != self || string(st[open+1:closing]) != "sh" {
				continue
			}
			pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
			var ws syscall.WaitStatus
			_, _ = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// firstFrame reads until a frame of data arrives.
func firstFrame(t *testing.T, r *engine.FrameReader) {
	t.Helper()
	f, err := r.Next()
	require.NoError(t, err)
	require.NotEmpty(t, f.Data)
}

// drainToError reads r to its end and returns the final error.
func drainToError(r *engine.FrameReader) error {
	_, err := r.Demux(io.Discard, io.Discard)
	return err
}

// A daemon killed in the middle of streams: logs (follow) and exec end in
// a broken-stream error naming the operation and the daemon, not in a
// clean end.
func TestDaemonKilledMidStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	env, err := testengine.Start(ctx, testengine.Options{})
	require.NoError(t, err, "a private daemon for this test")
	t.Cleanup(func() {
		// Killing the daemon orphans the exec's process to this (subreaping)
		// test process; the container's init waits for it to be reaped.
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			reapShells(stop)
		}()
		assert.NoError(t, env.Stop())
		close(stop)
		<-done
	})
	c := env.Client

	raw, err := c.ContainerCreate(ctx, engine.ContainerCreateOptions{Name: testengine.Name(t, "")}, map[string]any{
		"Image":      testengine.BusyboxImage,
		"Cmd":        []string{"sh", "-c", "while true; do echo tick; sleep 0.1; done"},
		"Labels":     testengine.Labels(t),
		"HostConfig": map[string]any{"Init": true},
	})
	require.NoError(t, err)
	var created struct{ ID string }
	require.NoError(t, json.Unmarshal(raw, &created))
	require.NoError(t, c.ContainerStart(ctx, created.ID, ""))

	rc, err := c.ContainerLogs(ctx, created.ID, engine.ContainerLogsOptions{Stdout: true, Follow: true})
	require.NoError(t, err)
	logs := engine.NewFrameReader(rc, false)
	defer logs.Close()
	firstFrame(t, logs)

	raw, err = c.ContainerExec(ctx, created.ID, map[string]any{
		"Cmd": []string{"sh", "-c", "while true; do echo exec; sleep 0.1; done"}, "AttachStdout": true,
	})
	require.NoError(t, err)
	var ex struct{ ID string }
	require.NoError(t, json.Unmarshal(raw, &ex))
	conn, err := c.ExecStart(ctx, ex.ID, engine.ExecStartOptions{})
	require.NoError(t, err)
	exec := engine.NewFrameReader(conn, false)
	defer exec.Close()
	firstFrame(t, exec)

	pid, err := os.ReadFile(filepath.Join(env.Dir, "docker.pid"))
	require.NoError(t, err)
	n, err := strconv.Atoi(strings.TrimSpace(string(pid)))
	require.NoError(t, err)
	require.NoError(t, syscall.Kill(n, syscall.SIGKILL))

	for name, r := range map[string]*engine.FrameReader{"ContainerLogs": logs, "ExecStart": exec} {
		err := drainToError(r)
		require.Error(t, err, "%s ended as if finished", name)
		assert.ErrorIs(t, err, engine.ErrStreamBroken, name)
		var serr *engine.StreamError
		if assert.True(t, errors.As(err, &serr), "%s: %v", name, err) {
			assert.Equal(t, name, serr.Op)
			assert.Equal(t, env.Host, serr.Host)
		}
		assert.Contains(t, err.Error(), "engine: "+name+": stream from the Docker daemon at "+env.Host+" broken")
	}
}
