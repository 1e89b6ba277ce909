package engine

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// MaxResponseBytes is the default bound on what the client reads whole:
// the body of a non-stream answer (inspect, list, ...) and one progress
// message of a JSON message stream. Real answers stay far below it; a
// larger one fails with ErrResponseTooLarge before it is read past the
// limit. Options.MaxResponseBytes changes it.
const MaxResponseBytes = 64 << 20

// MaxHeaderBytes bounds the header of an answer, hijacked connections
// (attach, exec, websocket) included; a larger one fails with a
// *ConnectionError matching ErrHeaderTooLarge.
const MaxHeaderBytes = 1 << 20

// request describes one call of the Engine API.
type request struct {
	op     string // operation name for error context, e.g. "ContainerCreate"
	method string
	path   string // without the version prefix, e.g. "/containers/json"; identifiers unescaped
	query  url.Values
	body   io.Reader
	header http.Header

	extraTimeout    time.Duration // added to the client timeout (ContainerStop)
	noTimeout       bool          // only ctx bounds the call
	unboundedBody   bool          // a non-stream call whose body only ctx bounds, the timeout its header (ContainerWait)
	boundedBody     bool          // a stream whose whole body the timeout bounds (logs without follow)
	image           bool          // a 404 is about an image
	unversioned     bool          // no "/v<version>" prefix
	keepErrorStatus bool          // return responses >= 400 instead of *APIError
}

// requestURL returns the URL of r: each segment of r.path is escaped (an
// identifier cannot add a query or a fragment) and a path whose
// identifiers would leave their place (an empty, "." or ".." segment) is
// refused with an *IdentifierError before anything is sent.
func (c *Client) requestURL(ctx context.Context, r *request) (*url.URL, error) {
	segs := strings.Split(r.path, "/")
	for i, s := range segs {
		if i == 0 && s == "" {
			continue
		}
		if s == "" || s == "." || s == ".." {
			return nil, &IdentifierError{Path: r.path, Image: r.image}
		}
		segs[i] = url.PathEscape(s)
	}
	prefix := ""
	if !r.unversioned {
		v, err := c.apiVersion(ctx)
		if err != nil {
			return nil, err
		}
		prefix = "/v" + v
	}
	u := &url.URL{Scheme: c.scheme, Host: c.urlHost, Path: c.basePath + prefix + r.path}
	u.RawPath = (&url.URL{Path: c.basePath}).EscapedPath() + prefix + strings.Join(segs, "/")
	if len(r.query) > 0 {
		u.RawQuery = r.query.Encode()
	}
	return u, nil
}

// newRequest returns the HTTP request of r for u. With dl, the deadline
// is paused while the caller's body is read, so that only the daemon's
// share of an upload counts.
func (c *Client) newRequest(ctx context.Context, r *request, u *url.URL, dl *deadline) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), r.body)
	if err != nil {
		return nil, err
	}
	if dl != nil && req.GetBody == nil && r.body != nil {
		req.Body = &pausingBody{r: req.Body, dl: dl}
	}
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	req.Header.Set("User-Agent", c.userAgent)
	if r.body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, nil
}

// deadline cancels a request's context with a *TimeoutError once its
// timeout elapses. It can be paused (while the caller's body is read) and
// stopped (once a stream's header arrived).
type deadline struct {
	mu    sync.Mutex
	timer *time.Timer
	after time.Duration
	done  bool // stopped for good, or fired
}

// startDeadline starts a deadline of d that calls cancel.
func startDeadline(d time.Duration, cancel context.CancelCauseFunc) *deadline {
	dl := &deadline{after: d}
	dl.mu.Lock()
	defer dl.mu.Unlock()
	dl.timer = time.AfterFunc(d, func() {
		dl.mu.Lock()
		fire := !dl.done
		dl.done = true
		dl.mu.Unlock()
		if fire {
			cancel(&TimeoutError{After: d})
		}
	})
	return dl
}

// pause stops the clock until resume.
func (dl *deadline) pause() {
	dl.mu.Lock()
	if !dl.done {
		dl.timer.Stop()
	}
	dl.mu.Unlock()
}

