package bindings

import (
	"fmt"
	"sort"

	"github.com/dscript/dscript/engine"
)

// toFilters converts docker-py's filters dict ({status="exited",
// label={"a=b", "c"}}) to the daemon's form. A bool becomes "true"/"false".
func toFilters(method string, d map[string]any) (engine.Filters, error) {
	if len(d) == 0 {
		return nil, nil
	}
	f := engine.Filters{}
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
					return nil, ArgError(method, "filter '%s' item %d must be str, not %s", k, i+1, typeName(e))
				}
				f[k] = append(f[k], s)
			}
		case map[string]any:
			if len(v) != 0 {
				return nil, ArgError(method, "filter '%s' must be str, bool, int or list, not dict", k)
			}
		default:
			s, ok := scalarString(v)
			if !ok {
				return nil, ArgError(method, "filter '%s' must be str, bool, int or list, not %s", k, typeName(v))
			}
			f[k] = []string{s}
		}
	}
	return f, nil
}

// shortID is docker-py's short_id: the first 12 hex digits, after any
// "sha256:" prefix.
func shortID(id string) string {
	if len(id) > 7 && id[:7] == "sha256:" {
		if len(id) > 19 {
			return id[:19]
		}
		return id
	}
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// repr is docker-py's "<Class: short_id>".
func repr(cls string, id string) string { return fmt.Sprintf("<%s: %s>", cls, shortID(id)) }
