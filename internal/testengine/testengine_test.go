package testengine_test

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

func TestMain(m *testing.M) { testengine.Main(m) }

// runBusybox runs cmd in a busybox:latest container and returns its exit
// code and its stdout and stderr.
func runBusybox(t *testing.T, cmd ...string) (int, string, string) {
	t.Helper()
	env := testengine.Get()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	raw, err := env.Client.ContainerCreate(ctx, engine.ContainerCreateOptions{Name: testengine.Name(t, "")}, map[string]any{
		"Image":      testengine.BusyboxImage,
		"Cmd":        cmd,
		"Labels":     testengine.Labels(t),
		"HostConfig": map[string]any{"Init": true},
	})
	require.NoError(t, err)
	var created struct{ ID string }
	require.NoError(t, json.Unmarshal(raw, &created))
	require.NotEmpty(t, created.ID)
	testengine.Cleanup(t, created.ID)

	require.NoError(t, env.Client.ContainerStart(ctx, created.ID, ""))
	raw, err = env.Client.ContainerWait(ctx, created.ID, "")
	require.NoError(t, err)
	var waited struct{ StatusCode int }
	require.NoError(t, json.Unmarshal(raw, &waited))

	logs, err := env.Client.ContainerLogs(ctx, created.ID, engine.ContainerLogsOptions{Stdout: true, Stderr: true})
	require.NoError(t, err)
	fr := engine.NewFrameReader(logs, false)
	defer fr.Close()
	var stdout, stderr bytes.Buffer
	_, err = fr.Demux(&stdout, &stderr)
	require.NoError(t, err)
	return waited.StatusCode, stdout.String(), stderr.String()
}

func TestGet(t *testing.T) {
	env := testengine.Get()
	require.NotNil(t, env)
	require.NotNil(t, env.Client)
	assert.True(t, strings.HasPrefix(env.Host, "unix://") || strings.Contains(env.Host, "://"), "host %q", env.Host)
	assert.Same(t, env, testengine.Get(), "Get returns the one engine of the package")

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ping, err := env.Client.SystemPing(ctx)
	require.NoError(t, err)
	assert.NotEmpty(t, ping.APIVersion)
	assert.Equal(t, "linux", ping.OSType)

	if os.Getenv(testengine.EnvDockerHost) != "" {
		assert.False(t, env.Started, "a daemon named by %s is borrowed", testengine.EnvDockerHost)
		assert.Equal(t, strings.TrimRight(os.Getenv(testengine.EnvDockerHost), "/"), env.Host)
	} else {
		assert.True(t, env.Started)
		assert.DirExists(t, env.Dir)
		assert.FileExists(t, env.Dir+"/dockerd.log")
	}
}

func TestBusyboxImageExists(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	raw, err := testengine.Get().Client.ImageInspect(ctx, testengine.BusyboxImage)
	require.NoError(t, err)
	var img struct {
		RepoTags    []string
		RepoDigests []string
		Config      struct {
			Cmd    []string
			Labels map[string]string
		}
	}
	require.NoError(t, json.Unmarshal(raw, &img))
	assert.Contains(t, img.RepoTags, "busybox:latest")
	assert.Equal(t, []string{"sh"}, img.Config.Cmd)
	if len(img.RepoDigests) == 0 {
		assert.NotEmpty(t, img.Config.Labels[testengine.RootfsLabel], "imported by the harness")
	}

	// Already there: nothing to do, no error.
	require.NoError(t, testengine.EnsureBusybox(ctx, testengine.Get().Client))
}

func TestBusyboxRunsTrue(t *testing.T) {
	code, _, _ := runBusybox(t, "true")
	assert.Equal(t, 0, code)

	code, _, _ = runBusybox(t, "sh", "-c", "exit 7")
	assert.Equal(t, 7, code)
}

func TestBusyboxApplets(t *testing.T) {
	code, out, errOut := runBusybox(t, "sh", "-c", "ls /bin | wc -l")
	require.Equal(t, 0, code, "stderr: %s", errOut)
	n, err := strconv.Atoi(strings.TrimSpace(out))
	require.NoError(t, err, "output %q", out)
	assert.Greater(t, n, 100)
}

func TestBusyboxFilesystem(t *testing.T) {
	code, out, errOut := runBusybox(t, "cat", "/etc/passwd")
	require.Equal(t, 0, code, "stderr: %s", errOut)
	assert.Contains(t, out, "root:x:0:0:root:/root:/bin/sh\n")
	assert.Contains(t, out, "nobody:x:65534:65534:")

	code, _, errOut = runBusybox(t, "sh", "-c", "test -d /tmp -a -k /tmp -a -d /var/www -a -f /etc/group && id -un && touch /tmp/x")
	assert.Equal(t, 0, code, "stderr: %s", errOut)

	code, out, errOut = runBusybox(t, "su", "nobody", "-s", "/bin/sh", "-c", "id -u")
	assert.Equal(t, 0, code, "stderr: %s", errOut)
	assert.Equal(t, "65534", strings.TrimSpace(out))
}

