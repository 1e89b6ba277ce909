package lua

import (
	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// iterBox is the userdata value of a stream iterator. Calling it yields the
// next item (generic for), it:close() closes it, and so does a generic for
// over it when it ends, by break and return too (the __close metamethod,
// which dscript's Lua calls on a generic for's generator as Lua 5.4 closes
// a for's closing value).
type iterBox struct {
	it   bindings.Iterator
	done bool
}

func (r *Runtime) initIterators() {
	L := r.L
	mt := L.CreateTable(0, 6)
	mt.RawSetString("__name", glua.LString("iterator"))
	closeFn := L.NewFunction(func(L *glua.LState) int {
		r.closeIter(checkIter(L))
		return 0
	})
	nextFn := L.NewFunction(func(L *glua.LState) int { return r.iterNext(L, checkIter(L)) })
	idx := L.CreateTable(0, 2)
	idx.RawSetString("close", closeFn)
	idx.RawSetString("next", nextFn)
	mt.RawSetString("__index", idx)
	mt.RawSetString("__call", nextFn)
	mt.RawSetString("__close", closeFn)
	mt.RawSetString("__tostring", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LString("<iterator>"))
		return 1
	}))
	r.iterMT = mt
}

func (r *Runtime) iterValue(it bindings.Iterator) glua.LValue {
	b := &iterBox{it: it}
	r.open[b] = struct{}{}
	ud := r.L.NewUserData()
	ud.Value = b
	ud.Metatable = r.iterMT
	return ud
}

// checkIter returns the iterator that is argument 1 (it:next(), it:close()).
func checkIter(L *glua.LState) *iterBox {
	if b, ok := L.CheckUserData(1).Value.(*iterBox); ok {
		return b
	}
	L.ArgError(1, "iterator expected")
	return nil
}

// iterNext pushes the next item on L, the calling thread, and returns the
// count of values pushed.
func (r *Runtime) iterNext(L *glua.LState, b *iterBox) int {
	if b.done {
		L.Push(glua.LNil)
		return 1
	}
	v, ok, err := b.it.Next(&r.call)
	if err != nil {
		r.closeIter(b)
		r.raise(L, err)
	}
	if !ok {
		r.closeIter(b)
		L.Push(glua.LNil)
		return 1
	}
	if t, isTuple := v.(bindings.Tuple); isTuple {
		for _, e := range t {
			if e == nil {
				L.Push(glua.LFalse)
			} else {
				L.Push(r.toLua(e))
			}
		}
		return len(t)
	}
	L.Push(r.toLua(v))
	return 1
}

func (r *Runtime) closeIter(b *iterBox) {
	if b.done {
		return
	}
	b.done = true
	delete(r.open, b)
	_ = b.it.Close()
}

func (r *Runtime) closeIterators() {
	for b := range r.open {
		r.closeIter(b)
	}
}
