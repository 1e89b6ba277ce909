package lua

import (
	"fmt"
	"math"
	"strings"

	"github.com/yuin/gopher-lua/pm"
)

const emptyLString LString = LString("")

func OpenString(L *LState) int {
	var mod *LTable
	//_, ok := L.G.builtinMts[int(LTString)]
	//if !ok {
	mod = L.RegisterModule(StringLibName, strFuncs).(*LTable)
	gmatch := L.NewClosure(strGmatch, L.NewFunction(strGmatchIter))
	mod.RawSetString("gmatch", gmatch)
	mod.RawSetString("gfind", gmatch)
	mod.RawSetString("__index", mod)
	L.G.builtinMts[int(LTString)] = mod
	//}
	L.Push(mod)
	return 1
}

var strFuncs = map[string]LGFunction{
	"byte":    strByte,
	"char":    strChar,
	"dump":    strDump,
	"find":    strFind,
	"format":  strFormat,
	"gsub":    strGsub,
	"len":     strLen,
	"lower":   strLower,
	"match":   strMatch,
	"rep":     strRep,
	"reverse": strReverse,
	"sub":     strSub,
	"upper":   strUpper,
}

func strByte(L *LState) int {
	str := L.CheckString(1)
	start := L.OptInt(2, 1) - 1
	end := L.OptInt(3, -1)
	l := len(str)
	if start < 0 {
		start = l + start + 1
	}
	if end < 0 {
		end = l + end + 1
	}

	if L.GetTop() == 2 {
		if start < 0 || start >= l {
			return 0
		}
		L.Push(LNumber(str[start]))
		return 1
	}

	start = intMax(start, 0)
	end = intMin(end, l)
	if end < 0 || end <= start || start >= l {
		return 0
	}

	for i := start; i < end; i++ {
		L.Push(LNumber(str[i]))
	}
	return end - start
}

func strChar(L *LState) int {
	top := L.GetTop()
	bytes := make([]byte, L.GetTop())
	for i := 1; i <= top; i++ {
		bytes[i-1] = uint8(L.CheckInt(i))
	}
	L.Push(LString(string(bytes)))
	return 1
}

func strDump(L *LState) int {
	L.RaiseError("GopherLua does not support the string.dump")
	return 0
}

func strFind(L *LState) int {
	str := L.CheckString(1)
	pattern := L.CheckString(2)
	// dscript patch: as in Lua 5.1, init is clamped to the string (upstream
	// sliced past its end, a Go panic with plain=true) and an empty pattern
	// matches at init (upstream: always at 1)
	init := intMin(luaIndex2StringIndex(str, L.OptInt(3, 1), true), len(str))
	if len(pattern) == 0 {
		L.Push(LNumber(init + 1))
		L.Push(LNumber(init))
		return 2
	}
	plain := false
	if L.GetTop() == 4 {
		plain = LVAsBool(L.Get(4))
	}

	if plain {
		pos := strings.Index(str[init:], pattern)
		if pos < 0 {
			L.Push(LNil)
			return 1
		}
		L.Push(LNumber(init+pos) + 1)
		L.Push(LNumber(init + pos + len(pattern)))
		return 2
	}

	mds, err := pm.FindStop(pattern, unsafeFastStringToReadOnlyBytes(str), init, 1, patternStop(L))
	if err != nil {
		L.RaiseError(err.Error())
	}
	if len(mds) == 0 {
		L.Push(LNil)
		return 1
	}
	md := mds[0]
	L.Push(LNumber(md.Capture(0) + 1))
	L.Push(LNumber(md.Capture(1)))
	for i := 2; i < md.CaptureLength(); i += 2 {
		if md.IsPosCapture(i) {
			L.Push(LNumber(md.Capture(i)))
		} else {
			L.Push(LString(str[md.Capture(i):md.Capture(i+1)]))
		}
	}
	return md.CaptureLength()/2 + 1
}

