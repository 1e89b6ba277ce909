package engine

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rawServer serves each connection of a unix socket with serve, and waits
// for the handlers when the test ends.
func rawServer(t *testing.T, serve func(conn net.Conn)) string {
	t.Helper()
	sock := socketPath(t)
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer conn.Close()
				serve(conn)
			}()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		wg.Wait()
	})
	return sock
}

// newRawClient returns a client of sock with API 1.41 pinned (no ping).
func newRawClient(t *testing.T, sock string, timeout time.Duration) *Client {
	t.Helper()
	c, err := New(Options{Host: "unix://" + sock, Version: "1.41", Timeout: timeout})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

// readRequest reads one request and its body.
func readRequest(conn net.Conn) (*http.Request, *bufio.Reader, error) {
	br := bufio.NewReader(conn)
	req, err := http.ReadRequest(br)
	if err != nil {
		return nil, nil, err
	}
	_, _ = io.Copy(io.Discard, req.Body)
	return req, br, nil
}

// Every call is bounded by the client timeout until its header arrives,
// streams included; bodies of non-streaming answers too.
func TestFakeTimeoutBeforeHeader(t *testing.T) {
	const timeout = 300 * time.Millisecond
	calls := []struct {
		name string
		call func(ctx context.Context, c *Client) error
	}{
		{"logs", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerLogs(ctx, "x", ContainerLogsOptions{Stdout: true})
			return err
		}},
		{"logs follow", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerLogs(ctx, "x", ContainerLogsOptions{Stdout: true, Follow: true})
			return err
		}},
		{"stats stream=false", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerStats(ctx, "x", false, false)
			return err
		}},
		{"stats stream=true", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerStats(ctx, "x", true, false)
			return err
		}},
		{"get_archive", func(ctx context.Context, c *Client) error {
			_, _, err := c.ContainerArchive(ctx, "x", "/etc")
			return err
		}},
		{"export", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerExport(ctx, "x")
			return err
		}},
		{"wait", func(ctx context.Context, c *Client) error {
			_, err := c.ContainerWait(ctx, "x", "")
			return err
		}},
		{"image create", func(ctx context.Context, c *Client) error {
			_, err := c.ImageCreate(ctx, ImageCreateOptions{FromImage: "busybox"}, nil)
			return err
		}},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			sock := rawServer(t, func(conn net.Conn) {
				_, br, err := readRequest(conn)
				if err == nil {
					block(conn, br)
				}
			})
			c := newRawClient(t, sock, timeout)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			err := tt.call(ctx, c)
			var cerr *ConnectionError
			require.ErrorAs(t, err, &cerr)
			var te *TimeoutError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, timeout, te.After)
			assert.Contains(t, err.Error(), "at unix://"+sock+": timed out after 300ms")
		})
	}
}

// The body of logs without follow and of one-shot stats is bounded by the
// timeout too.
func TestFakeTimeoutBoundsNonStreamingBodies(t *testing.T) {
	const timeout = time.Second
	calls := []struct {
		name string
		call func(ctx context.Context, c *Client) (io.ReadCloser, error)
	}{
		{"logs", func(ctx context.Context, c *Client) (io.ReadCloser, error) {
			return c.ContainerLogs(ctx, "x", ContainerLogsOptions{Stdout: true})
		}},
		{"stats stream=false", func(ctx context.Context, c *Client) (io.ReadCloser, error) {
			return c.ContainerStats(ctx, "x", false, false)
		}},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			sock := rawServer(t, func(conn net.Conn) {
				_, br, err := readRequest(conn)
				if err != nil {
					return
				}
				_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"))
				block(conn, br)
			})
			c := newRawClient(t, sock, timeout)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			rc, err := tt.call(ctx, c)
			require.NoError(t, err)
			defer rc.Close()
			b, err := io.ReadAll(rc)
			assert.Equal(t, "abc", string(b))
			assert.ErrorIs(t, err, ErrStreamBroken)
			var te *TimeoutError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, timeout, te.After)
		})
	}
}

// An upload is not cut by the timeout while the caller's content is slow
// to read; only the daemon's waits count.
func TestFakeSlowUploadIsNotTimedOut(t *testing.T) {
	const timeout = time.Second
	sock := rawServer(t, func(conn net.Conn) {
		if _, _, err := readRequest(conn); err == nil {
			_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
		}
	})
	c := newRawClient(t, sock, timeout)
	content := &slowReader{data: []byte("0123456789"), pause: timeout / 5} // twice the timeout in all
	require.NoError(t, c.PutContainerArchive(context.Background(), "x", "/tmp", content, PutContainerArchiveOptions{}))
}

