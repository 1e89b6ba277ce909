package js

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/dscript/dscript/bindings"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorHierarchy(t *testing.T) {
	tr := newRuntime(t, nil)
	for _, cls := range bindings.ErrorClasses {
		t.Run(cls.Name, func(t *testing.T) {
			e := "new docker.errors." + cls.Name + "('boom')"
			exprs := []string{
				e + " instanceof Error",
				fmt.Sprintf("%s.name === %q", e, cls.Name),
				e + ".message === 'boom'",
				"typeof " + e + ".stack === 'string'",
				fmt.Sprintf("String(%s) === %q", e, cls.Name+": boom"),
				fmt.Sprintf("docker.errors.%s.name === %q", cls.Name, cls.Name),
			}
			for p := cls; p != nil; p = p.Parent {
				exprs = append(exprs, e+" instanceof docker.errors."+p.Name)
			}
			tr.truth(t, exprs...)
		})
	}
	tr.truth(t,
		"!(new docker.errors.APIError('x') instanceof docker.errors.NotFound)",
		"!(new docker.errors.ContainerError('x') instanceof docker.errors.APIError)",
		"new docker.errors.NotFound() .message === ''",
	)
}

func TestErrorFields(t *testing.T) {
	tr := newRuntime(t, nil)
	tr.set(t, "api", &bindings.Error{Class: bindings.NotFound, Message: "404 Client Error: Not Found (\"No such container: nope\")",
		StatusCode: 404, Explanation: "No such container: nope"})
	tr.set(t, "srv", &bindings.Error{Class: bindings.APIError, Message: "500 Server Error", StatusCode: 500, Explanation: "boom"})
	tr.set(t, "ce", &bindings.Error{Class: bindings.ContainerError, Message: "exit 3", Fields: map[string]any{
		"container": &thing{name: "c"}, "exit_status": int64(3), "command": "false", "image": "busybox", "stderr": "oops",
	}})
	tr.truth(t,
		"api instanceof docker.errors.NotFound && api instanceof docker.errors.APIError && api instanceof Error",
		"api.name === 'NotFound'",
		"api.status_code === 404 && api.statusCode === 404",
		"api.explanation === 'No such container: nope'",
		"api.is_client_error() && api.isClientError() && !api.is_server_error() && !api.isServerError()",
		"srv.is_server_error() && srv.isServerError() && !srv.is_client_error()",
		"typeof api.stack === 'string'",
		"ce.status_code === null && ce.statusCode === null",
		"ce.exit_status === 3 && ce.exitStatus === 3",
		"ce.command === 'false' && ce.image === 'busybox' && ce.stderr === 'oops'",
		"String(ce.container) === '<TestThing: c>'",
		"!ce.is_client_error()",
		// script-made errors get the same members
		"new docker.errors.APIError('x', {status_code: 409}).isClientError()",
		"new docker.errors.APIError('x', {status_code: 409}).statusCode === 409",
	)
}

func TestErrorThrownFromGo(t *testing.T) {
	tr := newRuntime(t, nil)
	tr.set(t, "t", &thing{name: "t"})
	require.NoError(t, tr.RunString(context.Background(), "catch.js", `
		let caught;
		try { t.fail() } catch (e) { caught = e }
		if (!(caught instanceof docker.errors.NotFound)) throw new Error("not NotFound: " + caught);
		if (caught.name !== "NotFound" || caught.message !== "the thing is gone") throw new Error("bad fields");
		if (!caught.stack.includes("catch.js")) throw new Error("stack without the script: " + caught.stack);
	`))

	// uncaught: a ScriptError holding the very Go exception
	err := tr.RunString(context.Background(), "uncaught.js", "\n\nt.fail()")
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "NotFound", se.Class)
	assert.Equal(t, "the thing is gone", se.Message)
	assert.Same(t, errGone, se.Err)
	assert.Contains(t, se.Traceback, "uncaught.js:3")
	assert.True(t, errors.Is(err, errGone))

	// rethrown by the script: still the Go exception
	err = tr.RunString(context.Background(), "rethrow.js", "try { t.fail() } catch (e) { throw e }")
	require.ErrorAs(t, err, &se)
	assert.Same(t, errGone, se.Err)
}

func TestScriptErrors(t *testing.T) {
	tests := []struct {
		name, src    string
		class, msg   string
		wantErrClass *bindings.ErrorClass
	}{
		{"TypeError", "null.x", "TypeError", "", nil},
		{"Error", "throw new Error('plain')", "Error", "plain", nil},
		{"string", "throw 'just text'", "Error", "just text", nil},
		{"docker class made by the script", "throw new docker.errors.ImageNotFound('img')", "ImageNotFound", "img", bindings.ImageNotFound},
		{"subclass made by the script", "class Mine extends docker.errors.NotFound {}; throw new Mine('m')", "NotFound", "m", bindings.NotFound},
		{"SyntaxError", "let = ;", "SyntaxError", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := newRuntime(t, nil)
			err := tr.RunString(context.Background(), "s.js", tc.src)
			var se *bindings.ScriptError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.class, se.Class)
			if tc.msg != "" {
				assert.Equal(t, tc.msg, se.Message)
			}
			if tc.wantErrClass != nil {
				require.NotNil(t, se.Err)
				assert.Equal(t, tc.wantErrClass, se.Err.Class)
			} else {
				assert.Nil(t, se.Err)
			}
		})
	}
}
