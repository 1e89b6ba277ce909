package editortypes

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/dscript/dscript/bindings"
)

// WriteTypeScript writes types/dscript.d.ts: the globals of a dscript
// JavaScript script, every module, class, method (under docker-py's name
// and its camelCase spelling) and keyword-argument object.
func WriteTypeScript(w io.Writer) error {
	a := load()
	var b strings.Builder
	b.WriteString(`// TypeScript declarations for dscript's JavaScript API. Generated from the
// method descriptions in bindings/ (make docs); do not edit.
//
// Keyword arguments go in a trailing object, under docker-py's names or
// their camelCase spelling.

/** An iterator over a stream (logs, events, archive chunks); close it to stop early. */
interface DScriptIterator<T = any> extends IterableIterator<T> {
  close(): void;
}

/** An exception raised by dscript, of one of docker-py's classes. */
interface DScriptError extends Error {
  [key: string]: any;
}

/** A class of docker.errors: new docker.errors.NotFound("message"). */
interface DScriptErrorClass {
  new (message?: string): DScriptError;
  readonly prototype: DScriptError;
}

`)
	for _, c := range a.classes {
		writeTSClass(&b, a, c, c.Name)
	}
	for _, m := range a.modules {
		writeTSClass(&b, a, m.cls, tsModuleName(m.name))
	}
	b.WriteString("/** docker.errors: the exception classes, and is(err, cls). */\ninterface DockerErrors {\n")
	for _, e := range bindings.ErrorClasses {
		fmt.Fprintf(&b, "  /** %s */\n  %s: DScriptErrorClass;\n", oneLine(e.Doc), e.Name)
	}
	b.WriteString("  is(err: any, cls: DScriptErrorClass): boolean;\n}\n\n")
	b.WriteString("interface DockerModule {\n  errors: DockerErrors;\n}\n\n")
	b.WriteString("declare const docker: DockerModule;\n\n")
	for _, m := range a.modules {
		fmt.Fprintf(&b, "declare function require(name: %q): %s;\n", m.name, tsModuleName(m.name))
	}
	b.WriteString("\n// the modules as TypeScript resolves require() in JavaScript files\n")
	for _, m := range a.modules {
		fmt.Fprintf(&b, "declare module %q {\n  const module: %s;\n  export = module;\n}\n", m.name, tsModuleName(m.name))
	}
	b.WriteString(`declare function require(name: string): any;

/** Prints its arguments separated by tabs. */
declare function print(...values: any[]): void;
/** Describes a dscript object, one of its methods, or a name such as "ContainerCollection.run". */
declare function help(x?: any): void;

declare const console: {
  log(...values: any[]): void;
  info(...values: any[]): void;
  debug(...values: any[]): void;
  error(...values: any[]): void;
  warn(...values: any[]): void;
};

declare const process: {
  /** ["dscript", script, args...] */
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  readonly stdout: { write(s: string): void };
  readonly stderr: { write(s: string): void };
  exit(code?: number): never;
};

declare const module: { exports: any };
declare const exports: any;
declare const __filename: string;
declare const __dirname: string;
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// tsModuleName names a module's interface: docker.types → DockerTypesModule.
func tsModuleName(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String() + "Module"
}

func writeTSClass(b *strings.Builder, a *api, c *bindings.Class, name string) {
	fmt.Fprintf(b, "/** %s */\ninterface %s {\n", oneLine(c.Doc), name)
	for _, p := range c.Properties() {
		typ := "any"
		if cls := a.classIn(p.Doc); cls != "" {
			typ = cls
		} else if sub, ok := a.submodule(c, p.Name); ok {
			typ = sub
		}
		for _, n := range spellings(p.Name) {
			fmt.Fprintf(b, "  /** %s */\n  readonly %s: %s;\n", oneLine(p.Doc), tsKey(n), typ)
		}
	}
	var kwDecls strings.Builder
	for _, m := range c.Methods() {
		kw := ""
		if len(m.Parameters()) > 0 {
			kw = name + "_" + m.Name + "_Args"
			writeTSKwargs(&kwDecls, a, m, kw)
		}
		for _, n := range spellings(m.Name) {
			writeTSMethod(b, a, m, n, kw)
		}
	}
	b.WriteString("}\n\n")
	b.WriteString(kwDecls.String())
}

// submodule finds the module a module property holds (docker.types).
func (a *api) submodule(c *bindings.Class, prop string) (string, bool) {
	for _, m := range a.modules {
		if m.cls == c {
			for _, sub := range a.modules {
				if sub.name == m.name+"."+prop {
					return tsModuleName(sub.name), true
				}
			}
		}
	}
	return "", false
}

func spellings(name string) []string {
	if c := bindings.CamelCase(name); c != name {
		return []string{name, c}
	}
	return []string{name}
}

var tsIdent = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

func tsKey(n string) string {
	if tsIdent.MatchString(n) {
		return n
	}
	return fmt.Sprintf("%q", n)
}

// writeTSKwargs declares the keyword-argument object of a method: every
// parameter, optional, under both spellings.
func writeTSKwargs(b *strings.Builder, a *api, m *bindings.Method, name string) {
	fmt.Fprintf(b, "/** Keyword arguments of %s. */\ninterface %s {\n", m.FullName(), name)
	for _, p := range m.Parameters() {
		doc := oneLine(p.Doc)
		if p.Required {
			doc += " (required: by position or here)"
		}
		for _, n := range spellings(p.Name) {
			fmt.Fprintf(b, "  /** %s */\n  %s?: %s;\n", doc, tsKey(n), tsType(a, p.Kind))
		}
	}
	b.WriteString("}\n\n")
}

// writeTSMethod declares one spelling of a method: one overload for each
// number of positional arguments given before the keyword object, and
// with stream=true the iterator it then returns.
func writeTSMethod(b *strings.Builder, a *api, m *bindings.Method, name, kw string) {
	ret := "any"
	if cls, list := a.returns(m); cls != "" {
		ret = cls
		if list {
			ret += "[]"
		}
	} else if onlyIterator(m) {
		ret = "DScriptIterator<any>"
	}
	pos := positional(m)
	req := required(pos)
	var sigs []string
	if streams(m) != nil {
		for i := req; i <= len(pos); i++ {
			sigs = append(sigs, fmt.Sprintf("(%s): DScriptIterator<any>", tsParams(a, pos[:i], i, kw+" & { stream: true }", false)))
		}
	}
	if kw == "" {
		sigs = append(sigs, "(): "+ret)
	}
	for i := req; kw != "" && i <= len(pos); i++ {
		sigs = append(sigs, fmt.Sprintf("(%s): %s", tsParams(a, pos[:i], req, kw, true), ret))
	}
	fmt.Fprintf(b, "  /** %s */\n", oneLine(m.Doc))
	if m.Ctor {
		// a constructor is called with or without new
		fmt.Fprintf(b, "  readonly %s: {\n", name)
		for _, sig := range sigs {
			fmt.Fprintf(b, "    %s;\n    new %s;\n", sig, sig)
		}
		b.WriteString("  };\n")
		return
	}
	for _, sig := range sigs {
		fmt.Fprintf(b, "  %s%s;\n", name, sig)
	}
}

// tsParams renders positional parameters then the keyword object; the
// first req are required.
func tsParams(a *api, ps []*bindings.Param, req int, kw string, kwOptional bool) string {
	parts := make([]string, 0, len(ps)+1)
	for i, p := range ps {
		opt := "?"
		if i < req {
			opt = ""
		}
		parts = append(parts, fmt.Sprintf("%s%s: %s", tsArg(p.Camel, p.Name), opt, tsType(a, p.Kind)))
	}
	if kwOptional {
		parts = append(parts, "kwargs?: "+kw)
	} else {
		parts = append(parts, "kwargs: "+kw)
	}
	return strings.Join(parts, ", ")
}

var tsReserved = map[string]bool{"default": true, "function": true, "class": true, "new": true, "delete": true,
	"in": true, "var": true, "const": true, "let": true, "return": true, "switch": true, "case": true, "with": true,
	"this": true, "typeof": true, "void": true, "export": true, "import": true, "extends": true, "super": true}

func tsArg(camel, name string) string {
	n := camel
	if n == "" {
		n = bindings.CamelCase(name)
	}
	if tsReserved[n] || !tsIdent.MatchString(n) {
		return "_" + strings.Trim(n, "\"")
	}
	return n
}

// tsType maps a parameter kind to a TypeScript type.
func tsType(a *api, kind string) string {
	var out []string
	for _, k := range kindTokens(kind) {
		var t string
		switch k {
		case "str":
			t = "string"
		case "bool":
			t = "boolean"
		case "int", "float":
			t = "number"
		case "list":
			t = "any[]"
		case "dict":
			t = "Record<string, any>"
		case "list of str":
			t = "string[]"
		case "dict of str":
			t = "Record<string, string>"
		case "datetime":
			t = "Date"
		case "bytes":
			t = "string | ArrayBuffer | Uint8Array"
		case "iterator":
			t = "Iterable<any>"
		case "model":
			t = "object"
		default:
			if a.byName[k] != nil {
				t = k
			} else {
				return "any"
			}
		}
		out = append(out, t)
	}
	return strings.Join(out, " | ")
}
