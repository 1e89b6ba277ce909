package engine_test

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// startSSHD starts an sshd whose sessions reach the shared engine and
// stops it when the test ends.
func startSSHD(t *testing.T) *testengine.SSHD {
	t.Helper()
	s, err := testengine.StartSSHD(testCtx(t), testengine.Get().Host)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, s.Stop()) })
	return s
}

// sshClient returns a client of the daemon behind s, shut down when the
// test ends.
func sshClient(t *testing.T, s *testengine.SSHD, host string) *engine.Client {
	t.Helper()
	c, err := engine.New(engine.Options{Host: host, SSHArgs: s.Args, Timeout: 30 * time.Second})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Shutdown() })
	return c
}

// TestSSHTransport reaches the engine through a real sshd running
// `docker system dial-stdio`: requests share one ssh session, hijacked
// streams half-close, failures name the host and ssh's reason.
func TestSSHTransport(t *testing.T) {
	s := startSSHD(t)

	t.Run("100 pings open one ssh session", func(t *testing.T) {
		ctx := testCtx(t)
		c := sshClient(t, s, s.Host)
		assert.Equal(t, s.Host, c.Host())
		assert.Equal(t, "http+docker://ssh", c.BaseURL())
		before, beforeSessions := s.Logins(), len(s.Sessions())
		start := time.Now()
		for i := 0; i < 100; i++ {
			_, err := c.SystemPing(ctx)
			require.NoError(t, err, "ping %d", i)
		}
		overSSH := time.Since(start)
		assert.Equal(t, 1, s.Logins()-before, "ssh authentications for 100 pings")
		assert.Equal(t, []string{"docker system dial-stdio"}, s.Sessions()[beforeSessions:], "ssh sessions for 100 pings")
		start = time.Now()
		for i := 0; i < 100; i++ {
			_, err := c.SystemPing(ctx)
			require.NoError(t, err, "ping %d", i)
		}
		warmSSH := time.Since(start)

		unix := client()
		_, err := unix.SystemPing(ctx)
		require.NoError(t, err)
		start = time.Now()
		for i := 0; i < 100; i++ {
			_, err := unix.SystemPing(ctx)
			require.NoError(t, err)
		}
		overUnix := time.Since(start)
		t.Logf("100 pings: ssh %v with the session's start (ratio %.1f to the unix socket), %v on an open session (ratio %.1f); unix socket %v",
			overSSH, float64(overSSH)/float64(overUnix), warmSSH, float64(warmSSH)/float64(overUnix), overUnix)
	})

	t.Run("concurrent connections share the authenticated session", func(t *testing.T) {
		ctx := testCtx(t)
		c := sshClient(t, s, s.Host)
		before, beforeSessions := s.Logins(), len(s.Sessions())
		id, _ := startContainer(t, []string{"sleep", "300"}, nil)
		// Two streams open at once need two connections.
		a, err := c.ContainerAttach(ctx, id, engine.ContainerAttachOptions{Stream: true, Stdout: true})
		require.NoError(t, err)
		defer a.Close()
		_, err = c.SystemPing(ctx)
		require.NoError(t, err)
		assert.Equal(t, 1, s.Logins()-before)
		assert.Len(t, s.Sessions()[beforeSessions:], 2, "one channel per connection")
	})

	t.Run("connections beyond the session's 10 channels get a session of their own", func(t *testing.T) {
		ctx := testCtx(t)
		c := sshClient(t, s, s.Host)
		before := s.Logins()
		id, _ := startContainer(t, []string{"sleep", "300"}, nil)
		// sshd allows 10 sessions per connection (MaxSessions' default).
		for i := 0; i < 11; i++ {
			a, err := c.ContainerAttach(ctx, id, engine.ContainerAttachOptions{Stream: true, Stdout: true})
			require.NoError(t, err, "attach %d", i)
			defer a.Close()
		}
		_, err := c.SystemPing(ctx)
		require.NoError(t, err)
		assert.Equal(t, 3, s.Logins()-before, "the shared session, the 11th attach's and the ping's")
	})

	t.Run("exec stdin half-closed over ssh", func(t *testing.T) {
		ctx := testCtx(t)
		c := sshClient(t, s, s.Host)
		id, _ := startContainer(t, []string{"sleep", "300"}, nil)
		ex := execCreate(t, id, map[string]any{"Cmd": []string{"cat"}, "AttachStdin": true, "AttachStdout": true})
		conn, err := c.ExecStart(ctx, ex, engine.ExecStartOptions{})
		require.NoError(t, err)
		defer conn.Close()
		_, err = io.WriteString(conn, "through ssh\n")
		require.NoError(t, err)
		require.NoError(t, conn.CloseWrite())
		var out, errOut strings.Builder
		_, err = engine.NewFrameReader(conn, false).Demux(&out, &errOut)
		require.NoError(t, err)
		assert.Equal(t, "through ssh\n", out.String())
		assert.Equal(t, 0, execExitCode(t, ex))
	})

	t.Run("Close ends the session, the next request opens one", func(t *testing.T) {
		ctx := testCtx(t)
		c := sshClient(t, s, s.Host)
		before := s.Logins()
		_, err := c.SystemPing(ctx)
		require.NoError(t, err)
		require.NoError(t, c.Close())
		_, err = c.SystemPing(ctx)
		require.NoError(t, err)
		assert.Equal(t, 2, s.Logins()-before)
		require.NoError(t, c.Shutdown())
		_, err = c.SystemPing(ctx)
		require.ErrorIs(t, err, engine.ErrShutdown)
	})

	port := s.Host[strings.LastIndexByte(s.Host, ':')+1:]
	closed, err := testengine.FreeAddr()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, host string
		cause      error
		says       string
	}{
		{"unknown user", "ssh://nosuchuser@127.0.0.1:" + port, engine.ErrSSHAuth, "Permission denied"},
		{"nothing listening", "ssh://root@" + closed, engine.ErrSSH, "Connection refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := sshClient(t, s, tc.host)
			_, err := c.SystemPing(testCtx(t))
			var cerr *engine.ConnectionError
			require.ErrorAs(t, err, &cerr)
			assert.ErrorIs(t, err, tc.cause)
			assert.Contains(t, err.Error(), tc.host)
			assert.Contains(t, err.Error(), tc.says)
		})
	}

	t.Run("a timeout names its length", func(t *testing.T) {
		c, err := engine.New(engine.Options{Host: s.Host, SSHArgs: s.Args, Timeout: time.Nanosecond})
		require.NoError(t, err)
		defer c.Shutdown()
		_, err = c.SystemPing(context.Background())
		var te *engine.TimeoutError
		require.ErrorAs(t, err, &te)
		assert.Contains(t, err.Error(), "timed out after 1ns")
		assert.Contains(t, err.Error(), s.Host)
	})
}
