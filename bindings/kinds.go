package bindings

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"time"
	"unsafe"

	"github.com/google/shlex"
)

type setter func(p unsafe.Pointer, v any) error

type kind struct {
	name string
	dict bool
	make func(off uintptr) setter
}

var kinds = map[reflect.Type]*kind{}

// RegisterKind makes a Go type usable as a parameter type. conv turns a
// neutral script value into it or says what was wrong ("must be str, not
// int"); name is the script-side type shown in messages and docs; dict
// tells whether the kind accepts a dict.
func RegisterKind[T any](name string, dict bool, conv func(v any) (T, error)) {
	t := reflect.TypeOf((*T)(nil)).Elem()
	kinds[t] = &kind{name: name, dict: dict, make: func(off uintptr) setter {
		return func(p unsafe.Pointer, v any) error {
			x, err := conv(v)
			if err != nil {
				return err
			}
			*(*T)(unsafe.Add(p, off)) = x
			return nil
		}
	}}
}

// registerOptional registers *T for a registered T: nil means not given.
func registerOptional[T any](name string, conv func(v any) (T, error)) {
	RegisterKind(name, false, func(v any) (*T, error) {
		x, err := conv(v)
		if err != nil {
			return nil, err
		}
		return &x, nil
	})
}

func kindOf(t reflect.Type) *kind { return kinds[t] }

// strOrIntError says why v is not a str or an int.
func strOrIntError(v any) error {
	switch x := v.(type) {
	case float64:
		return fmt.Errorf("must be str or int, not float %v", x)
	case uint64:
		return fmt.Errorf("must be str or an int below 2**63, not %d", x)
	}
	return typeError("str or int", v)
}

func typeError(want string, v any) error {
	return fmt.Errorf("must be %s, not %s", want, typeName(v))
}

// typeName names a neutral value's type as Python would.
func typeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		return "bool"
	case int64, uint64, int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case Bytes:
		return "bytes"
	case []any, Tuple:
		return "list"
	case map[string]any:
		return "dict"
	case time.Time:
		return "datetime"
	case Iterator:
		return "iterator"
	case Object:
		if x.Class() != nil {
			return x.Class().Name
		}
	case ScriptTyped:
		return x.ScriptType()
	}
	return fmt.Sprintf("%T", v)
}

// ScriptTyped is implemented by the adapters' values that have no neutral
// form (a script function, a Lua coroutine, a JS Symbol), so that messages
// name them as the script sees them ("function") rather than as Go types.
type ScriptTyped interface {
	ScriptType() string
}

// ToString accepts a str.
func ToString(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", typeError("str", v)
}

// ToBool accepts a bool.
func ToBool(v any) (bool, error) {
	if b, ok := v.(bool); ok {
		return b, nil
	}
	return false, typeError("bool", v)
}

// ToInt accepts an integer (a float without fraction too: Lua numbers).
func ToInt(v any) (int64, error) {
	switch x := v.(type) {
	case int64:
		return x, nil
	case int:
		return int64(x), nil
	case uint64:
		if x <= math.MaxInt64 {
			return int64(x), nil
		}
		return 0, fmt.Errorf("must be an int below 2**63, not %d", x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
			return int64(x), nil
		}
		return 0, fmt.Errorf("must be int, not float %v", x)
	}
	return 0, typeError("int", v)
}

// ToFloat accepts any number.
func ToFloat(v any) (float64, error) {
	switch x := v.(type) {
	case int64:
		return float64(x), nil
	case int:
		return float64(x), nil
	case uint64:
		return float64(x), nil
	case float64:
		return x, nil
	}
	return 0, typeError("float", v)
}

// ToList accepts a list (an empty dict counts as an empty list: Lua's {}).
func ToList(v any) ([]any, error) {
	switch x := v.(type) {
	case []any:
		return x, nil
	case Tuple:
		return x, nil
	case map[string]any:
		if len(x) == 0 {
			return nil, nil
		}
	}
	return nil, typeError("list", v)
}

