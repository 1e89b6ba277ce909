// Command testenv runs a command against a Docker engine for tests.
//
//	testenv [-registry] [-reuse] [-dir DIR] -- CMD ARGS...
//
// It starts a private dockerd (and, with -registry, two registries: one
// plain, one with htpasswd authentication), creates busybox:latest in it,
// runs CMD with stdin, stdout and stderr passed through and with
//
//	DSCRIPT_TEST_DOCKER_HOST, DOCKER_HOST    the daemon
//	DSCRIPT_TEST_REGISTRY                    host:port of the plain registry
//	DSCRIPT_TEST_AUTH_REGISTRY               host:port of the registry with auth
//	DSCRIPT_TEST_AUTH_USER, _PASSWORD        its credentials
//
// in its environment, stops everything it started, and exits with CMD's
// exit status (128+N when CMD was killed by signal N). SIGINT, SIGTERM and
// SIGHUP reach CMD, and the engine is stopped after CMD ends. When the
// engine cannot be set up, testenv prints why and exits with status 1
// without running CMD.
//
// When $DSCRIPT_TEST_DOCKER_HOST is set, testenv never starts a daemon: it
// borrows that one. With -reuse, a daemon that answers at $DOCKER_HOST (or
// unix:///var/run/docker.sock) is borrowed instead of starting one. A
// borrowed daemon is left running; with -registry and no
// $DSCRIPT_TEST_REGISTRY, registries are still started for it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

func main() {
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	os.Exit(run(os.Args[1:], os.Environ(), sigs, os.Stdin, os.Stdout, os.Stderr))
}

// killGrace is how long CMD has to exit after a forwarded signal before it
// is killed.
const killGrace = 60 * time.Second

// interruptDelay is how long testenv waits before forwarding SIGINT: a
// Ctrl-C on the terminal reaches CMD directly (same process group), and
// forwarding it at once would deliver it twice.
const interruptDelay = time.Second

// run is main without the process: it returns the exit status.
func run(args, environ []string, sigs <-chan os.Signal, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("testenv", flag.ContinueOnError)
	fs.SetOutput(stderr)
	registry := fs.Bool("registry", false, "also start the registries (unless $DSCRIPT_TEST_REGISTRY names one)")
	reuse := fs.Bool("reuse", false, "borrow the daemon at $DOCKER_HOST (or /var/run/docker.sock) if it answers")
	dir := fs.String("dir", "", "directory for the started daemon's files (default: a fresh one under /tmp)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: testenv [-registry] [-reuse] [-dir DIR] -- CMD ARGS...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	getenv := lookup(environ)

	// A signal during setup aborts it.
	ctx, cancel := context.WithTimeout(context.Background(), testengine.SetupTimeout)
	setupDone := make(chan struct{})
	aborted := make(chan os.Signal, 1)
	go func() {
		select {
		case s := <-sigs:
			aborted <- s
			cancel()
		case <-setupDone:
		}
	}()
	env, err := setup(ctx, getenv, *registry, *reuse, *dir)
	close(setupDone)
	cancel()
	if err != nil {
		select {
		case s := <-aborted:
			fmt.Fprintf(stderr, "testenv: %v during setup: %v\n", s, err)
			return exitForSignal(s)
		default:
		}
		fmt.Fprintf(stderr, "testenv: cannot set up the Docker engine: %v\n", err)
		return 1
	}
	select {
	case s := <-aborted:
		fmt.Fprintf(stderr, "testenv: %v during setup\n", s)
		stopEnv(env, stderr)
		return exitForSignal(s)
	default:
	}

	code := runCommand(fs.Args(), childEnviron(environ, env), sigs, stdin, stdout, stderr)
	if !stopEnv(env, stderr) && code == 0 {
		code = 1
	}
	return code
}

// setup borrows or starts the engine, and the registries.
func setup(ctx context.Context, getenv func(string) string, registry, reuse bool, dir string) (*testengine.Env, error) {
	// $DSCRIPT_TEST_REGISTRY either names a registry to use or asks for
	// registries to be started.
	given := getenv(testengine.EnvRegistry)
	if testengine.WantRegistries(given) {
		registry, given = true, ""
	}
	host := getenv(testengine.EnvDockerHost)
	if host == "" && reuse {
		host = reusable(ctx, getenv)
	}
	var env *testengine.Env
	var err error
	if host == "" {
		env, err = testengine.Start(ctx, testengine.Options{Registry: registry && given == "", Dir: dir})
	} else {
		env, err = testengine.Borrow(ctx, host)
	}
	if err != nil {
		return nil, err
	}
	if given != "" {
		env.Registry = given
		env.AuthRegistry = getenv(testengine.EnvAuthRegistry)
		if u := getenv(testengine.EnvAuthUser); u != "" {
			env.AuthUser = u
		}
		if p := getenv(testengine.EnvAuthPassword); p != "" {
			env.AuthPassword = p
		}
		return env, nil
	}
	if !env.Started {
		// Borrow read the registry settings from this process's
		// environment; only the given one counts.
		env.Registry, env.AuthRegistry = "", ""
		if registry {
			if err := env.StartRegistries(ctx); err != nil {
				stopEnv(env, io.Discard)
				return nil, fmt.Errorf("start registries: %w", err)
			}
		}
	}
	return env, nil
}

// reusable returns the daemon -reuse may borrow: $DOCKER_HOST, or the
// default socket, if it answers /_ping within 3 seconds; else "".
func reusable(ctx context.Context, getenv func(string) string) string {
	host := getenv("DOCKER_HOST")
	if host == "" {
		host = engine.DefaultHost
	}
	if strings.HasPrefix(host, "unix://") {
		if _, err := os.Stat(strings.TrimPrefix(host, "unix://")); err != nil {
			return ""
		}
	}
	c, err := engine.New(engine.Options{Host: host, Timeout: 3 * time.Second})
	if err != nil {
		return ""
	}
	defer c.Close()
	if _, err := c.SystemPing(ctx); err != nil {
		return ""
	}
	return host
}

// childEnviron returns CMD's environment: environ with the engine's
// variables set.
func childEnviron(environ []string, env *testengine.Env) []string {
	set := map[string]string{
		testengine.EnvDockerHost:   env.Host,
		"DOCKER_HOST":              env.Host,
		testengine.EnvRegistry:     env.Registry,
		testengine.EnvAuthRegistry: env.AuthRegistry,
		testengine.EnvAuthUser:     env.AuthUser,
		testengine.EnvAuthPassword: env.AuthPassword,
	}
	drop := map[string]bool{}
	if env.Started {
		// A private daemon is a plain unix socket: settings meant for
		// another daemon must not apply to it.
		for _, k := range []string{"DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"} {
			drop[k] = true
		}
	}
	var out []string
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := set[k]; ok || drop[k] {
			continue
		}
		out = append(out, kv)
	}
	for k, v := range set {
		if v != "" {
			out = append(out, k+"="+v)
		}
	}
	return out
}

