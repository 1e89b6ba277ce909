package js

import (
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// maxSafe is 2^53: integers beyond it reach JS as BigInt.
const maxSafe = 1 << 53

// maxDepth bounds nesting when converting JS values (cycles).
const maxDepth = 100

var (
	typeObjBox      = reflect.TypeOf((*objBox)(nil))
	typeIterBox     = reflect.TypeOf((*iterBox)(nil))
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typeBytes       = reflect.TypeOf([]byte(nil))
	typeTime        = reflect.TypeOf(time.Time{})
	// what goja exports a Map and a Set as (their class name is "Object")
	typeMapEntries = reflect.TypeOf([][2]any(nil))
	typeSetValues  = reflect.TypeOf([]any(nil))
)

// jsFunc is a JS function handed to Go as a value (callbacks).
type jsFunc struct {
	r   *Runtime
	fn  goja.Callable
	val goja.Value
}

// Call calls the function with neutral arguments and returns its result as
// a neutral value.
func (f *jsFunc) Call(args ...any) (any, error) {
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = f.r.toJS(a)
	}
	v, err := f.fn(goja.Undefined(), vals...)
	if err != nil {
		return nil, err
	}
	return f.r.fromJS(v), nil
}

// ScriptType names the value in messages.
func (*jsFunc) ScriptType() string { return "function" }

// foreign is a JS value with no neutral form (a Symbol, a RegExp, a
// Promise): methods refuse it naming its type, and it goes back to JS
// unchanged.
type foreign struct {
	name string
	val  goja.Value
}

// ScriptType names the value in messages ("symbol", "RegExp").
func (f *foreign) ScriptType() string { return f.name }

// str converts a Go string, replacing invalid UTF-8 with U+FFFD.
func (r *Runtime) str(s string) goja.Value {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return r.vm.ToValue(s)
}

// toJS converts a neutral value to JavaScript.
func (r *Runtime) toJS(v any) goja.Value {
	switch x := v.(type) {
	case nil:
		return goja.Null()
	case bool:
		return r.vm.ToValue(x)
	case int64:
		return r.intValue(x)
	case int:
		return r.intValue(int64(x))
	case uint64:
		if x > maxSafe {
			return r.vm.ToValue(new(big.Int).SetUint64(x))
		}
		return r.vm.ToValue(int64(x))
	case float64:
		return r.vm.ToValue(x)
	case string:
		return r.str(x)
	case bindings.Bytes:
		return r.vm.ToValue(r.vm.NewArrayBuffer([]byte(x)))
	case []any:
		return r.array(x)
	case bindings.Tuple:
		return r.array(x)
	case map[string]any:
		return r.object(x)
	case time.Time:
		d, err := r.vm.New(r.dateCtor, r.vm.ToValue(x.UnixMilli()))
		if err != nil {
			panic(err)
		}
		return d
	case *bindings.Error:
		return r.errorValue(x)
	case bindings.Iterator:
		return r.iterValue(x)
	case *bindings.ModuleObject:
		return r.moduleObject(x)
	case bindings.Object:
		return r.objectValue(x)
	case *jsFunc:
		return x.val
	case *foreign:
		return x.val
	case goja.Value:
		return x
	}
	return r.str("<" + bindings.TypeName(v) + ">")
}

func (r *Runtime) intValue(x int64) goja.Value {
	if x > maxSafe || x < -maxSafe {
		return r.vm.ToValue(big.NewInt(x))
	}
	return r.vm.ToValue(x)
}

func (r *Runtime) array(items []any) goja.Value {
	vals := make([]any, len(items))
	for i, e := range items {
		vals[i] = r.toJS(e)
	}
	return r.vm.NewArray(vals...)
}