// strFormat is string.format. dscript patch: upstream handed the format
// to Go's fmt.Sprintf, so %g printed all digits (Lua: 6 significant),
// %q quoted the Go way ("\x00", not valid Lua 5.1), %d of a non-number
// printed 0, and a bad option printed "%!y(...)". Each conversion is now
// read and checked as Lua's is; %s takes any value through tostring (as
// Lua 5.2 does) rather than only strings and numbers.
func strFormat(L *LState) int {
	str := L.CheckString(1)
	var b strings.Builder
	arg := 1
	for i := 0; i < len(str); i++ {
		if str[i] != '%' {
			b.WriteByte(str[i])
			continue
		}
		i++
		if i < len(str) && str[i] == '%' {
			b.WriteByte('%')
			continue
		}
		start := i
		for i < len(str) && strings.IndexByte("-+ #0", str[i]) >= 0 {
			i++
		}
		if i-start > 5 {
			L.RaiseError("invalid format (repeated flags)")
		}
		digits := func() {
			n := 0
			for i < len(str) && str[i] >= '0' && str[i] <= '9' {
				i++
				n++
			}
			if n > 2 {
				L.RaiseError("invalid format (width or precision too long)")
			}
		}
		digits()
		hasPrecision := false
		if i < len(str) && str[i] == '.' {
			hasPrecision = true
			i++
			digits()
		}
		if i >= len(str) {
			L.RaiseError("invalid option '%%' to 'format'")
		}
		spec, conv := "%"+str[start:i], str[i]
		arg++
		switch conv {
		case 'c':
			fmt.Fprintf(&b, spec+"s", string([]byte{byte(int64(L.CheckNumber(arg)))}))
		case 'd', 'i':
			fmt.Fprintf(&b, spec+"d", int64(L.CheckNumber(arg)))
		case 'o', 'x', 'X':
			fmt.Fprintf(&b, spec+string(conv), uint64(int64(L.CheckNumber(arg))))
		case 'u':
			fmt.Fprintf(&b, spec+"d", uint64(int64(L.CheckNumber(arg))))
		case 'e', 'E', 'f', 'g', 'G':
			f := float64(L.CheckNumber(arg))
			if math.IsInf(f, 0) || math.IsNaN(f) {
				s := nonFiniteString(f)
				if conv == 'E' || conv == 'G' {
					s = strings.ToUpper(s)
				}
				width := strings.TrimLeft(str[start:i], "-+ #0")
				if p := strings.IndexByte(width, '.'); p >= 0 {
					width = width[:p]
				}
				flags := ""
				if strings.IndexByte(str[start:i], '-') >= 0 {
					flags = "-"
				}
				if f > 0 && strings.IndexByte(str[start:i], '+') >= 0 {
					s = "+" + s
				}
				fmt.Fprintf(&b, "%"+flags+width+"s", s)
				continue
			}
			if (conv == 'g' || conv == 'G') && !hasPrecision {
				spec += ".6"
			}
			fmt.Fprintf(&b, spec+string(conv), f)
		case 'q':
			s := L.CheckString(arg)
			b.WriteByte('"')
			for j := 0; j < len(s); j++ {
				switch c := s[j]; c {
				case '"', '\\':
					b.WriteByte('\\')
					b.WriteByte(c)
				case '\n':
					b.WriteString("\\\n")
				case '\r':
					b.WriteString("\\r")
				case 0:
					b.WriteString("\\000")
				default:
					b.WriteByte(c)
				}
			}
			b.WriteByte('"')
		case 's':
			fmt.Fprintf(&b, spec+"s", L.ToStringMeta(L.CheckAny(arg)).String())
		default:
			L.RaiseError("invalid option '%%%c' to 'format'", conv)
		}
	}
	L.Push(LString(b.String()))
	return 1
}

func strGsub(L *LState) int {
	str := L.CheckString(1)
	pat := L.CheckString(2)
	L.CheckTypes(3, LTString, LTTable, LTFunction)
	repl := L.CheckAny(3)
	limit := L.OptInt(4, -1)

	mds, err := pm.FindStop(pat, unsafeFastStringToReadOnlyBytes(str), 0, limit, patternStop(L))
	if err != nil {
		L.RaiseError(err.Error())
	}
	if len(mds) == 0 {
		L.SetTop(1)
		L.Push(LNumber(0))
		return 2
	}
	switch lv := repl.(type) {
	case LString:
		L.Push(LString(strGsubStr(L, str, string(lv), mds)))
	case *LTable:
		L.Push(LString(strGsubTable(L, str, lv, mds)))
	case *LFunction:
		L.Push(LString(strGsubFunc(L, str, lv, mds)))
	}
	L.Push(LNumber(len(mds)))
	return 2
}

type replaceInfo struct {
	Indicies []int
	String   string
}

func checkCaptureIndex(L *LState, m *pm.MatchData, idx int) {
	if idx <= 2 {
		return
	}
	if idx >= m.CaptureLength() {
		L.RaiseError("invalid capture index")
	}
}

func capturedString(L *LState, m *pm.MatchData, str string, idx int) string {
	checkCaptureIndex(L, m, idx)
	if idx >= m.CaptureLength() && idx == 2 {
		idx = 0
	}
	if m.IsPosCapture(idx) {
		return fmt.Sprint(m.Capture(idx))
	} else {
		return str[m.Capture(idx):m.Capture(idx+1)]
	}

}

