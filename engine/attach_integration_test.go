package engine_test

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
)

// catConfig is the create config of a container running cat with stdin
// open (and closed by the first attach that ends).
func catConfig(tty bool) map[string]any {
	return map[string]any{"Tty": tty, "OpenStdin": true, "StdinOnce": true, "AttachStdin": true}
}

// readUntil reads r until the output contains want or the stream ends, and
// returns what it read.
func readUntil(t *testing.T, r io.Reader, want string) string {
	t.Helper()
	var buf bytes.Buffer
	p := make([]byte, 4096)
	for !strings.Contains(buf.String(), want) {
		n, err := r.Read(p)
		buf.Write(p[:n])
		if err != nil {
			break
		}
	}
	return buf.String()
}

func TestContainerAttach(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		tty  bool
	}{
		{"multiplexed", false},
		{"tty", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testCtx(t)
			id, _ := createContainer(t, []string{"cat"}, catConfig(tt.tty))
			conn, err := client().ContainerAttach(ctx, id, engine.ContainerAttachOptions{Stream: true, Stdin: true, Stdout: true, Stderr: true})
			require.NoError(t, err)
			defer conn.Close()
			require.NoError(t, client().ContainerStart(ctx, id, ""))

			_, err = conn.Write([]byte("hello\n"))
			require.NoError(t, err)
			if tt.tty {
				// A terminal echoes the input and turns "\n" into "\r\n";
				// its end of input is ^D, not the end of the stream.
				out := readUntil(t, conn, "hello\r\nhello\r\n")
				assert.Equal(t, "hello\r\nhello\r\n", out)
				require.NoError(t, conn.CloseWrite())
				require.NoError(t, client().ContainerKill(ctx, id, ""))
				return
			}
			require.NoError(t, conn.CloseWrite())
			var stdout, stderr bytes.Buffer
			_, err = engine.NewFrameReader(conn, false).Demux(&stdout, &stderr)
			require.NoError(t, err)
			assert.Equal(t, "hello\n", stdout.String())
			assert.Empty(t, stderr.String())
			assert.Equal(t, 0, waitExit(t, id), "cat ends at the end of stdin")
		})
	}
}

func TestContainerAttachLogs(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sh", "-c", "echo before; echo err >&2; sleep 1; echo after"}, nil)
	require.Eventually(t, func() bool {
		out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true}, false)
		return out == "before\n"
	}, 10*time.Second, 20*time.Millisecond)
	conn, err := client().ContainerAttach(ctx, id, engine.ContainerAttachOptions{Logs: true, Stream: true, Stdout: true, Stderr: true})
	require.NoError(t, err)
	fr := engine.NewFrameReader(conn, false)
	defer fr.Close()
	var stdout, stderr bytes.Buffer
	_, err = fr.Demux(&stdout, &stderr)
	require.NoError(t, err)
	assert.Equal(t, "before\nafter\n", stdout.String(), "logs replayed, then the stream until exit")
	assert.Equal(t, "err\n", stderr.String())
}

func TestContainerAttachMissing(t *testing.T) {
	t.Parallel()
	_, err := client().ContainerAttach(testCtx(t), "dscript-test-no-such-container", engine.ContainerAttachOptions{Stream: true, Stdout: true})
	require.ErrorIs(t, err, engine.ErrNotFound)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerAttach: 404 Client Error"), err.Error())
}

