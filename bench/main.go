// Command bench runs dscript's benchmarks side by side with its peers on
// one daemon and prints one Markdown table (`make bench`).
//
//	bench [-bin bin] [-out bench/results.md] [-budget 12m] [-micro "PKGS"] [-only KEYS]
//
// It talks to $DOCKER_HOST (make bench runs it under testenv -reuse, which
// sets it), prepares fixtures labelled dscript.bench=RUNID, runs every
// workload of workloads.go for every client found on the machine, removes
// the fixtures, and writes the table with the date, machine facts and
// versions to -out. The clients:
//
//	raw Go net/http      bin/bench/rawgo (clients/rawgo: the floor, stdlib only)
//	dscript engine (Go)  bin/bench/enginego (clients/enginego)
//	dscript Lua, JS      bin/dscript running clients/scripts/bench.lua, bench.js
//	docker-py            the python3 first on PATH, running clients/scripts/bench.py
//	docker CLI           the docker first on PATH
//
// A client that is missing is reported as absent. Each run is a fresh
// process; the driver measures its wall time, its CPU time (user+sys,
// children included) and its peak RSS from wait4's rusage. Program clients
// also time their own loop and print it ("BENCH secs=..."), so per-call
// figures exclude process start. Runs of one workload go round-robin over
// the clients so that a noisy daemon hurts them alike. With -micro, the Go
// micro-benchmarks of those packages (go test -bench) are appended.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dscript/dscript/bench/internal/raw"
)

//go:embed clients/scripts/bench.lua clients/scripts/bench.js clients/scripts/bench.py
var scripts embed.FS

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	code := run(ctx)
	stop()
	os.Exit(code)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

type options struct {
	bin    string
	out    string
	budget time.Duration
	micro  string
	goCmd  string
	only   map[string]bool
}

