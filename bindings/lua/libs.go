package lua

import (
	"bufio"
	"io"
	"strings"

	glua "github.com/yuin/gopher-lua"
)

func (r *Runtime) openLibs(opts Options) {
	L := r.L
	for _, lib := range []struct {
		name string
		fn   glua.LGFunction
	}{
		{glua.LoadLibName, glua.OpenPackage},
		{glua.BaseLibName, glua.OpenBase},
		{glua.TabLibName, glua.OpenTable},
		{glua.StringLibName, glua.OpenString},
		{glua.MathLibName, glua.OpenMath},
		{glua.OsLibName, glua.OpenOs},
		{glua.IoLibName, glua.OpenIo},
		{glua.CoroutineLibName, glua.OpenCoroutine},
	} {
		L.Push(L.NewFunction(lib.fn))
		L.Push(glua.LString(lib.name))
		L.Call(1, 0)
	}
	osT := L.GetGlobal("os").(*glua.LTable)
	ioT := L.GetGlobal("io").(*glua.LTable)
	pkg := L.GetGlobal("package").(*glua.LTable)
	if !opts.AllowFiles {
		for _, n := range []string{"dofile", "loadfile"} {
			L.SetGlobal(n, glua.LNil)
		}
		for _, n := range []string{"remove", "rename", "tmpname"} {
			osT.RawSetString(n, glua.LNil)
		}
		for _, n := range []string{"open", "lines", "input", "output", "close", "tmpfile"} {
			ioT.RawSetString(n, glua.LNil)
		}
		// only preloaded modules can be required
		pkg.RawSetString("path", glua.LString(""))
		pkg.RawSetString("cpath", glua.LString(""))
		if loaders, ok := pkg.RawGetString("loaders").(*glua.LTable); ok {
			for loaders.Len() > 1 {
				loaders.Remove(loaders.Len())
			}
		}
	}
	if !opts.AllowExec {
		osT.RawSetString("execute", glua.LNil)
		ioT.RawSetString("popen", glua.LNil)
	}
	osT.RawSetString("exit", L.NewFunction(r.exit))
	osT.RawSetString("getenv", L.NewFunction(func(L *glua.LState) int {
		v := r.env.Getenv(L.CheckString(1))
		if v == "" {
			L.Push(glua.LNil)
		} else {
			L.Push(glua.LString(v))
		}
		return 1
	}))
	L.SetGlobal("print", L.NewFunction(func(L *glua.LState) int {
		var b strings.Builder
		for i := 1; i <= L.GetTop(); i++ {
			if i > 1 {
				b.WriteByte('\t')
			}
			b.WriteString(L.ToStringMeta(L.Get(i)).String())
		}
		b.WriteByte('\n')
		_, _ = io.WriteString(r.env.Stdout, b.String())
		return 0
	}))
	ioT.RawSetString("write", L.NewFunction(func(L *glua.LState) int {
		for i := 1; i <= L.GetTop(); i++ {
			_, _ = io.WriteString(r.env.Stdout, L.CheckString(i))
		}
		return 0
	}))
	var stdin *bufio.Reader
	ioT.RawSetString("read", L.NewFunction(func(L *glua.LState) int {
		if r.env.Stdin == nil {
			L.Push(glua.LNil)
			return 1
		}
		if stdin == nil {
			stdin = bufio.NewReader(r.env.Stdin)
		}
		switch L.OptString(1, "*l") {
		case "*a", "*all", "a":
			b, _ := io.ReadAll(stdin)
			L.Push(glua.LString(b))
		default:
			line, err := stdin.ReadString('\n')
			if err != nil && line == "" {
				L.Push(glua.LNil)
				return 1
			}
			L.Push(glua.LString(strings.TrimSuffix(line, "\n")))
		}
		return 1
	}))
}
