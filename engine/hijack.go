package engine

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

// HijackedConn is the raw connection of an attach or an exec start: the
// daemon took over the HTTP connection after its answer. Read returns the
// container's output (multiplexed unless the container or exec has a TTY:
// wrap it with NewFrameReader(conn, tty)); Write sends to its stdin;
// CloseWrite ends stdin while output can still be read; Close releases the
// connection and unblocks a concurrent Read or Write. Canceling the
// context of the call that returned it closes it too.
//
// The end of the output is io.EOF. A connection cut by a fault (reset,
// daemon gone) gives a *StreamError instead: since the end of a raw stream
// looks the same as a daemon that died, the client pings the daemon once
// at the end of the connection and reports a *StreamError when it does
// not answer.
type HijackedConn struct {
	ctx   context.Context
	conn  net.Conn
	br    *bufio.Reader
	op    string
	host  string
	stop  func() bool  // unregisters the context's close hook
	probe func() error // checks that the daemon is alive at the end of the stream

	endOnce sync.Once
	endErr  error

	once sync.Once
	err  error
}

// newHijackedConn returns a HijackedConn reading through br (which holds
// the bytes read after the answer's header) and closed when ctx is done.
func newHijackedConn(ctx context.Context, op, host string, conn net.Conn, br *bufio.Reader, probe func() error) *HijackedConn {
	h := &HijackedConn{ctx: ctx, conn: conn, br: br, op: op, host: host, probe: probe}
	h.stop = context.AfterFunc(ctx, func() { conn.Close() })
	return h
}

// Read reads the output of the container or exec; the end of the output is
// io.EOF, a broken connection a *StreamError.
func (h *HijackedConn) Read(p []byte) (int, error) {
	n, err := h.br.Read(p)
	switch {
	case err == io.EOF:
		err = h.atEOF()
	case err != nil:
		err = h.readErr(err)
	}
	return n, err
}

// atEOF returns io.EOF when the daemon still answers at the end of the
// connection, else a *StreamError.
func (h *HijackedConn) atEOF() error {
	h.endOnce.Do(func() {
		h.endErr = io.EOF
		if h.probe == nil {
			return
		}
		if err := h.probe(); err != nil {
			h.endErr = &StreamError{Op: h.op, Host: h.host, Err: fmt.Errorf("%w: the daemon no longer answers: %w", ErrClosedEarly, err)}
		}
	})
	return h.endErr
}

// readErr maps an error reading the connection (other than a clean end):
// a connection closed by Close or the context stays such an error, the
// rest is a *StreamError.
func (h *HijackedConn) readErr(err error) error {
	if errors.Is(err, net.ErrClosed) {
		if cerr := h.ctx.Err(); cerr != nil {
			return wrapOp(h.op, fmt.Errorf("reading stream: %w", cerr))
		}
		return wrapOp(h.op, fmt.Errorf("reading stream: %w", net.ErrClosed))
	}
	var serr *StreamError
	if errors.As(err, &serr) {
		return err
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &StreamError{Op: h.op, Host: h.host, Err: fmt.Errorf("%w: connection ended in the middle of a frame", ErrClosedEarly)}
	}
	return &StreamError{Op: h.op, Host: h.host, Err: causeErr(err)}
}

// origin names the stream's operation and daemon.
func (h *HijackedConn) origin() (op, host string) { return h.op, h.host }

// Write sends p to the stdin of the container or exec.
func (h *HijackedConn) Write(p []byte) (int, error) {
	n, err := h.conn.Write(p)
	if err != nil {
		err = wrapOp(h.op, fmt.Errorf("writing stream: %w", err))
	}
	return n, err
}

// closeWriter is a connection that can be half-closed: *net.UnixConn,
// *net.TCPConn, *tls.Conn and the connections of ssh clients.
type closeWriter interface {
	CloseWrite() error
}

// CloseWrite closes the writing side only (the daemon then sees the end of
// stdin) and keeps the output readable. Connections that cannot be
// half-closed give an error.
func (h *HijackedConn) CloseWrite() error {
	cw, ok := h.conn.(closeWriter)
	if !ok {
		return wrapOp(h.op, fmt.Errorf("connection of type %T cannot be half-closed", h.conn))
	}
	if err := cw.CloseWrite(); err != nil {
		return wrapOp(h.op, fmt.Errorf("closing stdin: %w", err))
	}
	return nil
}

// Close releases the connection; a blocked Read or Write returns. Calling
// it again does nothing.
func (h *HijackedConn) Close() error {
	h.once.Do(func() {
		h.stop()
		if err := h.conn.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			h.err = wrapOp(h.op, err)
		}
	})
	return h.err
}

