package main

import (
	"bytes"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

func TestMain(m *testing.M) { testengine.Main(m) }

// environ is a minimal environment borrowing the package's engine, so that
// no test here starts a second daemon.
func environ(extra ...string) []string {
	return append([]string{
		"PATH=" + os.Getenv("PATH"),
		testengine.EnvDockerHost + "=" + testengine.Get().Host,
	}, extra...)
}

// syncBuffer is a bytes.Buffer safe for the copying goroutine of os/exec.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func runTestenv(t *testing.T, env []string, sigs chan os.Signal, args ...string) (int, string, string) {
	t.Helper()
	if sigs == nil {
		sigs = make(chan os.Signal)
	}
	var stdout, stderr syncBuffer
	code := run(args, env, sigs, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestExitCodeOfTheCommand(t *testing.T) {
	for _, want := range []int{0, 1, 3, 120} {
		code, _, stderr := runTestenv(t, environ(), nil, "--", "sh", "-c", "exit "+strconv.Itoa(want))
		assert.Equal(t, want, code, "stderr: %s", stderr)
	}
}

func TestExportsTheEngine(t *testing.T) {
	host := testengine.Get().Host
	code, out, stderr := runTestenv(t, environ("DOCKER_HOST=tcp://elsewhere:2375", "KEEP=me"), nil, "--",
		"sh", "-c", `echo "$DSCRIPT_TEST_DOCKER_HOST|$DOCKER_HOST|${DSCRIPT_TEST_REGISTRY:-none}|$KEEP"`)
	require.Equal(t, 0, code, "stderr: %s", stderr)
	assert.Equal(t, host+"|"+host+"|none|me\n", out)

	// A registry named in the environment is passed on as it is.
	code, out, stderr = runTestenv(t, environ(testengine.EnvRegistry+"=127.0.0.1:1", testengine.EnvAuthRegistry+"=127.0.0.1:2"), nil, "--",
		"sh", "-c", `echo "$DSCRIPT_TEST_REGISTRY|$DSCRIPT_TEST_AUTH_REGISTRY"`)
	require.Equal(t, 0, code, "stderr: %s", stderr)
	assert.Equal(t, "127.0.0.1:1|127.0.0.1:2\n", out)
}

func TestRegistriesForABorrowedDaemon(t *testing.T) {
	code, out, stderr := runTestenv(t, environ(), nil, "-registry", "--", "sh", "-c",
		`echo "$DSCRIPT_TEST_REGISTRY $DSCRIPT_TEST_AUTH_REGISTRY $DSCRIPT_TEST_AUTH_USER" && `+
			`busybox wget -q -O- "http://$DSCRIPT_TEST_REGISTRY/v2/" && echo && `+
			`busybox wget -q -O- "http://$DSCRIPT_TEST_AUTH_USER:$DSCRIPT_TEST_AUTH_PASSWORD@$DSCRIPT_TEST_AUTH_REGISTRY/v2/" && echo && `+
			`! busybox wget -q -O- "http://$DSCRIPT_TEST_AUTH_REGISTRY/v2/" 2>/dev/null`)
	require.Equal(t, 0, code, "stdout: %s\nstderr: %s", out, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, out)
	fields := strings.Fields(lines[0])
	require.Len(t, fields, 3, lines[0])
	assert.Equal(t, testengine.DefaultAuthUser, fields[2])
	assert.Equal(t, "{}", lines[1])
	assert.Equal(t, "{}", lines[2])

	// testenv stopped the registries it started.
	for _, addr := range fields[:2] {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
		assert.Error(t, err, "registry at %s still answers", addr)
	}
}

func TestReuseBorrowsDockerHost(t *testing.T) {
	host := testengine.Get().Host
	env := []string{"PATH=" + os.Getenv("PATH"), "DOCKER_HOST=" + host}
	code, out, stderr := runTestenv(t, env, nil, "-reuse", "--", "sh", "-c", `echo "$DSCRIPT_TEST_DOCKER_HOST"`)
	require.Equal(t, 0, code, "stderr: %s", stderr)
	assert.Equal(t, host+"\n", out)
}

func TestUsage(t *testing.T) {
	code, _, stderr := runTestenv(t, environ(), nil)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage: testenv")

	code, _, _ = runTestenv(t, environ(), nil, "-no-such-flag", "--", "true")
	assert.Equal(t, 2, code)
}

func TestCommandNotFound(t *testing.T) {
	code, _, stderr := runTestenv(t, environ(), nil, "--", "/no/such/command")
	assert.Equal(t, 127, code)
	assert.Contains(t, stderr, "/no/such/command")
}

func TestUnreachableDaemonIsAnErrorNotAStart(t *testing.T) {
	env := []string{"PATH=" + os.Getenv("PATH"), testengine.EnvDockerHost + "=unix:///nonexistent/docker.sock"}
	start := time.Now()
	code, out, stderr := runTestenv(t, env, nil, "--", "echo", "must not run")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "cannot set up the Docker engine")
	assert.Contains(t, stderr, "unix:///nonexistent/docker.sock")
	assert.Less(t, time.Since(start), 40*time.Second)
}

func TestSignalsReachTheCommand(t *testing.T) {
	for _, tt := range []struct {
		sig  syscall.Signal
		want int
	}{
		{syscall.SIGTERM, 42},
		{syscall.SIGINT, 43}, // forwarded after interruptDelay
	} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			sigs := make(chan os.Signal, 1)
			var stdout, stderr syncBuffer
			done := make(chan int, 1)
			go func() {
				done <- run([]string{"--", "sh", "-c", `trap 'kill $!; wait; exit 42' TERM; trap 'kill $!; wait; exit 43' INT; echo ready; sleep 30 & wait $!`},
					environ(), sigs, strings.NewReader(""), &stdout, &stderr)
			}()
			require.Eventually(t, func() bool { return stdout.String() == "ready\n" }, 30*time.Second, 10*time.Millisecond)
			sigs <- tt.sig
			select {
			case code := <-done:
				assert.Equal(t, tt.want, code, "stderr: %s", stderr.String())
			case <-time.After(20 * time.Second):
				t.Fatal("testenv did not end after the signal")
			}
		})
	}
}
