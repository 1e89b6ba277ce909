package testengine

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Default credentials of the registry with authentication.
const (
	DefaultAuthUser     = "dscript"
	DefaultAuthPassword = "dscript-test-password"
)

// Preferred ports of the registries; when one is taken, a free port is used
// instead (dockerd treats every registry on 127.0.0.0/8 as insecure, so any
// port works without TLS).
const (
	registryPort     = 5000
	authRegistryPort = 5001
)

// StartRegistries starts two registries for e (they are stopped by Stop):
// one without authentication (e.Registry, on 127.0.0.1:5000 when that port
// is free) and one requiring e.AuthUser and e.AuthPassword (e.AuthRegistry,
// on 127.0.0.1:5001 when free). It works on a borrowed daemon too, as long
// as that daemon runs on this machine.
func (e *Env) StartRegistries(ctx context.Context) error {
	if err := e.ensureDir(); err != nil {
		return err
	}
	if e.AuthUser == "" {
		e.AuthUser = DefaultAuthUser
	}
	if e.AuthPassword == "" {
		e.AuthPassword = DefaultAuthPassword
	}
	addr, err := e.startRegistry(ctx, "registry", registryPort, "")
	if err != nil {
		return err
	}
	e.Registry = addr

	htpasswd := filepath.Join(e.Dir, "htpasswd")
	out, err := exec.CommandContext(ctx, "htpasswd", "-Bbn", e.AuthUser, e.AuthPassword).Output()
	if err != nil {
		return fmt.Errorf("create %s with htpasswd (Debian package apache2-utils, see .ci/install-deps.sh): %w", htpasswd, err)
	}
	if err := os.WriteFile(htpasswd, out, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", htpasswd, err)
	}
	addr, err = e.startRegistry(ctx, "auth-registry", authRegistryPort, htpasswd)
	if err != nil {
		return err
	}
	e.AuthRegistry = addr
	return nil
}

// startRegistry starts one docker-registry named name, storing below e.Dir,
// with htpasswd authentication when htpasswd is not "", and waits until it
// answers GET /v2/. It returns its address.
func (e *Env) startRegistry(ctx context.Context, name string, port int, htpasswd string) (string, error) {
	addr, err := freeAddr(port)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	storage := filepath.Join(e.Dir, name)
	if err := os.MkdirAll(storage, 0o755); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	var cfg strings.Builder
	fmt.Fprintf(&cfg, `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: %s
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: %s
health:
  storagedriver:
    enabled: false
`, storage, addr)
	if htpasswd != "" {
		fmt.Fprintf(&cfg, `auth:
  htpasswd:
    realm: dscript-test
    path: %s
`, htpasswd)
	}
	config := filepath.Join(e.Dir, name+".yml")
	if err := os.WriteFile(config, []byte(cfg.String()), 0o644); err != nil {
		return "", fmt.Errorf("%s: write config: %w", name, err)
	}
	// REGISTRY_* variables would override the configuration file.
	p, err := startProc(name, filepath.Join(e.Dir, name+".log"), childEnv("REGISTRY_"), syscall.SIGKILL,
		"docker-registry", "serve", config)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	e.registries = append(e.registries, p)

	want := http.StatusOK
	if htpasswd != "" {
		want = http.StatusUnauthorized
	}
	ctx, cancel := context.WithTimeout(ctx, e.startTimeout())
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var last string
	for {
		status, err := registryStatus(ctx, addr)
		switch {
		case err != nil:
			last = err.Error()
		case status == want:
			return addr, nil
		default:
			last = fmt.Sprintf("GET /v2/ answered %d, want %d", status, want)
		}
		select {
		case <-p.done:
			return "", fmt.Errorf("%s %s before answering on %s%s", name, p.describeExit(), addr, p.logTail(20))
		case <-ctx.Done():
			return "", fmt.Errorf("%s did not answer on %s within %s (%s)%s", name, addr, e.startTimeout(), last, p.logTail(20))
		case <-tick.C:
		}
	}
}

// registryStatus returns the status of GET http://addr/v2/.
func registryStatus(ctx context.Context, addr string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/v2/", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// freeAddr returns 127.0.0.1:preferred when that port is free, else a free
// port chosen by the kernel.
func freeAddr(preferred int) (string, error) {
	for _, p := range []int{preferred, 0} {
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			continue
		}
		addr := l.Addr().String()
		l.Close()
		return addr, nil
	}
	return "", errors.New("no free TCP port on 127.0.0.1")
}

// startTimeout is the bound on waiting for one process to answer.
func (e *Env) startTimeout() time.Duration {
	if e.timeout > 0 {
		return e.timeout
	}
	return StartTimeout
}

// FreeAddr returns "127.0.0.1:<port>" for a port where nothing listens.
func FreeAddr() (string, error) { return freeAddr(0) }
