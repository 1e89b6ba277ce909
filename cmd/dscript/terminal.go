package main

import (
	"context"
	"errors"
	"fmt"
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
		return r == '_' || r == '$' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
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
func isTerminal(f *os.File) bool { return readline.IsTerminal(int(f.Fd())) }

// historyFile is where the REPL keeps its history across sessions:
// $DSCRIPT_HISTORY, else ~/.dscript_history.
func historyFile() string {
	if p := os.Getenv("DSCRIPT_HISTORY"); p != "" {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".dscript_history")
	}
	return ""
}

// terminalREPL is the interactive REPL: line editing, history, tab
// completion from the method descriptions and multi-line entries. Ctrl-C
// drops the line being typed (or cancels the running entry), Ctrl-D on an
// empty line quits.
func terminalREPL(ctx context.Context, s *session, tty *os.File) int {
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          s.prompt(),
		HistoryFile:     historyFile(),
		AutoComplete:    completer{rt: s.rt},
		InterruptPrompt: "^C",
		EOFPrompt:       "",
		Stdin:           tty,
		Stdout:          s.stdout,
		Stderr:          s.stderr,
	})
	if err != nil {
		fmt.Fprintln(s.stderr, "dscript:", err)
		return exitError
	}
	defer rl.Close()
	fmt.Fprintf(s.stdout, "dscript %s REPL: help(x) describes an object, Tab completes, Ctrl-C cancels, Ctrl-D quits.\n", s.lang)
	for {
		rl.SetPrompt(s.prompt())
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			s.reset()
			continue
		}
		if err != nil {
			return exitOK
		}
		s.feed(ctx, line)
		if ctx.Err() != nil || s.quit {
			return exitError
		}
	}
}
