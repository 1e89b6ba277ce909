package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/dscript/dscript"
)

// session is the state of a REPL: the runtime and the entry being typed.
type session struct {
	lang    dscript.Lang
	rt      *dscript.Runtime
	stdout  io.Writer
	stderr  io.Writer
	pending strings.Builder
	quit    bool // SIGTERM arrived
}

// prompt is the prompt for the next line.
func (s *session) prompt() string {
	if s.pending.Len() == 0 {
		return string(s.lang) + "> "
	}
	return "... "
}

// reset drops the entry being typed.
func (s *session) reset() { s.pending.Reset() }

// feed adds a line to the entry; an entry that does not parse yet because
// it is incomplete waits for the next line, else it runs and its value or
// error is printed. SIGINT while it runs cancels that entry only.
func (s *session) feed(ctx context.Context, line string) {
	s.pending.WriteString(line)
	s.pending.WriteByte('\n')
	drain()
	ectx, cancel := context.WithCancel(ctx)
	done, finished := make(chan struct{}), make(chan struct{})
	interrupted := false
	go func() {
		defer close(finished)
		select {
		case sig := <-interrupts:
			interrupted = true
			if sig == syscall.SIGTERM {
				s.quit = true
			}
			cancel()
		case <-done:
		}
	}()
	out, err := s.rt.Eval(ectx, s.pending.String())
	close(done)
	<-finished
	cancel()
	if err != nil && incomplete(err) {
		return
	}
	s.pending.Reset()
	switch {
	case err != nil && interrupted && errors.Is(err, dscript.ErrCanceled):
		fmt.Fprintln(s.stderr, "Interrupted: the entry was canceled")
	case err != nil:
		report(s.stderr, err)
	case out != "":
		fmt.Fprintln(s.stdout, out)
	}
}

// drain forgets interrupts that arrived while no entry was running.
func drain() {
	for {
		select {
		case <-interrupts:
		default:
			return
		}
	}
}

// repl reads entries line by line, with line editing when standard input
// is a terminal.
func repl(ctx context.Context, lang dscript.Lang, opts dscript.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	opts.Args = []string{"repl"}
	opts.Stdin = nil
	rt, err := dscript.New(lang, opts)
	if err != nil {
		fmt.Fprintln(stderr, "dscript:", err)
		return exitUsage
	}
	defer rt.Close()
	s := &session{lang: lang, rt: rt, stdout: stdout, stderr: stderr}
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		return terminalREPL(ctx, s, f)
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 64*1024), 16*1024*1024)
	fmt.Fprint(stdout, s.prompt())
	for in.Scan() {
		s.feed(ctx, in.Text())
		if ctx.Err() != nil || s.quit {
			return exitError
		}
		fmt.Fprint(stdout, s.prompt())
	}
	fmt.Fprintln(stdout)
	return exitOK
}

// incomplete tells a syntax error caused by input that ends too early.
func incomplete(err error) bool {
	var se *dscript.ScriptError
	if !errors.As(err, &se) || se.Class != "SyntaxError" {
		return false
	}
	m := se.Message
	return strings.HasSuffix(m, "at end of input") || strings.HasSuffix(m, "Unexpected end of input")
}
