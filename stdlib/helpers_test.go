package stdlib_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
	_ "github.com/dscript/dscript/stdlib"
)

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testEnv returns an Env whose stderr is captured and whose environment
// is vars.
func testEnv(vars map[string]string) (*bindings.Env, *syncBuffer) {
	var out, errOut syncBuffer
	return &bindings.Env{
		Stdout: &out,
		Stderr: &errOut,
		Getenv: func(k string) string { return vars[k] },
	}, &errOut
}

// invoke calls module.fn as a script would, through the method's
// description (argument checking included).
func invoke(t *testing.T, ctx context.Context, env *bindings.Env, module, fn string, args ...any) (any, error) {
	t.Helper()
	mod, ok := bindings.LookupModule(module)
	require.True(t, ok, "module %s is not registered", module)
	m, ok := mod.Class().Lookup(fn, false).(*bindings.Method)
	require.True(t, ok, "%s.%s is not a method", module, fn)
	if ctx == nil {
		ctx = context.Background()
	}
	if env == nil {
		env, _ = testEnv(nil)
	}
	return m.Invoke(&bindings.Call{Ctx: ctx, Env: env}, mod, args)
}

// mustInvoke is invoke that fails the test on error.
func mustInvoke(t *testing.T, module, fn string, args ...any) any {
	t.Helper()
	v, err := invoke(t, nil, nil, module, fn, args...)
	require.NoError(t, err)
	return v
}

// requireException checks that err is an exception of cls whose message
// contains every part.
func requireException(t *testing.T, err error, cls *bindings.ErrorClass, parts ...string) {
	t.Helper()
	require.Error(t, err)
	var ex *bindings.Error
	require.True(t, errors.As(err, &ex), "not an exception: %T %v", err, err)
	assert.Equal(t, cls.Name, ex.Class.Name, "class of %q", ex.Message)
	for _, p := range parts {
		assert.Contains(t, ex.Message, p)
	}
}

func TestModulesRegistered(t *testing.T) {
	for _, name := range []string{"time", "json", "env", "log", "http", "net"} {
		t.Run(name, func(t *testing.T) {
			mod, ok := bindings.LookupModule(name)
			require.True(t, ok)
			cls := mod.Class()
			assert.True(t, cls.Module)
			assert.Equal(t, name, cls.Name)
			require.NotEmpty(t, cls.Methods())
			for _, m := range cls.Methods() {
				assert.NotEmpty(t, m.Doc, m.FullName())
				assert.NotContains(t, m.Doc, "\n", m.FullName())
				for _, p := range m.Parameters() {
					assert.NotEmpty(t, p.Doc, "%s parameter %s", m.FullName(), p.Name)
				}
			}
		})
	}
}

func TestArgumentChecking(t *testing.T) {
	tests := []struct {
		module, fn string
		args       []any
		parts      []string
	}{
		{"time", "sleep", []any{int64(1), map[string]any{"bogus": int64(1)}}, []string{"time.sleep()", "unexpected keyword argument 'bogus'"}},
		{"time", "sleep", []any{"x"}, []string{"time.sleep()", "argument 'seconds' must be float, not str"}},
		{"time", "sleep", nil, []string{"time.sleep()", "missing required argument 'seconds'"}},
		{"time", "sleep", []any{int64(-1)}, []string{"time.sleep()", "'seconds'", "non-negative"}},
		{"time", "now", []any{int64(1)}, []string{"time.now()", "takes 0 positional arguments but 1 were given"}},
		{"time", "format", []any{int64(0), true}, []string{"time.format()", "argument 'layout' must be str, not bool"}},
		{"json", "encode", []any{int64(1), map[string]any{"indent": true}}, []string{"json.encode()", "'indent'"}},
		{"json", "encode", []any{int64(1), map[string]any{"indnt": int64(2)}}, []string{"json.encode()", "unexpected keyword argument 'indnt'"}},
		{"json", "decode", []any{int64(1)}, []string{"json.decode()", "argument 'text' must be str or bytes, not int"}},
		{"env", "get", nil, []string{"env.get()", "missing required argument 'name'"}},
		{"env", "get", []any{int64(3)}, []string{"env.get()", "argument 'name' must be str, not int"}},
		{"log", "info", []any{"x", map[string]any{"fields": "y"}}, []string{"log.info()", "argument 'fields' must be dict, not str"}},
		{"http", "get", []any{int64(1)}, []string{"http.get()", "argument 'url' must be str, not int"}},
		{"http", "get", []any{"http://127.0.0.1:1/", map[string]any{"timeot": int64(1)}}, []string{"http.get()", "unexpected keyword argument 'timeot'"}},
		{"http", "get", []any{"ftp://127.0.0.1/"}, []string{"http.get()", "argument 'url' must be an http:// or https:// URL"}},
		{"http", "get", []any{"http://127.0.0.1:1/", map[string]any{"headers": "x"}}, []string{"http.get()", "argument 'headers' must be dict, not str"}},
		{"http", "request", []any{"POST", "http://127.0.0.1:1/", map[string]any{"body": int64(1)}}, []string{"http.request()", "argument 'body' must be str or bytes, not int"}},
		{"http", "wait_for", []any{"http://127.0.0.1:1/", map[string]any{"status": "ok"}}, []string{"http.wait_for()", "argument 'status' must be an int or a list of int, not str"}},
		{"http", "wait_for", []any{"http://127.0.0.1:1/", map[string]any{"interval": int64(-1)}}, []string{"http.wait_for()", "'interval'"}},
		{"net", "wait_for_port", []any{"127.0.0.1", "80"}, []string{"net.wait_for_port()", "argument 'port' must be int, not str"}},
		{"net", "wait_for_port", []any{"127.0.0.1", int64(70000)}, []string{"net.wait_for_port()", "argument 'port' must be from 1 to 65535"}},
		{"net", "wait_for_port", []any{"127.0.0.1", int64(80), map[string]any{"tmeout": int64(1)}}, []string{"net.wait_for_port()", "unexpected keyword argument 'tmeout'"}},
	}
	for _, tt := range tests {
		t.Run(tt.module+"."+tt.fn+"/"+strings.Join(tt.parts[1:], ","), func(t *testing.T) {
			_, err := invoke(t, nil, nil, tt.module, tt.fn, tt.args...)
			requireException(t, err, bindings.InvalidArgument, tt.parts...)
		})
	}
}
