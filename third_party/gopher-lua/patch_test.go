package lua

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
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
		{"generic for over a method call on a call's field",
			`local T = {}
			function T:it() local i = 0 return function() i = i + 1 if i <= 2 then return i end end end
			local function mk() return {images = T} end
			for c in mk().images:it() do print(c) end`,
			"1\n2\n"},
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
		{"an error caught by pcall, innermost first",
			`print(pcall(function()
				for x in mk("outer", 5) do for y in mk("inner", 5) do if y == 2 then error("boom", 0) end end end
			end))`,
			"close\tinner\t2\nclose\touter\t1\nfalse\tboom\n"},
		{"an error raised in a called function",
			`local function deep() for z in mk("deep", 3) do error({code = 1}) end end
			local ok, e = pcall(function() for w in mk("caller", 3) do deep() end end)
			print(ok, e.code)`,
			"close\tdeep\t1\nclose\tcaller\t1\nfalse\t1\n"},
		{"an error caught inside the loop leaves it open",
			`for q in mk("a", 1) do print(pcall(error, "x", 0)) end`, "false\tx\nclose\ta\t2\n"},
		{"an error in the loop's expressions closes nothing",
			`local it = mk("a", 1) print(pcall(function() for x in it, error("e", 0) do end end)) print(it())`, "false\te\n1\n"},
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

