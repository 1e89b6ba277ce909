//go:build linux

package testengine

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnescapeMount(t *testing.T) {
	assert.Equal(t, "/tmp/a b", unescapeMount(`/tmp/a\040b`))
	assert.Equal(t, "/tmp/plain", unescapeMount("/tmp/plain"))
	assert.Equal(t, `/tmp/x\`, unescapeMount(`/tmp/x\`))
}

func TestOwnedByDaemonIgnoresOthers(t *testing.T) {
	// The test process itself and PID 1 belong to no daemon directory.
	for _, pid := range pids() {
		if pid == 1 {
			assert.False(t, ownedByDaemon(pid, "/tmp/dscript-eng-none", []string{"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}))
		}
	}
	assert.NotEmpty(t, pids())
	assert.NoError(t, killLeftovers("/tmp/dscript-eng-does-not-exist"))
}

func TestSweepStaleRemovesOnlyOldUnusedDirs(t *testing.T) {
	old, err := os.MkdirTemp("/tmp", "dscript-eng-")
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(old, "data", "containers"), 0o755))
	past := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(old, past, past))

	fresh, err := os.MkdirTemp("/tmp", "dscript-eng-")
	require.NoError(t, err)
	defer os.RemoveAll(fresh)

	env := current.Load()
	if env != nil && env.Started {
		// Old but in use by the running daemon: kept.
		require.NoError(t, os.Chtimes(env.Dir, past, past))
	}

	sweepStale()
	assert.NoDirExists(t, old)
	assert.DirExists(t, fresh)
	if env != nil && env.Started {
		assert.DirExists(t, env.Dir, "the running engine's directory is in use")
		assert.FileExists(t, filepath.Join(env.Dir, "docker.sock"))
	}
}

// fakeDockerd writes an executable script to run instead of dockerd.
func fakeDockerd(t *testing.T, script string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "fake-dockerd")
	require.NoError(t, os.WriteFile(p, []byte("#!/bin/sh\n"+script), 0o755))
	return p
}

// logDir extracts the engine directory from an error that quotes its log.
func logDir(t *testing.T, err error) string {
	t.Helper()
	m := regexp.MustCompile(`(/tmp/dscript-eng-[0-9]+)/dockerd\.log`).FindStringSubmatch(err.Error())
	require.NotNil(t, m, "the error names the daemon's log: %v", err)
	return m[1]
}

func TestStartFailsWhenDockerdExits(t *testing.T) {
	if os.Geteuid() != 0 {
		_, err := Start(context.Background(), Options{})
		assert.ErrorContains(t, err, "needs root")
		return
	}
	t.Setenv(EnvDockerd, fakeDockerd(t, "echo 'fake dockerd: cannot start, no reason at all' >&2\nexit 3\n"))
	_, err := Start(context.Background(), Options{Registry: true})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "dockerd exited: exit status 3 before answering")
	assert.Contains(t, err.Error(), "fake dockerd: cannot start, no reason at all")
	assert.NoDirExists(t, logDir(t, err), "Start removes what it made when it fails")
}

func TestStartFailsWhenDockerdHangs(t *testing.T) {
	if os.Geteuid() != 0 {
		_, err := Start(context.Background(), Options{})
		assert.ErrorContains(t, err, "needs root")
		return
	}
	// The fake daemon and its child ignore nothing but never answer; both
	// must be gone after Start gives up.
	marker := strconv.Itoa(int(time.Now().UnixNano()%100000) + 1000000)
	t.Setenv(EnvDockerd, fakeDockerd(t, "echo 'fake dockerd: hanging'\nsleep "+marker+" &\nwait\n"))
	start := time.Now()
	_, err := Start(context.Background(), Options{Timeout: 2 * time.Second})
	require.Error(t, err)
	assert.Less(t, time.Since(start), 20*time.Second)
	assert.Contains(t, err.Error(), "did not answer on unix:///tmp/dscript-eng-")
	assert.Contains(t, err.Error(), "within 2s")
	assert.Contains(t, err.Error(), "fake dockerd: hanging")
	assert.NoDirExists(t, logDir(t, err))
	// a killed process may take a moment to go; it must not outlive that
	survivor := func() string {
		for _, pid := range pids() {
			cmdline, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
			if strings.Contains(string(cmdline), "sleep\x00"+marker) {
				return strconv.Itoa(pid)
			}
		}
		return ""
	}
	assert.Eventually(t, func() bool { return survivor() == "" }, 5*time.Second, 20*time.Millisecond, "a child of the fake dockerd survived")
}
