//go:build linux

package testengine

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// canStartDaemon reports why this process cannot start a private dockerd,
// or nil.
func canStartDaemon() error {
	if os.Geteuid() != 0 {
		return errors.New("starting a private dockerd needs root; run as root or set DSCRIPT_TEST_DOCKER_HOST to a running daemon")
	}
	return nil
}

// sysProcAttr puts a child in its own process group (so that a Ctrl-C on the
// terminal reaches the harness, which then stops the child in order) and has
// the kernel send it parentDeath if the harness dies without stopping it.
func sysProcAttr(parentDeath syscall.Signal) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: parentDeath}
}

// The parent-death signal fires when the thread that forked the child exits,
// not the process; Go may end a thread (one locked by a goroutine that
// exits). So children are forked from one goroutine locked to its thread
// for the life of the process.
var forker struct {
	once sync.Once
	reqs chan forkRequest
}

type forkRequest struct {
	cmd *exec.Cmd
	err chan<- error
}

// startPinned runs cmd.Start on the harness's forking thread.
func startPinned(cmd *exec.Cmd) error {
	forker.once.Do(func() {
		forker.reqs = make(chan forkRequest)
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives as long as the process
			for r := range forker.reqs {
				r.err <- r.cmd.Start()
			}
		}()
	})
	errc := make(chan error, 1)
	forker.reqs <- forkRequest{cmd: cmd, err: errc}
	return <-errc
}

// killLeftovers kills what a dockerd of dir may have left behind once it is
// gone: containerd, containerd shims and docker-proxy processes whose command
// line names dir, and the processes of the daemon's containers (found by
// container id in /proc/PID/cgroup). It touches nothing else. It returns an
// error if some of them are still alive after being killed.
func killLeftovers(dir string) error {
	ids := containerIDs(dir)
	self := os.Getpid()
	var alive []int
	for attempt := 0; attempt < 5; attempt++ {
		alive = alive[:0]
		for _, pid := range pids() {
			if pid == self || !ownedByDaemon(pid, dir, ids) {
				continue
			}
			_ = syscall.Kill(pid, syscall.SIGKILL)
			alive = append(alive, pid)
		}
		if len(alive) == 0 {
			return nil
		}
		deadline := time.Now().Add(2 * time.Second)
		for time.Now().Before(deadline) && anyAlive(alive) {
			time.Sleep(50 * time.Millisecond)
		}
	}
	if anyAlive(alive) {
		return fmt.Errorf("processes %v of the daemon in %s survive SIGKILL", alive, dir)
	}
	return nil
}

// daemonProcessNames are the programs a dockerd starts that name its
// directories on their command line.
var daemonProcessNames = map[string]bool{
	"dockerd": true, "containerd": true, "containerd-shim": true,
	"containerd-shim-runc-v1": true, "containerd-shim-runc-v2": true,
	"docker-proxy": true, "runc": true, "docker-registry": true,
}

// ownedByDaemon tells whether process pid belongs to the daemon in dir.
func ownedByDaemon(pid int, dir string, ids []string) bool {
	proc := "/proc/" + strconv.Itoa(pid)
	if cmdline, err := os.ReadFile(proc + "/cmdline"); err == nil && len(cmdline) > 0 {
		args := strings.Split(strings.TrimRight(string(cmdline), "\x00"), "\x00")
		if daemonProcessNames[filepath.Base(args[0])] {
			for _, a := range args[1:] {
				if a == dir || strings.HasPrefix(a, dir+"/") || strings.Contains(a, "="+dir+"/") {
					return true
				}
			}
		}
	}
	if len(ids) == 0 {
		return false
	}
	cg, err := os.ReadFile(proc + "/cgroup")
	if err != nil {
		return false
	}
	for _, id := range ids {
		if bytes.Contains(cg, []byte(id)) {
			return true
		}
	}
	return false
}

// containerIDs lists the ids of the containers the daemon in dir knows.
func containerIDs(dir string) []string {
	entries, err := os.ReadDir(filepath.Join(dir, "data", "containers"))
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		if n := e.Name(); len(n) == 64 {
			ids = append(ids, n)
		}
	}
	return ids
}

// pids lists the processes of the machine.
func pids() []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range entries {
		if pid, err := strconv.Atoi(e.Name()); err == nil {
			out = append(out, pid)
		}
	}
	return out
}

// anyAlive tells whether one of pids still exists (zombies count as gone).
func anyAlive(pids []int) bool {
	for _, pid := range pids {
		st, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		// The state follows the parenthesized command name.
		if i := bytes.LastIndexByte(st, ')'); i >= 0 && i+2 < len(st) && st[i+2] == 'Z' {
			continue
		}
		return true
	}
	return false
}

