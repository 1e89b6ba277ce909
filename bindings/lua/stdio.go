package lua

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	glua "github.com/yuin/gopher-lua"
)

// stdStream is io.stdout, io.stderr or io.stdin: the runtime's own
// streams (Env.Stdout, Stderr, Stdin), never the host process's files.
// Closing one only marks it closed; buffering requests are accepted and
// ignored.
type stdStream struct {
	name   string
	w      func() io.Writer
	r      *bufio.Reader
	closed bool
}

// installStdio replaces io's standard files and the functions that use
// the default input and output with versions over the runtime's streams.
func (r *Runtime) installStdio(ioT *glua.LTable) {
	L := r.L
	mt := L.CreateTable(0, 4)
	methods := L.CreateTable(0, 8)
	mt.RawSetString("__index", methods)
	mt.RawSetString("__name", glua.LString("FILE*"))
	mt.RawSetString("__tostring", L.NewFunction(func(L *glua.LState) int {
		L.Push(glua.LString("file (" + checkStream(L, 1).name + ")"))
		return 1
	}))
	methods.RawSetString("write", L.NewFunction(func(L *glua.LState) int {
		s := checkStream(L, 1)
		r.streamWrite(L, s, 2)
		L.Push(L.Get(1))
		return 1
	}))
	methods.RawSetString("read", L.NewFunction(func(L *glua.LState) int {
		return r.streamRead(L, checkStream(L, 1), 2)
	}))
	methods.RawSetString("lines", L.NewFunction(func(L *glua.LState) int {
		s := checkStream(L, 1)
		L.Push(L.NewFunction(func(L *glua.LState) int { return r.streamReadFormat(L, s, "*l") }))
		return 1
	}))
	methods.RawSetString("close", L.NewFunction(func(L *glua.LState) int {
		s := checkStream(L, 1)
		if s.closed {
			L.RaiseError("attempt to use a closed file")
		}
		s.closed = true
		L.Push(glua.LTrue)
		return 1
	}))
	methods.RawSetString("flush", L.NewFunction(func(L *glua.LState) int {
		checkStream(L, 1)
		L.Push(L.Get(1))
		return 1
	}))
	methods.RawSetString("setvbuf", L.NewFunction(func(L *glua.LState) int {
		checkStream(L, 1)
		switch mode := L.CheckString(2); mode {
		case "no", "full", "line":
		default:
			L.ArgError(2, "invalid buffering mode '"+mode+"'")
		}
		L.OptNumber(3, 0)
		L.Push(glua.LTrue)
		return 1
	}))
	methods.RawSetString("seek", L.NewFunction(func(L *glua.LState) int {
		checkStream(L, 1)
		L.Push(glua.LNil)
		L.Push(glua.LString("Illegal seek"))
		L.Push(glua.LNumber(29))
		return 3
	}))
	mk := func(s *stdStream) *glua.LUserData {
		ud := L.NewUserData()
		ud.Value = s
		ud.Metatable = mt
		return ud
	}
	stdout := mk(&stdStream{name: "stdout", w: func() io.Writer { return r.env.Stdout }})
	stderr := mk(&stdStream{name: "stderr", w: func() io.Writer { return r.env.Stderr }})
	in := &stdStream{name: "stdin"}
	stdin := mk(in)
	ioT.RawSetString("stdout", stdout)
	ioT.RawSetString("stderr", stderr)
	ioT.RawSetString("stdin", stdin)

	var output, input glua.LValue = stdout, stdin
	origOpen := ioT.RawGetString("open")
	origType := ioT.RawGetString("type")
	// selectFile implements io.input / io.output: no argument returns the
	// current file, a file replaces it, a name opens it (files granted).
	selectFile := func(cur *glua.LValue, mode string) *glua.LFunction {
		return L.NewFunction(func(L *glua.LState) int {
			switch v := L.Get(1).(type) {
			case *glua.LNilType:
			case glua.LString:
				fn, ok := origOpen.(*glua.LFunction)
				if !ok {
					denied(L, "io.open", "files")
				}
				L.Push(fn)
				L.Push(v)
				L.Push(glua.LString(mode))
				L.Call(2, 2)
				f := L.Get(-2)
				if f == glua.LNil {
					L.RaiseError("%s", L.Get(-1).String())
				}
				L.Pop(2)
				*cur = f
			default:
				*cur = v
			}
			L.Push(*cur)
			return 1
		})
	}
	ioT.RawSetString("output", selectFile(&output, "w"))
	ioT.RawSetString("input", selectFile(&input, "r"))
	callMethod := func(L *glua.LState, obj glua.LValue, name string, from int) int {
		top := L.GetTop()
		L.Push(L.GetField(obj, name))
		L.Push(obj)
		for i := from; i <= top; i++ {
			L.Push(L.Get(i))
		}
		L.Call(top-from+2, glua.MultRet)
		return L.GetTop() - top
	}
	ioT.RawSetString("write", L.NewFunction(func(L *glua.LState) int {
		if s, ok := streamOf(output); ok {
			r.streamWrite(L, s, 1)
			L.Push(output)
			return 1
		}
		return callMethod(L, output, "write", 1)
	}))
	ioT.RawSetString("read", L.NewFunction(func(L *glua.LState) int {
		if s, ok := streamOf(input); ok {
			return r.streamRead(L, s, 1)
		}
		return callMethod(L, input, "read", 1)
	}))
	ioT.RawSetString("close", L.NewFunction(func(L *glua.LState) int {
		f := L.Get(1)
		if f == glua.LNil {
			f = output
		}
		return callMethod(L, f, "close", L.GetTop()+1)
	}))
	ioT.RawSetString("flush", L.NewFunction(func(L *glua.LState) int {
		return callMethod(L, output, "flush", L.GetTop()+1)
	}))
	ioT.RawSetString("type", L.NewFunction(func(L *glua.LState) int {
		if s, ok := streamOf(L.Get(1)); ok {
			if s.closed {
				L.Push(glua.LString("closed file"))
			} else {
				L.Push(glua.LString("file"))
			}
			return 1
		}
		if fn, ok := origType.(*glua.LFunction); ok {
			L.Push(fn)
			L.Push(L.Get(1))
			L.Call(1, 1)
			return 1
		}
		L.Push(glua.LNil)
		return 1
	}))
	origLines := ioT.RawGetString("lines")
	ioT.RawSetString("lines", L.NewFunction(func(L *glua.LState) int {
		if L.GetTop() == 0 {
			if s, ok := streamOf(input); ok {
				L.Push(L.NewFunction(func(L *glua.LState) int { return r.streamReadFormat(L, s, "*l") }))
				return 1
			}
			return callMethod(L, input, "lines", 1)
		}
		fn, ok := origLines.(*glua.LFunction)
		if !ok {
			denied(L, "io.lines", "files")
		}
		L.Push(fn)
		L.Push(L.Get(1))
		L.Call(1, 1)
		return 1
	}))
}

