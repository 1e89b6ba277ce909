package editortypes

import (
	"fmt"
	"io"
	"strings"

	"github.com/dscript/dscript/bindings"
)

// WriteLua writes types/dscript.lua: lua-language-server annotations
// (---@class, ---@field, ---@param) for the globals of a dscript Lua
// script, every module, class and method under docker-py's names, and the
// keyword-argument table of each method.
func WriteLua(w io.Writer) error {
	a := load()
	var b strings.Builder
	b.WriteString(`---@meta
-- lua-language-server annotations for dscript's Lua API. Generated from the
-- method descriptions in bindings/ (make docs); do not edit.
--
-- Keyword arguments go in a trailing table, under docker-py's names.

---An iterator over a stream (logs, events, archive chunks): for chunk in it do ... end; it:close() stops early.
---@class DScriptIterator
---@overload fun(): any
local DScriptIterator = {}
---Stops the stream.
function DScriptIterator:close() end

---An exception raised by dscript, of one of docker-py's classes.
---@class DScriptError
---@field class string
---@field message string

`)
	for _, c := range a.classes {
		writeLuaClass(&b, a, c, c.Name, c.Name)
	}
	for _, m := range a.modules {
		writeLuaClass(&b, a, m.cls, luaModuleClass(m.name), luaModuleVar(m.name))
	}
	b.WriteString("---docker.errors: the exception classes, and is(err, cls).\n---@class docker.errors\n")
	for _, e := range bindings.ErrorClasses {
		fmt.Fprintf(&b, "---@field %s table %s\n", e.Name, oneLine(e.Doc))
	}
	b.WriteString("---@field is fun(err: any, cls: table): boolean\n\n")
	b.WriteString("---@class docker.module\n---@field errors docker.errors\n\n")
	b.WriteString("---@type docker.module\ndocker = docker_module\n\n")
	for _, m := range a.modules {
		fmt.Fprintf(&b, "---@overload fun(name: %q): %s\n", m.name, luaModuleClass(m.name))
	}
	b.WriteString(`---@param name string
---@return any
function require(name) end

---Describes a dscript object, one of its methods, or a name such as "ContainerCollection.run".
---@param x any
function help(x) end
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// luaModuleClass names a module's class: docker.types → docker.types.module.
func luaModuleClass(name string) string { return name + ".module" }

// luaModuleVar names the local table a module's functions are declared on.
func luaModuleVar(name string) string {
	return strings.NewReplacer(".", "_", "-", "_").Replace(name) + "_module"
}

func writeLuaClass(b *strings.Builder, a *api, c *bindings.Class, class, local string) {
	fmt.Fprintf(b, "---%s\n---@class %s\n", oneLine(c.Doc), class)
	for _, p := range c.Properties() {
		typ := "any"
		if cls := a.classIn(p.Doc); cls != "" {
			typ = cls
		} else if sub, ok := a.luaSubmodule(c, p.Name); ok {
			typ = sub
		}
		fmt.Fprintf(b, "---@field %s %s %s\n", p.Name, typ, oneLine(p.Doc))
	}
	fmt.Fprintf(b, "local %s = {}\n\n", local)
	sep := ":"
	if c.Module {
		sep = "."
	}
	for _, m := range c.Methods() {
		writeLuaMethod(b, a, m, class, local, sep)
	}
}

func (a *api) luaSubmodule(c *bindings.Class, prop string) (string, bool) {
	for _, m := range a.modules {
		if m.cls == c {
			for _, sub := range a.modules {
				if sub.name == m.name+"."+prop {
					return luaModuleClass(sub.name), true
				}
			}
		}
	}
	return "", false
}

// writeLuaMethod declares a method with its positional parameters and a
// trailing options table, with overloads for the options table given
// after fewer positional arguments.
func writeLuaMethod(b *strings.Builder, a *api, m *bindings.Method, class, local, sep string) {
	ret := "any"
	if cls, list := a.returns(m); cls != "" {
		ret = cls
		if list {
			ret += "[]"
		}
	} else if onlyIterator(m) {
		ret = "DScriptIterator"
	} else if streams(m) != nil {
		ret = "any|DScriptIterator"
	}
	opts := ""
	if len(m.Parameters()) > 0 {
		opts = class + "." + m.Name + ".opts"
		fmt.Fprintf(b, "---Keyword arguments of %s.\n---@class %s\n", m.FullName(), opts)
		for _, p := range m.Parameters() {
			fmt.Fprintf(b, "---@field %s? %s %s\n", luaField(p.Name), luaType(a, p.Kind), oneLine(p.Doc))
		}
		b.WriteString("\n")
	}
	pos := positional(m)
	req := required(pos)
	fmt.Fprintf(b, "---%s\n", oneLine(m.Doc))
	var names []string
	for i, p := range pos {
		opt := "?"
		if i < req {
			opt = ""
		}
		fmt.Fprintf(b, "---@param %s%s %s %s\n", luaArg(p.Name), opt, luaType(a, p.Kind), oneLine(p.Doc))
		names = append(names, luaArg(p.Name))
	}
	if opts != "" {
		fmt.Fprintf(b, "---@param opts? %s keyword arguments\n", opts)
		names = append(names, "opts")
		self := ""
		if sep == ":" {
			self = "self: " + class + ", "
		}
		for i := req; i < len(pos); i++ {
			var ps []string
			for j, p := range pos[:i] {
				opt := "?"
				if j < req {
					opt = ""
				}
				ps = append(ps, fmt.Sprintf("%s%s: %s", luaArg(p.Name), opt, luaType(a, p.Kind)))
			}
			ps = append(ps, "opts?: "+opts)
			fmt.Fprintf(b, "---@overload fun(%s%s): %s\n", self, strings.Join(ps, ", "), ret)
		}
	}
	fmt.Fprintf(b, "---@return %s\nfunction %s%s%s(%s) end\n\n", ret, local, sep, luaField(m.Name), strings.Join(names, ", "))
}

var luaKeywords = map[string]bool{"and": true, "break": true, "do": true, "else": true, "elseif": true,
	"end": true, "false": true, "for": true, "function": true, "goto": true, "if": true, "in": true,
	"local": true, "nil": true, "not": true, "or": true, "repeat": true, "return": true, "then": true,
	"true": true, "until": true, "while": true}

func luaArg(n string) string {
	if luaKeywords[n] {
		return n + "_"
	}
	return n
}

func luaField(n string) string { return n }

// luaType maps a parameter kind to a lua-language-server type.
func luaType(a *api, kind string) string {
	var out []string
	for _, k := range kindTokens(kind) {
		var t string
		switch k {
		case "str":
			t = "string"
		case "bool":
			t = "boolean"
		case "int":
			t = "integer"
		case "float":
			t = "number"
		case "list":
			t = "any[]"
		case "dict":
			t = "table<string, any>"
		case "list of str":
			t = "string[]"
		case "dict of str":
			t = "table<string, string>"
		case "datetime":
			t = "number|string"
		case "bytes":
			t = "string"
		case "iterator":
			t = "DScriptIterator|fun(): any"
		case "model":
			t = "table"
		default:
			if a.byName[k] != nil {
				t = k
			} else {
				return "any"
			}
		}
		out = append(out, t)
	}
	return strings.Join(out, "|")
}
