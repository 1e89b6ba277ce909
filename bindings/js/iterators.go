package js

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// iterBox is the handler of a stream iterator's JS value. carry holds the
// bytes of a UTF-8 character split across text chunks, one buffer per
// position (plain items use 0, tuple items their index).
type iterBox struct {
	it    bindings.Iterator
	done  bool
	carry [][]byte
	r     *Runtime
	obj   *goja.Object
}

// Get implements goja.DynamicObject; iterators have no own properties.
func (b *iterBox) Get(string) goja.Value { return nil }

// Set implements goja.DynamicObject.
func (b *iterBox) Set(string, goja.Value) bool { return false }

// Has implements goja.DynamicObject.
func (b *iterBox) Has(string) bool { return false }

// Delete implements goja.DynamicObject.
func (b *iterBox) Delete(string) bool { return true }

// Keys implements goja.DynamicObject.
func (b *iterBox) Keys() []string { return nil }

func (r *Runtime) initIterators() {
	boolsOnce.Do(func() { valueTrue, valueFalse = r.vm.ToValue(true), r.vm.ToValue(false) })
	p := r.vm.NewObject()
	method := func(name string, fn func(b *iterBox) goja.Value) {
		f := r.vm.ToValue(func(call goja.FunctionCall) goja.Value { return fn(r.iterSelf(call.This, name)) })
		r.name(f, name)
		_ = p.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	method("next", r.iterNext)
	method("return", func(b *iterBox) goja.Value {
		r.closeIter(b)
		return r.iterResult(goja.Undefined(), true)
	})
	method("close", func(b *iterBox) goja.Value {
		r.closeIter(b)
		return goja.Undefined()
	})
	method("toString", func(*iterBox) goja.Value { return r.vm.ToValue("<iterator>") })
	self := r.vm.ToValue(func(call goja.FunctionCall) goja.Value { return call.This })
	_ = p.DefineDataPropertySymbol(goja.SymIterator, self, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = p.DefineDataPropertySymbol(goja.SymToStringTag, r.vm.ToValue("Iterator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.iterProto = p
}

func (r *Runtime) iterSelf(this goja.Value, member string) *iterBox {
	if obj, ok := this.(*goja.Object); ok {
		if b, ok := r.iterObjs[obj]; ok {
			return b
		}
		if b, ok := obj.Export().(*iterBox); ok {
			return b
		}
	}
	panic(r.vm.NewTypeError("iterator.%s: called without an iterator as receiver", member))
}

// iterValue wraps a stream; it is tracked so the end of the run closes it.
func (r *Runtime) iterValue(it bindings.Iterator) goja.Value {
	b := &iterBox{it: it, r: r}
	r.open[b] = struct{}{}
	obj := r.vm.NewDynamicObject(b)
	_ = obj.SetPrototype(r.iterProto)
	b.obj = obj
	r.iterObjs[obj] = b
	return obj
}

// iterResult makes the {value, done} object of next(). It is a dynamic
// object over a small Go struct: for...of reads both fields once per item,
// and this costs a fraction of a plain object's property map.
func (r *Runtime) iterResult(v goja.Value, done bool) goja.Value {
	return r.vm.NewDynamicObject(&iterResultBox{value: v, done: done})
}

// iterResultBox holds a {value, done} iterator result; scripts may also
// add or change properties, as on a plain object.
type iterResultBox struct {
	value goja.Value
	done  bool
	extra map[string]goja.Value
}

// Get implements goja.DynamicObject.
func (b *iterResultBox) Get(key string) goja.Value {
	switch key {
	case "value":
		if b.value == nil {
			return goja.Undefined()
		}
		return b.value
	case "done":
		if b.done {
			return valueTrue
		}
		return valueFalse
	}
	return b.extra[key]
}

// Set implements goja.DynamicObject.
func (b *iterResultBox) Set(key string, v goja.Value) bool {
	switch key {
	case "value":
		b.value = v
	case "done":
		b.done = v.ToBoolean()
	default:
		if b.extra == nil {
			b.extra = map[string]goja.Value{}
		}
		b.extra[key] = v
	}
	return true
}

// Has implements goja.DynamicObject.
func (b *iterResultBox) Has(key string) bool {
	if key == "value" || key == "done" {
		return true
	}
	_, ok := b.extra[key]
	return ok
}

// Delete implements goja.DynamicObject.
func (b *iterResultBox) Delete(key string) bool {
	delete(b.extra, key)
	return key != "value" && key != "done"
}

// Keys implements goja.DynamicObject.
func (b *iterResultBox) Keys() []string {
	keys := []string{"value", "done"}
	for k := range b.extra {
		keys = append(keys, k)
	}
	return keys
}

// goja's booleans are shared by all runtimes; these are set by initIterators.
var (
	valueTrue, valueFalse goja.Value
	boolsOnce             sync.Once
)

// iterNext implements next(): the next item as {value, done}.
func (r *Runtime) iterNext(b *iterBox) goja.Value {
	for !b.done {
		v, ok, err := b.it.Next(&r.call)
		if err != nil {
			r.closeIter(b)
			return r.fail(err)
		}
		if !ok {
			tail := b.flush()
			r.closeIter(b)
			if tail != "" {
				return r.iterResult(r.vm.ToValue(tail), false)
			}
			break
		}
		switch x := v.(type) {
		case string:
			s := b.text(0, x)
			if s == "" && x != "" {
				continue // only part of a character so far
			}
			return r.iterResult(r.vm.ToValue(s), false)
		case bindings.Tuple:
			vals := make([]any, len(x))
			for i, e := range x {
				if s, ok := e.(string); ok {
					vals[i] = r.vm.ToValue(b.text(i, s))
				} else {
					vals[i] = r.toJS(e)
				}
			}
			return r.iterResult(r.vm.NewArray(vals...), false)
		default:
			return r.iterResult(r.toJS(v), false)
		}
	}
	return r.iterResult(goja.Undefined(), true)
}

// text decodes a chunk of a byte stream as UTF-8: bytes of a character
// left incomplete at its end wait for the next chunk at the same position;
// invalid bytes become U+FFFD.
func (b *iterBox) text(pos int, s string) string {
	for len(b.carry) <= pos {
		b.carry = append(b.carry, nil)
	}
	if c := b.carry[pos]; len(c) > 0 {
		s = string(c) + s
		b.carry[pos] = nil
	}
	if n := incompleteTail(s); n > 0 {
		b.carry[pos] = append(b.carry[pos][:0], s[len(s)-n:]...)
		s = s[:len(s)-n]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// flush returns what is left in the carry buffers at the end of the stream:
// incomplete characters, shown as U+FFFD.
func (b *iterBox) flush() string {
	var out strings.Builder
	for i, c := range b.carry {
		if len(c) > 0 {
			out.WriteString(strings.ToValidUTF8(string(c), "\uFFFD"))
			b.carry[i] = nil
		}
	}
	return out.String()
}

// incompleteTail returns the length of a truncated multi-byte character at
// the end of s (a valid start of one that needs more bytes), or 0.
func incompleteTail(s string) int {
	n := len(s)
	for i := 1; i <= utf8.UTFMax-1 && i <= n; i++ {
		c := s[n-i]
		if c < 0x80 {
			return 0 // ASCII: complete
		}
		if c >= 0xC0 { // a leading byte
			if utf8.FullRuneInString(s[n-i:]) {
				return 0
			}
			return i
		}
	}
	return 0
}

func (r *Runtime) closeIter(b *iterBox) {
	if b.done {
		return
	}
	b.done = true
	delete(r.open, b)
	delete(r.iterObjs, b.obj)
	_ = b.it.Close()
}

func (r *Runtime) closeIterators() {
	for b := range r.open {
		r.closeIter(b)
	}
}
