package lua

import (
	"strconv"
	"strings"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// objBox is the userdata value of a model object.
type objBox struct {
	obj   bindings.Object
	bound map[*bindings.Method]*glua.LFunction
}

func (r *Runtime) objectValue(o bindings.Object) glua.LValue {
	ud := r.L.NewUserData()
	ud.Value = &objBox{obj: o}
	ud.Metatable = r.classMetatable(o.Class())
	return ud
}

func (r *Runtime) classMetatable(cls *bindings.Class) *glua.LTable {
	if mt, ok := r.classMT[cls]; ok {
		return mt
	}
	mt := r.L.CreateTable(0, 6)
	mt.RawSetString("__name", glua.LString(cls.Name))
	mt.RawSetString("__index", r.L.NewFunction(r.objIndex))
	mt.RawSetString("__newindex", r.L.NewFunction(func(L *glua.LState) int {
		L.RaiseError("cannot set '%s' on %s", L.CheckString(2), cls.Name)
		return 0
	}))
	mt.RawSetString("__eq", r.eqFn)
	mt.RawSetString("__len", r.L.NewFunction(func(L *glua.LState) int {
		n := 0
		if seq, ok := L.CheckUserData(1).Value.(*objBox).obj.(bindings.Sequence); ok {
			n = len(seq.Items())
		}
		L.Push(glua.LNumber(n))
		return 1
	}))
	mt.RawSetString("__tostring", r.L.NewFunction(func(L *glua.LState) int {
		b := L.CheckUserData(1).Value.(*objBox)
		if cls.Repr != nil {
			L.Push(glua.LString(cls.Repr(b.obj)))
		} else {
			L.Push(glua.LString("<" + cls.Name + ">"))
		}
		return 1
	}))
	r.classMT[cls] = mt
	return mt
}

// objEq is the one __eq shared by every class, so objects of any class
// compare: equal when they are the same object or share class and ID.
func (r *Runtime) objEq(L *glua.LState) int {
	a, aok := L.Get(1).(*glua.LUserData)
	b, bok := L.Get(2).(*glua.LUserData)
	if !aok || !bok {
		L.Push(glua.LFalse)
		return 1
	}
	ab, aok := a.Value.(*objBox)
	bb, bok := b.Value.(*objBox)
	if !aok || !bok {
		L.Push(glua.LBool(a == b))
		return 1
	}
	if ab.obj == bb.obj {
		L.Push(glua.LTrue)
		return 1
	}
	ai, aok := ab.obj.(bindings.Identifier)
	bi, bok := bb.obj.(bindings.Identifier)
	L.Push(glua.LBool(aok && bok && ab.obj.Class() == bb.obj.Class() && ai.ID() == bi.ID()))
	return 1
}

func (r *Runtime) objIndex(L *glua.LState) int {
	ud := L.CheckUserData(1)
	b := ud.Value.(*objBox)
	if n, ok := L.Get(2).(glua.LNumber); ok {
		if seq, ok := b.obj.(bindings.Sequence); ok {
			items := seq.Items()
			if i := int(n); float64(i) == float64(n) && i >= 1 && i <= len(items) {
				L.Push(r.toLua(items[i-1]))
				return 1
			}
		}
		L.Push(glua.LNil)
		return 1
	}
	name := L.CheckString(2)
	switch m := b.obj.Class().Lookup(name, false).(type) {
	case *bindings.Method:
		if b.bound == nil {
			b.bound = map[*bindings.Method]*glua.LFunction{}
		}
		fn, ok := b.bound[m]
		if !ok {
			fn = r.boundMethod(ud, b.obj, m)
			b.bound[m] = fn
		}
		L.Push(fn)
		return 1
	case *bindings.Property:
		v, err := m.Get(&r.call, b.obj)
		if err != nil {
			r.raise(L, err)
		}
		L.Push(r.toLua(v))
		return 1
	}
	L.Push(glua.LNil)
	return 1
}

// boundMethod returns a function for obj.method that works when called
// with ':' (the receiver comes first) and with '.' (it does not). A module
// function (self is nil) takes all its arguments as given, a leading nil
// included.
func (r *Runtime) boundMethod(self glua.LValue, obj bindings.Object, m *bindings.Method) *glua.LFunction {
	// the method description rides along as an upvalue, for help()
	desc := r.L.NewUserData()
	desc.Value = m
	fn := r.L.NewClosure(func(L *glua.LState) int {
		top := L.GetTop()
		first := 1
		if self != glua.LNil && top >= 1 && L.Get(1) == self {
			first = 2
		}
		var args []any
		if n := top - first + 1; n > 0 {
			args = make([]any, n)
			for i := range args {
				v, err := r.fromLua(L.Get(first + i))
				if err != nil {
					r.raise(L, argValueError(m, i, i == n-1, err))
				}
				args[i] = v
			}
		}
		v, err := m.Invoke(&r.call, obj, args)
		if err != nil {
			r.raise(L, err)
		}
		return r.push(L, v)
	}, desc)
	return fn
}

// argValueError names the argument whose value cannot be converted: the
// keyword when the value is the last argument (a keyword table) and the
// offending table is under a parameter's name, else the parameter at that
// position.
func argValueError(m *bindings.Method, pos int, last bool, ve *valueError) error {
	name, path := "", ve.path
	if last {
		if key, rest, ok := cutKey(path); ok && m.Param(key, false) != nil {
			name, path = key, rest
		}
	}
	if name == "" {
		name = "#" + strconv.Itoa(pos+1)
		for _, p := range m.Parameters() {
			if p.Pos == pos {
				name = p.Name
			}
		}
	}
	label := name
	if name[0] != '#' {
		label = "'" + name + "'"
	}
	if ve.cycle {
		return bindings.ArgError(m.FullName()+"()", "argument %s contains a cycle (%s refers back to a table that contains it)", label, name+path)
	}
	return bindings.ArgError(m.FullName()+"()", "argument %s nests more than %d levels deep", label, maxDepth)
}

// cutKey splits ".labels.t" into "labels" and ".t".
func cutKey(path string) (key, rest string, ok bool) {
	if !strings.HasPrefix(path, ".") {
		return "", "", false
	}
	path = path[1:]
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i], path[i:], true
	}
	return path, "", true
}

