package js

import (
	"context"
	"fmt"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// SetValue gives the script a host value: a neutral value, an Object or a
// bindings.HostFunc, also inside lists and dicts.
func (r *Runtime) SetValue(name string, v any) error {
	return r.vm.Set(name, r.hostValue(v))
}

// hostValue converts a neutral value, turning HostFuncs into functions.
func (r *Runtime) hostValue(v any) goja.Value {
	switch x := v.(type) {
	case bindings.HostFunc:
		return r.vm.ToValue(r.hostFunc(x))
	case []any:
		vals := make([]any, len(x))
		for i, e := range x {
			vals[i] = r.hostValue(e)
		}
		return r.vm.NewArray(vals...)
	case map[string]any:
		o := r.vm.NewObject()
		for k, e := range x {
			_ = o.Set(k, r.hostValue(e))
		}
		return o
	}
	return r.toJS(v)
}

// hostFunc makes a JavaScript function of a Go function: arguments and
// results are converted (several results become an array), an error is
// thrown as an exception.
func (r *Runtime) hostFunc(f bindings.HostFunc) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		args := make([]any, len(call.Arguments))
		for i, a := range call.Arguments {
			args[i] = r.fromJS(a)
		}
		res, err := f(r.call.Context(), args)
		if err != nil {
			return r.fail(err)
		}
		switch len(res) {
		case 0:
			return goja.Undefined()
		case 1:
			return r.hostValue(res[0])
		}
		return r.hostValue(res)
	}
}

// CallAll calls a global script function with host values and returns its
// result as a one-element list (a promise is awaited: its value, or its
// rejection as the error). The call is a run of its own: ctx cancels it
// and streams left open are closed when it returns.
func (r *Runtime) CallAll(ctx context.Context, name string, args ...any) ([]any, error) {
	if r.closed {
		return nil, fmt.Errorf("js: runtime is closed")
	}
	fn, ok := goja.AssertFunction(r.vm.Get(name))
	if !ok {
		return nil, fmt.Errorf("js: no function %q", name)
	}
	var res any
	_, err := r.runWith(ctx, func() (goja.Value, error) {
		vals := make([]goja.Value, len(args))
		for i, a := range args {
			vals[i] = r.hostValue(a)
		}
		v, err := fn(goja.Undefined(), vals...)
		if err != nil {
			return nil, err
		}
		if p, ok := v.Export().(*goja.Promise); ok {
			switch p.State() {
			case goja.PromiseStateFulfilled:
				v = p.Result()
			case goja.PromiseStateRejected:
				reason := p.Result()
				return nil, r.vm.Try(func() { panic(reason) })
			default:
				return nil, fmt.Errorf("js: %s returned a promise that did not settle (nothing is left to run that could settle it)", name)
			}
		}
		if ex := r.vm.Try(func() { res = r.fromJS(v) }); ex != nil {
			return nil, ex
		}
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	return []any{res}, nil
}

// loadHostModule asks the host's loader for a module's source and runs it
// as a CommonJS module: the value is its module.exports.
func (r *Runtime) loadHostModule(name string) (goja.Value, bool) {
	if r.opts.Loader == nil {
		return nil, false
	}
	src, found, err := r.opts.Loader(name)
	if err != nil {
		panic(r.newError("Error", fmt.Sprintf("module '%s': %v", name, err)))
	}
	if !found {
		return nil, false
	}
	prg, err := goja.Compile(name, "(function (module, exports, require) {"+src+"\n})", false)
	if err != nil {
		panic(r.newError("SyntaxError", fmt.Sprintf("module '%s': %v", name, err)))
	}
	wrapper, err := r.vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(wrapper)
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	_ = module.Set("exports", exports)
	if _, err := fn(goja.Undefined(), module, exports, r.vm.Get("require")); err != nil {
		panic(err)
	}
	return module.Get("exports"), true
}
