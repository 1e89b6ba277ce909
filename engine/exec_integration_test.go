package engine_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
)

// execCreate creates an exec instance and returns its id.
func execCreate(t *testing.T, containerID string, config map[string]any) string {
	t.Helper()
	raw, err := client().ContainerExec(testCtx(t), containerID, config)
	require.NoError(t, err)
	var res struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &res)
	require.NotEmpty(t, res.ID)
	return res.ID
}

// execState is the part of ExecInspect the tests look at.
type execState struct {
	ID            string `json:"ID"`
	Running       bool
	ExitCode      *int
	ContainerID   string
	ProcessConfig struct {
		Entrypoint string `json:"entrypoint"`
		Tty        bool   `json:"tty"`
	}
}

// execInspect returns the state of an exec instance.
func execInspect(t *testing.T, id string) execState {
	t.Helper()
	raw, err := client().ExecInspect(testCtx(t), id)
	require.NoError(t, err)
	var st execState
	decode(t, raw, &st)
	return st
}

// execExitCode waits until an exec instance ends and returns its exit code.
func execExitCode(t *testing.T, id string) int {
	t.Helper()
	var st execState
	require.Eventually(t, func() bool {
		st = execInspect(t, id)
		return !st.Running && st.ExitCode != nil
	}, 10*time.Second, 20*time.Millisecond)
	return *st.ExitCode
}

func TestExec(t *testing.T) {
	t.Parallel()
	id, _ := startContainer(t, []string{"sleep", "300"}, nil)

	t.Run("detached", func(t *testing.T) {
		ctx := testCtx(t)
		ex := execCreate(t, id, map[string]any{"Cmd": []string{"sh", "-c", "echo detached > /tmp/marker"}})
		st := execInspect(t, ex)
		assert.Equal(t, ex, st.ID)
		assert.Equal(t, id, st.ContainerID)
		assert.Nil(t, st.ExitCode, "not started yet")
		conn, err := client().ExecStart(ctx, ex, engine.ExecStartOptions{Detach: true})
		require.NoError(t, err)
		assert.Nil(t, conn)
		assert.Equal(t, 0, execExitCode(t, ex))

		check := execCreate(t, id, map[string]any{"Cmd": []string{"cat", "/tmp/marker"}, "AttachStdout": true})
		conn, err = client().ExecStart(ctx, check, engine.ExecStartOptions{})
		require.NoError(t, err)
		var out bytes.Buffer
		fr := engine.NewFrameReader(conn, false)
		_, err = fr.Demux(&out, nil)
		require.NoError(t, err)
		require.NoError(t, fr.Close())
		assert.Equal(t, "detached\n", out.String())
	})

	tests := []struct {
		name             string
		cmd              string
		wantOut, wantErr string
		wantCode         int
	}{
		{"stdout and stderr", "echo out; echo err >&2; exit 3", "out\n", "err\n", 3},
		{"stdout only", "printf 'a\\nb\\n'", "a\nb\n", "", 0},
		{"large output", "head -c 100000 /dev/zero | tr '\\0' x", strings.Repeat("x", 100000), "", 0},
	}
	for _, tt := range tests {
		t.Run("attached: "+tt.name, func(t *testing.T) {
			ex := execCreate(t, id, map[string]any{"Cmd": []string{"sh", "-c", tt.cmd}, "AttachStdout": true, "AttachStderr": true})
			conn, err := client().ExecStart(testCtx(t), ex, engine.ExecStartOptions{})
			require.NoError(t, err)
			fr := engine.NewFrameReader(conn, false)
			defer fr.Close()
			var stdout, stderr bytes.Buffer
			_, err = fr.Demux(&stdout, &stderr)
			require.NoError(t, err)
			assert.Equal(t, tt.wantOut, stdout.String())
			assert.Equal(t, tt.wantErr, stderr.String())
			assert.Equal(t, tt.wantCode, execExitCode(t, ex))
		})
	}

	t.Run("interactive round trip", func(t *testing.T) {
		ex := execCreate(t, id, map[string]any{"Cmd": []string{"cat"}, "AttachStdin": true, "AttachStdout": true, "AttachStderr": true})
		conn, err := client().ExecStart(testCtx(t), ex, engine.ExecStartOptions{})
		require.NoError(t, err)
		fr := engine.NewFrameReader(conn, false)
		defer fr.Close()
		for _, line := range []string{"ping\n", "pong\n"} {
			_, err = conn.Write([]byte(line))
			require.NoError(t, err)
			f, err := fr.Next()
			require.NoError(t, err)
			assert.Equal(t, engine.Stdout, f.Stream)
			assert.Equal(t, line, string(f.Data), "echoed before stdin ends")
		}
		_, err = conn.Write([]byte("last\n"))
		require.NoError(t, err)
		require.NoError(t, conn.CloseWrite())
		var rest bytes.Buffer
		_, err = fr.Demux(&rest, &rest)
		require.NoError(t, err)
		assert.Equal(t, "last\n", rest.String())
		assert.Equal(t, 0, execExitCode(t, ex))
	})

	t.Run("tty and resize", func(t *testing.T) {
		ctx := testCtx(t)
		ex := execCreate(t, id, map[string]any{"Cmd": []string{"sh", "-c", "read x; stty size"}, "AttachStdin": true, "AttachStdout": true, "Tty": true})
		conn, err := client().ExecStart(ctx, ex, engine.ExecStartOptions{Tty: true})
		require.NoError(t, err)
		defer conn.Close()
		require.NoError(t, client().ExecResize(ctx, ex, 42, 123))
		assert.True(t, execInspect(t, ex).ProcessConfig.Tty)
		_, err = conn.Write([]byte("go\n"))
		require.NoError(t, err)
		out := readUntil(t, conn, "42 123")
		assert.Contains(t, out, "42 123\r\n", "raw tty output, no frame headers")
		assert.Equal(t, 0, execExitCode(t, ex))
	})

	t.Run("ConsoleSize needs API 1.42", func(t *testing.T) {
		ex := execCreate(t, id, map[string]any{"Cmd": []string{"true"}, "Tty": true})
		_, err := client().ExecStart(testCtx(t), ex, engine.ExecStartOptions{Tty: true, ConsoleSize: &[2]uint{24, 80}})
		var verr *engine.InvalidVersionError
		require.ErrorAs(t, err, &verr)
		assert.Equal(t, "1.42", verr.Required)
		assert.Equal(t, "ExecStart (ConsoleSize)", verr.Operation)
	})

	t.Run("raw config", func(t *testing.T) {
		raw, err := client().ContainerExec(testCtx(t), id, json.RawMessage(`{"Cmd":["true"]}`))
		require.NoError(t, err)
		assert.Contains(t, string(raw), `"Id"`)
	})
}

func TestExecErrors(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	stopped, _ := createContainer(t, []string{"true"}, nil)
	_, err := client().ContainerExec(ctx, stopped, map[string]any{"Cmd": []string{"true"}})
	assert.ErrorIs(t, err, engine.ErrConflict, "exec in a container that is not running")
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerExec: "))

	for name, call := range map[string]func() error{
		"inspect": func() error { _, err := client().ExecInspect(ctx, "nosuchexec"); return err },
		"start":   func() error { _, err := client().ExecStart(ctx, "nosuchexec", engine.ExecStartOptions{}); return err },
		"start detached": func() error {
			_, err := client().ExecStart(ctx, "nosuchexec", engine.ExecStartOptions{Detach: true})
			return err
		},
		"resize": func() error { return client().ExecResize(ctx, "nosuchexec", 10, 10) },
	} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, call(), engine.ErrNotFound)
		})
	}
}
