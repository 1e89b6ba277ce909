package js

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// installGlobals defines docker, require, print, console and process.
func (r *Runtime) installGlobals() {
	vm := r.vm
	r.docker = r.moduleObject(bindings.Docker)
	_ = r.docker.DefineAccessorProperty("errors", vm.ToValue(func(goja.FunctionCall) goja.Value {
		r.initErrors()
		return r.errsObj
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = vm.Set("docker", r.docker)
	_ = vm.Set("require", r.requireFrom(""))
	_ = vm.Set("print", r.printer("\t", func() io.Writer { return r.env.Stdout }))

	console := vm.NewObject()
	for name, w := range map[string]func() io.Writer{
		"log":   func() io.Writer { return r.env.Stdout },
		"info":  func() io.Writer { return r.env.Stdout },
		"debug": func() io.Writer { return r.env.Stdout },
		"error": func() io.Writer { return r.env.Stderr },
		"warn":  func() io.Writer { return r.env.Stderr },
	} {
		_ = console.Set(name, r.printer(" ", w))
	}
	_ = vm.Set("console", console)

	process := vm.NewObject()
	argv := []any{"dscript"}
	for _, a := range r.opts.Args {
		argv = append(argv, a)
	}
	_ = process.Set("argv", vm.NewArray(argv...))
	_ = process.Set("stdout", r.stream(func() io.Writer { return r.env.Stdout }))
	_ = process.Set("stderr", r.stream(func() io.Writer { return r.env.Stderr }))
	_ = process.Set("env", vm.NewDynamicObject(envObject{vm: vm, getenv: r.env.Getenv}))
	_ = process.Set("exit", func(call goja.FunctionCall) goja.Value {
		code := 0
		if a := call.Argument(0); !goja.IsUndefined(a) && !goja.IsNull(a) {
			code = int(a.ToInteger())
		}
		r.exitCode = &code
		r.stop(nil)
		return goja.Undefined()
	})
	_ = vm.Set("process", process)
}

// require loads "docker" or a registered module; each is rendered once.
func (r *Runtime) require(name string) goja.Value {
	if name == "docker" {
		return r.docker
	}
	if v, ok := r.req[name]; ok {
		return v
	}
	mod, ok := bindings.LookupModule(name)
	if !ok {
		if v, found := r.loadHostModule(name); found {
			r.req[name] = v
			return v
		}
		panic(r.newError("Error", "Cannot find module '"+name+"'"))
	}
	if err := bindings.CheckModule(r.env, name, mod); err != nil {
		return r.fail(err)
	}
	v := r.moduleObject(mod)
	r.req[name] = v
	return v
}

// newError makes an instance of a built-in error class (Error, TypeError).
func (r *Runtime) newError(class, msg string) *goja.Object {
	o, err := r.vm.New(r.vm.Get(class), r.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// envObject is process.env: a read-only view of Env.Getenv.
type envObject struct {
	vm     *goja.Runtime
	getenv func(string) string
}

func (e envObject) Get(k string) goja.Value {
	if v := e.getenv(k); v != "" {
		return e.vm.ToValue(v)
	}
	return nil
}
func (e envObject) Set(string, goja.Value) bool { return false }
func (e envObject) Has(k string) bool           { return e.getenv(k) != "" }
func (e envObject) Delete(string) bool          { return false }
func (e envObject) Keys() []string              { return nil }

// stream makes process.stdout / process.stderr: write(s) writes a string,
// ArrayBuffer or Uint8Array as is, without a newline.
func (r *Runtime) stream(w func() io.Writer) *goja.Object {
	o := r.vm.NewObject()
	_ = o.Set("write", func(call goja.FunctionCall) goja.Value {
		var err error
		if o, ok := call.Argument(0).(*goja.Object); ok && o.ClassName() == "Array" {
			_, err = io.WriteString(w(), o.String())
			return r.vm.ToValue(err == nil)
		}
		switch x := r.fromJS(call.Argument(0)).(type) {
		case string:
			_, err = io.WriteString(w(), x)
		case bindings.Bytes:
			_, err = w().Write(x)
		case nil:
		default:
			_, err = io.WriteString(w(), call.Argument(0).String())
		}
		return r.vm.ToValue(err == nil)
	})
	return o
}

// printer makes print (sep "\t", like Lua's print) and console.* (sep " ",
// like node): strings as is and other values rendered, one line per call.
func (r *Runtime) printer(sep string, w func() io.Writer) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		var b strings.Builder
		for i, a := range call.Arguments {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(r.display(a))
			if int64(b.Len()) > r.maxMemory() {
				r.checkAlloc("print", float64(b.Len()))
			}
		}
		b.WriteByte('\n')
		_, _ = io.WriteString(w(), b.String())
		return goja.Undefined()
	}
}

// display renders a value for print: strings unquoted at the top level.
func (r *Runtime) display(v goja.Value) string {
	if !isObject(v) {
		if s, ok := v.Export().(string); ok {
			return s
		}
	}
	var b strings.Builder
	r.inspect(&b, v, map[*goja.Object]bool{}, 0)
	if int64(b.Len()) > r.maxMemory() {
		r.checkAlloc("print", float64(b.Len()))
	}
	return b.String()
}

func isObject(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }

// inspect renders a value like a JS console would, compactly: model
// objects by their repr, errors as "Name: message", BigInts as digits.
func (r *Runtime) inspect(b *strings.Builder, v goja.Value, seen map[*goja.Object]bool, depth int) {
	if v == nil || goja.IsUndefined(v) {
		b.WriteString("undefined")
		return
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		switch x := v.Export().(type) {
		case string:
			q, _ := json.Marshal(x)
			b.Write(q)
		default:
			b.WriteString(v.String())
		}
		return
	}
	if seen[obj] {
		b.WriteString("[Circular]")
		return
	}
	if int64(b.Len()) > r.maxMemory() {
		return // display reports the overflow
	}
	switch obj.ExportType() {
	case typeObjBox, typeIterBox, typeTime:
		b.WriteString(obj.String())
		return
	case typeArrayBuffer:
		b.WriteString("ArrayBuffer { byteLength: ")
		b.WriteString(obj.Get("byteLength").String())
		b.WriteString(" }")
		return
	}
	switch obj.ClassName() {
	case "Function", "AsyncFunction", "GeneratorFunction":
		b.WriteString("[Function: " + obj.Get("name").String() + "]")
		return
	case "Error":
		b.WriteString(obj.String())
		return
	}
	if depth > 4 {
		b.WriteString("[Object]")
		return
	}
	seen[obj] = true
	defer delete(seen, obj)
	if obj.ClassName() == "Array" {
		n := obj.Get("length").ToInteger()
		b.WriteByte('[')
		for i := int64(0); i < min(n, maxPrintItems); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			r.inspect(b, obj.Get(strconv.FormatInt(i, 10)), seen, depth+1)
		}
		if n > maxPrintItems {
			fmt.Fprintf(b, ", ... %d more items", n-maxPrintItems)
		}
		b.WriteByte(']')
		return
	}
	keys := obj.Keys()
	more := len(keys) - maxPrintItems
	if more > 0 {
		keys = keys[:maxPrintItems]
	}
	if len(keys) == 0 && obj.Prototype() != nil && obj.Prototype() != r.objectProto() {
		b.WriteString(obj.String())
		return
	}
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		} else {
			b.WriteByte(' ')
		}
		q, _ := json.Marshal(k)
		b.Write(q)
		b.WriteString(": ")
		r.inspect(b, obj.Get(k), seen, depth+1)
		if i == len(keys)-1 {
			if more > 0 {
				fmt.Fprintf(b, ", ... %d more items", more)
			}
			b.WriteByte(' ')
		}
	}
	b.WriteByte('}')
}

func (r *Runtime) objectProto() *goja.Object {
	p, _ := r.vm.Get("Object").ToObject(r.vm).Get("prototype").(*goja.Object)
	return p
}