func TestPatchedSemantics(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"swap of locals", `local a, b = 1, 2 a, b = b, a print(a, b)`, "2\t1\n"},
		{"later expressions read old values", `local a, b = 0, 0 a, b = a + 1, a + b print(a, b)`, "1\t0\n"},
		{"table store reads the old local", `local i, t = 1, {} i, t[i] = i + 1, 20 print(i, t[1], t[2])`, "2\t20\tnil\n"},
		{"local first, table after", `local j, t = 1, {} t[j], j = 30, 5 print(j, t[1], t[5])`, "5\t30\tnil\n"},
		{"local and field of the old table", `local u = {} local old = u u, u.x = {}, 1 print(old.x, u.x)`, "1\tnil\n"},
		{"global and field from locals", `local a, d, f = {}, "e", 1 g, a.e = f, d print(g, a.e)`, "1\te\n"},
		{"upstream issue 315", `local a, d, f = {}, "e", 1 f, a.d = f, d print(f, a.d)`, "1\te\n"},
		{"rotation through a call", `local p, q, r = 1, 2, 3 p, q, r = r, p, q print(p, q, r)`, "3\t1\t2\n"},
		{"numerals are decimal", `print(010, "010" + 0, tonumber("010"), 0x10, "0x1A" + 0)`, "10\t10\t10\t16\t26\n"},
		{"tonumber reads exponents", `print(tonumber("5e2"), tonumber(" 1e1 ", 10), tonumber("-0x10"), tonumber("1_0"), tonumber("0b1"))`, "500\t10\t-16\tnil\tnil\n"},
		{"arithmetic refuses Go prefixes", `print(pcall(function() return "0o7" + 0 end))`, "false\t<string>:1: cannot perform add operation between string and number\n"},
		{"%g has 6 significant digits", `print(string.format("%g|%g|%10.3g|%G", 1/3, 100000, math.pi, 1e-10))`, "0.333333|100000|      3.14|1E-10\n"},
		{"%q quotes as Lua", `print(string.format("%q", 'a"b\\c\nd\0e\r'))`, "\"a\\\"b\\\\c\\\nd\\000e\\r\"\n"},
		{"%d of a non-number is an error", `print(pcall(string.format, "%d", "x"))`, "false\tbad argument #2 to (anonymous) (number expected, got string)\n"},
		{"unknown option", `print(pcall(string.format, "%y", 1))`, "false\tinvalid option '%y' to 'format'\n"},
		{"%s uses tostring", `print(string.format("[%5s|%-3s|%s]", "ab", 1, setmetatable({}, {__tostring = function() return "T" end})))`, "[   ab|1  |T]\n"},
		{"%c and %x", `print(string.format("%c%c|%x|%#o|%5.1f%%", 72, 105, 255, 8, 99.44))`, "Hi|ff|010| 99.4%\n"},
		{"math.huge is infinite", `print(math.huge, -math.huge, math.huge > 1e308, string.format("%f|%5.1g", math.huge, -math.huge))`, "inf\t-inf\ttrue\tinf| -inf\n"},
		{"error level 2 is the caller's caller",
			"local function g() error('m', 2) end\nlocal function h()\n g()\nend\nprint(pcall(h))",
			"false\t<string>:3: m\n"},
		{"a Go function called by a Go function gives no position", `print(pcall(error, "m")) print(pcall(assert, false))`, "false\tm\nfalse\tassertion failed!\n"},
		{"resume with fewer values than yield returns",
			`local co = coroutine.wrap(function() while true do local x = coroutine.yield(0) if x == nil then break end end return "end" end)
			print(co(), co("a"), co())`,
			"0\t0\tend\n"},
		{"find clamps init", `print(("abc"):find("", 10), ("abc"):find("b", 10, true), ("abc"):find("", 2))`, "4\tnil\t2\t1\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := runCapture(t, tc.src); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// Messages name a chunk as Lua does: "@file" as file, "=name" as name.
func TestPatchedChunkNames(t *testing.T) {
	for _, name := range []string{"@script.lua", "=script.lua"} {
		L := NewState()
		fn, err := L.Load(strings.NewReader(`error("boom")`), name)
		if err != nil {
			t.Fatal(err)
		}
		L.Push(fn)
		err = L.PCall(0, 0, nil)
		L.Close()
		if err == nil || !strings.HasPrefix(err.Error(), "script.lua:1: boom") {
			t.Errorf("%s: got %v, want script.lua:1: boom", name, err)
		}
	}
}

// TestPatchedRegistryGrowth: a value stack that starts small and grows by
// a small step doubles instead, so it reaches a large size in a few
// copies, and keeps its values across each copy.
func TestPatchedRegistryGrowth(t *testing.T) {
	L := NewState(Options{RegistrySize: 64, RegistryGrowStep: 8, RegistryMaxSize: 1 << 20})
	defer L.Close()
	var sizes []int
	L.SetGlobal("size", L.NewFunction(func(L *LState) int {
		if n := len(L.reg.array); len(sizes) == 0 || sizes[len(sizes)-1] != n {
			sizes = append(sizes, n)
		}
		return 0
	}))
	if err := L.DoString(`
		local t = {}
		for i = 1, 100000 do t[i] = i end
		local function sum(...)
			size()
			local a, s = {...}, 0
			for i = 1, #a do s = s + a[i] end
			return s
		end
		local n = 10
		while n < 100000 do
			n = math.min(100000, math.floor(n * 1.25))
			assert(sum(unpack(t, 1, n)) == n * (n + 1) / 2, n)
		end
	`); err != nil {
		t.Fatal(err)
	}
	if len(sizes) == 0 || sizes[len(sizes)-1] < 100000 {
		t.Fatalf("the stack did not grow to 100000 values: %v", sizes)
	}
	for i := 1; i < len(sizes); i++ {
		if sizes[i] < 2*sizes[i-1] {
			t.Fatalf("the stack grew from %d to %d values, less than double: %v", sizes[i-1], sizes[i], sizes)
		}
	}
}

// TestPatchedGsubIsLinear: gsub builds its result in one pass. Upstream
// copied the whole string for each replacement: 20000 matches allocated
// about 1.6 GB (300000 took minutes inside one builtin call).
func TestPatchedGsubIsLinear(t *testing.T) {
	L := NewState()
	defer L.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := L.DoString(`
		local s, n = string.rep("ab", 20000):gsub("a", "xyz")
		assert(n == 20000 and #s == 80000 and s:sub(1, 8) == "xyzbxyzb", n)
	`); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Fatalf("gsub of 20000 matches allocated %d bytes", got)
	}
	// the same results as Lua 5.1 at the edges: empty matches, anchors,
	// a limit, a table and a function that keep the match
	out := runCapture(t, `
		print(("abc"):gsub("", "-"))
		print(("abc"):gsub("x*", "-"))
		print(("hello world"):gsub("^h", "H"))
		print(("hello world"):gsub("o", "0", 1))
		print(("a b c"):gsub("%w", {a = "A", b = false}))
		print(("a b c"):gsub("%w", function(c) if c ~= "b" then return c:upper() end end))
		print(("abc"):gsub("%w", "%0%0"))
	`)
	want := "-a-b-c-\t4\n-a-b-c-\t4\nHello world\t1\nhell0 world\t1\nA b c\t3\nA b C\t3\naabbcc\t3\n"
	if out != want {
		t.Fatalf("got\n%s\nwant\n%s", out, want)
	}
}

