package js

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// Options configure a JavaScript runtime.
type Options struct {
	Env *bindings.Env
	// Args are the script arguments; Args[0] is the script's path
	// (process.argv is ["dscript", Args...]).
	Args []string
	// AllowFiles and AllowExec are the capability policy. goja itself has
	// no file or process access and this adapter adds none, so today they
	// only record the policy for modules that consult it.
	AllowFiles bool
	AllowExec  bool
	// Limits bound what scripts consume: MaxCallDepth is the call-stack
	// limit, MaxMemory bounds what one builtin call builds.
	Limits bindings.Limits
	// Guard checks method calls against the runtime's policy and tracks
	// the clients scripts open.
	Guard *bindings.Guard
	// Loader, when set, supplies the source of modules require cannot
	// find among the registered ones (CommonJS: module.exports).
	Loader func(name string) (src string, ok bool, err error)
}

// Runtime is one JavaScript VM. It is used by one goroutine at a time.
type Runtime struct {
	vm    *goja.Runtime
	opts  Options
	env   *bindings.Env
	call  bindings.Call
	proto map[*bindings.Class]*goja.Object
	mods  map[*bindings.ModuleObject]*goja.Object
	// methodOf maps the functions of prototypes and modules (a bounded set)
	// to their descriptions, for help().
	methodOf map[*goja.Object]*bindings.Method
	req      map[string]goja.Value

	errCtor   map[*bindings.ErrorClass]*goja.Object
	errBase   *goja.Object
	errProto  map[*goja.Object]*bindings.ErrorClass
	errsObj   *goja.Object
	goErr     *goja.Symbol // hidden link from a JS exception to its *bindings.Error
	iterProto *goja.Object
	open      map[*iterBox]struct{}
	iterObjs  map[*goja.Object]*iterBox // the open iterators by their JS object
	docker    *goja.Object
	dateCtor  goja.Value

	exitCode *int
	cancel   context.CancelFunc
	running  bool
	closed   bool
	// broken is set when a Go panic crossed the VM: it cannot be trusted
	// anymore.
	broken error

	files    map[string]*goja.Object // the modules loaded from files, by path
	rejected []*goja.Promise         // rejected promises no handler has caught yet
	throw    goja.Callable
}

// interrupt is the value given to vm.Interrupt; run() tells exits from
// cancellations by the runtime's state.
type interrupt struct{ err error }

// New creates a runtime with the docker module, require, print, console
// and process.
func New(opts Options) *Runtime {
	env := opts.Env
	if env == nil {
		env = &bindings.Env{}
	}
	if env.Stdout == nil {
		env.Stdout = os.Stdout
	}
	if env.Stderr == nil {
		env.Stderr = os.Stderr
	}
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	r := &Runtime{
		vm:       goja.New(),
		opts:     opts,
		env:      env,
		proto:    map[*bindings.Class]*goja.Object{},
		mods:     map[*bindings.ModuleObject]*goja.Object{},
		methodOf: map[*goja.Object]*bindings.Method{},
		req:      map[string]goja.Value{},
		errCtor:  map[*bindings.ErrorClass]*goja.Object{},
		goErr:    goja.NewSymbol("dscript.error"),
		open:     map[*iterBox]struct{}{},
		iterObjs: map[*goja.Object]*iterBox{},
	}
	r.call = bindings.Call{Ctx: context.Background(), Camel: true, Env: env, Guard: opts.Guard}
	depth := DefaultMaxCallDepth
	if opts.Limits.MaxCallDepth > 0 {
		depth = opts.Limits.MaxCallDepth
	}
	r.vm.SetMaxCallStackSize(depth)
	r.dateCtor = r.vm.Get("Date")
	r.installLimits()
	r.initIterators()
	r.installGlobals()
	r.installHelp()
	r.trackRejections()
	return r
}

// VM returns the underlying goja runtime (for embedding and the REPL).
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Close closes open streams. The runtime cannot run scripts afterwards.
func (r *Runtime) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	r.closeIterators()
	return r.call.Env.Close() // the clients the script made
}

// RunString runs JavaScript source; name is used in stack traces.
func (r *Runtime) RunString(ctx context.Context, name, src string) error {
	prg, err := compile(name, src)
	if err != nil {
		return err
	}
	_, err = r.run(ctx, prg)
	return err
}

// RunFile runs a JavaScript file. Reading the script itself is allowed
// whatever the policy.
func (r *Runtime) RunFile(ctx context.Context, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read script: %w", err)
	}
	r.setScriptDir(path)
	return r.RunString(ctx, path, string(src))
}

