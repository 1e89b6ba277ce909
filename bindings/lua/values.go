package lua

import (
	"math"
	"strconv"
	"time"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// maxDepth bounds the nesting of a table converted to a Go value, as in
// the JS adapter: deeper values are refused before any request.
const maxDepth = 100

// valueError is a table that cannot be converted: it contains itself, or
// nests more than maxDepth levels. path locates it from the converted value
// (".labels.t", "[2]").
type valueError struct {
	path  string
	cycle bool
}

func (e *valueError) Error() string {
	if e.cycle {
		return "value contains a cycle (value" + e.path + " refers back to a table that contains it)"
	}
	return "value nests more than " + strconv.Itoa(maxDepth) + " levels deep"
}

// enclosing is the chain of tables a conversion is inside of, innermost
// first: a table may appear several times in a value, but not inside
// itself. It lives on the Go stack.
type enclosing struct {
	t      *glua.LTable
	parent *enclosing
	depth  int
}

// fromLua converts a Lua value to a neutral value. It fails on a table that
// contains itself or nests too deep.
func (r *Runtime) fromLua(v glua.LValue) (any, *valueError) {
	return r.value(v, nil)
}

// value converts v, inside the tables in; a failure carries the path to the
// offending table.
func (r *Runtime) value(v glua.LValue, in *enclosing) (any, *valueError) {
	switch x := v.(type) {
	case *glua.LNilType:
		return nil, nil
	case glua.LBool:
		return bool(x), nil
	case glua.LNumber:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return int64(f), nil
		}
		return f, nil
	case glua.LString:
		return string(x), nil
	case *glua.LTable:
		depth := 0
		if in != nil {
			depth = in.depth + 1
		}
		for e := in; e != nil; e = e.parent {
			if e.t == x {
				return nil, &valueError{cycle: true}
			}
		}
		if depth >= maxDepth {
			return nil, &valueError{}
		}
		return r.table(x, &enclosing{t: x, parent: in, depth: depth})
	case *glua.LUserData:
		switch b := x.Value.(type) {
		case *objBox:
			return b.obj, nil
		case *iterBox:
			return b.it, nil
		case *bindings.Error:
			return b, nil
		}
	case *glua.LFunction:
		return &luaFunc{r: r, fn: x}, nil
	}
	return foreign{v}, nil
}

// luaFunc is a Lua function handed to Go (callbacks).
type luaFunc struct {
	r  *Runtime
	fn *glua.LFunction
}

// ScriptType names the value in messages.
func (*luaFunc) ScriptType() string { return "function" }

// foreign is a Lua value with no neutral form (a coroutine, a userdata of
// another library): methods refuse it naming its Lua type, and it goes
// back to Lua unchanged.
type foreign struct{ v glua.LValue }

// ScriptType names the value in messages ("thread", "userdata").
func (f foreign) ScriptType() string { return f.v.Type().String() }

func (r *Runtime) table(t *glua.LTable, in *enclosing) (any, *valueError) {
	// an array is a table whose keys are exactly 1..n; a sparse one such
	// as {[80] = 8080} is a dict with the numbers as keys
	n := t.MaxN()
	hashKeys, count := false, 0
	t.ForEach(func(k, _ glua.LValue) {
		count++
		if hashKeys {
			return
		}
		if num, ok := k.(glua.LNumber); ok {
			if i := int(num); float64(i) == float64(num) && i >= 1 && i <= n {
				return
			}
		}
		hashKeys = true
	})
	if n > 0 && !hashKeys && count == n {
		out := make([]any, n)
		for i := 1; i <= n; i++ {
			v, err := r.value(t.RawGetInt(i), in)
			if err != nil {
				err.path = "[" + strconv.Itoa(i) + "]" + err.path
				return nil, err
			}
			out[i-1] = v
		}
		return out, nil
	}
	out := map[string]any{}
	// Next rather than ForEach: a callback would move the chain of
	// enclosing tables to the heap
	for k, v := t.Next(glua.LNil); k != glua.LNil; k, v = t.Next(k) {
		var key string
		switch kk := k.(type) {
		case glua.LString:
			key = string(kk)
		case glua.LNumber:
			key = strconv.FormatFloat(float64(kk), 'f', -1, 64)
		default:
			key = kk.String()
		}
		val, err := r.value(v, in)
		if err != nil {
			if _, isString := k.(glua.LString); isString {
				err.path = "." + key + err.path
			} else {
				err.path = "[" + key + "]" + err.path
			}
			return nil, err
		}
		out[key] = val
	}
	return out, nil
}

// toLua converts a neutral value to one Lua value (a Tuple becomes a list).
func (r *Runtime) toLua(v any) glua.LValue {
	switch x := v.(type) {
	case nil:
		return glua.LNil
	case bool:
		return glua.LBool(x)
	case int64:
		return glua.LNumber(x)
	case int:
		return glua.LNumber(x)
	case uint64:
		return glua.LNumber(x)
	case float64:
		return glua.LNumber(x)
	case string:
		return glua.LString(x)
	case bindings.Bytes:
		return glua.LString(x)
	case []any:
		t := r.L.CreateTable(len(x), 0)
		for i, e := range x {
			t.RawSetInt(i+1, r.toLua(e))
		}
		return t
	case bindings.Tuple:
		return r.toLua([]any(x))
	case map[string]any:
		t := r.L.CreateTable(0, len(x))
		for k, e := range x {
			t.RawSetString(k, r.toLua(e))
		}
		return t
	case time.Time:
		return glua.LString(x.Format(time.RFC3339Nano))
	case *bindings.Error:
		return r.errorValue(x)
	case bindings.Iterator:
		return r.iterValue(x)
	case *bindings.ModuleObject:
		return r.moduleTable(x)
	case bindings.Object:
		return r.objectValue(x)
	case *luaFunc:
		return x.fn
	case foreign:
		return x.v
	case glua.LValue:
		return x
	}
	return glua.LString("<" + strconv.Quote(bindings.TypeName(v)) + ">")
}

// push pushes a result on L, the calling thread (the main state or a
// coroutine): a Tuple as several values. It returns the count.
func (r *Runtime) push(L *glua.LState, v any) int {
	if t, ok := v.(bindings.Tuple); ok {
		for _, e := range t {
			L.Push(r.toLua(e))
		}
		return len(t)
	}
	L.Push(r.toLua(v))
	return 1
}
