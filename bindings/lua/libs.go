package lua

import (
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
			L.SetGlobal(n, r.deniedFunc(n, "files"))
		}
		for _, n := range []string{"remove", "rename", "tmpname"} {
			osT.RawSetString(n, r.deniedFunc("os."+n, "files"))
		}
		for _, n := range []string{"open", "lines", "tmpfile"} {
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
		osT.RawSetString("execute", r.deniedFunc("os.execute", "exec"))
		ioT.RawSetString("popen", r.deniedFunc("io.popen", "exec"))
	}
	if !opts.AllowEnv {
		osT.RawSetString("setenv", r.deniedFunc("os.setenv", "env"))
	}
	r.installStdio(ioT)
	if !opts.AllowFiles {
		for _, n := range []string{"open", "lines", "tmpfile"} {
			ioT.RawSetString(n, r.deniedFunc("io."+n, "files"))
		}
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
			if int64(b.Len()) > r.maxMemory() {
				r.checkAlloc(L, "print", int64(b.Len()))
			}
		}
		b.WriteByte('\n')
		_, _ = io.WriteString(r.env.Stdout, b.String())
		return 0
	}))
}