// Eval runs a REPL line and returns its completion value. Streams still
// open afterwards are closed.
func (r *Runtime) Eval(ctx context.Context, src string) (goja.Value, error) {
	if usesAwait(src) {
		return r.evalAsync(ctx, src)
	}
	prg, err := compile("<repl>", src)
	if err != nil {
		return nil, err
	}
	return r.run(ctx, prg)
}

// compile turns source into a program; a leading #! line is blanked out
// (keeping line numbers) and syntax errors become ScriptErrors.
func compile(name, src string) (*goja.Program, error) {
	return compileProgram(name, blankShebang(src))
}

func (r *Runtime) run(ctx context.Context, prg *goja.Program) (goja.Value, error) {
	return r.runWith(ctx, func() (goja.Value, error) { return r.vm.RunProgram(prg) })
}

// runWith runs body as one run of the script: ctx can cancel it, and the
// streams open at its end are closed. Errors become ScriptError,
// ExitError or a wrapped ErrCanceled.
func (r *Runtime) runWith(ctx context.Context, body func() (goja.Value, error)) (v goja.Value, err error) {
	if r.closed {
		return nil, errors.New("js: runtime is closed")
	}
	if r.broken != nil {
		return nil, fmt.Errorf("js: runtime is unusable after an internal error: %w", r.broken)
	}
	if r.running {
		return nil, errors.New("js: runtime is already running a script")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("js: %w: %w", bindings.ErrCanceled, err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	r.running, r.cancel, r.call.Ctx = true, cancel, runCtx
	// The watcher interrupts JavaScript code when ctx ends; Go calls see
	// the canceled runCtx through Call.Ctx.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case <-ctx.Done():
			r.vm.Interrupt(&interrupt{err: ctx.Err()})
		case <-stop:
		}
	}()
	defer func() {
		close(stop)
		wg.Wait()
		cancel()
		r.closeIterators()
		r.vm.ClearInterrupt()
		r.running, r.cancel, r.call.Ctx = false, nil, context.Background()
		r.exitCode = nil
	}()
	defer func() {
		if p := recover(); p != nil {
			r.broken = fmt.Errorf("%v", p)
			v, err = nil, &bindings.ScriptError{Class: "Error", Message: fmt.Sprintf("internal error: %v", p)}
		}
	}()
	v, err = body()
	if err == nil && r.exitCode == nil {
		err = r.unhandledRejection()
	}
	r.rejected = nil
	if r.exitCode != nil {
		return nil, &bindings.ExitError{Code: *r.exitCode}
	}
	if err == nil {
		return v, nil
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("js: %w: %w", bindings.ErrCanceled, ctx.Err())
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if in, ok := ie.Value().(*interrupt); ok && in.err != nil {
			if errors.Is(in.err, bindings.ErrCanceled) {
				return nil, fmt.Errorf("js: %w", in.err)
			}
			return nil, fmt.Errorf("js: %w: %w", bindings.ErrCanceled, in.err)
		}
		return nil, fmt.Errorf("js: %w: %v", bindings.ErrCanceled, ie.Value())
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return nil, &bindings.ScriptError{Class: "RangeError", Message: "Maximum call stack size exceeded",
			Traceback: traceback(so.Stack())}
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		se := r.scriptError(ex)
		if s, ok := se.(*bindings.ScriptError); ok && s.Err == nil {
			s.Value = r.thrownValue(ex.Value())
		}
		return nil, se
	}
	return nil, err
}

// thrownValue converts a value the script threw to a neutral value: an
// object's own fields, with an error's name and message.
func (r *Runtime) thrownValue(v goja.Value) (out any) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	m, ok := r.fromJS(obj).(map[string]any)
	if !ok {
		m = map[string]any{}
	}
	for _, k := range []string{"name", "message"} {
		if _, has := m[k]; !has {
			if x := obj.Get(k); x != nil && !goja.IsUndefined(x) {
				m[k] = x.String()
			}
		}
	}
	return m
}

// stop ends the running script in a way try/catch cannot intercept: the
// VM is interrupted and raises at its next instruction.
func (r *Runtime) stop(err error) {
	if r.cancel != nil && r.exitCode != nil {
		r.cancel()
	}
	r.vm.Interrupt(&interrupt{err: err})
}

// traceback renders an exception's JS stack, one frame a line.
func traceback(frames []goja.StackFrame) string {
	var b bytes.Buffer
	for _, f := range frames {
		if f.SrcName() == internalSrc || goFrame(f) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("\tat ")
		writeFrame(&b, f)
	}
	return b.String()
}