// Connection failures say what happened and name the host.
func TestFakeConnectionFailures(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T) *Client
		cause error
		text  string
	}{
		{name: "no such socket", cause: ErrNoSuchSocket, text: "no such socket",
			setup: func(t *testing.T) *Client { return newRawClient(t, socketPath(t), time.Minute) }},
		{name: "connection refused", cause: ErrConnectionRefused, text: "connection refused",
			setup: func(t *testing.T) *Client {
				sock := socketPath(t)
				l, err := net.ListenUnix("unix", &net.UnixAddr{Name: sock, Net: "unix"})
				require.NoError(t, err)
				l.SetUnlinkOnClose(false)
				l.Close() // the socket file stays, nothing listens
				return newRawClient(t, sock, time.Minute)
			}},
		{name: "connection reset", cause: ErrConnectionReset, text: "connection reset by the daemon",
			setup: func(t *testing.T) *Client {
				return newRawClient(t, rawServer(t, func(conn net.Conn) {
					// Closing with unread bytes resets the connection.
					_, _ = conn.Read(make([]byte, 1))
				}), time.Minute)
			}},
		{name: "closed before an answer", cause: ErrClosedEarly, text: "connection closed by the daemon before its whole answer",
			setup: func(t *testing.T) *Client {
				return newRawClient(t, rawServer(t, func(conn net.Conn) { _, _, _ = readRequest(conn) }), time.Minute)
			}},
		{name: "closed inside the body", cause: ErrClosedEarly, text: "connection closed by the daemon before its whole answer",
			setup: func(t *testing.T) *Client {
				return newRawClient(t, rawServer(t, func(conn net.Conn) {
					if _, _, err := readRequest(conn); err == nil {
						_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"Id\":"))
					}
				}), time.Minute)
			}},
		{name: "header too large", cause: ErrHeaderTooLarge, text: "answer header larger than MaxHeaderBytes (1 MiB)",
			setup: func(t *testing.T) *Client {
				return newRawClient(t, rawServer(t, func(conn net.Conn) {
					if _, _, err := readRequest(conn); err == nil {
						_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nX-Big: " + strings.Repeat("a", 2*MaxHeaderBytes) + "\r\n\r\n"))
					}
				}), time.Minute)
			}},
		{name: "TLS to a plain server", cause: ErrTLS, text: "TLS failure",
			setup: func(t *testing.T) *Client {
				srv := httptest.NewUnstartedServer(http.NotFoundHandler())
				srv.Config.ErrorLog = log.New(io.Discard, "", 0)
				srv.Start()
				t.Cleanup(srv.Close)
				c, err := New(Options{Host: "tcp://" + srv.Listener.Addr().String(), Version: "1.41", TLSConfig: &tls.Config{}})
				require.NoError(t, err)
				t.Cleanup(func() { c.Close() })
				return c
			}},
		{name: "TLS with an unknown authority", cause: ErrTLS, text: "TLS failure",
			setup: func(t *testing.T) *Client {
				srv := httptest.NewUnstartedServer(http.NotFoundHandler())
				srv.Config.ErrorLog = log.New(io.Discard, "", 0)
				srv.StartTLS()
				t.Cleanup(srv.Close)
				c, err := New(Options{Host: "tcp://" + srv.Listener.Addr().String(), Version: "1.41", TLSConfig: &tls.Config{}})
				require.NoError(t, err)
				t.Cleanup(func() { c.Close() })
				return c
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.setup(t)
			_, err := c.ContainerInspect(context.Background(), "x", false)
			var cerr *ConnectionError
			require.ErrorAs(t, err, &cerr)
			assert.ErrorIs(t, err, tt.cause)
			assert.Equal(t, c.Host(), cerr.Host)
			assert.Contains(t, err.Error(), "engine: ContainerInspect: cannot connect to the Docker daemon at "+c.Host()+": "+tt.text)
			assert.NotContains(t, err.Error(), "timed out")
			assert.False(t, cerr.Timeout())
		})
	}
}

// Hijacked calls classify their failures the same way.
func TestFakeHijackConnectionFailures(t *testing.T) {
	c := newRawClient(t, socketPath(t), time.Minute)
	_, err := c.ContainerAttach(context.Background(), "x", ContainerAttachOptions{Stream: true})
	assert.ErrorIs(t, err, ErrNoSuchSocket)

	c = newRawClient(t, rawServer(t, func(conn net.Conn) { _, _, _ = readRequest(conn) }), time.Minute)
	_, err = c.ExecStart(context.Background(), "e", ExecStartOptions{})
	assert.ErrorIs(t, err, ErrClosedEarly)
	assert.Contains(t, err.Error(), "engine: ExecStart: cannot connect to the Docker daemon at "+c.Host())
}

// classify recognizes what cannot be produced here (root opens any
// socket).
func TestClassify(t *testing.T) {
	dial := func(errno syscall.Errno) error {
		return &net.OpError{Op: "dial", Net: "unix", Err: os.NewSyscallError("connect", errno)}
	}
	tests := []struct {
		err  error
		want error
	}{
		{dial(syscall.EACCES), ErrPermissionDenied},
		{dial(syscall.EPERM), ErrPermissionDenied},
		{dial(syscall.ENOENT), ErrNoSuchSocket},
		{dial(syscall.ECONNREFUSED), ErrConnectionRefused},
		{&net.OpError{Op: "read", Net: "unix", Err: os.NewSyscallError("read", syscall.ECONNRESET)}, ErrConnectionReset},
		{&net.OpError{Op: "write", Net: "unix", Err: os.NewSyscallError("write", syscall.EPIPE)}, ErrConnectionReset},
		{io.EOF, ErrClosedEarly},
		{fmt.Errorf("net/http: server response headers exceeded %d bytes; aborted", MaxHeaderBytes), ErrHeaderTooLarge},
		{tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}, ErrTLS},
		{errors.New("something else"), nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, classify(tt.err), "%v", tt.err)
	}
}

