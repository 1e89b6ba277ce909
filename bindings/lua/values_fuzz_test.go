package lua

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
	"github.com/stretchr/testify/require"
	glua "github.com/yuin/gopher-lua"
)

// valueBuilder makes a Lua value from fuzz bytes: nils, booleans, numbers
// (NaN and infinities included), strings with any bytes, arrays, dicts,
// sparse tables, functions, coroutines and tables that contain themselves.
type valueBuilder struct {
	L      *glua.LState
	data   []byte
	tables []*glua.LTable
	budget int
}

func (b *valueBuilder) byte() byte {
	if len(b.data) == 0 {
		return 0
	}
	c := b.data[0]
	b.data = b.data[1:]
	return c
}

func (b *valueBuilder) value(depth int) glua.LValue {
	b.budget--
	if b.budget < 0 || depth > 120 {
		return glua.LNil
	}
	switch b.byte() % 11 {
	case 0:
		return glua.LNil
	case 1:
		return glua.LBool(b.byte()%2 == 0)
	case 2:
		return glua.LNumber(int8(b.byte()))
	case 3:
		var raw [8]byte
		for i := range raw {
			raw[i] = b.byte()
		}
		return glua.LNumber(math.Float64frombits(binary.LittleEndian.Uint64(raw[:])))
	case 4:
		n := int(b.byte() % 16)
		s := make([]byte, 0, n)
		for i := 0; i < n; i++ {
			s = append(s, b.byte())
		}
		return glua.LString(s)
	case 5, 6, 7:
		t := b.L.NewTable()
		b.tables = append(b.tables, t)
		n := int(b.byte() % 5)
		for i := 1; i <= n; i++ {
			switch b.byte() % 3 {
			case 0:
				t.RawSetInt(i, b.value(depth+1))
			case 1:
				t.RawSetString(string(rune('a'+b.byte()%26)), b.value(depth+1))
			default:
				t.RawSet(glua.LNumber(int8(b.byte())), b.value(depth+1))
			}
		}
		return t
	case 8:
		if len(b.tables) == 0 {
			return glua.LNil
		}
		return b.tables[int(b.byte())%len(b.tables)]
	case 9:
		return b.L.NewFunction(func(*glua.LState) int { return 0 })
	default:
		th, _ := b.L.NewThread()
		return th
	}
}

// FuzzLuaArguments converts fuzz-built Lua values into the arguments of
// methods that make no request (create_container_config and
// create_host_config cover most parameter kinds): no panic, and a refused
// value is an InvalidArgument (or InvalidVersion) naming the method.
func FuzzLuaArguments(f *testing.F) {
	for _, seed := range [][]byte{{5, 2, 0, 4, 3, 'a', 'b', 'c'}, {6, 1, 1, 8, 0}, {3, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f},
		{5, 3, 2, 9, 2, 10, 2, 4, 2, 0, 'x', 0}, {7, 4, 1, 5, 2, 1, 4, 1, 'k', 8, 0}} {
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
	f.Fuzz(func(t *testing.T, pick uint8, data []byte) {
		b := &valueBuilder{L: r.L, data: data, budget: 512}
		v, verr := r.fromLua(b.value(0))
		if verr != nil {
			require.NotEmpty(t, verr.Error())
			return
		}
		m := methods[int(pick)%len(methods)]
		params := m.Parameters()
		p := params[int(pick)/len(methods)%len(params)]
		kw := map[string]any{p.Name: v}
		if p.Name != "image" && m.Param("image", false) != nil {
			kw["image"] = "busybox"
		}
		_, err := m.Invoke(&bindings.Call{}, api, []any{kw})
		if err == nil {
			return
		}
		var e *bindings.Error
		require.True(t, errors.As(err, &e), "%T %v", err, err)
		require.Contains(t, []*bindings.ErrorClass{bindings.InvalidArgument, bindings.InvalidVersion}, e.Class, e.Message)
		require.Contains(t, e.Message, m.FullName()+"()")
		require.NotContains(t, e.Message, "*lua.")
	})
}
