package js

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
	"github.com/stretchr/testify/require"
)

// valueBuilder makes a JS value from fuzz bytes: null, undefined,
// booleans, numbers (NaN and infinities included), BigInts, strings,
// Symbols, arrays, objects, Maps, Sets, Dates, ArrayBuffers, functions
// and objects that contain themselves.
type valueBuilder struct {
	r       *Runtime
	mk      map[string]goja.Callable
	data    []byte
	objects []*goja.Object
	budget  int
}

func (b *valueBuilder) byte() byte {
	if len(b.data) == 0 {
		return 0
	}
	c := b.data[0]
	b.data = b.data[1:]
	return c
}

func (b *valueBuilder) call(name string, args ...goja.Value) goja.Value {
	v, err := b.mk[name](goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

func (b *valueBuilder) value(depth int) goja.Value {
	vm := b.r.vm
	b.budget--
	if b.budget < 0 || depth > 120 {
		return goja.Null()
	}
	switch b.byte() % 14 {
	case 0:
		return goja.Null()
	case 1:
		return goja.Undefined()
	case 2:
		return vm.ToValue(b.byte()%2 == 0)
	case 3:
		return vm.ToValue(int8(b.byte()))
	case 4:
		var raw [8]byte
		for i := range raw {
			raw[i] = b.byte()
		}
		return vm.ToValue(math.Float64frombits(binary.LittleEndian.Uint64(raw[:])))
	case 5:
		n := int(b.byte() % 16)
		s := make([]byte, 0, n)
		for i := 0; i < n; i++ {
			s = append(s, b.byte())
		}
		return vm.ToValue(string(s))
	case 6:
		n := int(b.byte() % 5)
		items := make([]any, n)
		for i := range items {
			items[i] = b.value(depth + 1)
		}
		a := vm.NewArray(items...)
		b.objects = append(b.objects, a)
		return a
	case 7:
		o := vm.NewObject()
		b.objects = append(b.objects, o)
		for n := int(b.byte() % 5); n > 0; n-- {
			_ = o.Set(string(rune('a'+b.byte()%26)), b.value(depth+1))
		}
		return o
	case 8:
		m := b.call("map").(*goja.Object)
		b.objects = append(b.objects, m)
		set, _ := goja.AssertFunction(m.Get("set"))
		for n := int(b.byte() % 4); n > 0; n-- {
			_, _ = set(m, b.value(depth+1), b.value(depth+1))
		}
		return m
	case 9:
		s := b.call("set").(*goja.Object)
		add, _ := goja.AssertFunction(s.Get("add"))
		for n := int(b.byte() % 4); n > 0; n-- {
			_, _ = add(s, b.value(depth+1))
		}
		return s
	case 10:
		if len(b.objects) == 0 {
			return goja.Null()
		}
		return b.objects[int(b.byte())%len(b.objects)]
	case 11:
		return b.call("other", vm.ToValue(int(b.byte())))
	case 12:
		return vm.ToValue(vm.NewArrayBuffer([]byte{b.byte(), b.byte()}))
	default:
		return vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
}

// FuzzJSArguments converts fuzz-built JS values into the arguments of
// methods that make no request (create_container_config and
// create_host_config cover most parameter kinds): no Go panic, and a
// refused value is an InvalidArgument (or InvalidVersion) naming the
// method, or a JS exception the conversion throws (a cycle).
func FuzzJSArguments(f *testing.F) {
	for _, seed := range [][]byte{{7, 2, 0, 5, 3, 'a', 'b', 'c'}, {8, 1, 5, 1, 'k', 5, 1, 'v'}, {9, 2, 5, 1, 'a', 3, 7},
		{6, 2, 10, 0, 4, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f}, {7, 1, 0, 10, 0}, {11, 0}, {11, 1}, {11, 2}, {12, 1, 2}} {
		f.Add(uint8(0), seed)
		f.Add(uint8(40), seed)
	}
	eng, err := engine.New(engine.Options{Host: "unix:///nonexistent/docker.sock", Version: "1.41"})
	require.NoError(f, err)
	api := bindings.NewClient(eng).API()
	var methods []*bindings.Method
	for _, name := range []string{"create_container_config", "create_host_config", "create_endpoint_config"} {
		methods = append(methods, api.Class().Lookup(name, false).(*bindings.Method))
	}
	r := New(Options{})
	f.Cleanup(func() { _ = r.Close() })
	mkv, err := r.vm.RunString(`({map: () => new Map(), set: () => new Set(),
		other: (i) => [Symbol("s"), new Date(i * 1e9), 2n ** BigInt(i % 80), /re/, Promise.resolve(1), new Int32Array(2)][i % 6]})`)
	require.NoError(f, err)
	mk := map[string]goja.Callable{}
	for _, name := range []string{"map", "set", "other"} {
		mk[name], _ = goja.AssertFunction(mkv.ToObject(r.vm).Get(name))
	}
	f.Fuzz(func(t *testing.T, pick uint8, data []byte) {
		b := &valueBuilder{r: r, mk: mk, data: data, budget: 512}
		arg := b.value(0)
		m := methods[int(pick)%len(methods)]
		params := m.Parameters()
		p := params[int(pick)/len(methods)%len(params)]
		v, thrown := convert(r, arg)
		if thrown != nil {
			return // the conversion refused the value with a JS exception
		}
		kw := map[string]any{p.Name: v}
		if p.Name != "image" && m.Param("image", false) != nil {
			kw["image"] = "busybox"
		}
		_, err := m.Invoke(&bindings.Call{Camel: true}, api, []any{kw})
		if err == nil {
			return
		}
		var e *bindings.Error
		require.True(t, errors.As(err, &e), "%T %v", err, err)
		require.Contains(t, []*bindings.ErrorClass{bindings.InvalidArgument, bindings.InvalidVersion}, e.Class, e.Message)
		require.Contains(t, e.Message, m.FullName()+"()")
		require.NotContains(t, e.Message, "goja")
	})
}

// convert runs fromJS, returning the JS exception object it throws for a
// value it refuses (too deep, a Map with object keys); Go panics go on.
func convert(r *Runtime, v goja.Value) (out any, thrown *goja.Object) {
	defer func() {
		if p := recover(); p != nil {
			o, ok := p.(*goja.Object)
			if !ok {
				panic(p)
			}
			thrown = o
		}
	}()
	return r.fromJS(v), nil
}
