package engine

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// SSHCommand is the ssh client run for ssh:// hosts.
var SSHCommand = "ssh"

// sshMaxChannels is how many connections share the master's session:
// OpenSSH servers allow 10 sessions per connection by default
// (MaxSessions). Further connections get an ssh connection of their own.
const sshMaxChannels = 10

// sshTarget is the remote end of an ssh:// host.
type sshTarget struct {
	user string
	host string
	port string
}

// parseSSHHost parses "ssh://[user@]host[:port]" (no path, query or
// fragment, as the docker CLI).
func parseSSHHost(rest string) (sshTarget, error) {
	u, err := url.Parse("ssh://" + rest)
	if err != nil {
		return sshTarget{}, err
	}
	if u.Path != "" && u.Path != "/" {
		return sshTarget{}, fmt.Errorf("unexpected path %q (an ssh host has none)", u.Path)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return sshTarget{}, errors.New("unexpected query or fragment")
	}
	if u.Hostname() == "" {
		return sshTarget{}, errors.New("missing host name")
	}
	t := sshTarget{host: u.Hostname(), port: u.Port()}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			return sshTarget{}, errors.New("a password in an ssh URL is not supported (use a key or an agent)")
		}
		t.user = u.User.Username()
	}
	return t, nil
}

// String returns the host as "ssh://user@host:port".
func (t sshTarget) String() string {
	s := "ssh://"
	if t.user != "" {
		s += t.user + "@"
	}
	s += t.host
	if t.port != "" {
		s += ":" + t.port
	}
	return s
}

// destArgs are the ssh arguments naming the remote end.
func (t sshTarget) destArgs() []string {
	var args []string
	if t.user != "" {
		args = append(args, "-l", t.user)
	}
	if t.port != "" {
		args = append(args, "-p", t.port)
	}
	return append(args, "--", t.host)
}

// SSHError reports that the ssh client failed: it could not connect or
// authenticate, or the remote command (docker system dial-stdio) failed.
type SSHError struct {
	// Stage is what failed: "connecting" (the shared ssh session) or
	// "dial-stdio" (the command on the remote host).
	Stage string
	// Stderr is what ssh printed on its standard error (trimmed, bounded).
	Stderr string
	// Err is the process's failure (an exit status).
	Err error
}

// Error describes the failure with ssh's own message.
func (e *SSHError) Error() string {
	msg := e.Stderr
	if msg == "" {
		msg = "(no message)"
	}
	return fmt.Sprintf("ssh %s: %v: %s", e.Stage, e.Err, msg)
}

// Unwrap returns the process's failure.
func (e *SSHError) Unwrap() error { return e.Err }

// auth reports whether ssh's message says authentication failed.
func (e *SSHError) auth() bool {
	return strings.Contains(e.Stderr, "Permission denied") || strings.Contains(e.Stderr, "Too many authentication failures") ||
		strings.Contains(e.Stderr, "Host key verification failed")
}

// sshDialer opens connections to a remote daemon through the system ssh
// client: one master ssh process holds the authenticated session (a
// control socket in a private temporary directory), and each connection
// is a channel of it running `docker system dial-stdio`. Keep-alive HTTP
// connections reuse their channel; new connections reuse the session.
type sshDialer struct {
	target sshTarget
	args   []string // extra arguments for every ssh process

	mu     sync.Mutex
	master *exec.Cmd
	done   chan struct{} // closed when the master exits
	dir    string        // holds the control socket
	stderr *stderrFile
	closed bool
	active int // connections open over the master's session
}

// controlPath is the master's control socket.
func (d *sshDialer) controlPath() string { return filepath.Join(d.dir, "control") }

