package bindings

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/dscript/dscript/engine"
)

// Ref names a daemon object as docker-py's check_resource accepts it: a
// model object, its ID or name, or a dict carrying the ID under "Id" (or
// "ID"), such as the {Id, Warnings} that api.create_container returns.
// Model is the object when one was given, so an operation can reuse what
// it already knows (a container's TTY setting).
type Ref struct {
	ID    string
	Model Object
}

// String returns the ID or name.
func (r Ref) String() string { return r.ID }

func toRef(v any) (Ref, error) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return Ref{}, fmt.Errorf("must not be an empty str")
		}
		return Ref{ID: x}, nil
	case map[string]any:
		id, ok := x["Id"]
		if !ok {
			id, ok = x["ID"]
		}
		s, isStr := id.(string)
		switch {
		case !ok:
			return Ref{}, fmt.Errorf("is a dict without an 'Id'")
		case !isStr || s == "":
			return Ref{}, fmt.Errorf("is a dict whose 'Id' is not a non-empty str (%s)", typeName(id))
		}
		return Ref{ID: s}, nil
	case Identifier:
		o, _ := v.(Object)
		return Ref{ID: x.ID(), Model: o}, nil
	}
	return Ref{}, typeError("str, dict or model", v)
}

// Signal is a signal given as a name ("SIGTERM", "HUP") or a number.
type Signal string

func toSignal(v any) (Signal, error) {
	s, ok := intOrString(v)
	switch {
	case !ok:
		return "", strOrIntError(v)
	case s == "":
		return "", fmt.Errorf("must not be an empty str")
	}
	return Signal(s), nil
}

// Filters are docker-py's filters dict ({status="exited", label={"a=b",
// "c"}}) in the daemon's form. A bool becomes "true"/"false".
type Filters = engine.Filters

func toFilters(v any) (Filters, error) {
	d, err := ToDict(v)
	if err != nil {
		return nil, err
	}
	if len(d) == 0 {
		return nil, nil
	}
	f := Filters{}
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := d[k].(type) {
		case []any:
			for i, e := range v {
				s, ok := scalarString(e)
				if !ok {
					return nil, fmt.Errorf("filter '%s' item %d must be str, not %s", k, i+1, typeName(e))
				}
				f[k] = append(f[k], s)
			}
		case map[string]any:
			if len(v) != 0 {
				return nil, fmt.Errorf("filter '%s' must be str, bool, int or list, not dict", k)
			}
		default:
			s, ok := scalarString(v)
			if !ok {
				return nil, fmt.Errorf("filter '%s' must be str, bool, int or list, not %s", k, typeName(v))
			}
			f[k] = []string{s}
		}
	}
	return f, nil
}

// Seconds is a duration given in seconds (int or float): a timeout. It
// must be positive and finite; NaN, zero, negative and absurdly large
// values are refused rather than read as "no timeout".
type Seconds time.Duration

func toSeconds(v any) (Seconds, error) {
	f, err := ToFloat(v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) || f <= 0 || f > 1e9 {
		return 0, fmt.Errorf("must be a positive number of seconds (at most 1e9), not %v", f)
	}
	return Seconds(f * float64(time.Second)), nil
}

// String renders the duration as seconds, as it was given.
func (s Seconds) String() string { return fmt.Sprintf("%gs", time.Duration(s).Seconds()) }

// The kinds of this file register during variable initialization, before
// any method is used.
var _ = registerRefKinds()

func registerRefKinds() bool {
	// dict=true: a trailing {Id=...} table whose keys are not parameter
	// names fills the parameter (api:start(created)); one whose keys all
	// are ({container=...}) stays keyword arguments.
	RegisterKind("str|dict|model", true, toRef)
	RegisterKind("str|int", false, toSignal)
	RegisterKind("dict", true, toFilters)
	registerOptional("float", toSeconds)
	return true
}