// runCommand runs argv and returns its exit status, forwarding signals.
func runCommand(argv, environ []string, sigs <-chan os.Signal, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = environ
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	cmd.SysProcAttr = childSysProcAttr()
	// When stdout or stderr is not a file, Wait also waits for the copying
	// of the output, which a leftover grandchild may hold open.
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "testenv: %v\n", err)
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
			return 127
		}
		return 126
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	var forward <-chan time.Time // pending forwarding of SIGINT
	var kill <-chan time.Time    // deadline after the first signal
	for {
		select {
		case err := <-done:
			return exitStatus(cmd, err, stderr)
		case s := <-sigs:
			if kill == nil {
				kill = time.After(killGrace)
			}
			if s == syscall.SIGINT && forward == nil {
				forward = time.After(interruptDelay)
				continue
			}
			_ = cmd.Process.Signal(s)
		case <-forward:
			_ = cmd.Process.Signal(syscall.SIGINT)
		case <-kill:
			fmt.Fprintf(stderr, "testenv: %s did not exit within %s of the signal; killing it\n", argv[0], killGrace)
			_ = cmd.Process.Kill()
			kill = nil
		}
	}
}

// exitStatus turns the result of cmd.Wait into an exit status.
func exitStatus(cmd *exec.Cmd, err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		fmt.Fprintf(stderr, "testenv: %v\n", err)
		return 1
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ee.ExitCode()
}

// stopEnv stops env and reports whether that went well.
func stopEnv(env *testengine.Env, stderr io.Writer) bool {
	if err := env.Stop(); err != nil {
		fmt.Fprintf(stderr, "testenv: %v\n", err)
		return false
	}
	return true
}

// exitForSignal is the conventional exit status for a signal.
func exitForSignal(s os.Signal) int {
	if sig, ok := s.(syscall.Signal); ok {
		return 128 + int(sig)
	}
	return 1
}

// lookup returns a getenv over environ.
func lookup(environ []string) func(string) string {
	m := make(map[string]string, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return func(k string) string { return m[k] }
}