// resume restarts the clock with the whole timeout.
func (dl *deadline) resume() {
	dl.mu.Lock()
	if !dl.done {
		dl.timer.Reset(dl.after)
	}
	dl.mu.Unlock()
}

// stop stops the deadline for good; it reports false when it had fired.
func (dl *deadline) stop() bool {
	dl.mu.Lock()
	defer dl.mu.Unlock()
	if dl.done {
		return dl.timer == nil
	}
	dl.done = true
	dl.timer.Stop()
	dl.timer = nil
	return true
}

// pausingBody is a request body whose reads pause a deadline.
type pausingBody struct {
	r  io.ReadCloser
	dl *deadline
}

// Read reads the caller's body with the deadline paused.
func (b *pausingBody) Read(p []byte) (int, error) {
	b.dl.pause()
	defer b.dl.resume()
	return b.r.Read(p)
}

// Close closes the caller's body.
func (b *pausingBody) Close() error { return b.r.Close() }

// exec sends r and returns the response, whose body the caller must close,
// and a cancel function the caller must call once done with the body.
// The client timeout (see timeoutFor) bounds the exchange up to the
// answer's header; for a non-stream request (stream=false) or a stream
// with r.boundedBody it bounds the body too. Errors are unwrapped:
// *APIError, *ConnectionError, *ResponseError, *IdentifierError or a
// context error.
func (c *Client) exec(ctx context.Context, r *request, stream bool) (*http.Response, context.CancelFunc, error) {
	u, err := c.requestURL(ctx, r)
	if err != nil {
		return nil, nil, err
	}
	rctx, cancelCause := context.WithCancelCause(ctx)
	var dl *deadline
	if timeout := c.timeoutFor(r); timeout > 0 {
		dl = startDeadline(timeout, cancelCause)
	}
	release := func() {
		if dl != nil {
			dl.stop()
		}
		cancelCause(context.Canceled)
	}
	req, err := c.newRequest(rctx, r, u, dl)
	if err != nil {
		release()
		return nil, nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		err = c.transportError(ctx, rctx, err)
		release()
		return nil, nil, err
	}
	if ((stream && !r.boundedBody) || r.unboundedBody) && dl != nil && !dl.stop() {
		// The timeout elapsed just as the header arrived.
		resp.Body.Close()
		err = c.transportError(ctx, rctx, context.Cause(rctx))
		release()
		return nil, nil, err
	}
	switch {
	case resp.StatusCode >= 400 && !r.keepErrorStatus:
		apiErr := newAPIError(resp, nil, c.urlForDisplay(u), r.image)
		resp.Body.Close()
		release()
		return nil, nil, apiErr
	case resp.StatusCode >= 300 && resp.StatusCode < 400 && resp.StatusCode != http.StatusNotModified:
		// No API answer redirects; following it could reach another
		// endpoint, taking it for success would hide the failure.
		rerr := &ResponseError{
			StatusCode: resp.StatusCode,
			URL:        c.urlForDisplay(u),
			Err:        fmt.Errorf("unexpected redirect to %q", resp.Header.Get("Location")),
		}
		drainClose(resp.Body)
		release()
		return nil, nil, rerr
	}
	return resp, release, nil
}

