package dscript

import (
	"context"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
)

// maxConvertDepth bounds nesting (and so cycles) in converted values.
const maxConvertDepth = 64

var (
	typeContext = reflect.TypeFor[context.Context]()
	typeError   = reflect.TypeFor[error]()
	typeObject  = reflect.TypeFor[bindings.Object]()
)

// toScript converts a Go value to a neutral value the adapters take:
// numbers of every size, strings, []byte, slices, arrays, maps with string
// or integer keys, structs (by json tags, else field names), pointers,
// time.Time, dscript objects, *engine.Client (a DockerClient) and
// functions (bindings.HostFunc). What cannot be converted is an error
// naming where it is.
func toScript(name string, v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	return convertValue(reflect.ValueOf(v), name, 0)
}

func convertValue(v reflect.Value, path string, depth int) (any, error) {
	if depth > maxConvertDepth {
		return nil, fmt.Errorf("%s: nested more than %d levels (a cycle?)", path, maxConvertDepth)
	}
	if !v.IsValid() {
		return nil, nil
	}
	var iface any
	if v.CanInterface() {
		iface = v.Interface()
	}
	switch x := iface.(type) {
	case bindings.HostFunc:
		return x, nil
	case *engine.Client:
		if x == nil {
			return nil, nil
		}
		return bindings.NewClient(x), nil
	case time.Time:
		return x, nil
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, nil
		}
		f, err := x.Float64()
		return f, err
	}
	if iface != nil && v.Type().Implements(typeObject) && !(v.Kind() == reflect.Pointer && v.IsNil()) {
		return iface, nil
	}
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int(), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := v.Uint(); u <= math.MaxInt64 {
			return int64(u), nil
		}
		return float64(v.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return v.Float(), nil
	case reflect.String:
		return v.String(), nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil, nil
		}
		return convertValue(v.Elem(), path, depth+1)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil, nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return bindings.Bytes(b), nil
		}
		out := make([]any, v.Len())
		for i := range out {
			e, err := convertValue(v.Index(i), fmt.Sprintf("%s[%d]", path, i), depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, nil
	case reflect.Map:
		if v.IsNil() {
			return nil, nil
		}
		out := make(map[string]any, v.Len())
		it := v.MapRange()
		for it.Next() {
			k, err := mapKey(it.Key())
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			e, err := convertValue(it.Value(), path+"."+k, depth+1)
			if err != nil {
				return nil, err
			}
			out[k] = e
		}
		return out, nil
	case reflect.Struct:
		out := map[string]any{}
		if err := convertStruct(v, out, path, depth); err != nil {
			return nil, err
		}
		return out, nil
	case reflect.Func:
		if v.IsNil() {
			return nil, nil
		}
		return hostFunc(v, path)
	}
	return nil, fmt.Errorf("%s: cannot give a %s to scripts", path, v.Type())
}

func mapKey(k reflect.Value) (string, error) {
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.String:
		return k.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return "", fmt.Errorf("cannot use a %s as a key", k.Type())
}

// convertStruct adds the fields of a struct as encoding/json would name
// them: the json tag's name, else the field's; "-" and unexported fields
// are left out, omitempty drops zero values, embedded structs are merged.
func convertStruct(v reflect.Value, out map[string]any, path string, depth int) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv, ft = fv.Elem(), ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if err := convertStruct(fv, out, path, depth+1); err != nil {
					return err
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.Contains(","+opts+",", ",omitempty,") && fv.IsZero() {
			continue
		}
		e, err := convertValue(fv, path+"."+name, depth+1)
		if err != nil {
			return err
		}
		out[name] = e
	}
	return nil
}

