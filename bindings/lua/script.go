package lua

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

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
	loaders, _ := pkg.RawGetString("loaders").(*glua.LTable)
	loaders.RawSetInt(2, r.L.NewFunction(loadLuaFile))
	dir := filepath.Dir(path)
	cur, _ := pkg.RawGetString("path").(glua.LString)
	p := filepath.Join(dir, "?.lua") + ";" + filepath.Join(dir, "?", "init.lua")
	if cur != "" {
		p += ";" + string(cur)
	}
	pkg.RawSetString("path", glua.LString(p))
}

// loadLuaFile is require's loader of Lua files: it searches package.path
// as Lua does, and reports a syntax error in the module as one line naming
// the module's file and line.
func loadLuaFile(L *glua.LState) int {
	name := L.CheckString(1)
	path, _ := L.GetField(L.GetGlobal("package"), "path").(glua.LString)
	var tried strings.Builder
	for _, pat := range strings.Split(string(path), ";") {
		if pat == "" {
			continue
		}
		p := strings.ReplaceAll(pat, "?", strings.ReplaceAll(name, ".", string(filepath.Separator)))
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			tried.WriteString("\n\tno file '" + p + "'")
			continue
		}
		fn, err := L.LoadFile(p)
		if err != nil {
			L.Error(glua.LString(syntaxError(err).Message), 0)
		}
		L.Push(fn)
		return 1
	}
	L.Push(glua.LString(tried.String()))
	return 1
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
		msg = compileError().ReplaceAllString(ce.Error(), "$2:$1: $3")
	}
	return &bindings.ScriptError{Class: "SyntaxError", Message: strings.TrimSpace(msg)}
}

var compileError = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^compile error near line\((\d+)\) (.*?): (.*)$`) })

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

var luaName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`) })

var luaKeywords = map[string]bool{"and": true, "break": true, "do": true, "else": true, "elseif": true,
	"end": true, "false": true, "for": true, "function": true, "goto": true, "if": true, "in": true,
	"local": true, "nil": true, "not": true, "or": true, "repeat": true, "return": true, "then": true,
	"true": true, "until": true, "while": true}

// tableKey renders a table key as Lua source: a bare name when it is one,
// else ["a.b"] or [1.5].
func tableKey(k glua.LValue) string {
	if s, ok := k.(glua.LString); ok {
		if luaName().MatchString(string(s)) && !luaKeywords[string(s)] {
			return string(s)
		}
		return "[" + strconv.Quote(string(s)) + "]"
	}
	return "[" + k.String() + "]"
}
