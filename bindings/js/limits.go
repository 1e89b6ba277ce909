package js

import (
	"fmt"
	"math"
	"strings"

	"github.com/dop251/goja"
)

const (
	// DefaultMaxCallDepth is the call-stack limit when
	// Limits.MaxCallDepth is 0.
	DefaultMaxCallDepth = 10000
	// DefaultMaxMemory is the memory limit when Limits.MaxMemory is 0.
	DefaultMaxMemory = 256 << 20
	// maxPrintItems is how many elements or keys of one array or object
	// print and console.* render.
	maxPrintItems = 100
)

func (r *Runtime) maxMemory() int64 {
	if r.opts.Limits.MaxMemory > 0 {
		return r.opts.Limits.MaxMemory
	}
	return DefaultMaxMemory
}

// checkAlloc throws a RangeError when a builtin would build more than the
// memory limit.
func (r *Runtime) checkAlloc(what string, n float64) {
	if n > float64(r.maxMemory()) {
		panic(r.newError("RangeError", fmt.Sprintf("%s: the result would need %.0f bytes, more than this runtime's memory limit of %d bytes", what, n, r.maxMemory())))
	}
}

// installLimits replaces the builtins that can build a large value in one
// call by versions that check the memory limit first.
func (r *Runtime) installLimits() {
	vm := r.vm
	strProto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
	arrProto := vm.Get("Array").ToObject(vm).Get("prototype").ToObject(vm)
	thisString := func(call goja.FunctionCall, name string) string {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			panic(r.newError("TypeError", "String.prototype."+name+" called on null or undefined"))
		}
		return call.This.String()
	}
	r.defineMethod(strProto, "repeat", 1, func(call goja.FunctionCall) goja.Value {
		s := thisString(call, "repeat")
		n := call.Argument(0).ToFloat()
		if math.IsNaN(n) {
			n = 0
		}
		n = math.Trunc(n)
		if n < 0 || math.IsInf(n, 0) {
			panic(r.newError("RangeError", "Invalid count value: "+call.Argument(0).String()))
		}
		if s == "" || n == 0 {
			return vm.ToValue("")
		}
		r.checkAlloc("String.prototype.repeat", float64(len(s))*n)
		return vm.ToValue(strings.Repeat(s, int(n)))
	})
	for _, name := range []string{"padStart", "padEnd"} {
		orig, _ := goja.AssertFunction(strProto.Get(name))
		what := "String.prototype." + name
		r.defineMethod(strProto, name, 2, func(call goja.FunctionCall) goja.Value {
			r.checkAlloc(what, call.Argument(0).ToFloat())
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	r.defineMethod(arrProto, "join", 1, func(call goja.FunctionCall) goja.Value {
		obj := call.This.ToObject(vm)
		sep := ","
		if a := call.Argument(0); !goja.IsUndefined(a) {
			sep = a.String()
		}
		n := obj.Get("length").ToFloat()
		if n > 0 {
			r.checkAlloc("Array.prototype.join", (n-1)*float64(len(sep)))
		}
		var b strings.Builder
		for i := int64(0); float64(i) < n; i++ {
			if i > 0 {
				b.WriteString(sep)
			}
			if e := obj.Get(fmt.Sprint(i)); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
				b.WriteString(e.String())
			}
			if int64(b.Len()) > r.maxMemory() {
				r.checkAlloc("Array.prototype.join", float64(b.Len()))
			}
		}
		return vm.ToValue(b.String())
	})
	// The other methods walk every index up to length in native code
	// (which cancellation does not interrupt) and many allocate a result
	// of that length: an array whose length passes the memory limit, at
	// 16 bytes an element, is refused.
	for _, name := range arrayWalkers {
		orig, ok := goja.AssertFunction(arrProto.Get(name))
		if !ok {
			continue
		}
		what := "Array.prototype." + name
		length := int(arrProto.Get(name).ToObject(vm).Get("length").ToInteger())
		r.defineMethod(arrProto, name, length, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				r.checkAlloc(what, o.Get("length").ToFloat()*elemSize)
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	arrCtor := vm.Get("Array").ToObject(vm)
	from, _ := goja.AssertFunction(arrCtor.Get("from"))
	r.defineMethod(arrCtor, "from", 1, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if l := o.Get("length"); l != nil && !goja.IsUndefined(l) {
				r.checkAlloc("Array.from", l.ToFloat()*elemSize)
			}
		}
		v, err := from(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// elemSize is what one element of a dense array costs, for the memory
// limit.
const elemSize = 16

// arrayWalkers are the Array.prototype methods whose work grows with the
// array's length.
var arrayWalkers = []string{"fill", "map", "filter", "forEach", "indexOf", "lastIndexOf", "includes",
	"reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast", "findLastIndex",
	"flat", "flatMap", "slice", "splice", "reverse", "sort", "copyWithin", "toString",
	"toLocaleString", "toReversed", "toSorted", "toSpliced", "with", "concat"}

// defineMethod sets a non-enumerable method, as built-in methods are.
func (r *Runtime) defineMethod(proto *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
	f := r.vm.ToValue(fn).ToObject(r.vm)
	_ = f.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = f.DefineDataProperty("length", r.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}
