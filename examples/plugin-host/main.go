// Command plugin-host is a small Go program that uses dscript as its
// plugin runtime: it loads every .lua and .js script of a folder, gives
// each a typed configuration and a host function, calls its hooks under
// a deadline, and lets it read Docker but not change it or reach the
// host through a container.
//
//	go run ./examples/plugin-host -plugins examples/plugin-host/plugins
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
)

// Config is what every plugin receives.
type Config struct {
	Environment string            `json:"environment"`
	MaxItems    int               `json:"max_items"`
	Labels      map[string]string `json:"labels"`
}

// Event is what the on_event hook receives.
type Event struct {
	Kind string    `json:"kind"`
	At   time.Time `json:"at"`
}

// Report is what a plugin's on_event hook answers.
type Report struct {
	Summary string `json:"summary"`
	Count   int    `json:"count"`
}

func main() {
	dir := flag.String("plugins", "plugins", "the folder of plugin scripts")
	host := flag.String("host", "", "the Docker daemon (default $DOCKER_HOST)")
	deadline := flag.Duration("deadline", 5*time.Second, "how long one hook may run")
	flag.Parse()
	if err := run(context.Background(), *dir, *host, *deadline, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "plugin-host:", err)
		os.Exit(1)
	}
}

// run loads the plugins of dir and calls their hooks, writing what
// happens to out.
func run(ctx context.Context, dir, host string, deadline time.Duration, out io.Writer) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.*"))
	if err != nil {
		return err
	}
	sort.Strings(paths)
	cfg := Config{Environment: "staging", MaxItems: 3, Labels: map[string]string{"team": "infra"}}
	for _, path := range paths {
		lang, err := dscript.LangOf(path)
		if err != nil {
			continue
		}
		name := filepath.Base(path)
		if err := runPlugin(ctx, lang, path, host, cfg, deadline, prefixWriter{out, name + ": "}); err != nil {
			fmt.Fprintf(out, "%s: %v\n", name, err)
		}
	}
	return nil
}

func runPlugin(ctx context.Context, lang dscript.Lang, path, host string, cfg Config, deadline time.Duration, out io.Writer) error {
	rt, err := dscript.New(lang, dscript.Options{
		Engine: engine.Options{Host: host},
		Stdout: out,
		Stderr: out,
		Docker: &dscript.DockerPolicy{ReadOnly: true, VetoCreate: dscript.DenyHostAccess},
		Limits: dscript.Limits{MaxMemory: 16 << 20},
	})
	if err != nil {
		return err
	}
	defer rt.Close()
	if err := rt.Set("config", cfg); err != nil {
		return err
	}
	// notify is the host function plugins call to report something.
	notify := func(ctx context.Context, level, msg string) error {
		if level != "info" && level != "warn" {
			return fmt.Errorf("unknown level %q", level)
		}
		fmt.Fprintf(out, "[%s] %s\n", level, msg)
		return ctx.Err()
	}
	if err := rt.Set("notify", notify); err != nil {
		return err
	}
	loadCtx, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	if err := rt.RunFile(loadCtx, path); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	hookCtx, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	v, err := rt.Call(hookCtx, "on_event", Event{Kind: "tick", At: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	switch {
	case errors.Is(err, dscript.ErrCanceled):
		return fmt.Errorf("on_event: stopped at the deadline")
	case err != nil:
		return fmt.Errorf("on_event: %w", err)
	}
	var rep Report
	if err := dscript.Decode(v, &rep); err != nil {
		return fmt.Errorf("on_event: %w", err)
	}
	fmt.Fprintf(out, "report: %s (%d)\n", rep.Summary, rep.Count)
	return nil
}

// prefixWriter prefixes every line written with the plugin's name.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	lines := strings.SplitAfter(string(b), "\n")
	for _, l := range lines {
		if l == "" {
			continue
		}
		if _, err := io.WriteString(p.w, p.prefix+l); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}
