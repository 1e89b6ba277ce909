package js

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
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
	r.call = bindings.Call{Ctx: context.Background(), Camel: true, Env: env}
	r.dateCtor = r.vm.Get("Date")
	r.initErrors()
	r.initIterators()
	r.installGlobals()
	r.installHelp()
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
	return r.RunString(ctx, path, string(src))
}

// Eval runs a REPL line and returns its completion value. Streams still
// open afterwards are closed.
func (r *Runtime) Eval(ctx context.Context, src string) (goja.Value, error) {
	prg, err := compile("<repl>", src)
	if err != nil {
		return nil, err
	}
	return r.run(ctx, prg)
}

// compile turns source into a program; a leading #! line is blanked out
// (keeping line numbers) and syntax errors become ScriptErrors.
func compile(name, src string) (*goja.Program, error) {
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	prg, err := goja.Compile(name, src, false)
	if err != nil {
		return nil, &bindings.ScriptError{Class: "SyntaxError", Message: err.Error()}
	}
	return prg, nil
}

func (r *Runtime) run(ctx context.Context, prg *goja.Program) (goja.Value, error) {
	return r.runWith(ctx, func() (goja.Value, error) { return r.vm.RunProgram(prg) })
}

// runWith runs body as one run of the script: ctx can cancel it, and the
// streams open at its end are closed. Errors become ScriptError,
// ExitError or a wrapped ErrCanceled.
func (r *Runtime) runWith(ctx context.Context, body func() (goja.Value, error)) (goja.Value, error) {
	if r.closed {
		return nil, errors.New("js: runtime is closed")
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
	v, err := body()
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
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return nil, r.scriptError(ex)
	}
	return nil, err
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
		if f.SrcName() == internalSrc {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("\tat ")
		f.Write(&b)
	}
	return b.String()
}