// A body larger than MaxResponseBytes is refused before it is read whole.
func TestFakeResponseTooLarge(t *testing.T) {
	t.Run("announced", func(t *testing.T) {
		sock := rawServer(t, func(conn net.Conn) {
			_, br, err := readRequest(conn)
			if err != nil {
				return
			}
			_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{\"Id\":"))
			block(conn, br)
		})
		c := newRawClient(t, sock, time.Minute)
		_, err := c.ContainerInspect(context.Background(), "x", false)
		assert.ErrorIs(t, err, ErrResponseTooLarge)
		var rerr *ResponseError
		assert.ErrorAs(t, err, &rerr)
		assert.Contains(t, err.Error(), "engine: ContainerInspect: unexpected answer (status 200) for http+docker://localhost/v1.41/containers/x/json: answer too large: more than 67108864 bytes (Options.MaxResponseBytes)")
	})
	t.Run("chunked", func(t *testing.T) {
		var written atomic.Int64
		sock := rawServer(t, func(conn net.Conn) {
			if _, _, err := readRequest(conn); err != nil {
				return
			}
			_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"))
			chunk := []byte(fmt.Sprintf("%x\r\n%s\r\n", 1<<20, strings.Repeat(" ", 1<<20)))
			for {
				n, err := conn.Write(chunk)
				written.Add(int64(n))
				if err != nil {
					return
				}
			}
		})
		c := newRawClient(t, sock, time.Minute)
		_, err := c.ContainerList(context.Background(), ContainerListOptions{})
		assert.ErrorIs(t, err, ErrResponseTooLarge)
		assert.Contains(t, err.Error(), "engine: ContainerList: ")
		c.Close()
		assert.Less(t, written.Load(), int64(MaxResponseBytes+32<<20), "the client stopped reading near the limit")
	})
}

// Options.MaxResponseBytes changes the limit.
func TestFakeResponseLimitOption(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41", MaxResponseBytes: 1 << 10}, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, "[%q]", strings.Repeat("x", 1<<10))
	})
	_, err := c.ContainerList(context.Background(), ContainerListOptions{})
	assert.ErrorIs(t, err, ErrResponseTooLarge)
	assert.Contains(t, err.Error(), "answer too large: more than 1024 bytes")

	c, _ = newFake(t, Options{Version: "1.41", MaxResponseBytes: 1 << 10}, jsonHandler(200, `[{"Id":"abc"}]`))
	raw, err := c.ContainerList(context.Background(), ContainerListOptions{})
	require.NoError(t, err)
	assert.JSONEq(t, `[{"Id":"abc"}]`, string(raw))
}

// Identifiers are escaped in the path; one that would leave its segment
// is refused before any request.
func TestFakeIdentifiersInPaths(t *testing.T) {
	c, f := newFake(t, Options{Version: "1.41"}, jsonHandler(200, `{}`))
	ctx := context.Background()

	for _, id := range []string{"../../images/json", "..", ".", "", "a/../../b", "./x"} {
		_, err := c.ContainerInspect(ctx, id, false)
		assert.ErrorIs(t, err, ErrNotFound, "%q", id)
		var ierr *IdentifierError
		assert.ErrorAs(t, err, &ierr, "%q", id)
		assert.Contains(t, err.Error(), "engine: ContainerInspect: not found: invalid identifier", "%q", id)
		_, err = c.ImageInspect(ctx, id)
		assert.ErrorIs(t, err, ErrImageNotFound, "%q", id)
	}
	assert.Empty(t, f.paths(), "nothing was sent")

	_, err := c.ContainerInspect(ctx, "a?b#c%d e", false)
	require.NoError(t, err)
	req, _ := f.lastRequest(t)
	assert.Equal(t, "/v1.41/containers/a?b#c%d e/json", req.URL.Path)
	assert.Equal(t, "/v1.41/containers/a%3Fb%23c%25d%20e/json", req.URL.EscapedPath())
	assert.Empty(t, req.URL.RawQuery)
}

// A redirect is an error, never a success.
func TestFakeRedirectIsAnError(t *testing.T) {
	c, _ := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/v1.41/images/json", http.StatusMovedPermanently)
	})
	err := c.ContainerDelete(context.Background(), "x", ContainerDeleteOptions{})
	var rerr *ResponseError
	require.ErrorAs(t, err, &rerr)
	assert.Equal(t, http.StatusMovedPermanently, rerr.StatusCode)
	assert.Contains(t, err.Error(), `unexpected redirect to "/v1.41/images/json"`)
}