// strGsubDoReplace builds gsub's result. dscript patch: in one pass
// (upstream copied the whole string for each replacement, so a gsub of
// 300000 matches took minutes inside one builtin call, beyond any
// timeout), and within the state's MaxStringSize: gsubSize checks the
// replacements as they are made and gives the result's size.
func strGsubDoReplace(str string, info []replaceInfo, size int) string {
	var b strings.Builder
	b.Grow(size)
	prev := 0
	for _, r := range info {
		start, end := max(r.Indicies[0], prev), min(max(r.Indicies[1], prev), len(str))
		b.WriteString(str[prev:start])
		b.WriteString(r.String)
		prev = end
	}
	b.WriteString(str[prev:])
	return b.String()
}

// gsubSize counts the size of a gsub result as its replacements are made
// and raises an error when it passes the state's MaxStringSize (dscript
// patch).
type gsubSize struct {
	L    *LState
	size int
}

func (g *gsubSize) add(start, end int, repl string) {
	g.size += len(repl) - (end - start)
	checkStringSize(g.L, "string.gsub", g.size)
}

// checkStringSize raises an error when a string of size bytes would pass
// the state's Options.MaxStringSize (dscript patch).
func checkStringSize(L *LState, what string, size int) {
	if max := L.Options.MaxStringSize; max > 0 && (size > max || size < 0) {
		L.RaiseError("%s: the result would need %d bytes, more than this runtime's memory limit of %d bytes", what, size, max)
	}
}

func strGsubStr(L *LState, str string, repl string, matches []*pm.MatchData) string {
	infoList := make([]replaceInfo, 0, len(matches))
	sizer := gsubSize{L: L, size: len(str)} // dscript patch
	for _, match := range matches {
		start, end := match.Capture(0), match.Capture(1)
		sc := newFlagScanner('%', "", "", repl)
		for c, eos := sc.Next(); !eos; c, eos = sc.Next() {
			if !sc.ChangeFlag {
				if sc.HasFlag {
					if c >= '0' && c <= '9' {
						sc.AppendString(capturedString(L, match, str, 2*(int(c)-48)))
					} else {
						sc.AppendChar('%')
						sc.AppendChar(c)
					}
					sc.HasFlag = false
				} else {
					sc.AppendChar(c)
				}
			}
		}
		sizer.add(start, end, sc.String()) // dscript patch
		infoList = append(infoList, replaceInfo{[]int{start, end}, sc.String()})
	}

	return strGsubDoReplace(str, infoList, sizer.size)
}

func strGsubTable(L *LState, str string, repl *LTable, matches []*pm.MatchData) string {
	infoList := make([]replaceInfo, 0, len(matches))
	sizer := gsubSize{L: L, size: len(str)} // dscript patch
	for _, match := range matches {
		idx := 0
		if match.CaptureLength() > 2 { // has captures
			idx = 2
		}
		var value LValue
		if match.IsPosCapture(idx) {
			value = L.GetTable(repl, LNumber(match.Capture(idx)))
		} else {
			value = L.GetField(repl, str[match.Capture(idx):match.Capture(idx+1)])
		}
		if !LVIsFalse(value) {
			sizer.add(match.Capture(0), match.Capture(1), LVAsString(value)) // dscript patch
			infoList = append(infoList, replaceInfo{[]int{match.Capture(0), match.Capture(1)}, LVAsString(value)})
		}
	}
	return strGsubDoReplace(str, infoList, sizer.size)
}

func strGsubFunc(L *LState, str string, repl *LFunction, matches []*pm.MatchData) string {
	infoList := make([]replaceInfo, 0, len(matches))
	sizer := gsubSize{L: L, size: len(str)} // dscript patch
	for _, match := range matches {
		start, end := match.Capture(0), match.Capture(1)
		L.Push(repl)
		nargs := 0
		if match.CaptureLength() > 2 { // has captures
			for i := 2; i < match.CaptureLength(); i += 2 {
				if match.IsPosCapture(i) {
					L.Push(LNumber(match.Capture(i)))
				} else {
					L.Push(LString(capturedString(L, match, str, i)))
				}
				nargs++
			}
		} else {
			L.Push(LString(capturedString(L, match, str, 0)))
			nargs++
		}
		L.Call(nargs, 1)
		ret := L.reg.Pop()
		if !LVIsFalse(ret) {
			sizer.add(start, end, LVAsString(ret)) // dscript patch
			infoList = append(infoList, replaceInfo{[]int{start, end}, LVAsString(ret)})
		}
	}
	return strGsubDoReplace(str, infoList, sizer.size)
}

type strMatchData struct {
	str     string
	pos     int
	matches []*pm.MatchData
}

