package lua

import (
	"strings"
	"testing"
)

// Tests of the changes this copy carries over upstream v1.1.2 (see
// README.md). Each script's expected output is what the reference Lua 5.1
// interpreter prints (for the __close hook, what Lua 5.4 does with a
// generic for's closing value).

func runCapture(t *testing.T, src string) string {
	t.Helper()
	L := NewState()
	defer L.Close()
	var out strings.Builder
	L.SetGlobal("print", L.NewFunction(func(L *LState) int {
		for i := 1; i <= L.GetTop(); i++ {
			if i > 1 {
				out.WriteByte('\t')
			}
			out.WriteString(L.ToStringMeta(L.Get(i)).String())
		}
		out.WriteByte('\n')
		return 0
	}))
	if err := L.DoString(src); err != nil {
		t.Fatalf("%v\noutput so far:\n%s", err, out.String())
	}
	return out.String()
}

func TestPatchedLoops(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"generic for whose body is only break, in a numeric for",
			`for i = 1, 3 do for c in function() return 1 end do break end print(i) end`,
			"1\n2\n3\n"},
		{"generic for whose body is only break, in a while",
			`local i = 0 while i < 2 do i = i + 1 for c in function() return 1 end do break end print(i) end`,
			"1\n2\n"},
		{"jump chain through an if with a constant false condition",
			`local n = 0
			for _, v in ipairs({1, 2, 3}) do
				if false then local x = 1 end
				n = n + v
			end
			print(n)`,
			"6\n"},
		{"return after a loop with a dead branch",
			`local function g()
				for _, v in ipairs({1}) do if false then local y end end
				return 1
			end
			print(g())`,
			"1\n"},
		{"state and control start as nil in each loop",
			`local function f(s, c) print("called", s, c) if c == nil then return 1 end end
			for k in f do end
			for k in f do end`,
			"called\tnil\tnil\ncalled\tnil\t1\ncalled\tnil\tnil\ncalled\tnil\t1\n"},
		{"two names and one expression",
			`local function f(s, c) print(s, c) end
			for k, v in pairs({a = 1}) do end
			for k, v in f do end`,
			"nil\tnil\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := runCapture(t, tc.src); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

const closingIterator = `
local function mk(name, n)
	local i = 0
	return setmetatable({}, {
		__call = function() i = i + 1 if i <= n then return i end end,
		__close = function() print("close", name, i) end,
	})
end
`

func TestGenericForClosesGenerator(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"exhausted", `for x in mk("a", 2) do print(x) end`, "1\n2\nclose\ta\t3\n"},
		{"break", `for x in mk("a", 5) do if x == 2 then break end end print("after")`, "close\ta\t2\nafter\n"},
		{"only break, nested", `for i = 1, 2 do for c in mk(i, 9) do break end print(i) end`,
			"close\t1\t1\n1\nclose\t2\t1\n2\n"},
		{"return from nested loops, innermost first",
			`local function f()
				for x in mk("outer", 5) do for y in mk("inner", 5) do if y == 3 then return x, y end end end
			end
			print(f())`,
			"close\tinner\t3\nclose\touter\t1\n1\t3\n"},
		{"return of a call is evaluated before the close",
			`local function f() for x in mk("a", 5) do return tostring(x) end end print(f())`,
			"close\ta\t1\n1\n"},
		{"return of varargs", `local function f(...) for x in mk("a", 5) do return ... end end print(f(1, 2, 3))`,
			"close\ta\t1\n1\t2\t3\n"},
		{"return of a local", `local function f() for x in mk("a", 5) do local y = x * 2 return y end end print(f())`,
			"close\ta\t1\n2\n"},
		{"break out of an inner while keeps the for open",
			`for x in mk("a", 2) do while true do break end print(x) end`, "1\n2\nclose\ta\t3\n"},
		{"a function without __close", `for k, v in pairs({a = 1}) do print(k, v) break end`, "a\t1\n"},
		{"in a coroutine",
			`local co = coroutine.wrap(function() for x in mk("co", 2) do coroutine.yield(x) end return "done" end)
			print(co(), co(), co())`,
			"close\tco\t3\n1\t2\tdone\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := runCapture(t, closingIterator+tc.src); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
