package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Sentinel errors matched by (*APIError).Is, for use with errors.Is.
var (
	// ErrNotFound matches any 404 answer.
	ErrNotFound = errors.New("engine: not found")
	// ErrImageNotFound matches a 404 answer about an image.
	ErrImageNotFound = errors.New("engine: image not found")
	// ErrConflict matches a 409 answer.
	ErrConflict = errors.New("engine: conflict")
)

// APIError is an answer of the daemon with status code >= 400.
type APIError struct {
	// StatusCode is the HTTP status code, e.g. 404.
	StatusCode int
	// Message is the daemon's message, e.g. "No such container: nope".
	Message string
	// Method is the HTTP method of the request.
	Method string
	// URL is the full request URL as docker-py shows it, e.g.
	// "http+docker://localhost/v1.41/containers/nope/json" (with the
	// query, if any).
	URL string
	// Image is true when a 404 is about an image (image operations, and
	// ContainerCreate when the message starts with "No such image").
	Image bool
}

// Error formats the error as docker-py does:
// `404 Client Error for http+docker://localhost/v1.41/containers/nope/json: Not Found ("No such container: nope")`.
func (e *APIError) Error() string {
	kind := "Client"
	if e.StatusCode >= 500 {
		kind = "Server"
	}
	reason := http.StatusText(e.StatusCode)
	if reason == "" {
		reason = "Unknown"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s Error for %s: %s", e.StatusCode, kind, e.URL, reason)
	if e.Message != "" {
		fmt.Fprintf(&b, " (\"%s\")", e.Message)
	}
	return b.String()
}

// Is reports whether e matches one of the sentinels ErrNotFound (404),
// ErrImageNotFound (404 about an image) and ErrConflict (409).
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrImageNotFound:
		return e.StatusCode == http.StatusNotFound && e.Image
	case ErrConflict:
		return e.StatusCode == http.StatusConflict
	}
	return false
}

// maxErrorBody bounds how much of an error answer is read.
const maxErrorBody = 1 << 20

// newAPIError builds an *APIError from resp; body is the answer's body if
// already read, else it is read from resp.Body (bounded).
func newAPIError(resp *http.Response, body []byte, displayURL string, image bool) *APIError {
	if body == nil && resp.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	}
	method := ""
	if resp.Request != nil {
		method = resp.Request.Method
	}
	msg := errorMessage(body)
	e := &APIError{
		StatusCode: resp.StatusCode,
		Message:    msg,
		Method:     method,
		URL:        displayURL,
		Image:      resp.StatusCode == http.StatusNotFound && (image || imageMessage(msg)),
	}
	return e
}

// imageMessage reports whether a 404 message is about a missing image, with
// the tests docker-py applies.
func imageMessage(msg string) bool {
	return strings.Contains(msg, "No such image") ||
		strings.Contains(msg, "not found: does not exist or no pull access") ||
		strings.Contains(msg, "repository does not exist")
}

// errorMessage extracts the daemon's message from an error body: the
// "message" of a JSON object, else the trimmed text.
func errorMessage(body []byte) string {
	trimmed := strings.TrimSpace(string(body))
	if strings.HasPrefix(trimmed, "{") {
		var m struct {
			Message *string `json:"message"`
		}
		if err := json.Unmarshal(body, &m); err == nil && m.Message != nil {
			return strings.TrimSpace(*m.Message)
		}
	}
	return trimmed
}

// Causes of a *ConnectionError, matched with errors.Is: they say what
// happened to the connection.
var (
	// ErrNoSuchSocket: the daemon's unix socket does not exist.
	ErrNoSuchSocket = errors.New("no such socket")
	// ErrPermissionDenied: the daemon's socket may not be opened.
	ErrPermissionDenied = errors.New("permission denied")
	// ErrConnectionRefused: nothing listens at the daemon's address.
	ErrConnectionRefused = errors.New("connection refused")
	// ErrConnectionReset: the daemon reset the connection.
	ErrConnectionReset = errors.New("connection reset by the daemon")
	// ErrClosedEarly: the daemon closed the connection before its whole
	// answer (an end of file where the answer or its body should be).
	ErrClosedEarly = errors.New("connection closed by the daemon before its whole answer")
	// ErrHeaderTooLarge: the answer's header exceeds MaxHeaderBytes.
	ErrHeaderTooLarge = errors.New("answer header larger than MaxHeaderBytes (1 MiB)")
	// ErrTLS: the TLS handshake failed (certificate, protocol).
	ErrTLS = errors.New("TLS failure")
	// ErrSSHAuth: the ssh client could not authenticate (or did not
	// trust the host's key).
	ErrSSHAuth = errors.New("ssh authentication failed")
	// ErrSSH: the ssh client failed otherwise (connection, remote
	// command): Err is an *SSHError with ssh's message.
	ErrSSH = errors.New("ssh failure")
)

// ConnectionError reports that the daemon could not be reached, broke the
// connection before its answer, or did not answer in time.
type ConnectionError struct {
	// Host is the daemon address, as Client.Host returns it.
	Host string
	// Cause says what happened: one of ErrNoSuchSocket,
	// ErrPermissionDenied, ErrConnectionRefused, ErrConnectionReset,
	// ErrClosedEarly, ErrHeaderTooLarge, ErrTLS, ErrSSHAuth and ErrSSH, or nil (a timeout: Err
	// is then a *TimeoutError; or an unclassified failure). errors.Is
	// matches it.
	Cause error
	// Err is the underlying error.
	Err error
}

// Error returns "cannot connect to the Docker daemon at <host>: <cause>: <err>"
// (without the cause when there is none).
func (e *ConnectionError) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("cannot connect to the Docker daemon at %s: %v: %v", e.Host, e.Cause, e.Err)
	}
	return fmt.Sprintf("cannot connect to the Docker daemon at %s: %v", e.Host, e.Err)
}