// ToDict accepts a dict.
func ToDict(v any) (map[string]any, error) {
	if d, ok := v.(map[string]any); ok {
		return d, nil
	}
	return nil, typeError("dict", v)
}

// ToStrings accepts a list of str.
func ToStrings(v any) ([]string, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of str", v)
	}
	out := make([]string, len(l))
	for i, e := range l {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("must be a list of str, but item %d is %s", i+1, typeName(e))
		}
		out[i] = s
	}
	return out, nil
}

// scalarString renders a str, number or bool as Python's str() would for
// values sent to the daemon as text.
func scalarString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case int64:
		return strconv.FormatInt(x, 10), true
	case uint64:
		return strconv.FormatUint(x, 10), true
	case int:
		return strconv.Itoa(x), true
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return strconv.FormatInt(int64(x), 10), true
		}
		return strconv.FormatFloat(x, 'g', -1, 64), true
	case bool:
		if x {
			return "true", true
		}
		return "false", true
	}
	return "", false
}

// intOrString renders a str, or an int (a float without fraction too) as
// decimal text: the str|int kinds, where 1.5, NaN or 1e300 mean nothing.
func intOrString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case int64, int:
		return scalarString(x)
	case uint64:
		if x <= math.MaxInt64 {
			return scalarString(x)
		}
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return scalarString(x)
		}
	}
	return "", false
}

// maxArgLen is the kernel's limit on one string of a program's arguments
// or environment (MAX_ARG_STRLEN, 32 pages): longer ones cannot be run,
// and the daemon's runtime has been seen to hang on them.
const maxArgLen = 128 << 10

// checkArgLengths refuses a command or environment whose strings the
// kernel would refuse (what names one string: "word", "item", "variable").
func checkArgLengths(args []string, what string) error {
	for i, a := range args {
		if len(a) >= maxArgLen {
			return fmt.Errorf("%s %d is %d bytes long, beyond the kernel's limit of %d bytes", what, i+1, len(a), maxArgLen-1)
		}
	}
	return nil
}

// StrOrList is a parameter that takes a str or a list of str; a str
// becomes a one-element list.
type StrOrList []string

// Command is a command line given as a str (split like a POSIX shell, as
// docker-py does with shlex) or as a list of str. Raw keeps the form given,
// for messages.
type Command struct {
	Args []string
	Raw  any
}

// Given reports whether the argument was given.
func (c Command) Given() bool { return c.Raw != nil }

// KeyValues is a dict or a list of "KEY=value" strings, sent as the list
// (environment variables).
type KeyValues []string

// Labels is a dict of str, or a list of keys (each with an empty value).
type Labels map[string]string

// Timestamp is a point in time given as Unix seconds, an RFC 3339 string or
// a JS Date; it holds the Unix seconds as the daemon's query wants them.
type Timestamp string

// ToStringMap accepts a dict whose values are scalars (stringified).
func ToStringMap(v any) (map[string]string, error) {
	d, err := ToDict(v)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(d))
	for _, k := range sortedKeys(d) {
		e := d[k]
		s, ok := scalarString(e)
		if !ok {
			return nil, fmt.Errorf("must be a dict of str, but key '%s' is %s", k, typeName(e))
		}
		out[k] = s
	}
	return out, nil
}

func toKeyValues(v any) (KeyValues, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make(KeyValues, 0, len(d))
		for _, k := range keys {
			if d[k] == nil {
				out = append(out, k)
				continue
			}
			s, ok := scalarString(d[k])
			if !ok {
				return nil, fmt.Errorf("must be a dict of str or a list, but key '%s' is %s", k, typeName(d[k]))
			}
			out = append(out, k+"="+s)
		}
		return out, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, typeError("dict or list", v)
	}
	return l, nil
}

func toLabels(v any) (Labels, error) {
	if d, ok := v.(map[string]any); ok {
		m, err := ToStringMap(d)
		return m, err
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, typeError("dict or list", v)
	}
	out := make(Labels, len(l))
	for _, k := range l {
		out[k] = ""
	}
	return out, nil
}

