package bindings

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/dscript/dscript/engine"
)

// ErrorClass is one of docker-py's exception classes.
type ErrorClass struct {
	Name   string
	Parent *ErrorClass
	Doc    string
}

// IsA reports whether c is cls or a subclass of it.
func (c *ErrorClass) IsA(cls *ErrorClass) bool {
	for x := c; x != nil; x = x.Parent {
		if x == cls {
			return true
		}
	}
	return false
}

func newErrorClass(name string, parent *ErrorClass, doc string) *ErrorClass {
	c := &ErrorClass{Name: name, Parent: parent, Doc: doc}
	ErrorClasses = append(ErrorClasses, c)
	return c
}

// ErrorClasses lists every exception class, parents before children.
var ErrorClasses []*ErrorClass

// The docker-py exception hierarchy.
var (
	DockerException         = newErrorClass("DockerException", nil, "Base class of every dscript error.")
	APIError                = newErrorClass("APIError", DockerException, "An error answer of the Docker daemon.")
	NotFound                = newErrorClass("NotFound", APIError, "The daemon answered 404 Not Found.")
	ImageNotFound           = newErrorClass("ImageNotFound", NotFound, "The image does not exist.")
	InvalidVersion          = newErrorClass("InvalidVersion", DockerException, "The operation needs a newer API version.")
	InvalidRepository       = newErrorClass("InvalidRepository", DockerException, "A repository name is not valid.")
	InvalidConfigFile       = newErrorClass("InvalidConfigFile", DockerException, "A configuration file cannot be read.")
	InvalidArgument         = newErrorClass("InvalidArgument", DockerException, "An argument is unknown, missing or of the wrong type.")
	DeprecatedMethod        = newErrorClass("DeprecatedMethod", DockerException, "The method is no longer supported.")
	TLSParameterError       = newErrorClass("TLSParameterError", DockerException, "TLS settings are not valid.")
	NullResource            = newErrorClass("NullResource", DockerException, "A resource ID was empty.")
	ContainerError          = newErrorClass("ContainerError", DockerException, "A container exited with a non-zero status.")
	StreamParseError        = newErrorClass("StreamParseError", DockerException, "A stream from the daemon could not be parsed.")
	BuildError              = newErrorClass("BuildError", DockerException, "An image build failed.")
	ImageLoadError          = newErrorClass("ImageLoadError", DockerException, "An image could not be loaded.")
	ContextException        = newErrorClass("ContextException", DockerException, "A Docker context problem.")
	ContextAlreadyExists    = newErrorClass("ContextAlreadyExists", ContextException, "The context exists already.")
	ContextNotFound         = newErrorClass("ContextNotFound", ContextException, "The context does not exist.")
	MissingContextParameter = newErrorClass("MissingContextParameter", ContextException, "A context parameter is missing.")
	ConnectionError         = newErrorClass("ConnectionError", DockerException, "The daemon could not be reached, broke the connection or did not answer in time.")
	StreamError             = newErrorClass("StreamError", ConnectionError, "A stream from the daemon was cut short (broken connection, daemon gone, truncated frame).")
)