func strGmatchIter(L *LState) int {
	md := L.CheckUserData(1).Value.(*strMatchData)
	str := md.str
	matches := md.matches
	idx := md.pos
	md.pos += 1
	if idx == len(matches) {
		return 0
	}
	L.Push(L.Get(1))
	match := matches[idx]
	if match.CaptureLength() == 2 {
		L.Push(LString(str[match.Capture(0):match.Capture(1)]))
		return 1
	}

	for i := 2; i < match.CaptureLength(); i += 2 {
		if match.IsPosCapture(i) {
			L.Push(LNumber(match.Capture(i)))
		} else {
			L.Push(LString(str[match.Capture(i):match.Capture(i+1)]))
		}
	}
	return match.CaptureLength()/2 - 1
}

func strGmatch(L *LState) int {
	str := L.CheckString(1)
	pattern := L.CheckString(2)
	mds, err := pm.FindStop(pattern, []byte(str), 0, -1, patternStop(L))
	if err != nil {
		L.RaiseError(err.Error())
	}
	L.Push(L.Get(UpvalueIndex(1)))
	ud := L.NewUserData()
	ud.Value = &strMatchData{str, 0, mds}
	L.Push(ud)
	return 2
}

func strLen(L *LState) int {
	str := L.CheckString(1)
	L.Push(LNumber(len(str)))
	return 1
}

func strLower(L *LState) int {
	str := L.CheckString(1)
	L.Push(LString(strings.ToLower(str)))
	return 1
}

func strMatch(L *LState) int {
	str := L.CheckString(1)
	pattern := L.CheckString(2)
	offset := L.OptInt(3, 1)
	l := len(str)
	if offset < 0 {
		offset = l + offset + 1
	}
	offset--
	if offset < 0 {
		offset = 0
	}

	mds, err := pm.FindStop(pattern, unsafeFastStringToReadOnlyBytes(str), offset, 1, patternStop(L))
	if err != nil {
		L.RaiseError(err.Error())
	}
	if len(mds) == 0 {
		L.Push(LNil)
		return 0
	}
	md := mds[0]
	nsubs := md.CaptureLength() / 2
	switch nsubs {
	case 1:
		L.Push(LString(str[md.Capture(0):md.Capture(1)]))
		return 1
	default:
		for i := 2; i < md.CaptureLength(); i += 2 {
			if md.IsPosCapture(i) {
				L.Push(LNumber(md.Capture(i)))
			} else {
				L.Push(LString(str[md.Capture(i):md.Capture(i+1)]))
			}
		}
		return nsubs - 1
	}
}

func strRep(L *LState) int {
	str := L.CheckString(1)
	n := L.CheckInt64(2)
	if n <= 0 || str == "" {
		L.Push(emptyLString)
		return 1
	}
	// dscript patch: within the state's MaxStringSize, checked before the
	// string is built (and before its size can overflow).
	if max := int64(L.Options.MaxStringSize); max > 0 && (n > max || int64(len(str))*n > max) {
		size := int64(len(str)) * n
		if n > max {
			size = n // at least; the product may overflow
		}
		L.RaiseError("string.rep: the result would need %d bytes, more than this runtime's memory limit of %d bytes", size, max)
	}
	L.Push(LString(strings.Repeat(str, int(n))))
	return 1
}

func strReverse(L *LState) int {
	str := L.CheckString(1)
	bts := []byte(str)
	out := make([]byte, len(bts))
	for i, j := 0, len(bts)-1; j >= 0; i, j = i+1, j-1 {
		out[i] = bts[j]
	}
	L.Push(LString(string(out)))
	return 1
}

func strSub(L *LState) int {
	str := L.CheckString(1)
	start := luaIndex2StringIndex(str, L.CheckInt(2), true)
	end := luaIndex2StringIndex(str, L.OptInt(3, -1), false)
	l := len(str)
	if start >= l || end < start {
		L.Push(emptyLString)
	} else {
		L.Push(LString(str[start:end]))
	}
	return 1
}

func strUpper(L *LState) int {
	str := L.CheckString(1)
	L.Push(LString(strings.ToUpper(str)))
	return 1
}

func luaIndex2StringIndex(str string, i int, start bool) int {
	if start && i != 0 {
		i -= 1
	}
	l := len(str)
	if i < 0 {
		i = l + i + 1
	}
	i = intMax(0, i)
	if !start && i > l {
		i = l
	}
	return i
}

//

// patternStop is the stop function of a pattern match: the state's
// context's error, so that a canceled or timed-out script also ends a
// match that backtracks for hours (dscript patch).
func patternStop(L *LState) func() error {
	if ctx := L.Context(); ctx != nil {
		return ctx.Err
	}
	return nil
}
