package lua

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// Options configure a Lua runtime.
type Options struct {
	Env *bindings.Env
	// Args are the script arguments; Args[0] is the script's name (arg[0]).
	Args []string
	// AllowFiles opens io file functions, os.remove/rename and loading Lua
	// files with require; AllowExec opens os.execute and io.popen.
	AllowFiles bool
	AllowExec  bool
	// AllowEnv opens os.setenv (which changes the host process's
	// environment).
	AllowEnv bool
	// Limits bound what scripts consume (memory per builtin call, steps).
	Limits bindings.Limits
	// Guard checks method calls against the runtime's policy and tracks
	// the clients scripts open.
	Guard *bindings.Guard
	// Loader, when set, supplies the source of modules require cannot
	// find among the registered ones.
	Loader func(name string) (src string, ok bool, err error)
}

// Runtime is one Lua state. It is used by one goroutine at a time.
type Runtime struct {
	L        *glua.LState
	env      *bindings.Env
	call     bindings.Call
	classMT  map[*bindings.Class]*glua.LTable
	iterMT   *glua.LTable
	errMT    *glua.LTable
	eqFn     *glua.LFunction
	errClass map[*bindings.ErrorClass]*glua.LTable
	open     map[*iterBox]struct{}
	exitCode *int
	cancel   context.CancelFunc
	closed   bool
	limits   bindings.Limits
	steps    *stepContext
	// broken is set when the state panicked: it cannot be trusted anymore.
	broken error
	// args are the values of ... in a main chunk: Options.Args[1:].
	args []glua.LValue
}

// New creates a runtime with the docker module and the registered modules.
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
	callStack := glua.CallStackSize
	if opts.Limits.MaxCallDepth > 0 {
		callStack = opts.Limits.MaxCallDepth
	}
	L := glua.NewState(glua.Options{SkipOpenLibs: true, CallStackSize: callStack,
		RegistrySize: registrySize, RegistryMaxSize: registryMax, RegistryGrowStep: registrySize,
		MaxStringSize: int(min(maxMemoryOf(opts.Limits), int64(math.MaxInt)))})
	r := &Runtime{L: L, env: env, classMT: map[*bindings.Class]*glua.LTable{},
		errClass: map[*bindings.ErrorClass]*glua.LTable{}, open: map[*iterBox]struct{}{}, limits: opts.Limits}
	r.call = bindings.Call{Ctx: context.Background(), Env: env, Guard: opts.Guard}
	r.openLibs(opts)
	r.installLimits()
	r.installLoader(opts.Loader)
	r.eqFn = L.NewFunction(r.objEq)
	r.initErrors()
	r.initIterators()
	r.installModules()
	r.installHelp()
	argt := L.CreateTable(len(opts.Args), 0)
	for i, a := range opts.Args {
		argt.RawSetInt(i, glua.LString(a))
	}
	L.SetGlobal("arg", argt)
	for _, a := range opts.Args[min(1, len(opts.Args)):] {
		r.args = append(r.args, glua.LString(a))
	}
	return r
}

// Close closes open streams and the Lua state.
func (r *Runtime) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	r.closeIterators()
	r.L.Close()
	return r.env.Close() // the clients the script made
}

// RunString runs a chunk of Lua source. name is used in tracebacks.
func (r *Runtime) RunString(ctx context.Context, name, src string) error {
	fn, err := r.L.Load(strings.NewReader(src), name)
	if err != nil {
		return syntaxError(err)
	}
	return r.run(ctx, fn)
}

// RunFile runs a Lua file.
func (r *Runtime) RunFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open script: %w", err)
	}
	defer f.Close()
	src, err := io.ReadAll(f)
	if err != nil {
		return fmt.Errorf("read script: %w", err)
	}
	r.addScriptDir(path)
	return r.RunString(ctx, path, blankShebang(string(src)))
}

// Eval runs a REPL line: an expression whose values are returned, or else a
// statement. Streams still open afterwards are closed.
func (r *Runtime) Eval(ctx context.Context, src string) ([]glua.LValue, error) {
	fn, err := r.L.Load(strings.NewReader("return "+src), "stdin")
	if err != nil {
		var err2 error
		if fn, err2 = r.L.Load(strings.NewReader(src), "stdin"); err2 != nil {
			// an expression cut short ("1 +") is reported as such
			if !atEOF(err) {
				err = err2
			}
			return nil, syntaxError(err)
		}
	}
	top := r.L.GetTop()
	if err := r.runN(ctx, fn, glua.MultRet); err != nil {
		return nil, err
	}
	n := r.L.GetTop() - top
	out := make([]glua.LValue, n)
	for i := 0; i < n; i++ {
		out[i] = r.L.Get(top + 1 + i)
	}
	r.L.SetTop(top)
	return out, nil
}

