package bindings

import (
	"reflect"
	"strings"
	"sync"
)

// Request bodies are built from `body` tags on argument structs, so the
// daemon field each parameter fills is written next to the parameter:
//
//	MemLimit *ByteSize `arg:"mem_limit" body:"Memory"`
//	Dns      []string  `arg:"dns" body:"Dns,empty"`
//
// A field is sent when it was given: a non-nil pointer, a true bool, a
// non-empty string, a non-empty slice or map (with ",empty", a given empty
// one too). With ",nonzero" a pointer to a zero value is not sent (docker-
// py's "falsy values are left out" fields). Embedded structs contribute
// their fields.

type bodyField struct {
	key            string
	index          []int
	empty, nonzero bool
	kind           reflect.Kind
	elemKind       reflect.Kind // for pointers
	isByteSize     bool
	isStringMap    bool
	isStringSlice  bool
}

var bodyFields sync.Map // reflect.Type -> []bodyField

func fieldsOf(t reflect.Type) []bodyField {
	if f, ok := bodyFields.Load(t); ok {
		return f.([]bodyField)
	}
	var out []bodyField
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			idx := append(append([]int(nil), index...), i)
			tag, ok := f.Tag.Lookup("body")
			if !ok {
				if f.Anonymous && f.Type.Kind() == reflect.Struct {
					walk(f.Type, idx)
				}
				continue
			}
			parts := strings.Split(tag, ",")
			bf := bodyField{key: parts[0], index: idx, kind: f.Type.Kind()}
			for _, o := range parts[1:] {
				switch o {
				case "empty":
					bf.empty = true
				case "nonzero":
					bf.nonzero = true
				default:
					panic("bindings: unknown body tag option " + o + " on " + f.Name)
				}
			}
			if bf.kind == reflect.Pointer {
				bf.elemKind = f.Type.Elem().Kind()
				bf.isByteSize = f.Type.Elem() == reflect.TypeOf(ByteSize(0))
			}
			bf.isStringMap = bf.kind == reflect.Map && f.Type.Elem().Kind() == reflect.String
			bf.isStringSlice = bf.kind == reflect.Slice && f.Type.Elem().Kind() == reflect.String
			out = append(out, bf)
		}
	}
	walk(t, nil)
	bodyFields.Store(t, out)
	return out
}

// requestBody fills m with the body fields of the struct v points to.
func requestBody(v any, m map[string]any) map[string]any {
	if m == nil {
		m = map[string]any{}
	}
	rv := reflect.ValueOf(v).Elem()
	for _, f := range fieldsOf(rv.Type()) {
		fv := rv.FieldByIndex(f.index)
		switch f.kind {
		case reflect.Pointer:
			if fv.IsNil() || (f.nonzero && fv.Elem().IsZero()) {
				continue
			}
			e := fv.Elem()
			switch {
			case f.isByteSize:
				m[f.key] = e.Int()
			default:
				m[f.key] = e.Interface()
			}
		case reflect.Bool:
			if fv.Bool() {
				m[f.key] = true
			}
		case reflect.String:
			if s := fv.String(); s != "" {
				m[f.key] = s
			}
		case reflect.Slice:
			if fv.IsNil() || (fv.Len() == 0 && !f.empty) {
				continue
			}
			if f.isStringSlice {
				m[f.key] = stringsAny(fv.Convert(reflect.TypeOf([]string(nil))).Interface().([]string))
			} else {
				m[f.key] = fv.Convert(reflect.TypeOf([]any(nil))).Interface()
			}
		case reflect.Map:
			if fv.IsNil() || (fv.Len() == 0 && !f.empty) {
				continue
			}
			if f.isStringMap {
				m[f.key] = stringMapAny(fv.Convert(reflect.TypeOf(map[string]string(nil))).Interface().(map[string]string))
			} else {
				m[f.key] = fv.Convert(reflect.TypeOf(map[string]any(nil))).Interface()
			}
		default:
			panic("bindings: body field " + f.key + " has an unsupported kind " + f.kind.String())
		}
	}
	return m
}
