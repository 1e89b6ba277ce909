package js

import (
	"errors"
	"sort"
	"sync"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// errorsJS defines docker-py's exception classes as real Error subclasses.
// It is evaluated once per runtime with the list of [name, parent] pairs
// from bindings.ErrorClasses (parents first).
const errorsJS = `(function (defs, internal) {
	"use strict";
	const out = {};
	for (const [name, parent] of defs) {
		const Base = parent === null ? Error : out[parent];
		const C = class extends Base {
			constructor(message, fields) {
				super(message === undefined || message === null ? "" : String(message));
				const st = this.stack;
				if (typeof st === "string" && st.includes(internal)) {
					Object.defineProperty(this, "stack", {
						value: st.split("\n").filter((l) => !l.includes(internal)).join("\n"),
						writable: true, configurable: true,
					});
				}
				if (fields !== null && typeof fields === "object") {
					for (const k of Object.keys(fields)) this[k] = fields[k];
				}
			}
		};
		Object.defineProperty(C, "name", {value: name, configurable: true});
		Object.defineProperty(C.prototype, "name", {value: name, writable: true, configurable: true});
		out[name] = C;
	}
	const P = out.DockerException.prototype;
	const value = (k, v) => Object.defineProperty(P, k, {value: v, writable: true, configurable: true});
	const alias = (camel, snake) => Object.defineProperty(P, camel, {
		get() { return this[snake]; },
		set(v) { this[snake] = v; },
		configurable: true,
	});
	value("status_code", null);
	value("explanation", null);
	alias("statusCode", "status_code");
	alias("exitStatus", "exit_status");
	alias("buildLog", "build_log");
	function is_client_error() { const s = this.status_code; return typeof s === "number" && s >= 400 && s < 500; }
	function is_server_error() { const s = this.status_code; return typeof s === "number" && s >= 500 && s < 600; }
	value("is_client_error", is_client_error);
	value("isClientError", is_client_error);
	value("is_server_error", is_server_error);
	value("isServerError", is_server_error);
	return out;
})`

// errorsProgram is errorsJS compiled, once for all runtimes.
var errorsProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile(internalSrc, errorsJS, false)
})

// internalSrc names the adapter's own JS code; its frames are left out of
// stacks and tracebacks.
const internalSrc = "<dscript>"

// errRef is what the hidden symbol of a JS exception holds.
type errRef struct{ err *bindings.Error }

// The classes are made when first needed (an exception raised, or
// docker.errors read), so a script that meets no exception does not pay
// for them.
func (r *Runtime) initErrors() {
	if r.errsObj != nil {
		return
	}
	v, err := r.vm.RunProgram(errorsProgram())
	if err != nil {
		panic("js: error classes: " + err.Error())
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		panic("js: error classes: not a function")
	}
	defs := make([]any, len(bindings.ErrorClasses))
	for i, c := range bindings.ErrorClasses {
		var parent any
		if c.Parent != nil {
			parent = c.Parent.Name
		}
		defs[i] = r.vm.NewArray(c.Name, parent)
	}
	res, err := fn(goja.Undefined(), r.vm.NewArray(defs...), r.vm.ToValue(internalSrc))
	if err != nil {
		panic("js: error classes: " + err.Error())
	}
	r.errsObj = res.ToObject(r.vm)
	for _, c := range bindings.ErrorClasses {
		r.errCtor[c] = r.errsObj.Get(c.Name).ToObject(r.vm)
	}
	r.errBase = r.errCtor[bindings.DockerException]
	r.errProto = map[*goja.Object]*bindings.ErrorClass{}
	for c, ctor := range r.errCtor {
		if p, ok := ctor.Get("prototype").(*goja.Object); ok {
			r.errProto[p] = c
		}
	}
}

// errorValue makes the JS exception for e: an instance of its class with
// docker-py's fields (and camelCase aliases) and a hidden link back to e.
func (r *Runtime) errorValue(e *bindings.Error) *goja.Object {
	r.initErrors()
	ctor := r.errCtor[e.Class]
	if ctor == nil {
		ctor = r.errBase
	}
	obj, err := r.vm.New(ctor, r.str(e.Message))
	if err != nil {
		panic(err)
	}
	if e.Class != nil && e.Class.IsA(bindings.APIError) {
		_ = obj.Set("status_code", int64(e.StatusCode))
		_ = obj.Set("explanation", r.str(e.Explanation))
	}
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := r.toJS(e.Fields[k])
		_ = obj.Set(k, v)
		if c := bindings.CamelCase(k); c != k {
			_ = obj.DefineDataProperty(c, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	_ = obj.DefineDataPropertySymbol(r.goErr, r.vm.ToValue(&errRef{err: e}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

// toError returns the exception a JS value stands for: the original Go
// exception for errors thrown by dscript, or one made from the fields of
// an instance a script constructed. Other values give nil.
func (r *Runtime) toError(v goja.Value) *bindings.Error {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if h := obj.GetSymbol(r.goErr); h != nil {
		if ref, ok := h.Export().(*errRef); ok {
			return ref.err
		}
	}
	cls := r.errorClassOf(obj)
	if cls == nil {
		return nil
	}
	e := &bindings.Error{Class: cls, Message: obj.Get("message").String()}
	if sc := obj.Get("status_code"); sc != nil {
		if n, ok := sc.Export().(int64); ok {
			e.StatusCode = int(n)
		}
	}
	if ex := obj.Get("explanation"); ex != nil && !goja.IsNull(ex) && !goja.IsUndefined(ex) {
		e.Explanation = ex.String()
	}
	return e
}

// errorClassOf finds the nearest docker-py class in obj's prototype chain.
//
// Before the classes are made no object can inherit from them (errProto
// is empty), so the walk finds nothing.
func (r *Runtime) errorClassOf(obj *goja.Object) *bindings.ErrorClass {
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if c, ok := r.errProto[p]; ok {
			return c
		}
	}
	return nil
}

// fail reports a Go error to the script. Exceptions are thrown (this
// panics, goja's way of throwing from native code). Cancellation stops the
// script uncatchably instead and returns undefined: the VM is interrupted
// before the next instruction.
func (r *Runtime) fail(err error) goja.Value {
	err = bindings.Convert(err)
	if errors.Is(err, bindings.ErrCanceled) || r.call.Ctx.Err() != nil {
		// the run's context ended (canceled, deadline, process.exit)
		r.stop(err)
		return goja.Undefined()
	}
	var e *bindings.Error
	if !errors.As(err, &e) {
		e = &bindings.Error{Class: bindings.DockerException, Message: err.Error()}
	}
	panic(r.errorValue(e))
}

// scriptError turns an exception that escaped the script into a
// ScriptError: docker-py classes keep their Go exception, other errors
// give their name and message.
func (r *Runtime) scriptError(ex *goja.Exception) error {
	se := &bindings.ScriptError{Traceback: traceback(ex.Stack())}
	val := ex.Value()
	if e := r.toError(val); e != nil {
		se.Class, se.Message, se.Err = e.Class.Name, e.Message, e
		if n := val.ToObject(r.vm).Get("name"); n != nil && !goja.IsUndefined(n) {
			se.Class = n.String()
		}
		return se
	}
	se.Class = "Error"
	if obj, ok := val.(*goja.Object); ok {
		name, msg := obj.Get("name"), obj.Get("message")
		if name != nil && !goja.IsUndefined(name) && msg != nil && !goja.IsUndefined(msg) {
			se.Class, se.Message = name.String(), msg.String()
			return se
		}
	}
	se.Message = r.display(val)
	return se
}
