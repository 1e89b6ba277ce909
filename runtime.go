package dscript

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dscript/dscript/bindings"
	jsrt "github.com/dscript/dscript/bindings/js"
	luart "github.com/dscript/dscript/bindings/lua"
	"github.com/dscript/dscript/engine"

	// the standard modules scripts can require
	_ "github.com/dscript/dscript/stdlib"
)

// Lang is a script language.
type Lang string

// The supported languages.
const (
	Lua        Lang = "lua"
	JavaScript Lang = "js"
)

// LangOf picks the language of a script file from its extension.
func LangOf(path string) (Lang, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".lua":
		return Lua, nil
	case ".js", ".mjs", ".cjs":
		return JavaScript, nil
	}
	return "", fmt.Errorf("dscript: cannot tell the language of %q: use a .lua or .js file, or --lang", path)
}

// ParseLang checks a language name ("lua", "js", "javascript").
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(s) {
	case "lua":
		return Lua, nil
	case "js", "javascript":
		return JavaScript, nil
	}
	return "", fmt.Errorf("dscript: unknown language %q (want lua or js)", s)
}

// Policy says what scripts may touch besides Docker and the standard
// modules.
type Policy struct {
	// Files lets scripts read and write files and load script files.
	Files bool
	// Exec lets scripts run programs (os.execute, io.popen).
	Exec bool
	// Network lets scripts open connections of their own (the http and net
	// modules); Docker itself is always reachable.
	Network bool
}

// Options configure a Runtime.
type Options struct {
	// Client, if set, is what docker.from_env() returns a client for.
	Client *engine.Client
	// Engine holds defaults for clients the script creates (host, API
	// version, timeout) before the environment variables.
	Engine engine.Options
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Args are the script's arguments; Args[0] is the script's name.
	Args []string
	// Getenv reads environment variables (os.Getenv when nil).
	Getenv func(string) string
	Policy Policy
	// Progress, when set (a terminal), shows the progress of pulls, pushes
	// and builds per layer, as the docker CLI draws it.
	Progress io.Writer
}

// ScriptError is an error that escaped a script (class, message, traceback).
type ScriptError = bindings.ScriptError

// ExitError reports os.exit(n) / process.exit(n).
type ExitError = bindings.ExitError

// ErrCanceled is wrapped by the error a run returns when its context ends.
var ErrCanceled = bindings.ErrCanceled

// Runtime runs scripts of one language.
type Runtime struct {
	lang Lang
	lua  *luart.Runtime
	js   *jsrt.Runtime
}

// New creates a runtime.
func New(lang Lang, opts Options) (*Runtime, error) {
	env := &bindings.Env{Defaults: opts.Engine, Client: opts.Client, Stdout: opts.Stdout,
		Stderr: opts.Stderr, Stdin: opts.Stdin, Getenv: opts.Getenv,
		Capabilities: map[string]bool{bindings.CapNetwork: opts.Policy.Network, bindings.CapFiles: opts.Policy.Files},
		Progress:     opts.Progress}
	if env.Stdout == nil {
		env.Stdout = os.Stdout
	}
	if env.Stderr == nil {
		env.Stderr = os.Stderr
	}
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	r := &Runtime{lang: lang}
	switch lang {
	case Lua:
		r.lua = luart.New(luart.Options{Env: env, Args: opts.Args, AllowFiles: opts.Policy.Files, AllowExec: opts.Policy.Exec})
	case JavaScript:
		r.js = jsrt.New(jsrt.Options{Env: env, Args: opts.Args, AllowFiles: opts.Policy.Files, AllowExec: opts.Policy.Exec})
	default:
		return nil, fmt.Errorf("dscript: unknown language %q", lang)
	}
	return r, nil
}

// Lang returns the runtime's language.
func (r *Runtime) Lang() Lang { return r.lang }

// RunFile runs a script file.
func (r *Runtime) RunFile(ctx context.Context, path string) error {
	if r.lua != nil {
		return r.lua.RunFile(ctx, path)
	}
	return r.js.RunFile(ctx, path)
}

// RunString runs source code; name appears in tracebacks.
func (r *Runtime) RunString(ctx context.Context, name, src string) error {
	if r.lua != nil {
		return r.lua.RunString(ctx, name, src)
	}
	return r.js.RunString(ctx, name, src)
}

// Eval runs one REPL entry and returns its value formatted for display
// ("" when it has none).
func (r *Runtime) Eval(ctx context.Context, src string) (string, error) {
	if r.lua != nil {
		vals, err := r.lua.Eval(ctx, src)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = r.lua.Format(v)
		}
		return strings.Join(parts, "\t"), nil
	}
	v, err := r.js.Eval(ctx, src)
	if err != nil {
		return "", err
	}
	return r.js.Format(v), nil
}

// Complete returns the names that can end a REPL line (members of the
// object named before the last "." or ":", or globals), read from the
// method descriptions. Nothing is called.
func (r *Runtime) Complete(line string) []string {
	if r.lua != nil {
		return r.lua.Complete(line)
	}
	return r.js.Complete(line)
}

// Set gives scripts a global value: nil, bool, numbers, string, []any,
// map[string]any or a dscript object.
func (r *Runtime) Set(name string, v any) error {
	if r.lua != nil {
		r.lua.SetGlobal(name, v)
		return nil
	}
	return r.js.SetGlobal(name, v)
}

// Call calls a global function the script defined and returns its result.
func (r *Runtime) Call(ctx context.Context, name string, args ...any) (any, error) {
	if r.lua != nil {
		return r.lua.CallGlobal(ctx, name, args...)
	}
	return r.js.CallGlobal(ctx, name, args...)
}

// Close closes the streams scripts left open and releases the runtime.
func (r *Runtime) Close() error {
	if r.lua != nil {
		return r.lua.Close()
	}
	return r.js.Close()
}

// ExitCode maps a run's error to the process exit status dscript uses: 0
// on success, the status given to os.exit / process.exit, else 1.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	var ex *ExitError
	if errors.As(err, &ex) {
		return ex.Code
	}
	return 1
}
