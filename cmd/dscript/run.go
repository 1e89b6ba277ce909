package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

type flags struct {
	lang       string
	eval       string
	host       string
	context    string
	apiVersion string
	timeout    time.Duration
	tls        bool
	tlsVerify  bool
	tlsCACert  string
	tlsCert    string
	tlsKey     string
	progress   string
}

func parseFlags(args []string, stderr io.Writer) (*flags, []string, error) {
	f := &flags{}
	fs := flag.NewFlagSet("dscript", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: dscript [flags] [script.lua|script.js|- [args...]]
       dscript [flags] -e CODE [args...]
       dscript [flags]                      (interactive REPL)

flags:
`)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.lang, "lang", "", "script language: lua or js (default: from the file extension; lua for -e, - and the REPL)")
	fs.StringVar(&f.eval, "e", "", "run `CODE` instead of a file")
	fs.StringVar(&f.host, "host", "", "daemon to connect to, like DOCKER_HOST (unix:///var/run/docker.sock, tcp://127.0.0.1:2375)")
	fs.StringVar(&f.context, "context", "", "docker CLI context to use (default: $DOCKER_CONTEXT, then the current context)")
	fs.StringVar(&f.apiVersion, "api-version", "", "API version to use (default: negotiate)")
	fs.DurationVar(&f.timeout, "timeout", 0, "bound for each request that is not a stream (default 60s)")
	fs.BoolVar(&f.tls, "tls", false, "use TLS")
	fs.BoolVar(&f.tlsVerify, "tlsverify", false, "use TLS and verify the daemon's certificate")
	fs.StringVar(&f.tlsCACert, "tlscacert", "", "trust certificates signed by this CA")
	fs.StringVar(&f.tlsCert, "tlscert", "", "TLS certificate file")
	fs.StringVar(&f.tlsKey, "tlskey", "", "TLS key file")
	fs.StringVar(&f.progress, "progress", "auto", "pull, push and build progress on stderr: auto (when stderr is a terminal and $DSCRIPT_PROGRESS is not \"never\") or never")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	return f, fs.Args(), nil
}

func (f *flags) engineOptions() (engine.Options, error) {
	if f.host != "" && f.context != "" {
		return engine.Options{}, fmt.Errorf("--host and --context cannot be used together")
	}
	o := engine.Options{Host: f.host, Context: f.context, Version: f.apiVersion, Timeout: f.timeout}
	if f.tls || f.tlsVerify || f.tlsCert != "" || f.tlsCACert != "" {
		cfg, err := engine.TLSConfigFromFiles(f.tlsCACert, f.tlsCert, f.tlsKey, f.tlsVerify)
		if err != nil {
			return o, fmt.Errorf("TLS settings: %w", err)
		}
		o.TLSConfig = cfg
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, rest, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	eo, err := f.engineOptions()
	if err != nil {
		fmt.Fprintln(stderr, "dscript:", err)
		return exitUsage
	}
	var lang dscript.Lang
	if f.lang != "" {
		if lang, err = dscript.ParseLang(f.lang); err != nil {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
	}
	opts := dscript.Options{Engine: eo, Stdout: stdout, Stderr: stderr, Stdin: stdin,
		Policy: dscript.Policy{Files: true, Exec: true, Network: true, Env: true}}
	switch f.progress {
	case "auto":
		if w, ok := stderr.(io.Reader); ok && isTerminal(w) && os.Getenv("DSCRIPT_PROGRESS") != "never" {
			opts.Progress = stderr
		}
	case "never":
	default:
		fmt.Fprintf(stderr, "dscript: --progress must be auto or never, not %q\n", f.progress)
		return exitUsage
	}

	switch {
	case f.eval != "":
		if lang == "" {
			lang = dscript.Lua
		}
		opts.Args = append([]string{"-e"}, rest...)
		return runSource(ctx, lang, opts, "=(command line)", f.eval, "", stderr)
	case len(rest) == 0:
		if lang == "" {
			lang = dscript.Lua
		}
		return repl(ctx, lang, opts, stdin, stdout, stderr)
	case rest[0] == "-":
		if lang == "" {
			lang = dscript.Lua
		}
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "dscript: read standard input:", err)
			return exitError
		}
		opts.Args = rest
		opts.Stdin = nil
		return runSource(ctx, lang, opts, "=stdin", string(src), "", stderr)
	default:
		path := rest[0]
		if lang == "" {
			if lang, err = dscript.LangOf(path); err != nil {
				fmt.Fprintln(stderr, err)
				return exitUsage
			}
		}
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintln(stderr, "dscript:", err)
			return exitUsage
		}
		opts.Args = rest
		return runSource(ctx, lang, opts, "", "", path, stderr)
	}
}

func runSource(ctx context.Context, lang dscript.Lang, opts dscript.Options, name, src, path string, stderr io.Writer) int {
	rt, err := dscript.New(lang, opts)
	if err != nil {
		fmt.Fprintln(stderr, "dscript:", err)
		return exitUsage
	}
	defer rt.Close()
	if path != "" {
		err = rt.RunFile(ctx, path)
	} else {
		err = rt.RunString(ctx, name, src)
	}
	report(stderr, err)
	return dscript.ExitCode(err)
}

// report prints an uncaught error: its class, message and traceback.
func report(w io.Writer, err error) {
	if err == nil {
		return
	}
	var ex *dscript.ExitError
	if errors.As(err, &ex) {
		return
	}
	var se *dscript.ScriptError
	if errors.As(err, &se) {
		fmt.Fprintf(w, "%s: %s\n", se.Class, se.Message)
		if se.Traceback != "" {
			fmt.Fprintln(w, se.Traceback)
		}
		return
	}
	fmt.Fprintln(w, "dscript:", err)
}
