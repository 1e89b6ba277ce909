// Package editortypes writes the declarations editors use to complete and
// check dscript scripts: TypeScript declarations for JavaScript
// (types/dscript.d.ts) and lua-language-server annotations for Lua
// (types/dscript.lua), both generated from the method descriptions of
// package bindings, as docs/api.md is.
package editortypes

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/dscript/dscript/bindings"
)

// api is what both writers read: the modules and classes scripts reach.
type api struct {
	modules []module
	classes []*bindings.Class
	byName  map[string]*bindings.Class
	words   []classWords
}

type module struct {
	name string
	cls  *bindings.Class
}

// classWords is a class name split into words (APIClient: API, Client),
// to find it in descriptions.
type classWords struct {
	name string
	re   *regexp.Regexp
}

func load() *api {
	a := &api{byName: map[string]*bindings.Class{}}
	for _, name := range bindings.ModuleNames() {
		mod, _ := bindings.LookupModule(name)
		a.modules = append(a.modules, module{name: name, cls: mod.Class()})
	}
	for _, c := range bindings.Classes() {
		if c.Module {
			continue
		}
		a.classes = append(a.classes, c)
		a.byName[c.Name] = c
	}
	sort.Slice(a.classes, func(i, j int) bool { return a.classes[i].Name < a.classes[j].Name })
	for _, c := range a.classes {
		words := splitWords(c.Name)
		pat := `\b` + regexp.QuoteMeta(words[0])
		for _, w := range words[1:] {
			pat += `\s*(?i:` + regexp.QuoteMeta(w) + `)`
		}
		a.words = append(a.words, classWords{name: c.Name, re: regexp.MustCompile(pat + `\b`)})
	}
	// longer names first: "ContainerCollection" before "Container"
	sort.SliceStable(a.words, func(i, j int) bool { return len(a.words[i].name) > len(a.words[j].name) })
	return a
}

// splitWords splits a CamelCase name: APIClient → API, Client.
func splitWords(s string) []string {
	var out []string
	r := []rune(s)
	start := 0
	for i := 1; i < len(r); i++ {
		if unicode.IsUpper(r[i]) && (unicode.IsLower(r[i-1]) || i+1 < len(r) && unicode.IsLower(r[i+1])) {
			out = append(out, string(r[start:i]))
			start = i
		}
	}
	return append(out, string(r[start:]))
}

var collectionDoc = regexp.MustCompile(`\b([a-z]+?)s? collection\b`)

// classIn finds the class a description names: "The container's Image"
// (Image), "The low-level API client" (APIClient), "The containers
// collection" (ContainerCollection).
func (a *api) classIn(doc string) string {
	if m := collectionDoc.FindStringSubmatch(doc); m != nil {
		name := strings.ToUpper(m[1][:1]) + m[1][1:] + "Collection"
		if a.byName[name] != nil {
			return name
		}
	}
	for _, w := range a.words {
		if w.re.MatchString(doc) {
			return w.name
		}
	}
	return ""
}

var returnsDoc = regexp.MustCompile(`^(?:A|An|The)\s+(\S+)`)

// returns is the class a method returns, when its description or its
// place tells: a constructor returns its class, a collection's get and
// create return its model and list a list of them, and a description that
// starts "A DockerClient ..." names it. It is "" when unknown; list tells
// a list of them.
func (a *api) returns(m *bindings.Method) (cls string, list bool) {
	if m.Ctor && a.byName[m.Name] != nil {
		return m.Name, false
	}
	if model, ok := strings.CutSuffix(m.Class.Name, "Collection"); ok && a.byName[model] != nil {
		switch m.Name {
		case "get", "create":
			return model, false
		case "list":
			return model, true
		}
	}
	if mm := returnsDoc.FindStringSubmatch(m.Doc); mm != nil && !strings.Contains(m.Doc, " or ") {
		if name := strings.TrimRight(mm[1], ".,;:"); a.byName[name] != nil {
			return name, false
		}
	}
	return "", false
}

// streams tells a method that returns an iterator when called with
// stream=true.
func streams(m *bindings.Method) *bindings.Param {
	if !strings.Contains(m.Doc, "iterator") {
		return nil
	}
	for _, p := range m.Parameters() {
		if p.Name == "stream" && p.Kind == "bool" {
			return p
		}
	}
	return nil
}

// onlyIterator tells a method whose description says it returns an
// iterator, whatever the arguments.
func onlyIterator(m *bindings.Method) bool {
	return streams(m) == nil && regexp.MustCompile(`^[^;]*: an iterator\b`).MatchString(m.Doc)
}

// positional lists the parameters that can be given by position, in order.
func positional(m *bindings.Method) []*bindings.Param {
	var out []*bindings.Param
	for _, p := range m.Parameters() {
		if p.Pos >= 0 {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// required counts the leading positional parameters a call must give.
func required(ps []*bindings.Param) int {
	n := 0
	for _, p := range ps {
		if !p.Required {
			break
		}
		n++
	}
	return n
}

// kindTokens splits a parameter kind: "str|list" → str, list.
func kindTokens(kind string) []string {
	if kind == "" {
		return []string{"any"}
	}
	return strings.Split(kind, "|")
}

// oneLine keeps a description on one line of a comment.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "*/", "* /")
}
