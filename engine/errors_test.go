package engine

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAPIErrorFormat(t *testing.T) {
	const u = "http+docker://localhost/v1.41/containers/nope/json"
	tests := []struct {
		name string
		err  APIError
		want string
	}{
		{"404", APIError{StatusCode: 404, Message: "No such container: nope", URL: u},
			`404 Client Error for ` + u + `: Not Found ("No such container: nope")`},
		{"409", APIError{StatusCode: 409, Message: "You cannot remove a running container", URL: u},
			`409 Client Error for ` + u + `: Conflict ("You cannot remove a running container")`},
		{"500", APIError{StatusCode: 500, Message: "boom", URL: u},
			`500 Server Error for ` + u + `: Internal Server Error ("boom")`},
		{"empty message", APIError{StatusCode: 500, URL: u},
			`500 Server Error for ` + u + `: Internal Server Error`},
		{"quotes kept as docker-py", APIError{StatusCode: 500, Message: `Get "https://x/v2/": no such host`, URL: u},
			`500 Server Error for ` + u + `: Internal Server Error ("Get "https://x/v2/": no such host")`},
		{"unknown status", APIError{StatusCode: 499, Message: "m", URL: u},
			`499 Client Error for ` + u + `: Unknown ("m")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
		})
	}
}

func TestAPIErrorIs(t *testing.T) {
	tests := []struct {
		name                      string
		err                       *APIError
		notFound, image, conflict bool
	}{
		{"404", &APIError{StatusCode: 404}, true, false, false},
		{"404 image", &APIError{StatusCode: 404, Image: true}, true, true, false},
		{"409", &APIError{StatusCode: 409}, false, false, true},
		{"500", &APIError{StatusCode: 500}, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wrapped := fmt.Errorf("engine: Op: %w", tt.err)
			assert.Equal(t, tt.notFound, errors.Is(wrapped, ErrNotFound))
			assert.Equal(t, tt.image, errors.Is(wrapped, ErrImageNotFound))
			assert.Equal(t, tt.conflict, errors.Is(wrapped, ErrConflict))
			var e *APIError
			require.True(t, errors.As(wrapped, &e))
			assert.Same(t, tt.err, e)
		})
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"json", `{"message":"No such container: nope"}`, "No such container: nope"},
		{"json with newline", "{\"message\":\"x\"}\n", "x"},
		{"json without message", `{"other":1}`, `{"other":1}`},
		{"plain text", "page not found\n", "page not found"},
		{"empty", "", ""},
		{"broken json", `{"message":`, `{"message":`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, errorMessage([]byte(tt.body)))
		})
	}
}

func TestNewAPIErrorImage(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		body    string
		imageOp bool
		want    bool
	}{
		{"image op 404", 404, `{"message":"whatever"}`, true, true},
		{"image op 500", 500, `{"message":"whatever"}`, true, false},
		{"create no such image", 404, `{"message":"No such image: nope:latest"}`, false, true},
		{"pull access denied", 404, `{"message":"pull access denied for x, repository does not exist or may require 'docker login'"}`, false, true},
		{"container 404", 404, `{"message":"No such container: x"}`, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: tt.status, Body: http.NoBody,
				Request: &http.Request{Method: http.MethodGet}}
			e := newAPIError(resp, []byte(tt.body), "u", tt.imageOp)
			assert.Equal(t, tt.want, e.Image)
			assert.Equal(t, http.MethodGet, e.Method)
			assert.Equal(t, tt.status, e.StatusCode)
		})
	}
}

func TestConnectionError(t *testing.T) {
	inner := errors.New("dial unix /x.sock: connect: no such file or directory")
	e := &ConnectionError{Host: "unix:///x.sock", Err: inner}
	assert.Equal(t, "cannot connect to the Docker daemon at unix:///x.sock: dial unix /x.sock: connect: no such file or directory", e.Error())
	assert.ErrorIs(t, e, inner)
	assert.False(t, e.Timeout())

	te := &ConnectionError{Host: "tcp://h:1", Err: &TimeoutError{After: 200 * time.Millisecond}}
	assert.Equal(t, "cannot connect to the Docker daemon at tcp://h:1: timed out after 200ms", te.Error())
	assert.True(t, te.Timeout())
	assert.ErrorIs(t, te, context.DeadlineExceeded)
}

func TestInvalidVersionError(t *testing.T) {
	e := &InvalidVersionError{Operation: "ContainerCreate (platform)", Required: "1.41", Current: "1.40"}
	assert.Equal(t, "ContainerCreate (platform) requires API version >= 1.41, but the negotiated version is 1.40", e.Error())
}

func TestResponseError(t *testing.T) {
	e := &ResponseError{StatusCode: 200, URL: "http+docker://localhost/v1.41/info", Err: errors.New("invalid JSON")}
	assert.True(t, strings.Contains(e.Error(), "status 200"))
	assert.True(t, strings.Contains(e.Error(), "/v1.41/info"))
}

func TestWrapOp(t *testing.T) {
	assert.NoError(t, wrapOp("X", nil))
	base := &APIError{StatusCode: 404}
	err := wrapOp("ContainerInspect", base)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ContainerInspect: 404 Client Error"))
	e, ok := asAPIError(err)
	require.True(t, ok)
	assert.Same(t, base, e)
}

func TestWrapOpNoDoublePrefix(t *testing.T) {
	inner := errors.New("engine: decoding JSON message: bad")
	err := wrapOp("ImageImport", inner)
	assert.Equal(t, "engine: ImageImport: decoding JSON message: bad", err.Error())
	assert.ErrorIs(t, err, inner)
	assert.Equal(t, "engine: X: plain", wrapOp("X", errors.New("plain")).Error())
}

func TestWrapOpSameOperation(t *testing.T) {
	inner := wrapOp("ImageImport", errors.New("reading stream: unexpected EOF"))
	assert.Same(t, inner, wrapOp("ImageImport", inner))
	assert.Equal(t, "engine: ImageCreate: ImageImport: reading stream: unexpected EOF", wrapOp("ImageCreate", inner).Error())
}