func toTimestamp(v any) (Timestamp, error) {
	switch x := v.(type) {
	case time.Time:
		return Timestamp(strconv.FormatInt(x.Unix(), 10)), nil
	case string:
		t, err := time.Parse(time.RFC3339Nano, x)
		if err != nil {
			return "", fmt.Errorf("must be Unix seconds or an RFC 3339 time, not %q", x)
		}
		return Timestamp(strconv.FormatInt(t.Unix(), 10)), nil
	case int64, int:
		s, _ := scalarString(x)
		return Timestamp(s), nil
	case uint64:
		if x <= maxUnixSeconds {
			return Timestamp(strconv.FormatUint(x, 10)), nil
		}
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "", fmt.Errorf("must be a finite number of Unix seconds, not %v", x)
		}
		if math.Abs(x) <= maxUnixSeconds {
			return Timestamp(strconv.FormatFloat(x, 'f', -1, 64)), nil
		}
	}
	switch v.(type) {
	case uint64, float64:
		return "", fmt.Errorf("must be Unix seconds below 2**53, not %v", v)
	}
	return "", typeError("number, str or Date", v)
}

// maxUnixSeconds bounds timestamps given as numbers: beyond 2**53 seconds
// a float loses whole seconds and the daemon's time overflows.
const maxUnixSeconds = 1 << 53

// builtinKinds registers the parameter types every method can use; it runs
// during variable initialization, before any init function declares methods.
var _ = registerBuiltinKinds()

func registerBuiltinKinds() bool {
	RegisterKind("str", false, ToString)
	RegisterKind("bool", false, ToBool)
	RegisterKind("int", false, ToInt)
	RegisterKind("int", false, func(v any) (int, error) { i, err := ToInt(v); return int(i), err })
	RegisterKind("float", false, ToFloat)
	registerOptional("str", ToString)
	registerOptional("bool", ToBool)
	registerOptional("int", ToInt)
	registerOptional("float", ToFloat)
	RegisterKind("list", false, ToList)
	RegisterKind("dict", true, ToDict)
	RegisterKind("list of str", false, ToStrings)
	RegisterKind("dict of str", true, ToStringMap)
	RegisterKind("any", true, func(v any) (any, error) { return v, nil })
	RegisterKind("str|list", false, func(v any) (StrOrList, error) {
		if s, ok := v.(string); ok {
			return StrOrList{s}, nil
		}
		l, err := ToStrings(v)
		if err != nil {
			return nil, typeError("str or list", v)
		}
		return l, nil
	})
	RegisterKind("str|list", false, func(v any) (Command, error) {
		if s, ok := v.(string); ok {
			parts, err := shlex.Split(s)
			if err != nil {
				return Command{}, fmt.Errorf("cannot be split into words: %w", err)
			}
			return Command{Args: parts, Raw: s}, checkArgLengths(parts, "word")
		}
		l, err := ToStrings(v)
		if err != nil {
			return Command{}, typeError("str or list", v)
		}
		return Command{Args: l, Raw: v}, checkArgLengths(l, "item")
	})
	RegisterKind("dict|list", true, func(v any) (KeyValues, error) {
		kv, err := toKeyValues(v)
		if err != nil {
			return nil, err
		}
		return kv, checkArgLengths(kv, "variable")
	})
	RegisterKind("dict|list", true, toLabels)
	RegisterKind("int|str|datetime", false, toTimestamp)
	RegisterKind("str|int", false, func(v any) (StrOrInt, error) {
		if s, ok := intOrString(v); ok {
			return StrOrInt(s), nil
		}
		return "", strOrIntError(v)
	})
	return true
}

// StrOrInt is a str or an int, kept as text (log tails: "all" or 10).
type StrOrInt string

// TypeName names a neutral value's type as Python would ("str", "dict").
func TypeName(v any) string { return typeName(v) }

// maxQuoted bounds how much of a refused value a message repeats.
const maxQuoted = 64

// clip shortens a value quoted in a message: a refused 1 MiB string is
// not repeated whole.
func clip(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	return s[:maxQuoted] + fmt.Sprintf("... (%d bytes)", len(s))
}
