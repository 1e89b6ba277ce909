package testengine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// SSHD is an OpenSSH server started for a test on 127.0.0.1 and a free
// port (sshd -D -e), with a host key and a user key made for it. Root
// logs in with the key; every session runs its command with DOCKER_HOST
// set to the daemon given to StartSSHD and the docker CLI on PATH, so
// that `docker system dial-stdio` reaches that daemon.
type SSHD struct {
	// Host is "ssh://root@127.0.0.1:<port>".
	Host string
	// Args are the ssh client arguments that use the test's key and
	// trust the server's host key: {"-F", <config>}.
	Args []string
	// Dir holds the keys, the configurations and the logs.
	Dir string

	proc *proc
}

// StartSSHD starts sshd (Debian's openssh-server) for the daemon at
// dockerHost and waits until it accepts connections.
func StartSSHD(ctx context.Context, dockerHost string) (*SSHD, error) {
	dir, err := os.MkdirTemp("", "dscript-sshd-")
	if err != nil {
		return nil, fmt.Errorf("testengine: %w", err)
	}
	s := &SSHD{Dir: dir}
	if err := s.start(ctx, dockerHost); err != nil {
		_ = s.Stop()
		return nil, fmt.Errorf("testengine: start sshd: %w", err)
	}
	return s, nil
}

func (s *SSHD) start(ctx context.Context, dockerHost string) error {
	d := s.Dir
	for _, k := range []string{"host_key", "user_key"} {
		out, err := exec.CommandContext(ctx, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", k, "-f", filepath.Join(d, k)).CombinedOutput()
		if err != nil {
			return fmt.Errorf("ssh-keygen: %w: %s", err, out)
		}
	}
	docker, err := exec.LookPath("docker")
	if err != nil {
		return fmt.Errorf("the docker CLI (for docker system dial-stdio): %w", err)
	}
	remote := fmt.Sprintf("#!/bin/sh\necho \"$SSH_ORIGINAL_COMMAND\" >> %s\nexport DOCKER_HOST=%s\nexport PATH=%s:/usr/local/bin:/usr/bin:/bin\nexec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n",
		filepath.Join(d, "sessions.log"), dockerHost, filepath.Dir(docker))
	if err := os.WriteFile(filepath.Join(d, "remote.sh"), []byte(remote), 0o755); err != nil {
		return err
	}
	userPub, err := os.ReadFile(filepath.Join(d, "user_key.pub"))
	if err != nil {
		return err
	}
	authorized := fmt.Sprintf("command=\"%s\" %s", filepath.Join(d, "remote.sh"), userPub)
	if err := os.WriteFile(filepath.Join(d, "authorized_keys"), []byte(authorized), 0o600); err != nil {
		return err
	}
	addr, err := freeAddr(0)
	if err != nil {
		return err
	}
	port := addr[strings.LastIndexByte(addr, ':')+1:]
	config := strings.Join([]string{
		"Port " + port, "ListenAddress 127.0.0.1", "HostKey " + filepath.Join(d, "host_key"),
		"PidFile none", "AuthorizedKeysFile " + filepath.Join(d, "authorized_keys"),
		"PasswordAuthentication no", "KbdInteractiveAuthentication no", "PubkeyAuthentication yes",
		"PermitRootLogin prohibit-password", "StrictModes no", "UsePAM no", "LogLevel VERBOSE",
		"MaxStartups 100",
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(d, "sshd_config"), []byte(config), 0o600); err != nil {
		return err
	}
	hostPub, err := os.ReadFile(filepath.Join(d, "host_key.pub"))
	if err != nil {
		return err
	}
	known := fmt.Sprintf("[127.0.0.1]:%s %s", port, hostPub)
	if err := os.WriteFile(filepath.Join(d, "known_hosts"), []byte(known), 0o600); err != nil {
		return err
	}
	client := strings.Join([]string{
		"Host *", "  IdentityFile " + filepath.Join(d, "user_key"), "  IdentitiesOnly yes",
		"  UserKnownHostsFile " + filepath.Join(d, "known_hosts"), "  StrictHostKeyChecking yes",
		"  LogLevel ERROR",
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(d, "ssh_config"), []byte(client), 0o600); err != nil {
		return err
	}
	s.Args = []string{"-F", filepath.Join(d, "ssh_config")}
	s.Host = "ssh://root@127.0.0.1:" + port
	// sshd needs its privilege separation directory.
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
		return err
	}
	sshd, err := lookPath("sshd")
	if err != nil {
		return fmt.Errorf("sshd not found; install openssh-server (`make deps`, .ci/install-deps.sh): %w", err)
	}
	p, err := startProc("sshd", filepath.Join(d, "sshd.log"), childEnv(), syscall.SIGTERM, sshd, "-D", "-e", "-f", filepath.Join(d, "sshd_config"))
	if err != nil {
		return err
	}
	s.proc = p
	ctx, cancel := context.WithTimeout(ctx, StartTimeout)
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if strings.Contains(s.Log(), "Server listening on 127.0.0.1") {
			return nil
		}
		select {
		case <-p.done:
			return fmt.Errorf("sshd %s%s", p.describeExit(), p.logTail(20))
		case <-ctx.Done():
			return fmt.Errorf("sshd did not listen on %s: %w%s", addr, ctx.Err(), p.logTail(20))
		case <-tick.C:
		}
	}
}

// Log returns sshd's log so far.
func (s *SSHD) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.Dir, "sshd.log"))
	return string(b)
}

// Logins counts the authenticated connections sshd accepted.
func (s *SSHD) Logins() int { return strings.Count(s.Log(), "Accepted publickey for ") }

// Sessions returns the commands the sessions ran, in order.
func (s *SSHD) Sessions() []string {
	b, err := os.ReadFile(filepath.Join(s.Dir, "sessions.log"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if t := strings.TrimSpace(string(b)); t != "" {
		return strings.Split(t, "\n")
	}
	return nil
}

// Stop stops sshd and removes its directory.
func (s *SSHD) Stop() error {
	if s.proc != nil {
		s.proc.stop(5 * time.Second)
	}
	return os.RemoveAll(s.Dir)
}
