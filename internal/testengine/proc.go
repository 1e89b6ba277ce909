package testengine

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// proc is a child process started by the harness, with its output going to
// a log file.
type proc struct {
	name    string
	cmd     *exec.Cmd
	logPath string
	done    chan struct{} // closed when the process has exited and been reaped
	waitErr error         // valid once done is closed
}

// startProc starts name with args, its stdout and stderr appended to
// logPath, in its own process group, and with a signal sent to it when
// the harness process dies (parentDeath).
func startProc(name, logPath string, env []string, parentDeath syscall.Signal, args ...string) (*proc, error) {
	path, err := lookPath(args[0])
	if err != nil {
		return nil, fmt.Errorf("%s not found in PATH or the sbin directories; install the test dependencies with `make deps` (.ci/install-deps.sh): %w", args[0], err)
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open %s log: %w", name, err)
	}
	defer logf.Close() // the child has its own copy
	cmd := exec.Command(path, args[1:]...)
	cmd.Stdin = nil
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.Env = env
	cmd.SysProcAttr = sysProcAttr(parentDeath)
	if err := startPinned(cmd); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, logPath: logPath, done: make(chan struct{})}
	go func() {
		p.waitErr = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited tells whether the process has exited.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop sends SIGTERM and waits up to grace for the process to exit, then
// kills its whole process group. It reports whether the process had to be
// killed.
//
// Whatever else is left in the process group afterwards (children that
// did not go away with it) is killed too.
func (p *proc) stop(grace time.Duration) (killed bool) {
	// The process group id is the pid (Setpgid).
	defer syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	if p.exited() {
		return false
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return false
	case <-time.After(grace):
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	_ = p.cmd.Process.Kill()
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
	}
	return true
}

// describeExit says how the process ended, for error messages.
func (p *proc) describeExit() string {
	if !p.exited() {
		return "is still running"
	}
	var ee *exec.ExitError
	if errors.As(p.waitErr, &ee) {
		return "exited: " + ee.ProcessState.String()
	}
	if p.waitErr != nil {
		return "exited: " + p.waitErr.Error()
	}
	return "exited with status 0"
}

// logTail returns the last n lines of the process's log, indented, for
// error messages.
func (p *proc) logTail(n int) string {
	return tailFile(p.logPath, n)
}

// tailFile returns the last n lines of the file at path (read from its last
// 64 KiB), each indented, introduced by a line naming the file.
func tailFile(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("\n(no log: %v)", err)
	}
	defer f.Close()
	const max = 64 << 10
	if st, err := f.Stat(); err == nil && st.Size() > max {
		_, _ = f.Seek(st.Size()-max, io.SeekStart)
	}
	data, _ := io.ReadAll(f)
	data = bytes.TrimRight(data, "\n")
	if len(data) == 0 {
		return fmt.Sprintf("\n(log %s is empty)", path)
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return fmt.Sprintf("\nlast %d lines of %s:\n    %s", len(lines), path, strings.Join(lines, "\n    "))
}

// sbinDirs hold dockerd and the tools it runs (iptables), which a PATH
// that is not root's may lack.
var sbinDirs = []string{"/usr/local/sbin", "/usr/sbin", "/sbin"}

// lookPath finds name in $PATH, then in sbinDirs.
func lookPath(name string) (string, error) {
	p, err := exec.LookPath(name)
	if err == nil {
		return p, nil
	}
	for _, d := range sbinDirs {
		if p, err2 := exec.LookPath(filepath.Join(d, name)); err2 == nil {
			return p, nil
		}
	}
	return "", err
}

// childEnv returns the environment for a child process: the harness's own,
// without the variables whose names start with one of the drop prefixes,
// and with sbinDirs in PATH.
func childEnv(drop ...string) []string {
	var env []string
	path := ""
	for _, kv := range os.Environ() {
		keep := true
		for _, d := range drop {
			if strings.HasPrefix(kv, d) {
				keep = false
				break
			}
		}
		if strings.HasPrefix(kv, "PATH=") {
			path, keep = strings.TrimPrefix(kv, "PATH="), false
		}
		if keep {
			env = append(env, kv)
		}
	}
	dirs := filepath.SplitList(path)
	for _, d := range sbinDirs {
		if !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	return append(env, "PATH="+strings.Join(dirs, string(filepath.ListSeparator)))
}
