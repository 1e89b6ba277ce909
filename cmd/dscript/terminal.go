package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"
	"github.com/dscript/dscript"
)

// completer feeds readline's tab completion from the runtime.
type completer struct{ rt *dscript.Runtime }

// Do implements readline.AutoCompleter: it returns the endings of the
// partial word before the cursor.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	head := string(line[:pos])
	names := c.rt.Complete(head)
	partial := len(head) - len(strings.TrimRightFunc(head, func(r rune) bool {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}))
	out := make([][]rune, 0, len(names))
	for _, n := range names {
		if len(n) >= partial {
			out = append(out, []rune(n[partial:]))
		}
	}
	return out, partial
}

// isTerminal tells whether f is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// terminalREPL is the interactive REPL: line editing, history in
// ~/.dscript_history, tab completion from the method descriptions and
// multi-line entries.
func terminalREPL(ctx context.Context, lang dscript.Lang, rt *dscript.Runtime, stdout, stderr io.Writer) int {
	hist := ""
	if home, err := os.UserHomeDir(); err == nil {
		hist = filepath.Join(home, ".dscript_history")
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          string(lang) + "> ",
		HistoryFile:     hist,
		AutoComplete:    completer{rt: rt},
		InterruptPrompt: "^C",
		EOFPrompt:       "",
		Stdout:          stdout,
		Stderr:          stderr,
	})
	if err != nil {
		fmt.Fprintln(stderr, "dscript:", err)
		return exitError
	}
	defer rl.Close()
	fmt.Fprintf(stdout, "dscript %s REPL: help(x) describes an object, Tab completes, Ctrl-D quits.\n", lang)
	var pending strings.Builder
	for {
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			pending.Reset()
			rl.SetPrompt(string(lang) + "> ")
			continue
		}
		if err != nil {
			return exitOK
		}
		pending.WriteString(line)
		pending.WriteByte('\n')
		out, err := rt.Eval(ctx, pending.String())
		if err != nil && incomplete(err) {
			rl.SetPrompt("... ")
			continue
		}
		pending.Reset()
		rl.SetPrompt(string(lang) + "> ")
		if err != nil {
			report(stderr, err)
		} else if out != "" {
			fmt.Fprintln(stdout, out)
		}
		if ctx.Err() != nil {
			return exitError
		}
	}
}
