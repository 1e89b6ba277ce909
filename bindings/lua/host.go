package lua

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	glua "github.com/yuin/gopher-lua"
)

// SetGlobal gives the script a host value (a neutral value or an Object).
func (r *Runtime) SetGlobal(name string, v any) {
	r.L.SetGlobal(name, r.toLua(v))
}

// CallGlobal calls a global script function with neutral arguments and
// returns its first result as a neutral value.
func (r *Runtime) CallGlobal(ctx context.Context, name string, args ...any) (any, error) {
	fn, ok := r.L.GetGlobal(name).(*glua.LFunction)
	if !ok {
		return nil, fmt.Errorf("lua: no function %q", name)
	}
	wrapper := r.L.NewFunction(func(L *glua.LState) int {
		L.Push(fn)
		for _, a := range args {
			L.Push(r.toLua(a))
		}
		L.Call(len(args), 1)
		return 1
	})
	top := r.L.GetTop()
	defer r.L.SetTop(top)
	if err := r.runN(ctx, wrapper, 1); err != nil {
		return nil, err
	}
	v, verr := r.fromLua(r.L.Get(-1))
	if verr != nil {
		return nil, fmt.Errorf("lua: result of %s: %w", name, verr)
	}
	return v, nil
}

// Format renders a value for the REPL: tables as Lua constructors, objects
// by their repr.
func (r *Runtime) Format(v glua.LValue) string {
	var b strings.Builder
	r.format(&b, v, 0, map[*glua.LTable]bool{})
	return b.String()
}

func (r *Runtime) format(b *strings.Builder, v glua.LValue, depth int, seen map[*glua.LTable]bool) {
	switch x := v.(type) {
	case glua.LString:
		b.WriteString(strconv.Quote(string(x)))
	case *glua.LTable:
		if seen[x] || depth > 8 {
			b.WriteString("{...}")
			return
		}
		seen[x] = true
		defer delete(seen, x)
		ind := strings.Repeat("  ", depth+1)
		n := x.MaxN()
		var keys []string
		kv := map[string]glua.LValue{}
		x.ForEach(func(k, val glua.LValue) {
			if num, ok := k.(glua.LNumber); ok && int(num) >= 1 && int(num) <= n && float64(int(num)) == float64(num) {
				return
			}
			ks := tableKey(k)
			keys = append(keys, ks)
			kv[ks] = val
		})
		if n == 0 && len(keys) == 0 {
			b.WriteString("{}")
			return
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i := 1; i <= n; i++ {
			b.WriteString(ind)
			r.format(b, x.RawGetInt(i), depth+1, seen)
			b.WriteString(",\n")
		}
		for _, k := range keys {
			b.WriteString(ind + k + " = ")
			r.format(b, kv[k], depth+1, seen)
			b.WriteString(",\n")
		}
		b.WriteString(strings.Repeat("  ", depth) + "}")
	default:
		b.WriteString(r.L.ToStringMeta(v).String())
	}
}