// ErrorClassByName finds a class by its docker-py name.
func ErrorClassByName(name string) *ErrorClass {
	for _, c := range ErrorClasses {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Error is an exception raised to a script.
type Error struct {
	Class   *ErrorClass
	Message string
	// StatusCode and Explanation are set for APIError and subclasses.
	StatusCode  int
	Explanation string
	// Fields holds class-specific attributes (ContainerError's container,
	// exit_status, command, image, stderr; BuildError's msg, build_log).
	Fields map[string]any
	cause  error
}

func (e *Error) Error() string { return e.Message }

// Unwrap returns the Go error this exception was made from, if any.
func (e *Error) Unwrap() error { return e.cause }

// IsClientError reports a 4xx status.
func (e *Error) IsClientError() bool { return e.StatusCode >= 400 && e.StatusCode < 500 }

// IsServerError reports a 5xx status.
func (e *Error) IsServerError() bool { return e.StatusCode >= 500 && e.StatusCode < 600 }

// Attr returns an attribute of the exception by its docker-py name.
func (e *Error) Attr(name string) (any, bool) {
	switch name {
	case "message":
		return e.Message, true
	case "class":
		return e.Class.Name, true
	case "status_code":
		if e.Class.IsA(APIError) {
			return int64(e.StatusCode), true
		}
		return nil, true
	case "explanation":
		if e.Class.IsA(APIError) {
			return e.Explanation, true
		}
		return nil, true
	}
	v, ok := e.Fields[name]
	return v, ok
}

// AttrNames lists the attribute names of the exception (for completion).
func (e *Error) AttrNames() []string {
	names := []string{"message", "class"}
	if e.Class.IsA(APIError) {
		names = append(names, "status_code", "explanation")
	}
	for k := range e.Fields {
		names = append(names, k)
	}
	return names
}

// Errorf makes an exception of a class.
func Errorf(cls *ErrorClass, format string, args ...any) *Error {
	return &Error{Class: cls, Message: fmt.Sprintf(format, args...)}
}

// ArgError makes an InvalidArgument exception naming the method.
func ArgError(method, format string, args ...any) *Error {
	return &Error{Class: InvalidArgument, Message: clipMessage(method + ": " + fmt.Sprintf(format, args...))}
}

// invokeFor calls callee on behalf of the method c is in, with the same
// parameters: an argument error names the method the script called, not
// callee.
func invokeFor(c *Call, callee *Method, self Object, args []any) (any, error) {
	v, err := callee.Invoke(c, self, args)
	var e *Error
	if err == nil || c.Name() == "" || !errors.As(err, &e) || e.Class != InvalidArgument {
		return v, err
	}
	if rest, ok := strings.CutPrefix(e.Message, callee.FullName()+"(): "); ok {
		relabeled := *e
		relabeled.Message = c.Name() + ": " + rest
		return v, &relabeled
	}
	return v, err
}

// maxMessage bounds an argument error's message: one that repeats a huge
// refused value keeps its start (method, argument, reason) and its end.
const maxMessage = 512

func clipMessage(m string) string {
	if len(m) <= maxMessage {
		return m
	}
	head, tail := m[:maxMessage/2], m[len(m)-maxMessage/4:]
	return strings.ToValidUTF8(head, "") + fmt.Sprintf("... (%d bytes cut) ...", len(m)-len(head)-len(tail)) + strings.ToValidUTF8(tail, "")
}

// ErrCanceled is returned when the runtime's context ends; adapters turn it
// into an error that scripts cannot catch.
var ErrCanceled = errors.New("script canceled")

// Convert maps any Go error to the exception a script sees. Errors that are
// already exceptions pass through; engine errors become docker-py classes.
func Convert(err error) error {
	if err == nil {
		return nil
	}
	var ex *Error
	if errors.As(err, &ex) {
		return ex
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%w: %w", ErrCanceled, err)
	}
	var api *engine.APIError
	if errors.As(err, &api) {
		cls := APIError
		switch {
		case api.StatusCode == http.StatusNotFound && api.Image:
			cls = ImageNotFound
		case api.StatusCode == http.StatusNotFound:
			cls = NotFound
		}
		return &Error{Class: cls, Message: api.Error(), StatusCode: api.StatusCode, Explanation: api.Message, cause: err}
	}
	var idErr *engine.IdentifierError
	if errors.As(err, &idErr) {
		cls := NotFound
		if idErr.Image {
			cls = ImageNotFound
		}
		return &Error{Class: cls, Message: err.Error(), StatusCode: http.StatusNotFound, Explanation: idErr.Error(), cause: err}
	}
	var serr *engine.StreamError
	if errors.As(err, &serr) {
		return &Error{Class: StreamError, Message: err.Error(), cause: err}
	}
	var cerr *engine.ConnectionError
	if errors.As(err, &cerr) {
		return &Error{Class: ConnectionError, Message: err.Error(), cause: err}
	}
	var cnf *engine.ContextNotFoundError
	if errors.As(err, &cnf) {
		return &Error{Class: ContextNotFound, Message: cnf.Error(), cause: err}
	}
	var iv *engine.InvalidVersionError
	if errors.As(err, &iv) {
		return &Error{Class: InvalidVersion, Message: iv.Error(), cause: err}
	}
	return &Error{Class: DockerException, Message: err.Error(), cause: err}
}