// moduleTable renders a module as a plain table of functions and values.
func (r *Runtime) moduleTable(mod *bindings.ModuleObject) *glua.LTable {
	cls := mod.Class()
	names := cls.Names()
	t := r.L.CreateTable(0, len(names))
	for _, name := range names {
		switch m := cls.Lookup(name, false).(type) {
		case *bindings.Method:
			t.RawSetString(name, r.boundMethod(glua.LNil, mod, m))
		case *bindings.Property:
			v, err := m.Get(&r.call, mod)
			if err == nil {
				t.RawSetString(name, r.toLua(v))
			}
		}
	}
	return t
}

func (r *Runtime) installModules() {
	docker := r.moduleTable(bindings.Docker)
	docker.RawSetString("errors", r.errorsTable())
	r.L.SetGlobal("docker", docker)
	preload := r.L.GetField(r.L.GetField(r.L.Get(glua.EnvironIndex), "package"), "preload")
	pt, ok := preload.(*glua.LTable)
	if !ok {
		return
	}
	pt.RawSetString("docker", r.L.NewFunction(func(L *glua.LState) int {
		L.Push(L.GetGlobal("docker"))
		return 1
	}))
	for _, name := range bindings.ModuleNames() {
		if name == "docker" {
			continue
		}
		mod, _ := bindings.LookupModule(name)
		var cached glua.LValue
		pt.RawSetString(name, r.L.NewFunction(func(L *glua.LState) int {
			if err := bindings.CheckModule(r.env, name, mod); err != nil {
				r.raise(L, err)
			}
			if cached == nil {
				cached = r.moduleTable(mod)
			}
			L.Push(cached)
			return 1
		}))
	}
}