func run(ctx context.Context) int {
	var o options
	var only string
	flag.StringVar(&o.bin, "bin", "bin", "directory of dscript and bench/rawgo, bench/enginego")
	flag.StringVar(&o.out, "out", "bench/results.md", "file to write the results to (\"\": none)")
	flag.DurationVar(&o.budget, "budget", 12*time.Minute, "stop starting runs after this long (remaining cells say so)")
	flag.StringVar(&o.micro, "micro", "", "space-separated packages whose Go benchmarks to run and append")
	flag.StringVar(&o.goCmd, "go", "go", "the go command (for -micro)")
	flag.StringVar(&only, "only", "", "comma-separated workload keys to run (default all)")
	flag.Parse()
	if only != "" {
		o.only = map[string]bool{}
		for _, k := range strings.Split(only, ",") {
			o.only[strings.TrimSpace(k)] = true
		}
	}
	start := time.Now()
	rusageBin = filepath.Join(o.bin, "bench", "rusage")
	if _, err := os.Stat(rusageBin); err != nil {
		logf("%v (make bench builds it)", err)
		return 1
	}

	c, err := raw.New("")
	if err != nil {
		logf("%v", err)
		return 1
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	err = c.Ping(pctx)
	cancel()
	if err != nil {
		logf("no daemon answers at $DOCKER_HOST=%q: %v", os.Getenv("DOCKER_HOST"), err)
		return 1
	}
	tmp, err := os.MkdirTemp("", "dscript-bench-")
	if err != nil {
		logf("%v", err)
		return 1
	}
	rep := &report{started: start, facts: machineFacts(ctx, c)}
	clients := discover(ctx, o.bin, tmp)
	rep.clients = clients

	fx := newFixtures(c, tmp)
	defer fx.cleanup(logf)
	logf("run %s: preparing fixtures", fx.id)
	if err := fx.prepare(ctx, logf); err != nil {
		logf("fixtures: %v", err)
		return 1
	}

	deadline := start.Add(o.budget)
	for _, w := range workloads() {
		if o.only != nil && !o.only[w.key] {
			continue
		}
		rep.results = append(rep.results, runWorkload(ctx, w, clients, fx, deadline))
		if ctx.Err() != nil {
			logf("interrupted")
			return 1
		}
	}
	rep.benchTime = time.Since(start)
	if o.micro != "" {
		rep.micro = microBenchmarks(ctx, o.goCmd, strings.Fields(o.micro))
	}
	text := rep.markdown()
	fmt.Print(text)
	if o.out != "" {
		if err := os.WriteFile(o.out, []byte(text), 0o644); err != nil {
			logf("%v", err)
			return 1
		}
		logf("wrote %s (%.1f min)", o.out, time.Since(start).Minutes())
	}
	return 0
}

// client is one way of talking to the daemon.
type client struct {
	name    string
	argv    []string // command prefix; nil for the docker CLI
	absent  string   // why it cannot run, "" when it can
	version string
}

// discover finds the clients on this machine and writes the scripts.
func discover(ctx context.Context, bin, tmp string) map[string]*client {
	out := map[string]*client{}
	gitRev := output(ctx, "git", "describe", "--always", "--dirty")
	if gitRev == "" {
		gitRev = "unknown revision"
	}
	program := func(name, path, version string) {
		c := &client{name: name, argv: []string{path}, version: version}
		if _, err := os.Stat(path); err != nil {
			c.absent = "absent: " + path + " not built (make bench builds it)"
		}
		out[name] = c
	}
	program(cRaw, filepath.Join(bin, "bench", "rawgo"), "stdlib only")
	program(cGo, filepath.Join(bin, "bench", "enginego"), gitRev)
	for _, s := range []struct{ name, file string }{{cLua, "bench.lua"}, {cJS, "bench.js"}, {cPy, "bench.py"}} {
		src, err := scripts.ReadFile("clients/scripts/" + s.file)
		path := filepath.Join(tmp, s.file)
		if err == nil {
			err = os.WriteFile(path, src, 0o644)
		}
		if err != nil {
			out[s.name] = &client{name: s.name, absent: "absent: " + err.Error()}
			continue
		}
		if s.name == cPy {
			out[s.name] = python(ctx, path)
			continue
		}
		program(s.name, filepath.Join(bin, "dscript"), gitRev)
		out[s.name].argv = append(out[s.name].argv, path)
	}
	out[cCLI] = dockerCLI(ctx)
	return out
}

func python(ctx context.Context, script string) *client {
	c := &client{name: cPy, argv: []string{"python3", script}}
	if _, err := exec.LookPath("python3"); err != nil {
		c.absent = "absent: no python3 on PATH"
		return c
	}
	v := output(ctx, "python3", "-c", "import sys, docker; print('docker-py', docker.__version__, 'on Python', sys.version.split()[0])")
	if v == "" {
		c.absent = "absent: the python3 on PATH has no docker package"
	}
	c.version = v
	return c
}

func dockerCLI(ctx context.Context) *client {
	c := &client{name: cCLI}
	if _, err := exec.LookPath("docker"); err != nil {
		c.absent = "absent: no docker on PATH"
		return c
	}
	c.version = output(ctx, "docker", "--version")
	if output(ctx, "docker", "version", "--format", "{{.Server.Version}}") == "" {
		c.absent = "absent: the docker CLI cannot talk to the daemon"
	}
	return c
}

// output runs a short command and returns its trimmed stdout ("" on error).
func output(ctx context.Context, name string, args ...string) string {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	b, err := exec.CommandContext(ctx, name, args...).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// cell is one client's outcome on one workload: runs, or a text.
type cell struct {
	text  string
	runs  []runResult
	spent time.Duration // wall time of the runs so far
}

type result struct {
	w     *workload
	cells map[string]*cell
}

func runWorkload(ctx context.Context, w *workload, clients map[string]*client, fx *fixtures, deadline time.Time) result {
	res := result{w: w, cells: map[string]*cell{}}
	for _, name := range clientOrder {
		c := &cell{}
		res.cells[name] = c
		cl := clients[name]
		switch {
		case cl.absent != "":
			c.text = cl.absent
		case w.skip[name] != "":
			c.text = w.skip[name]
		case name == cCLI && w.cli == nil:
			c.text = notApp
		}
	}
	t0 := time.Now()
	for rep := 0; rep < w.warmup+w.repeats; rep++ {
		for _, name := range clientOrder {
			c := res.cells[name]
			if c.text != "" || ctx.Err() != nil {
				continue
			}
			if time.Now().After(deadline) {
				c.text = "skipped: time budget spent"
				continue
			}
			if w.cellCap > 0 && len(c.runs) > 0 && c.spent >= w.cellCap {
				continue
			}
			r, err := runOnce(ctx, w, clients[name], fx)
			if err == nil && w.check != nil {
				err = w.check(r, fx)
			}
			if err != nil {
				c.text = "error: " + err.Error()
				logf("%s / %s: %v", w.key, name, err)
				continue
			}
			if rep < w.warmup {
				continue
			}
			c.runs = append(c.runs, r)
			c.spent += r.wall
		}
	}
	logf("%s: %.1fs", w.title, time.Since(t0).Seconds())
	return res
}

func runOnce(ctx context.Context, w *workload, cl *client, fx *fixtures) (runResult, error) {
	if cl.name == cCLI {
		argv, env := w.cli(fx)
		r, err := execute(ctx, argv, env, w.timeout, true)
		r.n = max(w.n, 1)
		return r, err
	}
	argv := append(append([]string{}, cl.argv...), w.key, strconv.Itoa(w.n))
	if w.args != nil {
		argv = append(argv, w.args(fx, cl.name)...)
	}
	r, err := execute(ctx, argv, nil, w.timeout, false)
	if err == nil && r.n == 0 {
		r.n = max(w.n, 1)
	}
	return r, err
}

// microBenchmarks runs the Go benchmarks of pkgs and returns the lines
// that matter.
func microBenchmarks(ctx context.Context, goCmd string, pkgs []string) string {
	logf("go test -bench %s", strings.Join(pkgs, " "))
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	args := append([]string{"test", "-run", "^$", "-bench", ".", "-benchmem", "-count", "1"}, pkgs...)
	b, err := exec.CommandContext(ctx, goCmd, args...).CombinedOutput()
	var keep []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "Benchmark") || strings.HasPrefix(line, "pkg:") || strings.HasPrefix(line, "FAIL") || strings.HasPrefix(line, "---") {
			keep = append(keep, line)
		}
	}
	if err != nil {
		keep = append(keep, "go test: "+err.Error())
	}
	return strings.Join(keep, "\n")
}