// waitGoroutines waits until the number of goroutines is back to at most
// baseline (closing idle HTTP connections meanwhile).
func waitGoroutines(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		client().Close()
		n := runtime.NumGoroutine()
		if n <= baseline {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("goroutine leak: %d before, %d after\n%s", baseline, n, buf)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// baselineGoroutines returns the number of goroutines once idle HTTP
// connections are closed.
func baselineGoroutines() int {
	client().Close()
	time.Sleep(50 * time.Millisecond)
	return runtime.NumGoroutine()
}

// TestHijackedEarlyCloseReleases runs alone (not parallel) so that the
// goroutine count is meaningful: closing an attach or exec stream while a
// Read blocks ends the Read and leaves nothing behind.
func TestHijackedEarlyCloseReleases(t *testing.T) {
	ctx := testCtx(t)
	id, _ := startContainer(t, []string{"sleep", "300"}, map[string]any{"OpenStdin": true})
	raw, err := client().ContainerExec(ctx, id, map[string]any{"Cmd": []string{"sleep", "300"}, "AttachStdout": true, "AttachStderr": true})
	require.NoError(t, err)
	var ex struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &ex)

	opens := map[string]func() (*engine.HijackedConn, error){
		"attach": func() (*engine.HijackedConn, error) {
			return client().ContainerAttach(ctx, id, engine.ContainerAttachOptions{Stream: true, Stdin: true, Stdout: true, Stderr: true})
		},
		"exec start": func() (*engine.HijackedConn, error) {
			return client().ExecStart(ctx, ex.ID, engine.ExecStartOptions{})
		},
	}
	for _, name := range []string{"attach", "exec start"} {
		t.Run(name, func(t *testing.T) {
			baseline := baselineGoroutines()
			conn, err := opens[name]()
			require.NoError(t, err)
			done := make(chan error, 1)
			go func() {
				_, err := conn.Read(make([]byte, 10))
				done <- err
			}()
			time.Sleep(100 * time.Millisecond)
			require.NoError(t, conn.Close())
			select {
			case err := <-done:
				assert.Error(t, err)
				assert.Contains(t, err.Error(), "engine: ")
			case <-time.After(5 * time.Second):
				t.Fatal("Close did not unblock Read")
			}
			assert.NoError(t, conn.Close(), "a second Close does nothing")
			waitGoroutines(t, baseline)
		})
	}

	t.Run("context cancel", func(t *testing.T) {
		baseline := baselineGoroutines()
		cctx, cancel := context.WithCancel(ctx)
		conn, err := client().ContainerAttach(cctx, id, engine.ContainerAttachOptions{Stream: true, Stdout: true})
		require.NoError(t, err)
		done := make(chan error, 1)
		go func() {
			_, err := conn.Read(make([]byte, 10))
			done <- err
		}()
		time.Sleep(100 * time.Millisecond)
		cancel()
		select {
		case err := <-done:
			assert.Error(t, err)
		case <-time.After(5 * time.Second):
			t.Fatal("canceling the context did not unblock Read")
		}
		require.NoError(t, conn.Close())
		waitGoroutines(t, baseline)
	})
}

func TestContainerAttachWebsocket(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "cat; echo done >&2"}, catConfig(false))
	ws, err := client().ContainerAttachWebsocket(ctx, id, engine.ContainerAttachWebsocketOptions{Stream: true})
	require.NoError(t, err)
	defer ws.Close()
	require.NoError(t, client().ContainerStart(ctx, id, ""))

	_, err = ws.Write([]byte("hello\n"))
	require.NoError(t, err)
	assert.Equal(t, "hello\n", readUntil(t, ws, "hello\n"), "echoed before stdin ends")
	_, err = ws.Write([]byte("big:" + strings.Repeat("y", 70000) + "\n"))
	require.NoError(t, err, "a message with a 64-bit length")
	got := readUntil(t, ws, "y\n")
	assert.Equal(t, "big:"+strings.Repeat("y", 70000)+"\n", got)

	require.NoError(t, ws.CloseWrite())
	_, err = ws.Write([]byte("late"))
	assert.Error(t, err, "no write after CloseWrite")
	rest, err := io.ReadAll(ws)
	require.NoError(t, err, "the daemon's close ends the stream")
	assert.Equal(t, "done\n", string(rest), "stdout and stderr arrive merged, not multiplexed")
	assert.Equal(t, 0, waitExit(t, id))
	require.NoError(t, ws.Close())
}

func TestContainerAttachWebsocketErrors(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	_, err := client().ContainerAttachWebsocket(ctx, "dscript-test-no-such-container", engine.ContainerAttachWebsocketOptions{Stream: true})
	assert.ErrorIs(t, err, engine.ErrNotFound)

	yes := true
	_, err = client().ContainerAttachWebsocket(ctx, "any", engine.ContainerAttachWebsocketOptions{Stdout: &yes})
	var verr *engine.InvalidVersionError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "1.42", verr.Required)
}
