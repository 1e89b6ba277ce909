package js

import (
	"errors"
	"strings"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// trackRejections records the promises rejected with no handler, so that
// a run can fail with the first one as node does.
func (r *Runtime) trackRejections() {
	r.vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		switch op {
		case goja.PromiseRejectionReject:
			r.rejected = append(r.rejected, p)
		case goja.PromiseRejectionHandle:
			for i, q := range r.rejected {
				if q == p {
					r.rejected = append(r.rejected[:i], r.rejected[i+1:]...)
					break
				}
			}
		}
	})
}

// unhandledRejection returns the error of the first promise rejected
// during the run that is still unhandled at its end, and forgets them all.
func (r *Runtime) unhandledRejection() error {
	if len(r.rejected) == 0 {
		return nil
	}
	reason := r.rejected[0].Result()
	r.rejected = nil
	err := r.throwValue(reason)
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		return err
	}
	se, ok := r.scriptError(ex).(*bindings.ScriptError)
	if !ok {
		return r.scriptError(ex)
	}
	if obj, ok := reason.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			if _, frames, ok := strings.Cut(st.String(), "\n"); ok {
				se.Traceback = strings.TrimRight(frames, "\n")
			}
		}
	}
	return se
}

// throwValue throws v from JavaScript and returns the exception.
func (r *Runtime) throwValue(v goja.Value) error {
	if r.throw == nil {
		fn, err := r.vm.RunScript(internalSrc, "(function (e) { throw e })")
		if err != nil {
			return err
		}
		r.throw, _ = goja.AssertFunction(fn)
	}
	_, err := r.throw(goja.Undefined(), v)
	return err
}
