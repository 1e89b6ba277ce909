package dscript

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

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
	// modules) and clients to any Docker daemon; without it they reach only
	// the daemon the host configured (Options.Client or Options.Engine).
	Network bool
	// Env lets scripts read every variable of the host's environment and
	// change it (os.setenv); without it they see only Options.EnvVars.
	Env bool
}

// Limits bound what one script may consume; see Options.Limits.
type Limits = bindings.Limits

// DockerPolicy restricts the Docker operations scripts may call.
type DockerPolicy = bindings.DockerPolicy

// CreateRequest is what a container creation asks for, given to
// DockerPolicy.VetoCreate.
type CreateRequest = bindings.CreateRequest

// DenyHostAccess is a DockerPolicy.VetoCreate refusing binds of host
// paths, privileged containers, devices, added capabilities and host
// namespaces.
func DenyHostAccess(r CreateRequest) error { return bindings.DenyHostAccess(r) }

// ErrLimit is wrapped by the error of a run that exhausted its step budget
// or passed Limits.MaxHeap.
var ErrLimit = bindings.ErrLimit

// ErrBusy is returned when a runtime is used by a goroutine while another
// one runs a script on it.
var ErrBusy = errors.New("dscript: the runtime is running a script in another goroutine (a runtime runs one script at a time)")

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
	// Getenv reads environment variables. When nil, scripts see the
	// variables named in EnvVars, or all of them if Policy.Env is granted.
	Getenv func(string) string
	// EnvVars are the host variables scripts may read without Policy.Env.
	EnvVars []string
	Policy  Policy
	// Progress, when set (a terminal), shows the progress of pulls, pushes
	// and builds per layer, as the docker CLI draws it.
	Progress io.Writer
	// Docker restricts the Docker operations scripts may call (nil allows
	// every operation).
	Docker *DockerPolicy
	// Limits bound memory per builtin call, the process's heap during a
	// run, steps and call depth; the zero value applies the defaults (256
	// MiB per builtin call, no heap limit, no step budget, 10000 calls in
	// JavaScript, 256 in Lua).
	Limits Limits
	// Timeout bounds each run (RunFile, RunString, Eval, Call); 0 means
	// only the context given to the run applies.
	Timeout time.Duration
	// ModulePaths are directories where require finds modules the host
	// supplies as files (name.lua or name.js; dots in the name are
	// directories), whatever Policy.Files says.
	ModulePaths []string
	// Loader, when set, supplies the source of a module by name; it is
	// asked before ModulePaths. ok false means it has none of that name.
	Loader func(name string) (src string, ok bool, err error)
}

// ScriptError is an error that escaped a script (class, message, traceback).
type ScriptError = bindings.ScriptError

// ExitError reports os.exit(n) / process.exit(n).
type ExitError = bindings.ExitError

// ErrCanceled is wrapped by the error a run returns when its context ends.
var ErrCanceled = bindings.ErrCanceled

// Runtime runs scripts of one language. One goroutine at a time runs a
// script on it; another gets ErrBusy.
type Runtime struct {
	lang    Lang
	lua     *luart.Runtime
	js      *jsrt.Runtime
	guard   *bindings.Guard
	timeout time.Duration
	maxHeap int64
	mu      sync.Mutex
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
		env.Getenv = allowedEnv(opts)
	}
	if env.Stdin == nil {
		env.Stdin = strings.NewReader("")
	}
	guard := &bindings.Guard{Docker: opts.Docker, Network: opts.Policy.Network, Home: homeDaemon(opts)}
	r := &Runtime{lang: lang, guard: guard, timeout: opts.Timeout, maxHeap: opts.Limits.MaxHeap}
	loader := moduleLoader(lang, opts)
	switch lang {
	case Lua:
		r.lua = luart.New(luart.Options{Env: env, Args: opts.Args, AllowFiles: opts.Policy.Files, AllowExec: opts.Policy.Exec,
			AllowEnv: opts.Policy.Env, Limits: opts.Limits, Guard: guard, Loader: loader})
	case JavaScript:
		r.js = jsrt.New(jsrt.Options{Env: env, Args: opts.Args, AllowFiles: opts.Policy.Files, AllowExec: opts.Policy.Exec,
			Limits: opts.Limits, Guard: guard, Loader: loader})
	default:
		return nil, fmt.Errorf("dscript: unknown language %q", lang)
	}
	return r, nil
}

