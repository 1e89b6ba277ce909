package lua

import (
	"context"
	"fmt"
	"strings"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// SetValue gives the script a host value: a neutral value, an Object or a
// bindings.HostFunc, also inside lists and dicts.
func (r *Runtime) SetValue(name string, v any) {
	r.L.SetGlobal(name, r.hostValue(v))
}

// hostValue converts a neutral value, turning HostFuncs into functions.
func (r *Runtime) hostValue(v any) glua.LValue {
	switch x := v.(type) {
	case bindings.HostFunc:
		return r.hostFunc(x)
	case []any:
		t := r.L.CreateTable(len(x), 0)
		for i, e := range x {
			t.RawSetInt(i+1, r.hostValue(e))
		}
		return t
	case map[string]any:
		t := r.L.CreateTable(0, len(x))
		for k, e := range x {
			t.RawSetString(k, r.hostValue(e))
		}
		return t
	}
	return r.toLua(v)
}

// hostFunc makes a Lua function of a Go function: the arguments and
// results are converted, an error is raised as an exception.
func (r *Runtime) hostFunc(f bindings.HostFunc) *glua.LFunction {
	return r.L.NewFunction(func(L *glua.LState) int {
		args := make([]any, L.GetTop())
		for i := range args {
			v, verr := r.fromLua(L.Get(i + 1))
			if verr != nil {
				r.raise(L, bindings.Errorf(bindings.InvalidArgument, "argument %d: %v", i+1, verr))
			}
			args[i] = v
		}
		res, err := f(r.call.Context(), args)
		if err != nil {
			r.raise(L, err)
		}
		for _, v := range res {
			L.Push(r.hostValue(v))
		}
		return len(res)
	})
}

// CallAll calls a global script function with host values and returns
// every result as neutral values. The call is a run of its own: ctx
// cancels it and streams left open are closed when it returns.
func (r *Runtime) CallAll(ctx context.Context, name string, args ...any) ([]any, error) {
	if r.closed {
		return nil, fmt.Errorf("lua: runtime is closed")
	}
	fn, ok := r.L.GetGlobal(name).(*glua.LFunction)
	if !ok {
		return nil, fmt.Errorf("lua: no function %q", name)
	}
	top := r.L.GetTop()
	defer r.L.SetTop(top)
	wrapper := r.L.NewFunction(func(L *glua.LState) int {
		base := L.GetTop()
		L.Push(fn)
		for _, a := range args {
			L.Push(r.hostValue(a))
		}
		L.Call(len(args), glua.MultRet)
		return L.GetTop() - base
	})
	if err := r.runN(ctx, wrapper, glua.MultRet); err != nil {
		return nil, err
	}
	n := r.L.GetTop() - top
	out := make([]any, n)
	for i := range out {
		v, verr := r.fromLua(r.L.Get(top + 1 + i))
		if verr != nil {
			return nil, fmt.Errorf("lua: %s result %d: %w", name, i+1, verr)
		}
		out[i] = v
	}
	return out, nil
}

// installLoader adds a package loader that asks the host for the source
// of modules (require "name").
func (r *Runtime) installLoader(load func(string) (string, bool, error)) {
	if load == nil {
		return
	}
	L := r.L
	pkg, ok := L.GetGlobal("package").(*glua.LTable)
	if !ok {
		return
	}
	loaders, ok := pkg.RawGetString("loaders").(*glua.LTable)
	if !ok {
		return
	}
	loaders.Insert(2, L.NewFunction(func(L *glua.LState) int {
		name := L.CheckString(1)
		src, found, err := load(name)
		if err != nil {
			L.RaiseError("module '%s': %v", name, err)
		}
		if !found {
			L.Push(glua.LString("\n\tno module '" + name + "' from the host"))
			return 1
		}
		fn, err := L.Load(strings.NewReader(src), "@"+name)
		if err != nil {
			L.RaiseError("module '%s': %v", name, err)
		}
		L.Push(fn)
		return 1
	}))
}