func (r *Runtime) run(ctx context.Context, fn *glua.LFunction) error {
	top := r.L.GetTop()
	err := r.runN(ctx, fn, 0, r.args...)
	r.L.SetTop(top)
	return err
}

func (r *Runtime) runN(ctx context.Context, fn *glua.LFunction, nret int, args ...glua.LValue) (err error) {
	if r.closed {
		return errors.New("lua: runtime is closed")
	}
	if r.broken != nil {
		return fmt.Errorf("lua: runtime is unusable after an internal error: %w", r.broken)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	runCtx, cancel := context.WithCancel(ctx)
	r.cancel = cancel
	r.call.Ctx = runCtx
	var vmCtx context.Context = runCtx
	r.steps = nil
	if r.limits.MaxSteps > 0 {
		r.steps = newStepContext(runCtx, r.limits.MaxSteps)
		vmCtx = r.steps
	}
	r.L.SetContext(vmCtx)
	defer func() {
		if p := recover(); p != nil {
			r.broken = fmt.Errorf("%v", p)
			err = &bindings.ScriptError{Class: "error", Message: fmt.Sprintf("internal error: %v", p)}
		}
		cancel()
		r.closeIterators()
		r.L.RemoveContext()
		r.call.Ctx = context.Background()
		r.cancel = nil
	}()
	// No message handler: gopher-lua's handler path pushes onto the value
	// stack while unwinding, which panics when the error was a stack
	// overflow. The traceback is the one gopher-lua records.
	r.L.Push(fn)
	for _, a := range args {
		r.L.Push(a)
	}
	err = r.L.PCall(len(args), nret, nil)
	if r.exitCode != nil {
		code := *r.exitCode
		r.exitCode = nil
		return &bindings.ExitError{Code: code}
	}
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return fmt.Errorf("lua: %w: %w", bindings.ErrCanceled, ctx.Err())
	}
	if r.steps != nil && r.steps.exhausted() {
		return fmt.Errorf("lua: %w (%d steps)", bindings.ErrLimit, r.steps.steps)
	}
	var tb string
	var api *glua.ApiError
	if errors.As(err, &api) {
		tb = cleanTraceback(api.StackTrace)
	}
	return r.scriptError(err, tb)
}

// cleanTraceback keeps the script's frames of a gopher-lua traceback.
func cleanTraceback(tb string) string {
	lines := strings.Split(tb, "\n")
	out := lines[:0]
	for _, l := range lines {
		if strings.Contains(l, "[G]:") {
			continue
		}
		out = append(out, strings.Replace(l, "\t@", "\t", 1))
	}
	return strings.Join(out, "\n")
}

func (r *Runtime) scriptError(err error, tb string) error {
	var api *glua.ApiError
	if !errors.As(err, &api) {
		return err
	}
	se := &bindings.ScriptError{Traceback: tb}
	if ex := r.toError(api.Object); ex != nil {
		se.Class, se.Message, se.Err = ex.Class.Name, ex.Message, ex
		return se
	}
	se.Class = "error"
	if t, ok := api.Object.(*glua.LTable); ok {
		se.Value, _ = r.fromLua(t) // a table that cannot convert keeps its message only
	}
	if s, ok := api.Object.(glua.LString); ok {
		se.Message = string(s)
	} else {
		se.Message = r.L.ToStringMeta(api.Object).String()
	}
	return se
}

// exit implements os.exit: it records the status and stops the script in a
// way pcall cannot catch (the run context is canceled).
func (r *Runtime) exit(L *glua.LState) int {
	code := 0
	switch v := L.Get(1).(type) {
	case glua.LNumber:
		code = int(v)
	case glua.LBool:
		if !bool(v) {
			code = 1
		}
	}
	r.exitCode = &code
	if r.cancel != nil {
		r.cancel()
	}
	L.RaiseError("os.exit(%d)", code)
	return 0
}
