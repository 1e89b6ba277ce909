package js

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// objBox is the handler of a model object's JS value (a goja dynamic
// object whose prototype is its class's). Members live on the prototype;
// the box only holds the Go object and properties a script adds.
type objBox struct {
	obj   bindings.Object
	r     *Runtime
	extra map[string]goja.Value
}

// item returns the element at a numeric key of a Sequence object.
func (b *objBox) item(key string) (any, bool) {
	seq, ok := b.obj.(bindings.Sequence)
	if !ok {
		return nil, false
	}
	i, err := strconv.Atoi(key)
	items := seq.Items()
	if err != nil || i < 0 || i >= len(items) {
		return nil, false
	}
	return items[i], true
}

// Get implements goja.DynamicObject: own properties are the script's, and
// the positions of a Sequence (docker-py's namedtuples).
func (b *objBox) Get(key string) goja.Value {
	if v, ok := b.item(key); ok {
		return b.r.toJS(v)
	}
	return b.extra[key]
}

// Set implements goja.DynamicObject.
func (b *objBox) Set(key string, v goja.Value) bool {
	if b.extra == nil {
		b.extra = map[string]goja.Value{}
	}
	b.extra[key] = v
	return true
}

// Has implements goja.DynamicObject.
func (b *objBox) Has(key string) bool {
	if _, ok := b.item(key); ok {
		return true
	}
	_, ok := b.extra[key]
	return ok
}

// Delete implements goja.DynamicObject.
func (b *objBox) Delete(key string) bool { delete(b.extra, key); return true }

// Keys implements goja.DynamicObject.
func (b *objBox) Keys() []string {
	keys := make([]string, 0, len(b.extra))
	for k := range b.extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// objectValue wraps a model object.
func (r *Runtime) objectValue(o bindings.Object) goja.Value {
	obj := r.vm.NewDynamicObject(&objBox{obj: o, r: r})
	_ = obj.SetPrototype(r.classProto(o.Class()))
	return obj
}

// self finds the Go object behind `this` for a member of cls.
func (r *Runtime) self(this goja.Value, cls *bindings.Class, member string) bindings.Object {
	if obj, ok := this.(*goja.Object); ok {
		if b, ok := obj.Export().(*objBox); ok {
			return b.obj
		}
	}
	panic(r.vm.NewTypeError("%s.%s: called without a %s object as receiver (call it as obj.%s(...))", cls.Name, member, cls.Name, member))
}

// classProto returns the prototype shared by every object of cls in this
// runtime: methods and accessor properties under both spellings, and
// toString giving the docker-py repr.
func (r *Runtime) classProto(cls *bindings.Class) *goja.Object {
	if p, ok := r.proto[cls]; ok {
		return p
	}
	p := r.vm.NewObject()
	r.proto[cls] = p
	for _, name := range cls.Names() {
		var def func(key string)
		switch m := cls.Lookup(name, false).(type) {
		case *bindings.Method:
			fn := r.method(cls, m)
			def = func(key string) { _ = p.DefineDataProperty(key, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE) }
		case *bindings.Property:
			get := r.getter(cls, m)
			def = func(key string) { _ = p.DefineAccessorProperty(key, get, nil, goja.FLAG_TRUE, goja.FLAG_FALSE) }
		default:
			continue
		}
		def(name)
		if c := bindings.CamelCase(name); c != name {
			def(c)
		}
	}
	toString := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o := r.self(call.This, cls, "toString")
		if cls.Repr != nil {
			return r.str(cls.Repr(o))
		}
		return r.str("<" + cls.Name + ">")
	})
	_ = p.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// Sequences (namedtuples) destructure: const [code, out] = c.exec_run(...)
	iter := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		seq, ok := r.self(call.This, cls, "[Symbol.iterator]").(bindings.Sequence)
		if !ok {
			panic(r.vm.NewTypeError("%s is not iterable", cls.Name))
		}
		arr := r.toJS(seq.Items()).(*goja.Object)
		fn, _ := goja.AssertFunction(arr.GetSymbol(goja.SymIterator))
		it, err := fn(arr)
		if err != nil {
			panic(err)
		}
		return it
	})
	_ = p.DefineDataPropertySymbol(goja.SymIterator, iter, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = p.DefineDataPropertySymbol(goja.SymToStringTag, r.vm.ToValue(cls.Name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return p
}

// method makes the prototype function of m: it finds its object through
// `this` and invokes m with the converted arguments.
func (r *Runtime) method(cls *bindings.Class, m *bindings.Method) goja.Value {
	f := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o := r.self(call.This, cls, m.Name)
		v, err := r.invoke(m, o, call.Arguments)
		if err != nil {
			return r.fail(err)
		}
		return r.toJS(v)
	})
	r.name(f, m.Name)
	r.methodOf[f.(*goja.Object)] = m
	return f
}

func (r *Runtime) getter(cls *bindings.Class, p *bindings.Property) goja.Value {
	return r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o := r.self(call.This, cls, p.Name)
		v, err := p.Get(&r.call, o)
		if err != nil {
			return r.fail(err)
		}
		return r.toJS(v)
	})
}

// invoke calls a method; a Go panic in the object model becomes a
// DockerException instead of crashing the host.
func (r *Runtime) invoke(m *bindings.Method, o bindings.Object, in []goja.Value) (v any, err error) {
	args := r.args(in)
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, fmt.Errorf("%s: internal error: %v", m.FullName(), p)
		}
	}()
	return m.Invoke(&r.call, o, args)
}

// name sets a native function's name property.
func (r *Runtime) name(fn goja.Value, name string) {
	if o, ok := fn.(*goja.Object); ok {
		_ = o.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// moduleObject renders a module as a plain object of functions (bound to
// the module) and property values, under both spellings. Each module is
// rendered once per runtime.
func (r *Runtime) moduleObject(mod *bindings.ModuleObject) *goja.Object {
	if o, ok := r.mods[mod]; ok {
		return o
	}
	cls := mod.Class()
	obj := r.vm.NewObject()
	r.mods[mod] = obj
	for _, name := range cls.Names() {
		var v goja.Value
		switch m := cls.Lookup(name, false).(type) {
		case *bindings.Method:
			v = r.moduleFunc(mod, m)
		case *bindings.Property:
			pv, err := m.Get(&r.call, mod)
			if err != nil {
				continue
			}
			v = r.toJS(pv)
		default:
			continue
		}
		_ = obj.Set(name, v)
		if c := bindings.CamelCase(name); c != name {
			_ = obj.Set(c, v)
		}
	}
	return obj
}

// moduleFunc makes a module function. Constructors (Method.Ctor) work
// with and without new; `this` is ignored either way (without new it is
// the module object).
func (r *Runtime) moduleFunc(mod *bindings.ModuleObject, m *bindings.Method) goja.Value {
	var f goja.Value
	if m.Ctor {
		f = r.vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
			v, err := r.invoke(m, mod, call.Arguments)
			if err != nil {
				r.fail(err)
				return nil
			}
			if o, ok := r.toJS(v).(*goja.Object); ok {
				return o
			}
			return nil
		})
	} else {
		f = r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := r.invoke(m, mod, call.Arguments)
			if err != nil {
				return r.fail(err)
			}
			return r.toJS(v)
		})
	}
	r.name(f, m.Name)
	if o, ok := f.(*goja.Object); ok {
		r.methodOf[o] = m
	}
	return f
}
