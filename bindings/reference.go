package bindings

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Help describes a class or one of its members for help() in the REPL.
func Help(cls *Class, member string) string {
	var b strings.Builder
	if member == "" {
		fmt.Fprintf(&b, "%s: %s\n", cls.Name, cls.Doc)
		for _, name := range cls.Names() {
			switch m := cls.Lookup(name, false).(type) {
			case *Method:
				fmt.Fprintf(&b, "  %s\n      %s\n", m.Signature(), m.Doc)
			case *Property:
				fmt.Fprintf(&b, "  %s (property)\n      %s\n", m.Name, m.Doc)
			}
		}
		return b.String()
	}
	switch m := cls.Lookup(member, true).(type) {
	case *Method:
		return MethodHelp(m)
	case *Property:
		return fmt.Sprintf("%s.%s (property): %s\n", cls.Name, m.Name, m.Doc)
	}
	return fmt.Sprintf("%s has no member %q\n", cls.Name, member)
}

// MethodHelp renders a method's signature, doc and parameters.
func MethodHelp(m *Method) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s.%s\n    %s\n", m.Class.Name, m.Signature(), m.Doc)
	for _, p := range m.Parameters() {
		fmt.Fprintf(&b, "  %s (%s", p.Name, p.Kind)
		if p.Required {
			b.WriteString(", required")
		}
		if p.HasDef {
			b.WriteString(", default " + reprDefault(p.Default))
		}
		b.WriteString(")")
		if p.Doc != "" {
			b.WriteString(": " + p.Doc)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// WriteReference writes the API reference in Markdown, generated from the
// method descriptions: every module, class, method, parameter, property
// and exception class scripts can reach.
func WriteReference(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# dscript API reference\n\n")
	b.WriteString("Generated from the method descriptions in `bindings/` (`make docs`); do not edit.\n")
	b.WriteString("Names are docker-py's; JavaScript also accepts the camelCase spelling of every\n")
	b.WriteString("method, property and keyword argument.\n\n")
	b.WriteString("## Modules\n\n")
	for _, name := range ModuleNames() {
		mod, _ := LookupModule(name)
		writeClass(&b, mod.Class(), "`"+name+"`")
	}
	b.WriteString("## Classes\n\n")
	var cls []*Class
	for _, c := range Classes() {
		if !c.Module {
			cls = append(cls, c)
		}
	}
	sort.Slice(cls, func(i, j int) bool { return cls[i].Name < cls[j].Name })
	for _, c := range cls {
		writeClass(&b, c, c.Name)
	}
	b.WriteString("## Exceptions\n\n")
	b.WriteString("| class | parent | meaning |\n|---|---|---|\n")
	for _, e := range ErrorClasses {
		parent := ""
		if e.Parent != nil {
			parent = e.Parent.Name
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", e.Name, parent, e.Doc)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeClass(b *strings.Builder, c *Class, title string) {
	fmt.Fprintf(b, "### %s\n\n%s\n\n", title, c.Doc)
	if props := c.Properties(); len(props) > 0 {
		b.WriteString("| property | |\n|---|---|\n")
		for _, p := range props {
			fmt.Fprintf(b, "| `%s` | %s |\n", p.Name, escapeCell(p.Doc))
		}
		b.WriteString("\n")
	}
	for _, m := range c.Methods() {
		fmt.Fprintf(b, "#### `%s`\n\n%s\n\n", m.Signature(), m.Doc)
		if len(m.Parameters()) == 0 {
			continue
		}
		b.WriteString("| parameter | type | default | |\n|---|---|---|---|\n")
		for _, p := range m.Parameters() {
			def := ""
			switch {
			case p.Required:
				def = "required"
			case p.HasDef:
				def = "`" + reprDefault(p.Default) + "`"
			}
			name := "`" + p.Name + "`"
			if p.Pos >= 0 {
				name += fmt.Sprintf(" (%d)", p.Pos+1)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", name, escapeCell(p.Kind), def, escapeCell(p.Doc))
		}
		b.WriteString("\n")
	}
}

func escapeCell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
