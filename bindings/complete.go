package bindings

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

var completionExpr = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)*)?([.:]?)([A-Za-z0-9_]*)$`)
})

// CompletionTarget splits the end of a REPL line for tab completion: the
// path of names leading to the object whose members are completed
// ("client", "containers" for "client.containers:ru"), the separator
// before the partial name, and the partial name itself. An empty path
// means a global name is being completed.
func CompletionTarget(line string) (path []string, sep, partial string) {
	m := completionExpr().FindStringSubmatch(line)
	if m == nil {
		return nil, "", ""
	}
	if m[2] == "" {
		// no separator: the whole last word is the partial global name
		if m[1] != "" && !strings.ContainsAny(m[1], ".:") {
			return nil, "", m[1] + m[3]
		}
		if i := strings.LastIndexAny(m[1], ".:"); i >= 0 {
			return splitPath(m[1][:i]), string(m[1][i]), m[1][i+1:] + m[3]
		}
		return nil, "", m[3]
	}
	return splitPath(m[1]), m[2], m[3]
}

func splitPath(s string) []string {
	if s == "" {
		return nil
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ':' })
}

// Complete filters candidate names by a prefix, sorted and unique.
func Complete(names []string, partial string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if strings.HasPrefix(n, partial) && !seen[n] && !strings.HasPrefix(n, "__") {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// MemberNames lists a class's members for completion; with camel the
// camelCase spellings are added.
func MemberNames(cls *Class, camel bool) []string {
	names := cls.Names()
	if camel {
		for _, n := range cls.Names() {
			if c := CamelCase(n); c != n {
				names = append(names, c)
			}
		}
	}
	return names
}
