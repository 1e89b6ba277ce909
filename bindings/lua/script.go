package lua

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
	"github.com/yuin/gopher-lua/parse"
)

// blankShebang turns a leading "#!" line into a comment, so that scripts
// can be executables and line numbers stay the same.
func blankShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "--" + src[2:]
	}
	return src
}

// addScriptDir makes require find modules next to the script first
// ("lib" is dir/lib.lua or dir/lib/init.lua), when loading Lua files is
// allowed.
func (r *Runtime) addScriptDir(path string) {
	pkg, ok := r.L.GetGlobal("package").(*glua.LTable)
	if !ok {
		return
	}
	if loaders, ok := pkg.RawGetString("loaders").(*glua.LTable); !ok || loaders.Len() < 2 {
		return
	}
	dir := filepath.Dir(path)
	cur, _ := pkg.RawGetString("path").(glua.LString)
	p := filepath.Join(dir, "?.lua") + ";" + filepath.Join(dir, "?", "init.lua")
	if cur != "" {
		p += ";" + string(cur)
	}
	pkg.RawSetString("path", glua.LString(p))
}

// syntaxError turns a load error into a SyntaxError whose message reads
// like Lua's: "deploy.lua:3: syntax error near 'x'".
func syntaxError(err error) *bindings.ScriptError {
	var pe *parse.Error
	var ce *glua.CompileError
	msg := err.Error()
	err = cause(err)
	switch {
	case errors.As(err, &pe):
		m := strings.TrimSpace(pe.Message)
		if pe.Pos.Line == parse.EOF {
			msg = fmt.Sprintf("%s: %s at end of input", pe.Pos.Source, m)
		} else {
			msg = fmt.Sprintf("%s:%d: %s near '%s'", pe.Pos.Source, pe.Pos.Line, m, pe.Token)
		}
	case errors.As(err, &ce):
		msg = compileError.ReplaceAllString(ce.Error(), "$2:$1: $3")
	}
	return &bindings.ScriptError{Class: "SyntaxError", Message: strings.TrimSpace(msg)}
}

var compileError = regexp.MustCompile(`^compile error near line\((\d+)\) (.*?): (.*)$`)

// atEOF tells a load error caused by input that ends too early.
func atEOF(err error) bool {
	var pe *parse.Error
	return errors.As(cause(err), &pe) && (pe.Pos.Line == parse.EOF || pe.Token == "<eof>" || pe.Token == "")
}

// cause unwraps the *glua.ApiError that Load returns.
func cause(err error) error {
	var api *glua.ApiError
	if errors.As(err, &api) && api.Cause != nil {
		return api.Cause
	}
	return err
}

var luaName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

var luaKeywords = map[string]bool{"and": true, "break": true, "do": true, "else": true, "elseif": true,
	"end": true, "false": true, "for": true, "function": true, "goto": true, "if": true, "in": true,
	"local": true, "nil": true, "not": true, "or": true, "repeat": true, "return": true, "then": true,
	"true": true, "until": true, "while": true}

// tableKey renders a table key as Lua source: a bare name when it is one,
// else ["a.b"] or [1.5].
func tableKey(k glua.LValue) string {
	if s, ok := k.(glua.LString); ok {
		if luaName.MatchString(string(s)) && !luaKeywords[string(s)] {
			return string(s)
		}
		return "[" + strconv.Quote(string(s)) + "]"
	}
	return "[" + k.String() + "]"
}