// allowedEnv is the Getenv of a runtime whose host gave none: the whole
// environment with Policy.Env, else only the variables in EnvVars.
func allowedEnv(opts Options) func(string) string {
	if opts.Policy.Env {
		return os.Getenv
	}
	allowed := map[string]bool{}
	for _, n := range opts.EnvVars {
		allowed[n] = true
	}
	return func(name string) string {
		if !allowed[name] {
			return ""
		}
		return os.Getenv(name)
	}
}

// homeDaemon is the host of the daemon the embedding configured: its
// client's, else the one docker.from_env() resolves to.
func homeDaemon(opts Options) string {
	if opts.Client != nil {
		return opts.Client.Host()
	}
	c, err := engine.FromEnv(opts.Engine)
	if err != nil {
		return ""
	}
	defer c.Close()
	return c.Host()
}

// moduleLoader combines Options.Loader and Options.ModulePaths.
func moduleLoader(lang Lang, opts Options) func(string) (string, bool, error) {
	if opts.Loader == nil && len(opts.ModulePaths) == 0 {
		return nil
	}
	ext := ".lua"
	if lang == JavaScript {
		ext = ".js"
	}
	return func(name string) (string, bool, error) {
		if opts.Loader != nil {
			src, ok, err := opts.Loader(name)
			if err != nil || ok {
				return src, ok, err
			}
		}
		rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/")) + ext
		if !filepath.IsLocal(rel) {
			return "", false, nil
		}
		for _, dir := range opts.ModulePaths {
			b, err := os.ReadFile(filepath.Join(dir, rel))
			if err == nil {
				return string(b), true, nil
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return "", false, err
			}
		}
		return "", false, nil
	}
}

// enter takes the runtime for one run, or reports ErrBusy.
func (r *Runtime) enter() error {
	if !r.mu.TryLock() {
		return ErrBusy
	}
	return nil
}

// runContext applies Options.Timeout and Limits.MaxHeap to a run.
func (r *Runtime) runContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	var cancelTimeout context.CancelFunc = func() {}
	if r.timeout > 0 {
		ctx, cancelTimeout = context.WithTimeout(ctx, r.timeout)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	if r.maxHeap <= 0 {
		return ctx, func() { cancel(nil); cancelTimeout() }
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { watchHeap(r.maxHeap, stop, cancel) })
	return ctx, func() {
		close(stop)
		wg.Wait()
		cancel(nil)
		cancelTimeout()
	}
}

// heapCheckInterval is how often a run with Limits.MaxHeap reads the heap.
const heapCheckInterval = 2 * time.Millisecond

// watchHeap cancels a run (with ErrLimit as the cause) when the process's
// heap passes max, until stop is closed.
func watchHeap(limit int64, stop <-chan struct{}, cancel context.CancelCauseFunc) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	tick := time.NewTicker(heapCheckInterval)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if heap := sample[0].Value.Uint64(); heap > uint64(limit) {
			cancel(fmt.Errorf("%w: the process's heap reached %d bytes, more than the limit of %d bytes", ErrLimit, heap, limit))
			return
		}
	}
}

// limitError names the limit that ended a run, if one did.
func limitError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if cause := context.Cause(ctx); cause != nil && errors.Is(cause, ErrLimit) && !errors.Is(err, ErrLimit) {
		return fmt.Errorf("%w (%w)", cause, err)
	}
	return err
}

// safely runs f, turning a panic into an error.
func safely(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("dscript: internal error: %v", p)
		}
	}()
	return f()
}

// Lang returns the runtime's language.
func (r *Runtime) Lang() Lang { return r.lang }

