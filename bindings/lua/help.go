package lua

import (
	"io"
	"strings"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// installHelp defines help(x): the description of an object, a method or
// a class name such as "ContainerCollection.run".
func (r *Runtime) installHelp() {
	r.L.SetGlobal("help", r.L.NewFunction(func(L *glua.LState) int {
		_, _ = io.WriteString(r.env.Stdout, r.helpText(L.Get(1)))
		return 0
	}))
}

func (r *Runtime) helpText(v glua.LValue) string {
	switch x := v.(type) {
	case *glua.LUserData:
		if b, ok := x.Value.(*objBox); ok {
			return bindings.Help(b.obj.Class(), "")
		}
	case *glua.LFunction:
		if len(x.Upvalues) == 1 {
			if ud, ok := x.Upvalues[0].Value().(*glua.LUserData); ok {
				if m, ok := ud.Value.(*bindings.Method); ok {
					return bindings.MethodHelp(m)
				}
			}
		}
	case glua.LString:
		name, member, _ := strings.Cut(string(x), ".")
		for _, c := range bindings.Classes() {
			if c.Name == name {
				return bindings.Help(c, member)
			}
		}
	case *glua.LTable:
		var keys []string
		x.ForEach(func(k, _ glua.LValue) {
			if s, ok := k.(glua.LString); ok {
				keys = append(keys, string(s))
			}
		})
		return "table with fields: " + strings.Join(bindings.Complete(keys, ""), ", ") + "\n"
	}
	return "help(x): x is a dscript object, one of its methods, or a name such as \"ContainerCollection.run\"\n"
}

// Complete returns completions for the end of a REPL line. Only names are
// looked up (properties may be read); nothing is called.
func (r *Runtime) Complete(line string) []string {
	path, _, partial := bindings.CompletionTarget(line)
	var v glua.LValue = r.L.Get(glua.GlobalsIndex)
	for _, name := range path {
		v = r.field(v, name)
		if v == glua.LNil {
			return nil
		}
	}
	var names []string
	switch x := v.(type) {
	case *glua.LTable:
		x.ForEach(func(k, _ glua.LValue) {
			if s, ok := k.(glua.LString); ok {
				names = append(names, string(s))
			}
		})
	case *glua.LUserData:
		if b, ok := x.Value.(*objBox); ok {
			names = bindings.MemberNames(b.obj.Class(), false)
		}
	}
	return bindings.Complete(names, partial)
}

// field reads t[name] the way a script would, through __index, but
// protected: an error gives nil.
func (r *Runtime) field(v glua.LValue, name string) (out glua.LValue) {
	defer func() {
		if recover() != nil {
			out = glua.LNil
		}
	}()
	switch v.(type) {
	case *glua.LTable, *glua.LUserData:
		return r.L.GetField(v, name)
	}
	return glua.LNil
}