// TestPatchedMaxStringSize: with Options.MaxStringSize, concatenation and
// gsub raise an error a script can catch instead of building a longer
// string, so a doubling loop ends at the limit.
func TestPatchedMaxStringSize(t *testing.T) {
	L := NewState(Options{MaxStringSize: 1 << 20})
	defer L.Close()
	var msgs []string
	L.SetGlobal("report", L.NewFunction(func(L *LState) int {
		msgs = append(msgs, L.CheckString(1))
		return 0
	}))
	if err := L.DoString(`
		local s = "x"
		local ok, err = pcall(function() while true do s = s .. s end end)
		report(tostring(ok) .. " " .. #s .. " " .. err)
		ok, err = pcall(function() return ("x"):rep(1000):gsub("x", ("y"):rep(2000)) end)
		report(tostring(ok) .. " " .. err)
		ok, err = pcall(function() return ("x"):rep(1000):gsub("x", function() return ("y"):rep(2000) end) end)
		report(tostring(ok) .. " " .. err)
		report(#(("x"):rep(1000):gsub("x", ("y"):rep(1000))) .. "")
	`); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"false 1048576 <string>:3: concatenation: the result would need 2097152 bytes, more than this runtime's memory limit of 1048576 bytes",
		"false <string>:5: string.gsub: the result would need 1050475 bytes, more than this runtime's memory limit of 1048576 bytes",
		"false <string>:7: string.gsub: the result would need 1050475 bytes, more than this runtime's memory limit of 1048576 bytes",
		"1000000",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

// TestPatchedPatternMatchStops: a pattern that backtracks for hours ends
// with the state's context's error once the context is done, in find,
// match, gmatch and gsub, and in a coroutine.
func TestPatchedPatternMatchStops(t *testing.T) {
	for _, src := range []string{
		`return (("a"):rep(3000):find(".-.-.-b"))`,
		`return (("a"):rep(3000):match(".-.-.-b"))`,
		`for m in ("a"):rep(3000):gmatch(".-.-.-b") do end`,
		`return (("a"):rep(3000):gsub(".-.-.-b", ""))`,
		`return coroutine.wrap(function() return (("a"):rep(3000):find(".-.-.-b")) end)()`,
	} {
		L := NewState()
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		L.SetContext(ctx)
		err := L.DoString(src)
		cancel()
		L.Close()
		if err == nil || !strings.Contains(err.Error(), "context deadline exceeded") {
			t.Fatalf("%s: got %v, want the context's error", src, err)
		}
	}
}

// TestPatchedRepAndConcat: string.rep and table.concat stay within
// MaxStringSize, checked before the string is built; table.concat joins a
// large table without the value stack (upstream pushed every piece and
// overflowed it) and, as in Lua 5.1, refuses a nil inside [i, j]
// (upstream clamped j to the table's length).
func TestPatchedRepAndConcat(t *testing.T) {
	out := runCapture(t, `
		local t = {}
		for i = 1, 300000 do t[i] = "x" end
		print(#table.concat(t, ","))
		print(pcall(table.concat, {1, 2, 3}, ",", 1, 5))
		print(table.concat({1, 2, 3}, ",", 2), table.concat({}, ","), table.concat({1, 2}, ",", 3))
		print(("ab"):rep(3), ("ab"):rep(0), ("ab"):rep(-1), (""):rep(1e12))
	`)
	want := "599999\nfalse\tinvalid value (nil) at index 4 in table for concat\n2,3\t\t\nababab\t\t\t\n"
	if out != want {
		t.Fatalf("got\n%q\nwant\n%q", out, want)
	}
	L := NewState(Options{MaxStringSize: 1 << 20})
	defer L.Close()
	for src, msg := range map[string]string{
		`string.rep("x", 1e12)`:    "string.rep: the result would need 1000000000000 bytes, more than this runtime's memory limit of 1048576 bytes",
		`string.rep("abc", 2^62)`:  "string.rep: the result would need 4611686018427387904 bytes",
		`string.rep("ab", 600000)`: "string.rep: the result would need 1200000 bytes",
		`local t = {} for i = 1, 300 do t[i] = ("x"):rep(10000) end table.concat(t)`: "table.concat: the result would need 1050000 bytes",
	} {
		err := L.DoString(src)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want %q", src, err, msg)
		}
	}
}