// transportError maps a failure of a request to a context error (when the
// caller's context parent is done), a timeout *ConnectionError (when the
// request's context rctx ended with a *TimeoutError) or a
// *ConnectionError saying what happened.
func (c *Client) transportError(parent, rctx context.Context, err error) error {
	if perr := parent.Err(); perr != nil {
		return perr
	}
	var te *TimeoutError
	if errors.As(context.Cause(rctx), &te) {
		return &ConnectionError{Host: c.host, Err: te}
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	cause := classify(err)
	if cause == ErrTLS {
		err = c.tlsHint(err)
	}
	return &ConnectionError{Host: c.host, Cause: cause, Err: err}
}

// tlsHint adds what a daemon's refusal of the handshake most likely means
// when the client has no certificate to show.
func (c *Client) tlsHint(err error) error {
	cfg := c.transport.TLSClientConfig
	if cfg == nil || len(cfg.Certificates) > 0 || cfg.GetClientCertificate != nil {
		return err
	}
	// The daemon's alert (an unexported type of crypto/tls) shows in the
	// message only.
	if msg := err.Error(); strings.Contains(msg, "remote error: tls: bad certificate") || strings.Contains(msg, "remote error: tls: certificate required") {
		return fmt.Errorf("%w (the daemon wants a client certificate and none is configured)", err)
	}
	return err
}

// classify returns what a transport error means: one of the causes of a
// *ConnectionError, or nil.
func classify(err error) error {
	var (
		recordErr tls.RecordHeaderError
		verifyErr *tls.CertificateVerificationError
		alertErr  tls.AlertError
		unknownCA x509.UnknownAuthorityError
		hostErr   x509.HostnameError
		invalid   x509.CertificateInvalidError
	)
	var sshErr *SSHError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &sshErr) && sshErr.auth():
		return ErrSSHAuth
	case errors.As(err, &sshErr):
		return ErrSSH
	case errors.Is(err, ErrHeaderTooLarge), strings.Contains(err.Error(), "server response headers exceeded"):
		return ErrHeaderTooLarge
	case errors.Is(err, fs.ErrNotExist):
		return ErrNoSuchSocket
	case errors.Is(err, fs.ErrPermission):
		return ErrPermissionDenied
	case errors.Is(err, syscall.ECONNREFUSED):
		return ErrConnectionRefused
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE), errors.Is(err, syscall.ECONNABORTED):
		return ErrConnectionReset
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return ErrClosedEarly
	case errors.Is(err, net.ErrClosed):
		// The transport closed the connection after the daemon did
		// (closing it ourselves goes through a context, handled before).
		return ErrClosedEarly
	case errors.As(err, &recordErr), errors.As(err, &verifyErr), errors.As(err, &alertErr),
		errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &invalid),
		strings.Contains(err.Error(), "tls: "), strings.Contains(err.Error(), "server gave HTTP response to HTTPS client"):
		return ErrTLS
	}
	return nil
}

// urlForDisplay returns u as docker-py shows it (BaseURL, path, query).
func (c *Client) urlForDisplay(u *url.URL) string {
	s := c.baseURL + strings.TrimPrefix(u.EscapedPath(), (&url.URL{Path: c.basePath}).EscapedPath())
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	return s
}

// call sends a non-stream request and returns the whole body (at most
// the client's MaxResponseBytes). Errors carry the "engine: <op>: " prefix.
func (c *Client) call(ctx context.Context, r *request) ([]byte, *http.Response, error) {
	resp, cancel, err := c.exec(ctx, r, false)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	defer cancel()
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNoContent || resp.StatusCode == http.StatusNotModified || r.method == http.MethodHead {
		return nil, resp, nil
	}
	tooLargeErr := func() error {
		return wrapOp(r.op, &ResponseError{StatusCode: resp.StatusCode, URL: c.urlForDisplay(resp.Request.URL), Err: tooLarge(c.maxBody)})
	}
	if resp.ContentLength > c.maxBody {
		return nil, nil, tooLargeErr()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBody+1))
	if err != nil {
		return nil, nil, wrapOp(r.op, c.transportError(ctx, ctxOf(resp), err))
	}
	if int64(len(body)) > c.maxBody {
		return nil, nil, tooLargeErr()
	}
	return body, resp, nil
}

// ctxOf returns the context of the request that produced resp.
func ctxOf(resp *http.Response) context.Context {
	if resp.Request != nil {
		return resp.Request.Context()
	}
	return context.Background()
}

// timeoutFor returns the timeout that applies to r (0: none).
func (c *Client) timeoutFor(r *request) time.Duration {
	if r.noTimeout || c.timeout < 0 {
		return 0
	}
	return c.timeout + r.extraTimeout
}

// callJSON sends a non-stream request and returns its body, which must be
// valid JSON.
func (c *Client) callJSON(ctx context.Context, r *request) (json.RawMessage, error) {
	body, resp, err := c.call(ctx, r)
	if err != nil {
		return nil, err
	}
	if !json.Valid(body) {
		return nil, wrapOp(r.op, &ResponseError{
			StatusCode: resp.StatusCode,
			URL:        c.urlForDisplay(resp.Request.URL),
			Err:        fmt.Errorf("invalid JSON: %s", snippet(body)),
		})
	}
	return json.RawMessage(bytes.TrimSpace(body)), nil
}

