package lua

import (
	"errors"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

func (r *Runtime) initErrors() {
	L := r.L
	mt := L.CreateTable(0, 4)
	mt.RawSetString("__name", glua.LString("DockerException"))
	mt.RawSetString("__tostring", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LString(L.CheckUserData(1).Value.(*bindings.Error).Message))
		return 1
	}))
	mt.RawSetString("__eq", r.eqFn)
	methods := map[string]*glua.LFunction{
		"is_client_error": L.NewFunction(func(L *glua.LState) int {
			L.Push(glua.LBool(L.CheckUserData(1).Value.(*bindings.Error).IsClientError()))
			return 1
		}),
		"is_server_error": L.NewFunction(func(L *glua.LState) int {
			L.Push(glua.LBool(L.CheckUserData(1).Value.(*bindings.Error).IsServerError()))
			return 1
		}),
	}
	mt.RawSetString("__index", L.NewFunction(func(L *glua.LState) int {
		e := L.CheckUserData(1).Value.(*bindings.Error)
		name := L.CheckString(2)
		if fn, ok := methods[name]; ok {
			L.Push(fn)
			return 1
		}
		v, _ := e.Attr(name)
		L.Push(r.toLua(v))
		return 1
	}))
	r.errMT = mt
	for _, cls := range bindings.ErrorClasses {
		r.errClass[cls] = r.classTable(cls)
	}
}

// classTable is the Lua value of an exception class: a table that is
// callable (docker.errors.NotFound("message") makes an exception).
func (r *Runtime) classTable(cls *bindings.ErrorClass) *glua.LTable {
	L := r.L
	t := L.CreateTable(0, 2)
	t.RawSetString("__name", glua.LString(cls.Name))
	if cls.Parent != nil {
		t.RawSetString("__parent", glua.LString(cls.Parent.Name))
	}
	mt := L.CreateTable(0, 2)
	mt.RawSetString("__tostring", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LString("<class 'docker.errors." + cls.Name + "'>"))
		return 1
	}))
	mt.RawSetString("__call", L.NewFunction(func(L *glua.LState) int {
		msg := L.OptString(2, "")
		L.Push(r.errorValue(&bindings.Error{Class: cls, Message: msg}))
		return 1
	}))
	L.SetMetatable(t, mt)
	return t
}

func (r *Runtime) errorsTable() *glua.LTable {
	L := r.L
	t := L.CreateTable(0, len(r.errClass)+1)
	for cls, ct := range r.errClass {
		t.RawSetString(cls.Name, ct)
	}
	t.RawSetString("is", L.NewFunction(func(L *glua.LState) int {
		e := r.toError(L.Get(1))
		var want *bindings.ErrorClass
		switch c := L.Get(2).(type) {
		case glua.LString:
			want = bindings.ErrorClassByName(string(c))
		case *glua.LTable:
			if n, ok := c.RawGetString("__name").(glua.LString); ok {
				want = bindings.ErrorClassByName(string(n))
			}
		}
		if want == nil {
			L.ArgError(2, "docker.errors.is: expected an exception class such as docker.errors.NotFound")
		}
		L.Push(glua.LBool(e != nil && e.Class.IsA(want)))
		return 1
	}))
	return t
}

func (r *Runtime) errorValue(e *bindings.Error) *glua.LUserData {
	ud := r.L.NewUserData()
	ud.Value = e
	ud.Metatable = r.errMT
	return ud
}

// toError returns the exception held by a Lua value, if it is one.
func (r *Runtime) toError(v glua.LValue) *bindings.Error {
	if ud, ok := v.(*glua.LUserData); ok {
		if e, ok := ud.Value.(*bindings.Error); ok {
			return e
		}
	}
	return nil
}

// raise throws err into the script as an exception, on L, the thread that
// called (the main state or a coroutine). Cancellation is raised as a plain
// error; the canceled run context makes it uncatchable.
func (r *Runtime) raise(L *glua.LState, err error) {
	if errors.Is(err, bindings.ErrCanceled) {
		L.RaiseError("%s", err.Error())
	}
	var e *bindings.Error
	if !errors.As(err, &e) {
		e = bindings.Convert(err).(*bindings.Error)
	}
	L.Error(r.errorValue(e), 1)
}