// hostFunc wraps a Go function for scripts. A context.Context first
// parameter receives the runtime's; the script's arguments are converted
// to the other parameters (a variadic last one takes the rest); an error
// last result is raised in the script; the other results are converted
// back.
func hostFunc(fn reflect.Value, path string) (bindings.HostFunc, error) {
	t := fn.Type()
	in := make([]reflect.Type, t.NumIn())
	for i := range in {
		in[i] = t.In(i)
	}
	withCtx := len(in) > 0 && in[0] == typeContext
	if withCtx {
		in = in[1:]
	}
	nout := t.NumOut()
	withErr := nout > 0 && t.Out(nout-1) == typeError
	name := path
	return func(ctx context.Context, args []any) ([]any, error) {
		var call []reflect.Value
		if withCtx {
			call = append(call, reflect.ValueOf(&ctx).Elem())
		}
		fixed := len(in)
		if t.IsVariadic() {
			fixed--
		}
		if len(args) < fixed || (!t.IsVariadic() && len(args) > fixed) {
			want := strconv.Itoa(fixed)
			if t.IsVariadic() {
				want = "at least " + want
			}
			return nil, fmt.Errorf("%s: takes %s arguments, %d given", name, want, len(args))
		}
		for i, a := range args {
			pt := in[min(i, len(in)-1)]
			if t.IsVariadic() && i >= fixed {
				pt = in[len(in)-1].Elem()
			}
			pv, err := fromScript(a, pt)
			if err != nil {
				return nil, fmt.Errorf("%s: argument %d: %w", name, i+1, err)
			}
			call = append(call, pv)
		}
		outs := fn.Call(call)
		if withErr {
			if e := outs[nout-1]; !e.IsNil() {
				return nil, e.Interface().(error)
			}
			outs = outs[:nout-1]
		}
		res := make([]any, len(outs))
		for i, o := range outs {
			v, err := convertValue(o, fmt.Sprintf("%s: result %d", name, i+1), 0)
			if err != nil {
				return nil, err
			}
			res[i] = v
		}
		return res, nil
	}, nil
}

// fromScript converts a neutral value from a script to a Go type: as
// encoding/json would decode its JSON form, with []byte, time.Time,
// interfaces and dscript objects taken as they are.
func fromScript(v any, t reflect.Type) (reflect.Value, error) {
	if v == nil {
		return reflect.Zero(t), nil
	}
	rv := reflect.ValueOf(v)
	if rv.Type().AssignableTo(t) {
		out := reflect.New(t).Elem()
		out.Set(rv)
		return out, nil
	}
	switch x := v.(type) {
	case bindings.Bytes:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return reflect.ValueOf([]byte(x)).Convert(t), nil
		}
		if t.Kind() == reflect.String {
			return reflect.ValueOf(string(x)).Convert(t), nil
		}
	case string:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return reflect.ValueOf([]byte(x)).Convert(t), nil
		}
	}
	raw, err := json.Marshal(jsonable(v))
	if err != nil {
		return reflect.Value{}, fmt.Errorf("cannot convert a %s to %s: %w", bindings.TypeName(v), t, err)
	}
	out := reflect.New(t)
	if err := json.Unmarshal(raw, out.Interface()); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return reflect.Value{}, fmt.Errorf("cannot convert a %s to %s", ute.Value, t)
		}
		return reflect.Value{}, fmt.Errorf("cannot convert to %s: %w", t, err)
	}
	return out.Elem(), nil
}

// jsonable prepares a neutral value for encoding/json (bytes as strings).
func jsonable(v any) any {
	switch x := v.(type) {
	case bindings.Bytes:
		return string(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonable(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonable(e)
		}
		return out
	case bindings.JSONer:
		return x.JSONValue()
	}
	return v
}

// Decode stores a value a script returned (a result of Call or CallAll,
// or ScriptError.Value) in the Go value out points to, as encoding/json
// would decode its JSON form.
func Decode(v any, out any) error {
	rv := reflect.ValueOf(out)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("dscript.Decode: out must be a non-nil pointer, not %T", out)
	}
	x, err := fromScript(v, rv.Type().Elem())
	if err != nil {
		return fmt.Errorf("dscript.Decode: %w", err)
	}
	rv.Elem().Set(x)
	return nil
}