// callNoBody sends a non-stream request whose answer body is ignored.
func (c *Client) callNoBody(ctx context.Context, r *request) error {
	_, _, err := c.call(ctx, r)
	return err
}

// callStream sends a stream request and returns its body; closing it
// releases the connection and cancels the request. The client timeout
// bounds the wait for the answer's header (and the whole body with
// r.boundedBody); then only ctx applies. A stream cut short gives a
// *StreamError, its clean end io.EOF.
func (c *Client) callStream(ctx context.Context, r *request) (io.ReadCloser, *http.Response, error) {
	resp, cancel, err := c.exec(ctx, r, true)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	return &streamBody{rc: resp.Body, cancel: cancel, parent: ctx, ctx: ctxOf(resp), op: r.op, host: c.host, maxMsg: c.maxBody}, resp, nil
}

// streamBody is the body of a stream answer.
type streamBody struct {
	rc     io.ReadCloser
	cancel context.CancelFunc
	parent context.Context // the caller's
	ctx    context.Context // the request's
	op     string
	host   string
	maxMsg int64 // bound on one JSON message read from the stream
	closed atomic.Bool
	once   sync.Once
	err    error
}

// Read reads from the stream; a stream cut short gives a *StreamError, a
// clean end io.EOF, a canceled context its error.
func (s *streamBody) Read(p []byte) (int, error) {
	n, err := s.rc.Read(p)
	if err != nil && err != io.EOF {
		err = s.readErr(err)
	}
	return n, err
}

// readErr maps an error reading the stream.
func (s *streamBody) readErr(err error) error {
	if s.closed.Load() {
		return wrapOp(s.op, fmt.Errorf("reading stream: %w", err))
	}
	if perr := s.parent.Err(); perr != nil {
		return wrapOp(s.op, fmt.Errorf("reading stream: %w", perr))
	}
	var te *TimeoutError
	if errors.As(context.Cause(s.ctx), &te) {
		return &StreamError{Op: s.op, Host: s.host, Err: te}
	}
	return &StreamError{Op: s.op, Host: s.host, Err: causeErr(err)}
}

// origin names the stream's operation and daemon.
func (s *streamBody) origin() (op, host string) { return s.op, s.host }

// maxMessage bounds one JSON message of the stream.
func (s *streamBody) maxMessage() int64 { return s.maxMsg }

// Close releases the connection.
func (s *streamBody) Close() error {
	s.once.Do(func() {
		s.closed.Store(true)
		s.cancel()
		s.err = s.rc.Close()
	})
	return s.err
}

// causeErr returns err prefixed with its classified cause, if any.
func causeErr(err error) error {
	if cause := classify(err); cause != nil && !errors.Is(err, cause) {
		return fmt.Errorf("%w: %w", cause, err)
	}
	return err
}

// drainClose discards a (small) remaining body and closes it so that the
// connection can be reused.
func drainClose(rc io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(rc, 64<<10))
	rc.Close()
}

// jsonBody encodes v as a request body: json.RawMessage and []byte are sent
// as they are, nil as "{}".
func jsonBody(v any) (io.Reader, error) {
	switch b := v.(type) {
	case nil:
		return bytes.NewReader([]byte("{}")), nil
	case json.RawMessage:
		return bytes.NewReader(b), nil
	case []byte:
		return bytes.NewReader(b), nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(data), nil
}

// snippet returns the start of b for error messages.
func snippet(b []byte) string {
	const max = 120
	if len(b) == 0 {
		return "(empty body)"
	}
	if len(b) > max {
		return strconv.Quote(string(b[:max])) + "..."
	}
	return strconv.Quote(string(b))
}

// boolParam sets q[key] = "1" when v is true.
func boolParam(q url.Values, key string, v bool) {
	if v {
		q.Set(key, "1")
	}
}

// strParam sets q[key] = v when v is not empty.
func strParam(q url.Values, key, v string) {
	if v != "" {
		q.Set(key, v)
	}
}
