package js

import (
	"context"
	"fmt"

	"github.com/dop251/goja"
)

// SetGlobal gives the script a host value (a neutral value or an Object).
func (r *Runtime) SetGlobal(name string, v any) error {
	return r.vm.Set(name, r.toJS(v))
}

// CallGlobal calls a global script function with neutral arguments and
// returns its result as a neutral value. The call is a run of its own:
// ctx cancels it and streams left open are closed when it returns.
func (r *Runtime) CallGlobal(ctx context.Context, name string, args ...any) (any, error) {
	fn, ok := goja.AssertFunction(r.vm.Get(name))
	if !ok {
		return nil, fmt.Errorf("js: no function %q", name)
	}
	var res any
	_, err := r.runWith(ctx, func() (goja.Value, error) {
		vals := make([]goja.Value, len(args))
		for i, a := range args {
			vals[i] = r.toJS(a)
		}
		v, err := fn(goja.Undefined(), vals...)
		if err != nil {
			return nil, err
		}
		if ex := r.vm.Try(func() { res = r.fromJS(v) }); ex != nil {
			return nil, ex
		}
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// Format renders a value for the REPL as node does: "" for undefined,
// model objects by their repr, nested values indented.
func (r *Runtime) Format(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return ""
	}
	return r.Inspect(v)
}
