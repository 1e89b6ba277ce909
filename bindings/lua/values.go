package lua

import (
	"math"
	"strconv"
	"time"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// fromLua converts a Lua value to a neutral value.
func (r *Runtime) fromLua(v glua.LValue) any {
	switch x := v.(type) {
	case *glua.LNilType:
		return nil
	case glua.LBool:
		return bool(x)
	case glua.LNumber:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return int64(f)
		}
		return f
	case glua.LString:
		return string(x)
	case *glua.LTable:
		return r.tableValue(x)
	case *glua.LUserData:
		switch b := x.Value.(type) {
		case *objBox:
			return b.obj
		case *iterBox:
			return b.it
		case *bindings.Error:
			return b
		}
	case *glua.LFunction:
		return &luaFunc{r: r, fn: x}
	}
	return v
}

// luaFunc is a Lua function handed to Go (callbacks).
type luaFunc struct {
	r  *Runtime
	fn *glua.LFunction
}

func (r *Runtime) tableValue(t *glua.LTable) any {
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
			out[i-1] = r.fromLua(t.RawGetInt(i))
		}
		return out
	}
	out := map[string]any{}
	t.ForEach(func(k, v glua.LValue) {
		var key string
		switch kk := k.(type) {
		case glua.LString:
			key = string(kk)
		case glua.LNumber:
			key = strconv.FormatFloat(float64(kk), 'f', -1, 64)
		default:
			key = kk.String()
		}
		out[key] = r.fromLua(v)
	})
	return out
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
	case glua.LValue:
		return x
	}
	return glua.LString("<" + strconv.Quote(bindings.TypeName(v)) + ">")
}

// push pushes a result: a Tuple as several values. It returns the count.
func (r *Runtime) push(v any) int {
	if t, ok := v.(bindings.Tuple); ok {
		for _, e := range t {
			r.L.Push(r.toLua(e))
		}
		return len(t)
	}
	r.L.Push(r.toLua(v))
	return 1
}