// unmountUnder detaches every mount at or below dir, deepest first.
func unmountUnder(dir string) error {
	var errs []error
	for attempt := 0; attempt < 3; attempt++ {
		mounts, err := mountsUnder(dir)
		if err != nil {
			return err
		}
		if len(mounts) == 0 {
			return nil
		}
		errs = errs[:0]
		for _, m := range mounts {
			if err := syscall.Unmount(m, syscall.MNT_DETACH); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOENT) {
				errs = append(errs, fmt.Errorf("unmount %s: %w", m, err))
			}
		}
	}
	if mounts, err := mountsUnder(dir); err == nil && len(mounts) > 0 {
		errs = append(errs, fmt.Errorf("still mounted: %s", strings.Join(mounts, ", ")))
		return errors.Join(errs...)
	}
	return nil
}

// mountsUnder lists the mount points at or below dir, deepest first.
func mountsUnder(dir string) ([]string, error) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return nil, fmt.Errorf("read mounts: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 5 {
			continue
		}
		mp := unescapeMount(fields[4])
		if mp == dir || strings.HasPrefix(mp, dir+"/") {
			out = append(out, mp)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read mounts: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out, nil
}

// unescapeMount decodes the octal escapes (\040 for a space) of a path in
// /proc/self/mountinfo.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// prSetChildSubreaper is PR_SET_CHILD_SUBREAPER of prctl(2).
const prSetChildSubreaper = 36

var subreaperOnce sync.Once

// becomeSubreaper makes this process the reaper of its orphaned
// descendants. containerd shims detach from their parent; without this
// they would become children of PID 1, which in a container may never reap
// them, and stay behind as zombies. reapOrphans reaps them here.
func becomeSubreaper() {
	subreaperOnce.Do(func() {
		_, _, _ = syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
	})
}

// orphanNames are the (15-byte truncated) command names of the processes of
// a daemon that end up as children of the subreaper; the harness's own
// children (dockerd, docker-registry) are reaped by their exec.Cmd.
var orphanNames = map[string]bool{
	"containerd": true, "containerd-shim": true, "docker-proxy": true,
	"docker-init": true, "runc": true,
}

// reapOrphans reaps this process's zombie children that are daemon
// processes it adopted as subreaper.
func reapOrphans() {
	self := os.Getpid()
	for _, pid := range pids() {
		st, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		open, closing := bytes.IndexByte(st, '('), bytes.LastIndexByte(st, ')')
		if open < 0 || closing < open {
			continue
		}
		fields := strings.Fields(string(st[closing+1:]))
		if len(fields) < 2 || fields[0] != "Z" || fields[1] != strconv.Itoa(self) || !orphanNames[string(st[open+1:closing])] {
			continue
		}
		var ws syscall.WaitStatus
		_, _ = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
	}
}

// startLockPath is the lock that serializes the start of the harness's
// daemons on a machine: a starting dockerd deletes and recreates the DOCKER
// iptables chains, and two starting at once make each other fail ("iptables:
// No chain/target/match by that name").
const startLockPath = "/tmp/dscript-eng.lock"

// lockStart takes the start lock, waiting until ctx is done, and returns
// its release.
func lockStart(ctx context.Context) (func(), error) {
	f, err := os.OpenFile(startLockPath, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", startLockPath, err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", startLockPath, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for another daemon of the harness to finish starting (%s): %w", startLockPath, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// staleAge is how old an abandoned harness directory must be before
// sweepStale removes it.
const staleAge = 10 * time.Minute

// sweepStale removes the directories /tmp/dscript-eng-* of harnesses that
// died without stopping (killed, or a test binary that timed out; the
// parent-death signal stopped their daemon but nobody removed its files):
// directories older than staleAge that no process refers to any more. It is
// best effort.
func sweepStale() {
	dirs, _ := filepath.Glob("/tmp/dscript-eng-*")
	if len(dirs) == 0 {
		return
	}
	all := pids()
	for _, d := range dirs {
		st, err := os.Lstat(d)
		if err != nil || !st.IsDir() || time.Since(st.ModTime()) < staleAge {
			continue
		}
		ids := containerIDs(d)
		inUse := false
		for _, pid := range all {
			if ownedByDaemon(pid, d, ids) {
				inUse = true
				break
			}
		}
		if inUse {
			continue
		}
		if unmountUnder(d) == nil {
			_ = os.RemoveAll(d)
		}
	}
}