// ensureMaster starts the master ssh process unless it runs, and waits
// until its session is authenticated (the control socket exists).
func (d *sshDialer) ensureMaster(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return ErrShutdown
	}
	if d.master != nil {
		select {
		case <-d.done:
			d.cleanupLocked()
		default:
			return nil
		}
	}
	dir, err := os.MkdirTemp("", "dscript-ssh-")
	if err != nil {
		return fmt.Errorf("ssh: control directory: %w", err)
	}
	d.dir = dir
	args := []string{
		"-o", "ControlMaster=yes", "-o", "ControlPath=" + d.controlPath(), "-o", "ControlPersist=no",
		"-o", "BatchMode=yes", "-N", "-T",
	}
	args = append(append(args, d.args...), d.target.destArgs()...)
	cmd := exec.Command(SSHCommand, args...)
	stderr, err := newStderrFile()
	if err != nil {
		d.cleanupLocked()
		return err
	}
	d.stderr = stderr
	cmd.Stderr = stderr.f
	cmd.SysProcAttr = sshProcAttr()
	if err := cmd.Start(); err != nil {
		d.cleanupLocked()
		return fmt.Errorf("ssh: starting %s: %w", SSHCommand, err)
	}
	d.master = cmd
	done := make(chan struct{})
	d.done = done
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		close(done)
	}()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if _, err := os.Stat(d.controlPath()); err == nil {
			return nil
		}
		select {
		case <-done:
			err := &SSHError{Stage: "connecting", Stderr: d.stderr.String(), Err: waitErr}
			d.cleanupLocked()
			return err
		case <-ctx.Done():
			d.stopLocked()
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// dial opens a channel running `docker system dial-stdio` on the remote
// host over the master's session (or, when the session carries
// sshMaxChannels already, over an ssh connection of its own).
func (d *sshDialer) dial(ctx context.Context) (*commandConn, error) {
	if err := d.ensureMaster(ctx); err != nil {
		return nil, err
	}
	d.mu.Lock()
	path := d.controlPath()
	shared := d.active < sshMaxChannels
	if shared {
		d.active++
	}
	d.mu.Unlock()
	args := []string{"-o", "ControlMaster=no", "-o", "ControlPath=" + path, "-o", "BatchMode=yes", "-T"}
	if !shared {
		args = []string{"-o", "ControlMaster=no", "-o", "ControlPath=none", "-o", "BatchMode=yes", "-T"}
	}
	args = append(append(args, d.args...), d.target.destArgs()...)
	args = append(args, "docker", "system", "dial-stdio")
	conn, err := startCommandConn(ctx, SSHCommand, args, d.target.String())
	if shared {
		release := func() {
			d.mu.Lock()
			d.active--
			d.mu.Unlock()
		}
		if err != nil {
			release()
		} else {
			conn.onClose = release
		}
	}
	return conn, err
}

// close stops the master (open channels end with it) and removes its
// directory; later dials fail with ErrShutdown.
func (d *sshDialer) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	d.stopLocked()
}

// idle stops the master when no connection uses it; the next dial starts
// a new one.
func (d *sshDialer) idle() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopLocked()
}

// stopLocked terminates the master and waits for it.
func (d *sshDialer) stopLocked() {
	if d.master == nil {
		return
	}
	_ = d.master.Process.Kill()
	<-d.done
	d.cleanupLocked()
}

// cleanupLocked forgets an exited master and removes its directory.
func (d *sshDialer) cleanupLocked() {
	d.master, d.done = nil, nil
	if d.stderr != nil {
		d.stderr.Close()
		d.stderr = nil
	}
	if d.dir != "" {
		os.RemoveAll(d.dir)
		d.dir = ""
	}
}

// stderrFile is a file for an ssh process's standard error: a file
// rather than a pipe, since a master ssh keeps the standard error of the
// channels it carries open until their remote commands end, and waiting
// for a pipe would wait for them. It is unlinked at once.
type stderrFile struct{ f *os.File }

// newStderrFile creates the file.
func newStderrFile() (*stderrFile, error) {
	f, err := os.CreateTemp("", "dscript-ssh-stderr-")
	if err != nil {
		return nil, fmt.Errorf("ssh: %w", err)
	}
	_ = os.Remove(f.Name())
	return &stderrFile{f: f}, nil
}

// String returns the first 4 KiB written, trimmed.
func (s *stderrFile) String() string {
	b := make([]byte, 4096)
	n, _ := s.f.ReadAt(b, 0)
	return strings.TrimSpace(string(b[:n]))
}

// Close releases the file.
func (s *stderrFile) Close() error { return s.f.Close() }
