package bindings

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dscript/dscript/engine"
)

func TestConvertEngineFaults(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want *ErrorClass
	}{
		{"connection", &engine.ConnectionError{Host: "unix:///x.sock", Cause: engine.ErrNoSuchSocket, Err: errors.New("dial")}, ConnectionError},
		{"timeout", &engine.ConnectionError{Host: "unix:///x.sock", Err: &engine.TimeoutError{}}, ConnectionError},
		{"broken stream", &engine.StreamError{Op: "ContainerLogs", Host: "unix:///x.sock", Err: engine.ErrClosedEarly}, StreamError},
		{"identifier", &engine.IdentifierError{Path: "/containers/../json"}, NotFound},
		{"image identifier", &engine.IdentifierError{Path: "/images/../json", Image: true}, ImageNotFound},
		{"api", &engine.APIError{StatusCode: 404}, NotFound},
	}
	for _, tt := range tests {
		var e *Error
		assert.ErrorAs(t, Convert(tt.err), &e, tt.name)
		assert.Equal(t, tt.want, e.Class, tt.name)
		assert.True(t, e.Class.IsA(DockerException), tt.name)
	}
	assert.True(t, StreamError.IsA(ConnectionError))
}
