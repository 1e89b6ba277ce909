package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dscript/dscript"
	jsrt "github.com/dscript/dscript/bindings/js"
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
	version    bool
}

// usage is the text of --help.
const usage = `usage: dscript [flags] [script.lua|script.js|- [args...]]
       dscript [flags] -e CODE [args...]
       dscript [flags]                      (interactive REPL)

A script's language comes from its extension; a script that starts with
"#!/usr/bin/env dscript" can be run as a program. Lua scripts get their
arguments in arg and ..., JavaScript ones in process.argv.

flags:
`

func parseFlags(args []string, stdout, stderr io.Writer) (*flags, []string, error) {
	f := &flags{}
	fs := flag.NewFlagSet("dscript", flag.ContinueOnError)
	var msgs bytes.Buffer
	fs.SetOutput(&msgs)
	fs.Usage = func() {}
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
	fs.BoolVar(&f.version, "version", false, "print dscript's version, the Go version and the Engine API version, and exit")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return nil, nil, err
	}
	if err != nil {
		fmt.Fprint(stderr, msgs.String())
		fmt.Fprintln(stderr, "run 'dscript --help' for usage")
		return nil, nil, err
	}
	return f, fs.Args(), nil
}

// version is dscript's version; release builds set it with
// -ldflags "-X main.version=v1.2.3".
var version = ""

// versionText is what --version prints.
func versionText() string {
	v := version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	return fmt.Sprintf("dscript %s\n%s %s/%s\nDocker Engine API %s (newest spoken; negotiated down with older daemons)\n",
		v, runtime.Version(), runtime.GOOS, runtime.GOARCH, engine.MaxAPIVersion)
}

func (f *flags) engineOptions() (engine.Options, error) {
	if f.host != "" && f.context != "" {
		return engine.Options{}, fmt.Errorf("--host and --context cannot be used together")
	}
	o := engine.Options{Host: f.host, Context: f.context, Version: f.apiVersion, Timeout: f.timeout}
	if f.tls || f.tlsVerify || f.tlsCert != "" || f.tlsKey != "" || f.tlsCACert != "" {
		// As the docker CLI: files not named come from $DOCKER_CERT_PATH
		// (else ~/.docker) when they exist there.
		ca, cert, key := f.tlsCACert, f.tlsCert, f.tlsKey
		dir := os.Getenv("DOCKER_CERT_PATH")
		if dir == "" {
			if home, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(home, ".docker")
			}
		}
		for _, x := range []struct {
			file *string
			name string
		}{{&ca, "ca.pem"}, {&cert, "cert.pem"}, {&key, "key.pem"}} {
			if *x.file == "" && dir != "" {
				if st, err := os.Stat(filepath.Join(dir, x.name)); err == nil && st.Mode().IsRegular() {
					*x.file = filepath.Join(dir, x.name)
				}
			}
		}
		if (cert == "") != (key == "") {
			cert, key = f.tlsCert, f.tlsKey // a pair from the flags only
		}
		cfg, err := engine.TLSConfigFromFiles(ca, cert, key, f.tlsVerify)
		if err != nil {
			return o, fmt.Errorf("TLS settings: %w", err)
		}
		o.TLSConfig = cfg
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, rest, err := parseFlags(args, stdout, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if f.version {
		fmt.Fprint(stdout, versionText())
		return exitOK
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
		if w, ok := stderr.(*os.File); ok && isTerminal(w) && os.Getenv("DSCRIPT_PROGRESS") != "never" {
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
		return runSource(ctx, lang, opts, "(command line)", f.eval, "", stderr)
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
		return runSource(ctx, lang, opts, "stdin", string(src), "", stderr)
	default:
		path := rest[0]
		if lang == "" {
			if lang, err = dscript.LangOf(path); err != nil {
				fmt.Fprintln(stderr, err)
				return exitUsage
			}
		}
		if strings.EqualFold(filepath.Ext(path), ".mjs") {
			fmt.Fprintf(stderr, "dscript: %s: %s\n", path, jsrt.ESModules)
			return exitUsage
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
	ctx, release := cancelOnInterrupt(ctx)
	defer release()
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
