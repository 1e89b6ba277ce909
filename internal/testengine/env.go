package testengine

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dscript/dscript/engine"
)

// Names of the environment variables the harness reads (and testenv sets).
const (
	EnvDockerHost   = "DSCRIPT_TEST_DOCKER_HOST"
	EnvRegistry     = "DSCRIPT_TEST_REGISTRY"
	EnvAuthRegistry = "DSCRIPT_TEST_AUTH_REGISTRY"
	EnvAuthUser     = "DSCRIPT_TEST_AUTH_USER"
	EnvAuthPassword = "DSCRIPT_TEST_AUTH_PASSWORD"
)

// SetupTimeout bounds how long Main waits for the engine (start or borrow,
// busybox import and registries) before the tests run.
const SetupTimeout = 5 * time.Minute

// Env is a Docker engine for tests: one the harness started (Start) or a
// running one it borrowed (Borrow).
type Env struct {
	// Host is the daemon address, e.g. "unix:///tmp/dscript-eng-123/docker.sock".
	Host string
	// Client talks to the daemon.
	Client *engine.Client
	// Registry is the host:port of a registry without authentication, or "".
	Registry string
	// AuthRegistry is the host:port of a registry that requires AuthUser
	// and AuthPassword (htpasswd), or "".
	AuthRegistry string
	// AuthUser and AuthPassword are the credentials of AuthRegistry.
	AuthUser     string
	AuthPassword string
	// Dir holds the daemon's and the registries' files (data, sockets,
	// logs: dockerd.log, registry.log, auth-registry.log) while they run;
	// "" when the harness started nothing.
	Dir string
	// Started is true when the daemon was started by Start, false when it
	// was borrowed.
	Started bool

	daemon      *proc
	registries  []*proc
	createdDir  bool          // Dir was made by the harness and is removed whole
	reaperStop  chan struct{} // stops the goroutine reaping adopted daemon processes
	timeout     time.Duration // bound on waiting for each process to answer
	ready       bool          // the daemon answered once
	daemonArgs  []string      // Options.DaemonArgs, for Restart
	bridgeFlags []string      // the bridge flags of the first start, for Restart
	stopOnce    sync.Once
	stopErr     error
}

// Options configure Start.
type Options struct {
	// Registry starts the two registries too (see Env.StartRegistries).
	Registry bool
	// Dir is the directory for the daemon's files; "" makes a fresh one
	// under /tmp (removed by Stop). A given Dir must be short (at most 60
	// bytes, for the unix socket paths below it); Stop removes what the
	// harness put in it except the *.log files.
	Dir string
	// Timeout bounds the wait for dockerd, and for each registry, to
	// answer; 0 means StartTimeout.
	Timeout time.Duration
	// DaemonArgs are extra dockerd flags, e.g. a TLS listener
	// ("--tlsverify", "--host", "tcp://127.0.0.1:<port>", ...). The
	// harness still talks to the daemon on its unix socket.
	DaemonArgs []string
}

// Start starts a private dockerd (its own data root, exec root and socket
// below opts.Dir), waits until it answers, creates busybox:latest in it and,
// with opts.Registry, starts the registries. It needs root. On failure it
// stops whatever it had started and returns an error that includes the end
// of the daemon's log.
func Start(ctx context.Context, opts Options) (*Env, error) {
	if err := canStartDaemon(); err != nil {
		return nil, fmt.Errorf("testengine: %w", err)
	}
	if opts.Dir == "" {
		sweepStale()
	}
	e := &Env{Started: true, Dir: opts.Dir, timeout: opts.Timeout}
	if e.timeout <= 0 {
		e.timeout = StartTimeout
	}
	if err := e.setup(ctx, opts); err != nil {
		if serr := e.Stop(); serr != nil {
			err = fmt.Errorf("%w\n(cleaning up: %v)", err, serr)
		}
		return nil, fmt.Errorf("testengine: start engine: %w", err)
	}
	return e, nil
}

// setup does the work of Start.
func (e *Env) setup(ctx context.Context, opts Options) error {
	if err := e.ensureDir(); err != nil {
		return err
	}
	if len(e.Dir) > maxDirLen {
		return fmt.Errorf("directory %s is too long (%d bytes, at most %d) for the daemon's unix sockets", e.Dir, len(e.Dir), maxDirLen)
	}
	e.daemonArgs = opts.DaemonArgs
	if err := e.startDaemon(ctx, e.daemonArgs); err != nil {
		return err
	}
	c, err := engine.New(engine.Options{Host: e.Host})
	if err != nil {
		return fmt.Errorf("client for %s: %w", e.Host, err)
	}
	e.Client = c
	if err := EnsureBusybox(ctx, c); err != nil {
		return err
	}
	if opts.Registry {
		if err := e.StartRegistries(ctx); err != nil {
			return err
		}
	}
	return nil
}

