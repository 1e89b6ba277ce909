package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// request describes one call of the Engine API.
type request struct {
	op     string // operation name for error context, e.g. "ContainerCreate"
	method string
	path   string // without the version prefix, e.g. "/containers/json"
	query  url.Values
	body   io.Reader
	header http.Header

	extraTimeout    time.Duration // added to the client timeout (ContainerStop)
	noTimeout       bool          // only ctx bounds the call (ContainerWait)
	image           bool          // a 404 is about an image
	unversioned     bool          // no "/v<version>" prefix
	keepErrorStatus bool          // return responses >= 400 instead of *APIError
}

// exec sends r and returns the response, whose body the caller must close,
// and a cancel function the caller must call once done with the body. For
// stream requests (stream=true) no timeout applies. Errors are unwrapped:
// *APIError, *ConnectionError or a context error.
func (c *Client) exec(ctx context.Context, r *request, stream bool) (*http.Response, context.CancelFunc, error) {
	path := r.path
	if !r.unversioned {
		v, err := c.apiVersion(ctx)
		if err != nil {
			return nil, nil, err
		}
		path = "/v" + v + path
	}
	u := &url.URL{Scheme: c.scheme, Host: c.urlHost, Path: c.basePath + path}
	if len(r.query) > 0 {
		u.RawQuery = r.query.Encode()
	}

	parent := ctx
	var cancel context.CancelFunc
	timeout := time.Duration(0)
	switch {
	case stream || r.noTimeout || c.timeout < 0:
		ctx, cancel = context.WithCancel(ctx)
	default:
		timeout = c.timeout + r.extraTimeout
		ctx, cancel = context.WithTimeout(ctx, timeout)
	}

	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), r.body)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	req.Header.Set("User-Agent", c.userAgent)
	if r.body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}

	resp, err := c.http.Do(req)
	if err != nil {
		// classify before cancel, which would make every failure look
		// like the request's timeout
		err = c.transportError(parent, ctx, timeout, err)
		cancel()
		return nil, nil, err
	}
	if resp.StatusCode >= 400 && !r.keepErrorStatus {
		apiErr := newAPIError(resp, nil, c.urlForDisplay(u), r.image)
		resp.Body.Close()
		cancel()
		return nil, nil, apiErr
	}
	return resp, cancel, nil
}

// transportError maps a failure of a request to a context error (when the
// caller's context is done), a timeout *ConnectionError or a
// *ConnectionError.
func (c *Client) transportError(parent, ctx context.Context, timeout time.Duration, err error) error {
	if perr := parent.Err(); perr != nil {
		return perr
	}
	if timeout > 0 && ctx.Err() != nil {
		return &ConnectionError{Host: c.host, Err: &TimeoutError{After: timeout}}
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return &ConnectionError{Host: c.host, Err: err}
}

// urlForDisplay returns u as docker-py shows it (BaseURL, path, query).
func (c *Client) urlForDisplay(u *url.URL) string {
	s := c.baseURL + strings.TrimPrefix(u.EscapedPath(), (&url.URL{Path: c.basePath}).EscapedPath())
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	return s
}

// call sends a non-stream request and returns the whole body. Errors carry
// the "engine: <op>: " prefix.
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
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, nil, wrapOp(r.op, c.transportError(ctx, ctxOf(resp), c.timeoutFor(r), err))
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

// timeoutFor returns the timeout that applies to a non-stream request r.
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

// callStream sends a request without timeout and returns its body; closing
// it releases the connection and cancels the request.
func (c *Client) callStream(ctx context.Context, r *request) (io.ReadCloser, *http.Response, error) {
	resp, cancel, err := c.exec(ctx, r, true)
	if err != nil {
		return nil, nil, wrapOp(r.op, err)
	}
	return &streamBody{rc: resp.Body, cancel: cancel, ctx: ctxOf(resp), op: r.op}, resp, nil
}

// streamBody is the body of a stream answer.
type streamBody struct {
	rc     io.ReadCloser
	cancel context.CancelFunc
	ctx    context.Context
	op     string
	once   sync.Once
	err    error
}

// Read reads from the stream; a broken stream gives an error naming the
// operation, a clean end io.EOF.
func (s *streamBody) Read(p []byte) (int, error) {
	n, err := s.rc.Read(p)
	if err != nil && err != io.EOF {
		if cerr := s.ctx.Err(); cerr != nil {
			err = cerr
		}
		err = wrapOp(s.op, fmt.Errorf("reading stream: %w", err))
	}
	return n, err
}

// Close releases the connection.
func (s *streamBody) Close() error {
	s.once.Do(func() {
		s.cancel()
		s.err = s.rc.Close()
	})
	return s.err
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