func streamOf(v glua.LValue) (*stdStream, bool) {
	if ud, ok := v.(*glua.LUserData); ok {
		s, ok := ud.Value.(*stdStream)
		return s, ok
	}
	return nil, false
}

func checkStream(L *glua.LState, n int) *stdStream {
	s, ok := streamOf(L.Get(n))
	if !ok {
		L.ArgError(n, "file expected")
	}
	return s
}

func (r *Runtime) streamWrite(L *glua.LState, s *stdStream, from int) {
	if s.closed {
		L.RaiseError("attempt to use a closed file")
	}
	if s.w == nil {
		L.RaiseError("%s is not writable", s.name)
	}
	w := s.w()
	for i := from; i <= L.GetTop(); i++ {
		var str string
		switch v := L.Get(i).(type) {
		case glua.LString:
			str = string(v)
		case glua.LNumber:
			str = v.String()
		default:
			L.ArgError(i, "string expected, got "+v.Type().String())
		}
		if _, err := io.WriteString(w, str); err != nil {
			L.RaiseError("%s: %v", s.name, err)
		}
	}
}

func (r *Runtime) streamRead(L *glua.LState, s *stdStream, from int) int {
	if L.GetTop() < from {
		return r.streamReadFormat(L, s, "*l")
	}
	n, top := 0, L.GetTop()
	for i := from; i <= top; i++ {
		var f string
		switch v := L.Get(i).(type) {
		case glua.LNumber:
			f = strconv.FormatInt(int64(v), 10)
		case glua.LString:
			f = string(v)
		default:
			L.ArgError(i, "invalid format")
		}
		n += r.streamReadFormat(L, s, f)
	}
	return n
}

// streamReadFormat reads one value of a read format ("*l", "*L", "*a",
// "*n" or a byte count) and pushes it (nil at the end of the input).
func (r *Runtime) streamReadFormat(L *glua.LState, s *stdStream, f string) int {
	if s.closed {
		L.RaiseError("attempt to use a closed file")
	}
	if s.name != "stdin" {
		L.Push(glua.LNil)
		L.Push(glua.LString(s.name + " is not readable"))
		return 2
	}
	if r.env.Stdin == nil {
		L.Push(glua.LNil)
		return 1
	}
	if s.r == nil {
		s.r = bufio.NewReader(r.env.Stdin)
	}
	f = strings.TrimPrefix(f, "*")
	if n, err := strconv.ParseInt(f, 10, 64); err == nil {
		if e := r.limits.AllocError("read", n); e != nil {
			L.RaiseError("%v", e)
		}
		buf := make([]byte, n)
		k, _ := io.ReadFull(s.r, buf)
		if k == 0 && n > 0 {
			L.Push(glua.LNil)
		} else {
			L.Push(glua.LString(buf[:k]))
		}
		return 1
	}
	switch {
	case strings.HasPrefix(f, "a"):
		var b strings.Builder
		_, err := io.Copy(&b, io.LimitReader(s.r, r.maxMemory()+1))
		if err == nil && int64(b.Len()) > r.maxMemory() {
			L.RaiseError("read: the input is larger than this runtime's memory limit of %d bytes", r.maxMemory())
		}
		L.Push(glua.LString(b.String()))
	case strings.HasPrefix(f, "n"):
		var x float64
		if _, err := fmt.Fscan(s.r, &x); err != nil {
			L.Push(glua.LNil)
		} else {
			L.Push(glua.LNumber(x))
		}
	case strings.HasPrefix(f, "l"), strings.HasPrefix(f, "L"):
		line, err := s.r.ReadString('\n')
		if err != nil && line == "" {
			L.Push(glua.LNil)
			return 1
		}
		if f[0] == 'l' {
			line = strings.TrimSuffix(line, "\n")
		}
		L.Push(glua.LString(line))
	default:
		L.ArgError(2, "invalid format")
	}
	return 1
}