// RunFile runs a script file.
func (r *Runtime) RunFile(ctx context.Context, path string) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer r.mu.Unlock()
	ctx, cancel := r.runContext(ctx)
	defer cancel()
	return limitError(ctx, safely(func() error {
		if r.lua != nil {
			return r.lua.RunFile(ctx, path)
		}
		return r.js.RunFile(ctx, path)
	}))
}

// RunString runs source code; name appears in tracebacks.
func (r *Runtime) RunString(ctx context.Context, name, src string) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer r.mu.Unlock()
	ctx, cancel := r.runContext(ctx)
	defer cancel()
	return limitError(ctx, safely(func() error {
		if r.lua != nil {
			return r.lua.RunString(ctx, name, src)
		}
		return r.js.RunString(ctx, name, src)
	}))
}

// Eval runs one REPL entry and returns its value formatted for display
// ("" when it has none).
func (r *Runtime) Eval(ctx context.Context, src string) (out string, err error) {
	if err := r.enter(); err != nil {
		return "", err
	}
	defer r.mu.Unlock()
	ctx, cancel := r.runContext(ctx)
	defer cancel()
	err = safely(func() error {
		out, err = r.eval(ctx, src)
		return err
	})
	return out, limitError(ctx, err)
}

func (r *Runtime) eval(ctx context.Context, src string) (string, error) {
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

// Set gives scripts a global value, converted from any Go value: bool,
// integers and floats of every size, strings, []byte, slices, arrays,
// maps, structs (by their json tags, else field names), pointers,
// time.Time, dscript objects, an *engine.Client (a DockerClient) and
// functions. A Go function becomes a script function: its arguments are
// converted from the script's (as encoding/json would decode them), a
// context.Context first parameter receives the run's context, an error
// last result is raised in the script and the other results are
// returned. A value that cannot be converted (a channel, a complex
// number) is an error naming where it is.
func (r *Runtime) Set(name string, v any) error {
	val, err := toScript(name, v)
	if err != nil {
		return fmt.Errorf("dscript: Set: %w", err)
	}
	if err := r.enter(); err != nil {
		return err
	}
	defer r.mu.Unlock()
	return safely(func() error {
		if r.lua != nil {
			r.lua.SetValue(name, val)
			return nil
		}
		return r.js.SetValue(name, val)
	})
}

// Call calls a global function the script defined with arguments
// converted as Set converts values, and returns its first result (nil if
// it returned none). A JavaScript promise is awaited. Decode stores the
// result in a Go value.
func (r *Runtime) Call(ctx context.Context, name string, args ...any) (any, error) {
	res, err := r.CallAll(ctx, name, args...)
	if err != nil || len(res) == 0 {
		return nil, err
	}
	return res[0], nil
}

// CallAll is Call returning every result (Lua functions can return
// several; a JavaScript function returns one).
func (r *Runtime) CallAll(ctx context.Context, name string, args ...any) (res []any, err error) {
	vals := make([]any, len(args))
	for i, a := range args {
		if vals[i], err = toScript(fmt.Sprintf("argument %d", i+1), a); err != nil {
			return nil, fmt.Errorf("dscript: Call(%q): %w", name, err)
		}
	}
	if err := r.enter(); err != nil {
		return nil, err
	}
	defer r.mu.Unlock()
	ctx, cancel := r.runContext(ctx)
	defer cancel()
	err = safely(func() error {
		if r.lua != nil {
			res, err = r.lua.CallAll(ctx, name, vals...)
		} else {
			res, err = r.js.CallAll(ctx, name, vals...)
		}
		return err
	})
	return res, limitError(ctx, err)
}

// Close closes the streams scripts left open and every client they
// opened, and releases the runtime. A runtime still running a script in
// another goroutine is not closed (ErrBusy): cancel the run first.
func (r *Runtime) Close() error {
	if err := r.enter(); err != nil {
		return err
	}
	defer r.mu.Unlock()
	return safely(func() error {
		var err error
		if r.lua != nil {
			err = r.lua.Close()
		} else {
			err = r.js.Close()
		}
		return errors.Join(err, r.guard.Close())
	})
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