// ensureDir makes e.Dir (a fresh directory under /tmp when it is "").
func (e *Env) ensureDir() error {
	if e.Dir == "" {
		d, err := os.MkdirTemp("/tmp", "dscript-eng-")
		if err != nil {
			return fmt.Errorf("make the engine directory: %w", err)
		}
		e.Dir, e.createdDir = d, true
		return nil
	}
	abs, err := filepath.Abs(e.Dir)
	if err != nil {
		return fmt.Errorf("engine directory %s: %w", e.Dir, err)
	}
	e.Dir = filepath.Clean(abs)
	if err := os.MkdirAll(e.Dir, 0o755); err != nil {
		return fmt.Errorf("make the engine directory: %w", err)
	}
	return nil
}

// Borrow returns an Env for the running daemon at host (e.g.
// "unix:///tmp/dtest/docker.sock"), after checking that it answers and
// making sure busybox:latest exists there. Registry, AuthRegistry and the
// credentials come from $DSCRIPT_TEST_REGISTRY, $DSCRIPT_TEST_AUTH_REGISTRY,
// $DSCRIPT_TEST_AUTH_USER and $DSCRIPT_TEST_AUTH_PASSWORD. Stop on a
// borrowed Env stops nothing but what StartRegistries started.
func Borrow(ctx context.Context, host string) (*Env, error) {
	var c *engine.Client
	var err error
	if strings.HasPrefix(host, "unix://") {
		c, err = engine.New(engine.Options{Host: host})
	} else {
		c, err = engine.FromEnv(engine.Options{Host: host}) // TLS settings of DOCKER_TLS_VERIFY, DOCKER_CERT_PATH
	}
	if err != nil {
		return nil, fmt.Errorf("testengine: client for %s: %w", host, err)
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	_, err = c.SystemPing(pctx)
	cancel()
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("testengine: the daemon at %s does not answer: %w", host, err)
	}
	if err := EnsureBusybox(ctx, c); err != nil {
		c.Close()
		return nil, err
	}
	e := &Env{Host: c.Host(), Client: c}
	if e.Host == "" {
		e.Host = host
	}
	e.registriesFromEnv()
	return e, nil
}

// registriesFromEnv fills the registry fields from the environment.
func (e *Env) registriesFromEnv() {
	if a := os.Getenv(EnvRegistry); isAddr(a) {
		e.Registry = a
	}
	if a := os.Getenv(EnvAuthRegistry); isAddr(a) {
		e.AuthRegistry = a
	}
	e.AuthUser, e.AuthPassword = DefaultAuthUser, DefaultAuthPassword
	if u := os.Getenv(EnvAuthUser); u != "" {
		e.AuthUser = u
	}
	if p := os.Getenv(EnvAuthPassword); p != "" {
		e.AuthPassword = p
	}
}

// isAddr tells whether s is a host:port.
func isAddr(s string) bool {
	h, p, err := net.SplitHostPort(s)
	return err == nil && h != "" && p != ""
}

// WantRegistries tells whether the value of $DSCRIPT_TEST_REGISTRY asks the
// harness to start registries ("start", "1", "true", "yes") rather than
// naming one.
func WantRegistries(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "start", "1", "true", "yes":
		return true
	}
	return false
}

// Stop stops everything the harness started for e, in order: the
// registries; then, for a started daemon, the tests' leftovers in it
// (containers, networks, swarm), dockerd itself (SIGTERM; SIGKILL to its
// process group after 30 seconds), and any containerd, shim or container
// process it left; then it unmounts and removes the directory. It stops
// nothing it did not start: on a borrowed daemon it closes the client and
// stops only the registries StartRegistries started. Stop may be called
// more than once; later calls return the first result.
func (e *Env) Stop() error {
	e.stopOnce.Do(func() { e.stopErr = e.stop() })
	return e.stopErr
}

