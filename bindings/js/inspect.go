package js

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// The limits of inspect, node's util.inspect defaults.
const (
	inspectDepth    = 2   // nested objects deeper than this print as [Object]
	inspectMaxItems = 100 // array items shown before "... n more items"
	inspectMaxStr   = 10000
	inspectBreak    = 80 // a value longer than this is split over lines
	inspectCompact  = 3  // objects with at most this many levels inside may stay on one line
)

var jsIdent = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`) })

// inspector renders values for the REPL as node's util.inspect does:
// strings in single quotes, BigInts as 10n, nested values indented, with
// depth and length limits.
type inspector struct {
	r    *Runtime
	seen []*goja.Object
}

// Inspect renders v as the node REPL would print it.
func (r *Runtime) Inspect(v goja.Value) string {
	s, _ := (&inspector{r: r}).value(v, 0, 0)
	return s
}

// value renders v at depth (0 for the top) indented by indent columns; it
// also returns the number of object levels v holds, for line breaking.
func (in *inspector) value(v goja.Value, depth, indent int) (string, int) {
	if v == nil || goja.IsUndefined(v) {
		return "undefined", 0
	}
	if goja.IsNull(v) {
		return "null", 0
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		switch x := v.Export().(type) {
		case string:
			return quoteJS(x), 0
		case *big.Int:
			return x.String() + "n", 0
		}
		return v.String(), 0
	}
	for _, s := range in.seen {
		if s == obj {
			return "[Circular]", 0
		}
	}
	switch obj.ExportType() {
	case typeObjBox, typeIterBox:
		return obj.String(), 0
	case typeTime:
		return obj.String(), 0
	}
	switch obj.ClassName() {
	case "Function", "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction":
		name := obj.Get("name").String()
		if name == "" {
			return "[Function (anonymous)]", 0
		}
		return "[Function: " + name + "]", 0
	case "Error":
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			return strings.TrimRight(st.String(), "\n"), 0
		}
		return obj.String(), 0
	case "Date":
		return obj.String(), 0
	case "RegExp":
		return obj.String(), 0
	}
	isArray := obj.ClassName() == "Array"
	if depth > inspectDepth {
		if isArray {
			return "[Array]", 0
		}
		return "[Object]", 0
	}
	in.seen = append(in.seen, obj)
	defer func() { in.seen = in.seen[:len(in.seen)-1] }()

	var parts []string
	levels := 0
	add := func(prefix string, val goja.Value) {
		s, l := in.value(val, depth+1, indent+2)
		parts = append(parts, prefix+s)
		if l+1 > levels {
			levels = l + 1
		}
	}
	open, closeB := "{", "}"
	if isArray {
		open, closeB = "[", "]"
		n := int(obj.Get("length").ToInteger())
		for i := 0; i < n && i < inspectMaxItems; i++ {
			add("", obj.Get(strconv.Itoa(i)))
		}
		if n > inspectMaxItems {
			more := n - inspectMaxItems
			parts = append(parts, "... "+strconv.Itoa(more)+" more item"+plural(more))
		}
	} else {
		keys := obj.Keys()
		if len(keys) == 0 && obj.Prototype() != nil && obj.Prototype() != in.r.objectProto() {
			return obj.String(), 0
		}
		for _, k := range keys {
			key := k
			if !jsIdent().MatchString(k) {
				key = quoteJS(k)
			}
			add(key+": ", obj.Get(k))
		}
	}
	if len(parts) == 0 {
		return open + closeB, 1
	}
	if levels <= inspectCompact {
		total := len(parts) + indent + len(open) + 10
		oneLine := true
		for _, p := range parts {
			total += len(p)
			if strings.Contains(p, "\n") {
				oneLine = false
			}
		}
		if oneLine && total <= inspectBreak {
			return open + " " + strings.Join(parts, ", ") + " " + closeB, levels
		}
	}
	pad := "\n" + strings.Repeat(" ", indent)
	return open + pad + "  " + strings.Join(parts, ","+pad+"  ") + pad + closeB, levels
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// quoteJS quotes a string as node prints it: single quotes unless the
// string holds one.
func quoteJS(s string) string {
	more := ""
	if len(s) > inspectMaxStr {
		more = "... " + strconv.Itoa(len(s)-inspectMaxStr) + " more characters"
		s = s[:inspectMaxStr]
	}
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == rune(q) || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20:
			b.WriteString(`\x` + strconv.FormatInt(int64(c)+0x100, 16)[1:])
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte(q)
	return b.String() + more
}
