package stdlib_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
)

// freePort returns a port on 127.0.0.1 where nothing listens.
func freePort(t *testing.T) int64 {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return int64(port)
}

func TestNetWaitForPortOpen(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	port := int64(l.Addr().(*net.TCPAddr).Port)
	v, err := invoke(t, nil, nil, "net", "wait_for_port", "127.0.0.1", port, map[string]any{"timeout": int64(5)})
	require.NoError(t, err)
	assert.Equal(t, true, v)
}

func TestNetWaitForPortLate(t *testing.T) {
	port := freePort(t)
	addr := net.JoinHostPort("127.0.0.1", strconv.FormatInt(port, 10))
	done := make(chan net.Listener, 1)
	time.AfterFunc(300*time.Millisecond, func() {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			close(done)
			return
		}
		done <- l
	})
	t.Cleanup(func() {
		if l, ok := <-done; ok {
			_ = l.Close()
		}
	})
	start := time.Now()
	v, err := invoke(t, nil, nil, "net", "wait_for_port", "127.0.0.1", port, map[string]any{"timeout": int64(10), "interval": 0.05})
	require.NoError(t, err)
	assert.Equal(t, true, v)
	assert.GreaterOrEqual(t, time.Since(start), 250*time.Millisecond)
}

func TestNetWaitForPortTimeout(t *testing.T) {
	port := freePort(t)
	start := time.Now()
	_, err := invoke(t, nil, nil, "net", "wait_for_port", "127.0.0.1", port, map[string]any{"timeout": 0.3, "interval": 0.05})
	requireException(t, err, bindings.DockerException,
		"net.wait_for_port: 127.0.0.1:"+strconv.FormatInt(port, 10)+" not reachable within 0.3s", "last: ", "connection refused")
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestNetWaitForPortCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := invoke(t, ctx, nil, "net", "wait_for_port", "127.0.0.1", freePort(t))
	require.Error(t, err)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
	assert.Less(t, time.Since(start), 3*time.Second)
}