// Unwrap returns the underlying error.
func (e *ConnectionError) Unwrap() error { return e.Err }

// Is reports whether target is the Cause of e.
func (e *ConnectionError) Is(target error) bool { return e.Cause != nil && target == e.Cause }

// Timeout reports whether the error is a timeout.
func (e *ConnectionError) Timeout() bool {
	var t interface{ Timeout() bool }
	return errors.As(e.Err, &t) && t.Timeout()
}

// ErrStreamBroken matches a *StreamError with errors.Is.
var ErrStreamBroken = errors.New("stream broken")

// StreamError reports a stream (logs, attach, exec, stats, archives,
// progress messages) cut short: the connection broke, a frame is
// truncated, or the daemon went away. A clean end of a stream is io.EOF,
// never a StreamError.
type StreamError struct {
	// Op is the operation, e.g. "ContainerLogs".
	Op string
	// Host is the daemon address.
	Host string
	// Err says what broke.
	Err error
}

// Error returns "engine: <op>: stream from the Docker daemon at <host>
// broken: <err>".
func (e *StreamError) Error() string {
	var b strings.Builder
	b.WriteString("engine: ")
	if e.Op != "" {
		b.WriteString(e.Op + ": ")
	}
	b.WriteString("stream")
	if e.Host != "" {
		b.WriteString(" from the Docker daemon at " + e.Host)
	}
	b.WriteString(" broken: ")
	b.WriteString(strings.TrimPrefix(fmt.Sprint(e.Err), "engine: "))
	return b.String()
}

// Unwrap returns the underlying error.
func (e *StreamError) Unwrap() error { return e.Err }

// Is reports whether target is ErrStreamBroken.
func (e *StreamError) Is(target error) bool { return target == ErrStreamBroken }

// ErrResponseTooLarge matches the error of an answer (or of a progress
// message) larger than the client's limit (Options.MaxResponseBytes).
var ErrResponseTooLarge = errors.New("answer too large")

// tooLarge returns the error of an answer larger than limit.
func tooLarge(limit int64) error {
	return fmt.Errorf("%w: more than %d bytes (Options.MaxResponseBytes)", ErrResponseTooLarge, limit)
}

// IdentifierError reports an identifier that cannot name an object: put in
// the request path, it would leave its place (a "." or ".." segment, or an
// empty one), so the request is not sent. It matches ErrNotFound (and
// ErrImageNotFound for image operations) with errors.Is: no object has
// such a name.
type IdentifierError struct {
	// Path is the request path, e.g. "/containers/../../images/json/json".
	Path string
	// Image is true for image operations.
	Image bool
}

// Error describes the path.
func (e *IdentifierError) Error() string {
	return fmt.Sprintf("not found: invalid identifier in request path %q (empty, \".\" or \"..\" segment)", e.Path)
}

// Is reports whether target is ErrNotFound, or ErrImageNotFound for image
// operations.
func (e *IdentifierError) Is(target error) bool {
	return target == ErrNotFound || (e.Image && target == ErrImageNotFound)
}

// TimeoutError is the Err of a ConnectionError when a request exceeded the
// client's timeout. It matches context.DeadlineExceeded with errors.Is.
type TimeoutError struct {
	// After is the timeout that elapsed.
	After time.Duration
}

// Error returns "timed out after <d>".
func (e *TimeoutError) Error() string { return "timed out after " + e.After.String() }

// Timeout reports true.
func (e *TimeoutError) Timeout() bool { return true }

// Unwrap returns context.DeadlineExceeded.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// InvalidVersionError reports an operation that the API version in use does
// not support.
type InvalidVersionError struct {
	Operation string // e.g. "ContainerCreate (platform)"
	Required  string // minimum API version, e.g. "1.41"
	Current   string // version in use
}

// Error returns "<op> requires API version >= <req>, but the negotiated
// version is <cur>".
func (e *InvalidVersionError) Error() string {
	return fmt.Sprintf("%s requires API version >= %s, but the negotiated version is %s", e.Operation, e.Required, e.Current)
}

// ResponseError reports an answer of the daemon that could not be
// understood (e.g. invalid JSON with a 2xx status).
type ResponseError struct {
	StatusCode int    // HTTP status code of the answer
	URL        string // request URL as docker-py shows it
	Err        error  // what was wrong
}

// Error describes the bad answer.
func (e *ResponseError) Error() string {
	return fmt.Sprintf("unexpected answer (status %d) for %s: %v", e.StatusCode, e.URL, e.Err)
}

// Unwrap returns the underlying error.
func (e *ResponseError) Unwrap() error { return e.Err }

// wrapOp adds the "engine: <op>: " prefix to err (nil stays nil). An
// "engine: " prefix already in err's message is not repeated, nor is the
// operation when err already names it.
func wrapOp(op string, err error) error {
	if err == nil {
		return nil
	}
	if oe, ok := err.(*opError); ok && oe.op == op {
		return err
	}
	if se, ok := err.(*StreamError); ok && se.Op == op {
		return err
	}
	return &opError{op: op, err: err}
}

// opError is an error of the operation op.
type opError struct {
	op  string
	err error
}

// Error returns "engine: <op>: <err>".
func (e *opError) Error() string {
	return "engine: " + e.op + ": " + strings.TrimPrefix(e.err.Error(), "engine: ")
}

// Unwrap returns the underlying error.
func (e *opError) Unwrap() error { return e.err }

// asAPIError returns the *APIError in err's chain.
func asAPIError(err error) (*APIError, bool) {
	var e *APIError
	ok := errors.As(err, &e)
	return e, ok
}
