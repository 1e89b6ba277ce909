package js

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/dscript/dscript/bindings"
)

// blankShebang turns a leading "#!" line into a comment, keeping line
// numbers.
func blankShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "//" + src[2:]
	}
	return src
}

// compileProgram parses and compiles a script; syntax errors become one
// SyntaxError naming the file, line and column once.
func compileProgram(name, src string) (*goja.Program, error) {
	ast, err := parser.ParseFile(nil, name, src, 0)
	if err != nil {
		return nil, syntaxError(name, src, err)
	}
	prg, err := goja.CompileAST(ast, false)
	if err != nil {
		return nil, syntaxError(name, src, err)
	}
	return prg, nil
}

var esKeyword = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(import|export)\b`) })

// syntaxError renders a parse or compile error as "file:line:col: message",
// the first error only; import and export get the sentence that says ES
// modules are not supported.
func syntaxError(name, src string, err error) *bindings.ScriptError {
	var list parser.ErrorList
	var one *parser.Error
	var ce *goja.CompilerSyntaxError
	var pos file.Position
	msg := err.Error()
	switch {
	case errors.As(err, &list) && len(list) > 0:
		pos, msg = list[0].Position, list[0].Message
	case errors.As(err, &one):
		pos, msg = one.Position, one.Message
	case errors.As(err, &ce):
		msg = ce.Message
		if ce.File != nil {
			pos = ce.File.Position(ce.Offset)
		}
	}
	if pos.Line > 0 {
		if lines := strings.Split(src, "\n"); pos.Line <= len(lines) && pos.Column >= 1 && pos.Column <= len(lines[pos.Line-1])+1 {
			if esKeyword().MatchString(lines[pos.Line-1][pos.Column-1:]) {
				msg = ESModules
			}
		}
		msg = fmt.Sprintf("%s:%d:%d: %s", name, pos.Line, pos.Column, msg)
	}
	return &bindings.ScriptError{Class: "SyntaxError", Message: msg}
}

// goFrame tells a frame of a Go function (named by its import path), which
// means nothing to a script's author.
func goFrame(f goja.StackFrame) bool {
	return f.SrcName() == "<native>" && strings.Contains(f.FuncName(), "/")
}

// writeFrame renders a stack frame as node does: "name (file:line:col)",
// or "file:line:col" for code outside functions.
func writeFrame(b *bytes.Buffer, f goja.StackFrame) {
	loc := "native"
	if f.SrcName() != "<native>" {
		p := f.Position()
		loc = fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
	}
	if name := f.FuncName(); name != "" && name != "<anonymous>" {
		fmt.Fprintf(b, "%s (%s)", name, loc)
		return
	}
	b.WriteString(loc)
}
