package lua

import (
	"context"
	"errors"
	"fmt"
	"io"
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
	L := glua.NewState(glua.Options{SkipOpenLibs: true})
	r := &Runtime{L: L, env: env, classMT: map[*bindings.Class]*glua.LTable{},
		errClass: map[*bindings.ErrorClass]*glua.LTable{}, open: map[*iterBox]struct{}{}}
	r.call = bindings.Call{Ctx: context.Background(), Env: env}
	r.openLibs(opts)
	r.eqFn = L.NewFunction(r.objEq)
	r.initErrors()
	r.initIterators()
	r.installModules()
	r.installHelp()
	argt := L.NewTable()
	for i, a := range opts.Args {
		argt.RawSetInt(i, glua.LString(a))
	}
	L.SetGlobal("arg", argt)
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
		return &bindings.ScriptError{Class: "SyntaxError", Message: err.Error()}
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
	return r.RunString(ctx, "@"+path, strings.TrimPrefix(string(src), "#!"))
}

// Eval runs a REPL line: an expression whose values are returned, or else a
// statement. Streams still open afterwards are closed.
func (r *Runtime) Eval(ctx context.Context, src string) ([]glua.LValue, error) {
	fn, err := r.L.Load(strings.NewReader("return "+src), "=stdin")
	if err != nil {
		if fn, err = r.L.Load(strings.NewReader(src), "=stdin"); err != nil {
			return nil, &bindings.ScriptError{Class: "SyntaxError", Message: err.Error()}
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
	err := r.runN(ctx, fn, 0)
	r.L.SetTop(top)
	return err
}

func (r *Runtime) runN(ctx context.Context, fn *glua.LFunction, nret int) error {
	if r.closed {
		return errors.New("lua: runtime is closed")
	}
	runCtx, cancel := context.WithCancel(ctx)
	r.cancel = cancel
	r.call.Ctx = runCtx
	r.L.SetContext(runCtx)
	defer func() {
		cancel()
		r.closeIterators()
		r.L.RemoveContext()
		r.call.Ctx = context.Background()
		r.cancel = nil
	}()
	var tb string
	handler := r.L.NewFunction(func(L *glua.LState) int {
		tb = traceback(L)
		L.Push(L.Get(1))
		return 1
	})
	r.L.Push(fn)
	err := r.L.PCall(0, nret, handler)
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
	return r.scriptError(err, tb)
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
	if s, ok := api.Object.(glua.LString); ok {
		se.Message = string(s)
	} else {
		se.Message = r.L.ToStringMeta(api.Object).String()
	}
	return se
}

func traceback(L *glua.LState) string {
	var b strings.Builder
	b.WriteString("stack traceback:")
	for level := 0; level < 64; level++ {
		dbg, ok := L.GetStack(level)
		if !ok {
			break
		}
		if _, err := L.GetInfo("Sln", dbg, glua.LNil); err != nil {
			continue
		}
		if dbg.What == "G" || dbg.CurrentLine < 0 {
			continue
		}
		fmt.Fprintf(&b, "\n\t%s:%d:", strings.TrimPrefix(dbg.Source, "@"), dbg.CurrentLine)
		switch {
		case dbg.What == "main":
			b.WriteString(" in main chunk")
		case dbg.Name != "":
			fmt.Fprintf(&b, " in function '%s'", dbg.Name)
		default:
			fmt.Fprintf(&b, " in function <%s:%d>", strings.TrimPrefix(dbg.Source, "@"), dbg.LineDefined)
		}
	}
	return b.String()
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