// Conn returns the underlying connection (for deadlines, for instance).
// Reading from it directly would skip bytes already buffered.
func (h *HijackedConn) Conn() net.Conn { return h.conn }

// dialRaw opens a new connection to the daemon (TLS included when the
// client uses https), outside the HTTP transport's pool.
func (c *Client) dialRaw(ctx context.Context) (net.Conn, error) {
	conn, err := c.transport.DialContext(ctx, c.network, c.addr)
	if err != nil {
		return nil, err
	}
	if c.scheme == "https" {
		tc := tls.Client(conn, c.transport.TLSClientConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			conn.Close()
			return nil, err
		}
		return tc, nil
	}
	return conn, nil
}

// hijack sends r on a connection of its own with "Connection: Upgrade" and
// "Upgrade: tcp" and returns the connection once the daemon answered 101
// (UPGRADED) or 200 (raw stream). The client timeout bounds the exchange
// up to the answer's header; ctx bounds the whole stream.
func (c *Client) hijack(ctx context.Context, r *request) (*HijackedConn, error) {
	h, _, err := c.hijackResp(ctx, r)
	return h, err
}

// hijackResp is hijack that also returns the answer (whose body must not
// be read: the stream is read through the connection). A request that sets
// its own Upgrade header (websocket) gets no "Upgrade: tcp".
func (c *Client) hijackResp(ctx context.Context, r *request) (*HijackedConn, *http.Response, error) {
	u, err := c.requestURL(ctx, r)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	hctx, cancel := context.WithCancelCause(ctx)
	defer cancel(context.Canceled)
	var dl *deadline
	if c.timeout > 0 {
		dl = startDeadline(c.timeout, cancel)
		defer dl.stop()
	}
	req, err := c.newRequest(hctx, r, u, dl)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	if req.Header.Get("Upgrade") == "" {
		req.Header.Set("Connection", "Upgrade")
		req.Header.Set("Upgrade", "tcp")
	}
	fail := func(err error) (*HijackedConn, *http.Response, error) {
		return nil, nil, wrapOp(r.op, c.transportError(ctx, hctx, err))
	}
	conn, err := c.dialRaw(hctx)
	if err != nil {
		return fail(err)
	}
	// Until the answer's header is read, hctx closes the connection.
	stop := context.AfterFunc(hctx, func() { conn.Close() })
	lr := &headerLimitReader{r: conn, n: MaxHeaderBytes}
	br := bufio.NewReaderSize(lr, frameBufSize)
	err = req.Write(conn)
	var resp *http.Response
	if err == nil {
		resp, err = http.ReadResponse(br, req)
	}
	lr.n = -1
	if !stop() {
		// The context ended the exchange (the connection is closed).
		conn.Close()
		return fail(err)
	}
	if err != nil {
		conn.Close()
		return fail(err)
	}
	switch {
	case resp.StatusCode >= 400:
		apiErr := newAPIError(resp, nil, c.urlForDisplay(u), r.image)
		conn.Close()
		return nil, nil, wrapOp(r.op, apiErr)
	case resp.StatusCode == http.StatusSwitchingProtocols, resp.StatusCode == http.StatusOK:
		// The stream follows the header; br holds its first bytes.
	default:
		conn.Close()
		return nil, nil, wrapOp(r.op, &ResponseError{
			StatusCode: resp.StatusCode,
			URL:        c.urlForDisplay(u),
			Err:        errors.New("expected 101 (upgraded) or 200 (raw stream)"),
		})
	}
	probe := func() error { return c.probe(ctx) }
	return newHijackedConn(ctx, r.op, c.host, conn, br, probe), resp, nil
}

// probe reports whether the daemon answers a ping (any answer will do),
// within the client timeout (DefaultTimeout when there is none).
func (c *Client) probe(ctx context.Context) error {
	if ctx.Err() != nil {
		return nil // the caller gave up: the end is theirs
	}
	timeout := c.timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	resp, release, err := c.exec(pctx, &request{op: "ping", method: http.MethodGet, path: "/_ping", unversioned: true, keepErrorStatus: true}, false)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	resp.Body.Close() // the header is answer enough
	release()
	return nil
}

// headerLimitReader reads at most n bytes (n < 0: no limit), then fails
// with ErrHeaderTooLarge: it bounds an answer's header read from a raw
// connection as the HTTP transport does.
type headerLimitReader struct {
	r io.Reader
	n int64
}

// Read reads from r within the limit.
func (l *headerLimitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return l.r.Read(p)
	}
	if l.n == 0 {
		return 0, ErrHeaderTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}