func TestBusyboxRootfs(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, testengine.BusyboxRootfs(&buf))
	tr := tar.NewReader(&buf)
	entries := map[string]*tar.Header{}
	links := 0
	var passwd string
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		entries[h.Name] = h
		if h.Typeflag == tar.TypeSymlink && strings.HasPrefix(h.Name, "bin/") {
			links++
			assert.Equal(t, "busybox", h.Linkname, h.Name)
		}
		if h.Name == "etc/passwd" {
			b, err := io.ReadAll(tr)
			require.NoError(t, err)
			passwd = string(b)
		}
	}
	bb := entries["bin/busybox"]
	require.NotNil(t, bb)
	assert.Equal(t, byte(tar.TypeReg), bb.Typeflag)
	assert.Equal(t, int64(0o755), bb.Mode)
	assert.Greater(t, bb.Size, int64(100_000))
	require.NotNil(t, entries["bin/sh"])
	assert.Greater(t, links, 100)
	for _, d := range []string{"tmp/", "etc/", "var/www/", "root/"} {
		require.NotNil(t, entries[d], d)
		assert.Equal(t, byte(tar.TypeDir), entries[d].Typeflag, d)
	}
	assert.Equal(t, int64(0o1777), entries["tmp/"].Mode)
	assert.Contains(t, passwd, "root:x:0:0:")
	assert.Contains(t, passwd, "nobody:x:65534:")
	assert.NotNil(t, entries["etc/group"])

	// Deterministic: the same bytes every time.
	var again bytes.Buffer
	require.NoError(t, testengine.BusyboxRootfs(&again))
	var first bytes.Buffer
	require.NoError(t, testengine.BusyboxRootfs(&first))
	assert.True(t, bytes.Equal(first.Bytes(), again.Bytes()))
}

func TestName(t *testing.T) {
	valid := regexp.MustCompile(`^dscript-test-[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{12}$`)
	tests := []struct {
		prefix string
		want   string // the prefix part of the name
	}{
		{"simple", "simple"},
		{"with-dash", "with-dash"},
		{"UPPER case", "upper-case"},
		{"a/b_c.d", "a-b-c-d"},
		{"--edges--", "edges"},
		{"ünïcode ok", "n-code-ok"},
		{strings.Repeat("long", 20), strings.Repeat("long", 8)},
		{"", "name"}, // from the test's name: TestName/#07 -> "name"
		{"!!!", "name"},
	}
	for _, tt := range tests {
		t.Run("", func(t *testing.T) {
			n := testengine.Name(t, tt.prefix)
			assert.Regexp(t, valid, n)
			assert.LessOrEqual(t, len(n), 63, "a DNS label")
			assert.True(t, strings.HasPrefix(n, testengine.NamePrefix+tt.want+"-"), "%q for prefix %q", n, tt.prefix)
		})
	}

	seen := map[string]bool{}
	for i := 0; i < 10000; i++ {
		n := testengine.Name(t, "uniq")
		require.False(t, seen[n], "duplicate %s", n)
		seen[n] = true
	}
}

func TestNameIsAcceptedByTheDaemon(t *testing.T) {
	name := testengine.Name(t, "Accepted By/The Daemon")
	code, out, _ := runBusybox(t, "hostname")
	assert.Equal(t, 0, code)
	assert.NotEmpty(t, out)

	env := testengine.Get()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	raw, err := env.Client.ContainerCreate(ctx, engine.ContainerCreateOptions{Name: name}, map[string]any{
		"Image": testengine.BusyboxImage, "Cmd": []string{"true"}, "Hostname": name, "Labels": testengine.Labels(t),
	})
	require.NoError(t, err)
	var created struct{ ID string }
	require.NoError(t, json.Unmarshal(raw, &created))
	testengine.Cleanup(t, created.ID)
	raw, err = env.Client.ContainerInspect(ctx, name, false)
	require.NoError(t, err)
	var info struct {
		Name   string
		Config struct{ Labels map[string]string }
	}
	require.NoError(t, json.Unmarshal(raw, &info))
	assert.Equal(t, "/"+name, info.Name)
	assert.Equal(t, t.Name(), info.Config.Labels[testengine.Label])
}

func TestCleanupRemovesContainers(t *testing.T) {
	env := testengine.Get()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var id string
	t.Run("creates", func(t *testing.T) {
		raw, err := env.Client.ContainerCreate(ctx, engine.ContainerCreateOptions{Name: testengine.Name(t, "cleanup")}, map[string]any{
			"Image": testengine.BusyboxImage, "Cmd": []string{"sleep", "60"}, "Labels": testengine.Labels(t),
			"HostConfig": map[string]any{"Init": true},
		})
		require.NoError(t, err)
		var created struct{ ID string }
		require.NoError(t, json.Unmarshal(raw, &created))
		id = created.ID
		testengine.Cleanup(t, id, "", "no-such-container-"+id[:12])
		require.NoError(t, env.Client.ContainerStart(ctx, id, ""))
	})
	require.NotEmpty(t, id)
	_, err := env.Client.ContainerInspect(ctx, id, false)
	assert.True(t, errors.Is(err, engine.ErrNotFound), "container removed at the end of the subtest, got %v", err)
}

func TestRegistries(t *testing.T) {
	env := testengine.Get()
	if os.Getenv(testengine.EnvRegistry) == "" {
		assert.Empty(t, env.Registry, "no registry was asked for")
		assert.Empty(t, env.AuthRegistry, "no registry was asked for")
		return
	}
	require.NotEmpty(t, env.Registry)
	assert.Equal(t, http.StatusOK, registryStatus(t, env.Registry, "", ""))

	if env.AuthRegistry == "" {
		return // a registry was named without an auth registry
	}
	assert.NotEmpty(t, env.AuthUser)
	assert.NotEmpty(t, env.AuthPassword)
	assert.Equal(t, http.StatusUnauthorized, registryStatus(t, env.AuthRegistry, "", ""))
	assert.Equal(t, http.StatusUnauthorized, registryStatus(t, env.AuthRegistry, env.AuthUser, "wrong"))
	assert.Equal(t, http.StatusOK, registryStatus(t, env.AuthRegistry, env.AuthUser, env.AuthPassword))
}

func registryStatus(t *testing.T, addr, user, pass string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/v2/", nil)
	require.NoError(t, err)
	if user != "" {
		req.SetBasicAuth(user, pass)
	}
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	return resp.StatusCode
}
