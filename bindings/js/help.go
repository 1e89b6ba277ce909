package js

import (
	"io"
	"strings"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// installHelp defines help(x): the description of an object, a method or
// a class name such as "ContainerCollection.run".
func (r *Runtime) installHelp() {
	_ = r.vm.Set("help", func(call goja.FunctionCall) goja.Value {
		_, _ = io.WriteString(r.env.Stdout, r.helpText(call.Argument(0)))
		return goja.Undefined()
	})
}

func (r *Runtime) helpText(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		if m, ok := r.methodOf[obj]; ok {
			return bindings.MethodHelp(m)
		}
		if b, ok := obj.Export().(*objBox); ok {
			return bindings.Help(b.obj.Class(), "")
		}
		return "object with properties: " + strings.Join(bindings.Complete(obj.Keys(), ""), ", ") + "\n"
	}
	if s, ok := v.Export().(string); ok {
		name, member, _ := strings.Cut(s, ".")
		for _, c := range bindings.Classes() {
			if c.Name == name {
				return bindings.Help(c, member)
			}
		}
	}
	return "help(x): x is a dscript object, one of its methods, or a name such as \"ContainerCollection.run\"\n"
}

// Complete returns completions for the end of a REPL line. Only names are
// looked up (properties may be read); nothing is called.
func (r *Runtime) Complete(line string) (out []string) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	path, _, partial := bindings.CompletionTarget(line)
	v := goja.Value(r.vm.GlobalObject())
	if len(path) > 0 {
		// the path holds identifiers only, so evaluating it reads names and
		// properties (lexical declarations of earlier entries included) and
		// calls nothing
		var err error
		if v, err = r.vm.RunString(strings.Join(path, ".")); err != nil {
			return nil
		}
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var names []string
	if b, ok := obj.Export().(*objBox); ok {
		names = b.obj.Class().Names()
	} else {
		names = obj.Keys()
		if len(path) == 0 {
			names = append(names, "docker", "require", "print", "console", "process", "help")
		}
	}
	return bindings.Complete(camelNames(names, partial), partial)
}

// camelNames offers the JavaScript spelling of each name: exec_run as
// execRun. The docker-py spelling, which works as well, is offered only
// once the partial name has an underscore.
func camelNames(names []string, partial string) []string {
	snake := strings.Contains(strings.TrimLeft(partial, "_"), "_")
	out := make([]string, 0, len(names))
	for _, n := range names {
		c := bindings.CamelCase(n)
		if c == n || snake {
			out = append(out, n)
		}
		if c != n {
			out = append(out, c)
		}
	}
	return out
}
