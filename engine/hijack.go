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
	"net/url"
	"sync"
	"time"
)

// HijackedConn is the raw connection of an attach or an exec start: the
// daemon took over the HTTP connection after its answer. Read returns the
// container's output (multiplexed unless the container or exec has a TTY:
// wrap it with NewFrameReader(conn, tty)); Write sends to its stdin;
// CloseWrite ends stdin while output can still be read; Close releases the
// connection and unblocks a concurrent Read or Write. Canceling the
// context of the call that returned it closes it too.
type HijackedConn struct {
	conn net.Conn
	br   *bufio.Reader
	op   string
	stop func() bool // unregisters the context's close hook

	once sync.Once
	err  error
}

// newHijackedConn returns a HijackedConn reading through br (which holds
// the bytes read after the answer's header) and closed when ctx is done.
func newHijackedConn(ctx context.Context, op string, conn net.Conn, br *bufio.Reader) *HijackedConn {
	h := &HijackedConn{conn: conn, br: br, op: op}
	h.stop = context.AfterFunc(ctx, func() { conn.Close() })
	return h
}

// Read reads the output of the container or exec; the end of the output is
// io.EOF.
func (h *HijackedConn) Read(p []byte) (int, error) {
	n, err := h.br.Read(p)
	if err != nil && err != io.EOF {
		if errors.Is(err, net.ErrClosed) {
			err = net.ErrClosed
		}
		err = wrapOp(h.op, fmt.Errorf("reading stream: %w", err))
	}
	return n, err
}

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
	v, err := c.apiVersion(ctx)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	u := &url.URL{Scheme: c.scheme, Host: c.urlHost, Path: c.basePath + "/v" + v + r.path}
	if len(r.query) > 0 {
		u.RawQuery = r.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), r.body)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	req.Header.Set("User-Agent", c.userAgent)
	if r.body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if req.Header.Get("Upgrade") == "" {
		req.Header.Set("Connection", "Upgrade")
		req.Header.Set("Upgrade", "tcp")
	}

	hctx, cancel := ctx, context.CancelFunc(func() {})
	timeout := time.Duration(0)
	if c.timeout > 0 {
		timeout = c.timeout
		hctx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	fail := func(err error) (*HijackedConn, *http.Response, error) {
		return nil, nil, wrapOp(r.op, c.transportError(ctx, hctx, timeout, err))
	}
	conn, err := c.dialRaw(hctx)
	if err != nil {
		return fail(err)
	}
	// Until the answer's header is read, hctx closes the connection.
	stop := context.AfterFunc(hctx, func() { conn.Close() })
	br := bufio.NewReaderSize(conn, frameBufSize)
	err = req.Write(conn)
	var resp *http.Response
	if err == nil {
		resp, err = http.ReadResponse(br, req)
	}
	if !stop() {
		// The context ended the exchange (the connection is closed).
		if err == nil {
			err = hctx.Err()
		}
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
	return newHijackedConn(ctx, r.op, conn, br), resp, nil
}