// object makes a plain object; keys are sorted so output is stable, and
// defined (not assigned) so a "__proto__" key from the daemon stays data.
func (r *Runtime) object(m map[string]any) goja.Value {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	obj := r.vm.NewObject()
	for _, k := range keys {
		_ = obj.DefineDataProperty(k, r.toJS(m[k]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
}

// fromJS converts a JavaScript value to a neutral value.
func (r *Runtime) fromJS(v goja.Value) any { return r.from(v, 0) }

func (r *Runtime) from(v goja.Value, depth int) any {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if _, isSymbol := v.(*goja.Symbol); isSymbol {
		return &foreign{name: "symbol", val: v}
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		switch x := v.Export().(type) {
		case int64, string, bool:
			return x
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < maxSafe {
				return int64(x)
			}
			return x
		case *big.Int:
			switch {
			case x.IsInt64():
				return x.Int64()
			case x.IsUint64():
				return x.Uint64()
			}
			f, _ := new(big.Float).SetInt(x).Float64()
			return f
		}
		return v.String()
	}
	if depth > maxDepth {
		panic(r.errorValue(bindings.Errorf(bindings.InvalidArgument, "value nests more than %d levels deep (a cycle?)", maxDepth)))
	}
	switch obj.ExportType() {
	case typeObjBox:
		return obj.Export().(*objBox).obj
	case typeIterBox:
		return obj.Export().(*iterBox).it
	case typeArrayBuffer:
		return bindings.Bytes(append([]byte(nil), obj.Export().(goja.ArrayBuffer).Bytes()...))
	case typeBytes:
		b, _ := obj.Export().([]byte)
		return bindings.Bytes(append([]byte(nil), b...))
	case typeTime:
		if t, ok := obj.Export().(time.Time); ok {
			return t
		}
		return nil
	}
	switch obj.ClassName() {
	case "Array":
		n := int(obj.Get("length").ToInteger())
		out := make([]any, n)
		for i := range out {
			out[i] = r.from(obj.Get(strconv.Itoa(i)), depth+1)
		}
		return out
	case "Function", "AsyncFunction", "GeneratorFunction":
		fn, _ := goja.AssertFunction(obj)
		return &jsFunc{r: r, fn: fn, val: obj}
	case "Error":
		if e := r.toError(obj); e != nil {
			return e
		}
	case "Object":
		switch obj.ExportType() {
		case typeMapEntries:
			return r.fromMap(obj, depth)
		case typeSetValues:
			return r.fromSet(obj, depth)
		}
	default:
		// a RegExp, a Promise, a WeakMap...: no neutral form
		return &foreign{name: obj.ClassName(), val: obj}
	}
	keys := obj.Keys()
	out := make(map[string]any, len(keys))
	for _, k := range keys {
		out[k] = r.from(obj.Get(k), depth+1)
	}
	return out
}

// args converts call arguments. Trailing undefined arguments are dropped:
// JS does not tell them from missing ones (f(x, opts) with opts unset).
func (r *Runtime) args(in []goja.Value) []any {
	for len(in) > 0 && goja.IsUndefined(in[len(in)-1]) {
		in = in[:len(in)-1]
	}
	if len(in) == 0 {
		return nil
	}
	out := make([]any, len(in))
	for i, v := range in {
		out[i] = r.fromJS(v)
	}
	return out
}

// fromMap converts a Map to a dict; its keys must be strings or numbers
// (a dict's keys are str).
func (r *Runtime) fromMap(obj *goja.Object, depth int) any {
	out := map[string]any{}
	r.iterate(obj.Get("entries"), obj, func(entry goja.Value) {
		kv, _ := entry.(*goja.Object)
		k := kv.Get("0")
		_, isObject := k.(*goja.Object)
		_, isSymbol := k.(*goja.Symbol)
		if isObject || isSymbol || goja.IsUndefined(k) || goja.IsNull(k) {
			// not exported: a Map that is its own key would recurse
			panic(r.errorValue(bindings.Errorf(bindings.InvalidArgument, "a Map given as a dict must have str or number keys")))
		}
		out[k.String()] = r.from(kv.Get("1"), depth+1)
	})
	return out
}

// fromSet converts a Set to a list, in insertion order.
func (r *Runtime) fromSet(obj *goja.Object, depth int) any {
	out := []any{}
	r.iterate(obj.Get("values"), obj, func(v goja.Value) {
		out = append(out, r.from(v, depth+1))
	})
	return out
}

// iterate calls each for every value of the iterator that method (a Map's
// entries, a Set's values) returns.
func (r *Runtime) iterate(method goja.Value, this *goja.Object, each func(goja.Value)) {
	fn, ok := goja.AssertFunction(method)
	if !ok {
		return
	}
	it, err := fn(this)
	if err != nil {
		panic(err)
	}
	itObj := it.ToObject(r.vm)
	next, ok := goja.AssertFunction(itObj.Get("next"))
	if !ok {
		return
	}
	for {
		res, err := next(itObj)
		if err != nil {
			panic(err)
		}
		ro := res.ToObject(r.vm)
		if ro.Get("done").ToBoolean() {
			return
		}
		each(ro.Get("value"))
	}
}
