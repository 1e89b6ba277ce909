package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dscript/dscript"
)

// repl reads entries line by line; an entry that does not parse yet
// because it is incomplete continues on the next line.
func repl(ctx context.Context, lang dscript.Lang, opts dscript.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	opts.Args = []string{"repl"}
	opts.Stdin = nil
	rt, err := dscript.New(lang, opts)
	if err != nil {
		fmt.Fprintln(stderr, "dscript:", err)
		return exitUsage
	}
	defer rt.Close()
	if isTerminal(stdin) {
		return terminalREPL(ctx, lang, rt, stdout, stderr)
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var pending strings.Builder
	prompt := func() {
		if pending.Len() == 0 {
			fmt.Fprint(stdout, string(lang)+"> ")
		} else {
			fmt.Fprint(stdout, "... ")
		}
	}
	prompt()
	for in.Scan() {
		pending.WriteString(in.Text())
		pending.WriteByte('\n')
		out, err := rt.Eval(ctx, pending.String())
		if err != nil && incomplete(err) {
			prompt()
			continue
		}
		pending.Reset()
		if err != nil {
			report(stderr, err)
		} else if out != "" {
			fmt.Fprintln(stdout, out)
		}
		if ctx.Err() != nil {
			return exitError
		}
		prompt()
	}
	fmt.Fprintln(stdout)
	return exitOK
}

// incomplete tells a syntax error caused by input that ends too early.
func incomplete(err error) bool {
	var se *dscript.ScriptError
	if !asScriptError(err, &se) || se.Class != "SyntaxError" {
		return false
	}
	m := se.Message
	return strings.Contains(m, "<eof>") || strings.Contains(m, "EOF") || strings.Contains(m, "Unexpected end of input")
}

func asScriptError(err error, target **dscript.ScriptError) bool {
	se, ok := err.(*dscript.ScriptError)
	if ok {
		*target = se
	}
	return ok
}
