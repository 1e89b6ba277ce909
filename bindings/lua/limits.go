package lua

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// The Lua state's value stack (gopher-lua's registry) starts at
// registrySize slots (16 KiB) and grows, at least doubling, up to
// registryMax; one builtin call returns at most maxResults values, so that
// a script gets an error rather than an overflow of the stack.
const (
	registrySize = 1 << 10
	registryMax  = 1 << 20
	maxResults   = 1 << 17
	// DefaultMaxMemory is the memory limit when Limits.MaxMemory is 0.
	DefaultMaxMemory = 256 << 20
)

func (r *Runtime) maxMemory() int64 { return maxMemoryOf(r.limits) }

// maxMemoryOf is the memory limit of a runtime with limits l.
func maxMemoryOf(l bindings.Limits) int64 {
	if l.MaxMemory > 0 {
		return l.MaxMemory
	}
	return DefaultMaxMemory
}

// checkAlloc raises a Lua error when a builtin would build more than the
// memory limit.
func (r *Runtime) checkAlloc(L *glua.LState, what string, n int64) {
	if n > r.maxMemory() || n < 0 {
		L.RaiseError("%s: the result would need %d bytes, more than this runtime's memory limit of %d bytes", what, n, r.maxMemory())
	}
}

// installLimits replaces the builtins that can return many values in one
// call, and xpcall, by versions that check the limits first. The builtins
// that build a large string (string.rep, table.concat, string.gsub, ..)
// are bounded in the patched gopher-lua by the state's MaxStringSize.
func (r *Runtime) installLimits() {
	L := r.L
	strT := L.GetGlobal("string").(*glua.LTable)
	tabT := L.GetGlobal("table").(*glua.LTable)
	strT.RawSetString("byte", L.NewFunction(func(L *glua.LState) int {
		s := L.CheckString(1)
		l := len(s)
		i := L.OptInt(2, 1)
		j := L.OptInt(3, i)
		if i < 0 {
			i = l + i + 1
		}
		if j < 0 {
			j = l + j + 1
		}
		i = max(i, 1)
		j = min(j, l)
		if i > j {
			return 0
		}
		if j-i+1 > maxResults {
			L.RaiseError("string.byte: string slice too long (%d values, at most %d)", j-i+1, maxResults)
		}
		for k := i; k <= j; k++ {
			L.Push(glua.LNumber(s[k-1]))
		}
		return j - i + 1
	}))
	unpack := L.NewFunction(func(L *glua.LState) int {
		t := L.CheckTable(1)
		i := L.OptInt(2, 1)
		j := L.OptInt(3, t.Len())
		if i > j {
			return 0
		}
		if n := int64(j) - int64(i) + 1; n > maxResults {
			L.RaiseError("too many results to unpack (%d, at most %d)", n, maxResults)
		}
		for k := i; k <= j; k++ {
			L.Push(t.RawGetInt(k))
		}
		return j - i + 1
	})
	// xpcall calls the handler once the stack is unwound: gopher-lua's
	// calls it on top of a stack that may be full (a stack overflow).
	L.SetGlobal("xpcall", L.NewFunction(func(L *glua.LState) int {
		fn := L.CheckFunction(1)
		handler := L.CheckFunction(2)
		top := L.GetTop()
		L.Push(fn)
		if err := L.PCall(0, glua.MultRet, nil); err != nil {
			L.SetTop(top)
			var obj glua.LValue = glua.LString(err.Error())
			if api, ok := err.(*glua.ApiError); ok {
				obj = api.Object
			}
			L.Push(glua.LFalse)
			L.Push(handler)
			L.Push(obj)
			L.Call(1, 1)
			return 2
		}
		L.Insert(glua.LTrue, top+1)
		return L.GetTop() - top
	}))
	L.SetGlobal("unpack", unpack)
	if tabT.RawGetString("unpack") != glua.LNil {
		tabT.RawSetString("unpack", unpack) // Lua 5.1 has unpack only as a global
	}
}

// stepContext is the Lua state's context when a step budget is set: the
// virtual machine asks for Done before every instruction, which counts
// the steps; past the budget it reports done with ErrLimit.
type stepContext struct {
	context.Context
	left  atomic.Int64
	over  chan struct{}
	once  sync.Once
	steps int64
}

func newStepContext(ctx context.Context, steps int64) *stepContext {
	s := &stepContext{Context: ctx, over: make(chan struct{}), steps: steps}
	s.left.Store(steps)
	return s
}

func (s *stepContext) Done() <-chan struct{} {
	if s.left.Add(-1) < 0 {
		s.once.Do(func() { close(s.over) })
		return s.over
	}
	return s.Context.Done()
}

func (s *stepContext) Err() error {
	if s.exhausted() {
		return bindings.ErrLimit
	}
	return s.Context.Err()
}

func (s *stepContext) exhausted() bool {
	select {
	case <-s.over:
		return true
	default:
		return false
	}
}

// denied raises the error of a function the runtime's policy does not
// grant.
func denied(L *glua.LState, fn, capability string) {
	L.RaiseError("%s: denied by this runtime's policy (the %s capability is not granted)", fn, capability)
}

// deniedFunc is what a function the policy does not grant is replaced by.
func (r *Runtime) deniedFunc(fn, capability string) *glua.LFunction {
	return r.L.NewFunction(func(L *glua.LState) int {
		denied(L, fn, capability)
		return 0
	})
}
