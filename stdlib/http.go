package stdlib

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
)

// HTTPModuleClass is the http module: small HTTP requests for health
// checks.
var HTTPModuleClass = bindings.NewModule("http", "HTTP requests for health checks and simple APIs.")

// HTTP is the http module's object.
var HTTP = networkModule("http", HTTPModuleClass)

// MaxHTTPBody is the largest response body the http module reads.
const MaxHTTPBody = 16 << 20

// waitAttemptTimeout bounds one attempt of http.wait_for.
const waitAttemptTimeout = 5 * time.Second

// HTTPOptions are the keyword parameters shared by http.get and
// http.request.
type HTTPOptions struct {
	Headers map[string]string `arg:"headers" doc:"Request headers."`
	Timeout float64           `arg:"timeout" default:"30" doc:"Seconds to wait for the whole answer (0: no limit)."`
}

// HTTPGetArgs are the parameters of http.get.
type HTTPGetArgs struct {
	URL string `arg:"url" pos:"0" req:"true" doc:"An http:// or https:// URL."`
	HTTPOptions
}

// HTTPRequestArgs are the parameters of http.request.
type HTTPRequestArgs struct {
	Method string `arg:"method" pos:"0" req:"true" doc:"The HTTP method (GET, POST, ...)."`
	URL    string `arg:"url" pos:"1" req:"true" doc:"An http:// or https:// URL."`
	Body   any    `arg:"body" kind:"str|bytes" doc:"The request body."`
	HTTPOptions
}

// HTTPWaitArgs are the parameters of http.wait_for.
type HTTPWaitArgs struct {
	URL      string            `arg:"url" pos:"0" req:"true" doc:"An http:// or https:// URL."`
	Timeout  float64           `arg:"timeout" default:"30" doc:"Seconds to keep trying before raising."`
	Interval float64           `arg:"interval" default:"0.2" doc:"Seconds between attempts."`
	Status   any               `arg:"status" default:"200" kind:"int|list" doc:"The awaited status code, or a list of them."`
	Headers  map[string]string `arg:"headers" doc:"Request headers."`
}

func init() {
	cls := HTTPModuleClass
	bindings.Func(cls, "get", "GET a URL; returns {status=int, body=str, headers=dict}.", func(c *bindings.Call, a *HTTPGetArgs) (any, error) {
		return doRequest(c, "http.get", http.MethodGet, a.URL, &a.HTTPOptions, nil)
	})
	bindings.Func(cls, "request", "Send a request; returns {status=int, body=str, headers=dict}.", func(c *bindings.Call, a *HTTPRequestArgs) (any, error) {
		method := strings.ToUpper(strings.TrimSpace(a.Method))
		if method == "" || strings.ContainsAny(method, " \t\r\n") {
			return nil, bindings.ArgError("http.request()", "argument 'method' is not an HTTP method: %q", a.Method)
		}
		var body []byte
		switch x := a.Body.(type) {
		case nil:
		case string:
			body = []byte(x)
		case bindings.Bytes:
			body = x
		default:
			return nil, bindings.ArgError("http.request()", "argument 'body' must be str or bytes, not %s", bindings.TypeName(x))
		}
		return doRequest(c, "http.request", method, a.URL, &a.HTTPOptions, body)
	})
	bindings.Func(cls, "wait_for", "Poll a URL until it answers the awaited status; returns that response, raises after timeout.", waitForHTTP)
}

// newHTTPClient returns a client whose connections the caller releases
// with CloseIdleConnections; redirects are followed as by net/http.
func newHTTPClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	return &http.Client{Transport: tr}
}