func (e *Env) stop() error {
	var errs []error
	if e.Client != nil {
		_ = e.Client.Close()
	}
	for i := len(e.registries) - 1; i >= 0; i-- {
		e.registries[i].stop(5 * time.Second)
	}
	if e.daemon != nil {
		if e.ready && !e.daemon.exited() {
			sock := strings.TrimPrefix(e.Host, "unix://")
			if err := teardown(context.Background(), sock); err != nil {
				fmt.Fprintf(os.Stderr, "testengine: %v (stopping it anyway)\n", err)
			}
		}
		if e.daemon.stop(daemonShutdownGrace) {
			fmt.Fprintf(os.Stderr, "testengine: dockerd in %s did not exit within %s of SIGTERM; killed it%s\n",
				e.Dir, daemonShutdownGrace, e.daemon.logTail(10))
		}
	}
	if e.Dir == "" || (e.daemon == nil && len(e.registries) == 0 && !e.createdDir) {
		return nil
	}
	if e.daemon != nil || len(e.registries) > 0 {
		if err := killLeftovers(e.Dir); err != nil {
			errs = append(errs, err)
		}
	}
	if e.reaperStop != nil {
		close(e.reaperStop)
	}
	reapOrphans()
	if err := unmountUnder(e.Dir); err != nil {
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		if err := e.removeDir(); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("testengine: stop engine in %s: %w", e.Dir, errors.Join(errs...))
	}
	return nil
}

// removeDir removes e.Dir (all of it when the harness made it, else all but
// the logs), retrying briefly while the kernel lets go of busy files.
func (e *Env) removeDir() error {
	var err error
	for attempt := 0; attempt < 10; attempt++ {
		if attempt > 0 {
			time.Sleep(200 * time.Millisecond)
		}
		if e.createdDir {
			err = os.RemoveAll(e.Dir)
		} else {
			err = removeAllButLogs(e.Dir)
		}
		if err == nil {
			return nil
		}
	}
	return fmt.Errorf("remove %s: %w", e.Dir, err)
}

func removeAllButLogs(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	var errs []error
	for _, en := range entries {
		if !en.IsDir() && strings.HasSuffix(en.Name(), ".log") {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, en.Name())); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

var current atomic.Pointer[Env]

// Main is for TestMain: it sets up the engine, runs the tests and stops the
// engine, then exits with the tests' code.
//
// With $DSCRIPT_TEST_DOCKER_HOST set it borrows that daemon (see Borrow);
// otherwise it starts a private one (see Start). It starts registries when
// $DSCRIPT_TEST_REGISTRY is "start" (or "1", "true"), and otherwise uses
// the registry named there, if any. When the engine cannot be set up it prints why and
// exits with status 1: the tests fail, they are never skipped.
//
// Each check runs after the tests pass, before the harness stops what it
// started (see NoLeaks); an error fails the run.
func Main(m *testing.M, checks ...func() error) {
	os.Exit(runMain(m, checks...))
}

// Run is Main without the exit: it returns the tests' code, for a TestMain
// that checks more once the engine is stopped (goroutine leaks, say).
func Run(m *testing.M) int { return runMain(m) }

func runMain(m *testing.M, checks ...func() error) int {
	ctx, cancel := context.WithTimeout(context.Background(), SetupTimeout)
	env, err := FromEnv(ctx)
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "testengine: cannot set up the Docker engine for the tests: %v\n", err)
		return 1
	}
	current.Store(env)
	if env.Started {
		// A private daemon is stopped even when the tests are interrupted.
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
		defer signal.Stop(sigs)
		go func() {
			s, ok := <-sigs
			if !ok {
				return
			}
			fmt.Fprintf(os.Stderr, "testengine: %v: stopping the Docker engine in %s\n", s, env.Dir)
			if err := env.Stop(); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
			code := 1
			if sig, ok := s.(syscall.Signal); ok {
				code = 128 + int(sig)
			}
			os.Exit(code)
		}()
	}
	code := m.Run()
	for _, check := range checks {
		if code != 0 {
			break
		}
		if err := check(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	if err := env.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// FromEnv sets up an engine as Main does, from the environment: it borrows
// $DSCRIPT_TEST_DOCKER_HOST when set and otherwise starts a private daemon;
// with $DSCRIPT_TEST_REGISTRY=start it starts registries either way.
func FromEnv(ctx context.Context) (*Env, error) {
	reg := os.Getenv(EnvRegistry)
	if host := os.Getenv(EnvDockerHost); host != "" {
		e, err := Borrow(ctx, host)
		if err != nil || !WantRegistries(reg) {
			return e, err
		}
		if err := e.StartRegistries(ctx); err != nil {
			_ = e.Stop()
			return nil, fmt.Errorf("testengine: %w", err)
		}
		return e, nil
	}
	e, err := Start(ctx, Options{Registry: WantRegistries(reg)})
	if err != nil {
		return nil, err
	}
	if e.Registry == "" {
		e.registriesFromEnv()
	}
	return e, nil
}

// Get returns the engine Main set up. It panics when the package's tests
// do not use Main.
func Get() *Env {
	e := current.Load()
	if e == nil {
		panic("testengine.Get: no test engine; the package's tests need `func TestMain(m *testing.M) { testengine.Main(m) }`")
	}
	return e
}