// newRequest checks the URL and builds a request bound to ctx.
func newRequest(ctx context.Context, fn, method, rawURL string, headers map[string]string, body []byte) (*http.Request, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, bindings.ArgError(fn+"()", "argument 'url' must be an http:// or https:// URL, not %q", rawURL)
	}
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), r)
	if err != nil {
		return nil, bindings.ArgError(fn+"()", "%v", err)
	}
	for k, v := range headers {
		if strings.EqualFold(k, "Host") {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	return req, nil
}

func doRequest(c *bindings.Call, fn, method, rawURL string, a *HTTPOptions, body []byte) (any, error) {
	timeout, err := duration(fn+"()", "timeout", a.Timeout)
	if err != nil {
		return nil, err
	}
	ctx := c.Context()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	req, err := newRequest(ctx, fn, method, rawURL, a.Headers, body)
	if err != nil {
		return nil, err
	}
	client := newHTTPClient()
	defer client.CloseIdleConnections()
	resp, err := send(client, req)
	if err != nil {
		if cerr := c.Context().Err(); cerr != nil {
			return nil, cerr
		}
		if timeout > 0 && isTimeout(err) {
			return nil, bindings.Errorf(bindings.DockerException, "%s: %s %s: no answer within %s", fn, method, rawURL, seconds(timeout))
		}
		return nil, bindings.Errorf(bindings.DockerException, "%s: %s %s: %v", fn, method, rawURL, err)
	}
	return resp, nil
}

// send performs the request and reads the whole answer into a response
// dict. The error, if any, is the underlying cause without the URL (the
// caller names it).
func send(client *http.Client, req *http.Request) (map[string]any, error) {
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxHTTPBody+1))
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", err)
	}
	if len(b) > MaxHTTPBody {
		return nil, fmt.Errorf("body larger than %d bytes", MaxHTTPBody)
	}
	headers := make(map[string]any, len(resp.Header))
	for k, vs := range resp.Header {
		headers[k] = strings.Join(vs, ", ")
	}
	return map[string]any{
		"status":  int64(resp.StatusCode),
		"body":    string(b),
		"headers": headers,
	}, nil
}

// statusSet converts wait_for's status argument.
func statusSet(v any) (map[int64]bool, error) {
	want := map[int64]bool{}
	if l, ok := v.([]any); ok {
		if len(l) == 0 {
			return nil, errors.New("must not be an empty list")
		}
		for _, e := range l {
			n, err := bindings.ToInt(e)
			if err != nil {
				return nil, fmt.Errorf("must be an int or a list of int, but an item is %s", bindings.TypeName(e))
			}
			want[n] = true
		}
		return want, nil
	}
	n, err := bindings.ToInt(v)
	if err != nil {
		return nil, fmt.Errorf("must be an int or a list of int, not %s", bindings.TypeName(v))
	}
	want[n] = true
	return want, nil
}

func waitForHTTP(c *bindings.Call, a *HTTPWaitArgs) (any, error) {
	const fn = "http.wait_for"
	timeout, err := duration(fn+"()", "timeout", a.Timeout)
	if err != nil {
		return nil, err
	}
	interval, err := duration(fn+"()", "interval", a.Interval)
	if err != nil {
		return nil, err
	}
	want, err := statusSet(a.Status)
	if err != nil {
		return nil, bindings.ArgError(fn+"()", "argument 'status' %v", err)
	}
	parent := c.Context()
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	// validate the URL before the first attempt: a bad URL never succeeds
	if _, err := newRequest(ctx, fn, http.MethodGet, a.URL, a.Headers, nil); err != nil {
		return nil, err
	}
	client := newHTTPClient()
	defer client.CloseIdleConnections()
	var last string
	for attempt := 1; ; attempt++ {
		actx, acancel := context.WithTimeout(ctx, waitAttemptTimeout)
		req, _ := newRequest(actx, fn, http.MethodGet, a.URL, a.Headers, nil)
		resp, err := send(client, req)
		acancel()
		switch {
		case err == nil && want[resp["status"].(int64)]:
			return resp, nil
		case err == nil:
			last = fmt.Sprintf("status %d", resp["status"])
		case cutShort(ctx): // the deadline ended this attempt: keep the last real outcome
			if last == "" {
				last = "no answer"
			}
		case isTimeout(err):
			last = "no answer within " + seconds(waitAttemptTimeout)
		default:
			last = err.Error()
		}
		if perr := parent.Err(); perr != nil {
			return nil, perr
		}
		if ctx.Err() != nil || sleepCtx(ctx, interval) != nil {
			if perr := parent.Err(); perr != nil {
				return nil, perr
			}
			return nil, bindings.Errorf(bindings.DockerException, "%s: %s did not answer %s within %s (%s); last: %s",
				fn, a.URL, statusText(want), seconds(timeout), attempts(attempt), last)
		}
	}
}

// statusText renders the awaited statuses for messages ("200", "200 or 204").
func statusText(want map[int64]bool) string {
	codes := make([]int64, 0, len(want))
	for s := range want {
		codes = append(codes, s)
	}
	slices.Sort(codes)
	parts := make([]string, len(codes))
	for i, s := range codes {
		parts[i] = strconv.FormatInt(s, 10)
	}
	return strings.Join(parts, " or ")
}
