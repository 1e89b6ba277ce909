package engine_test

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// volumePluginSource is a minimal volume-driver plugin: it keeps volumes
// in memory and reports $GREETING in their status.
const volumePluginSource = `package main

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"sync"
)

func main() {
	var mu sync.Mutex
	vols := map[string]bool{}
	reply := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/vnd.docker.plugins.v1+json")
		_ = json.NewEncoder(w).Encode(v)
	}
	name := func(r *http.Request) string {
		var req struct{ Name string }
		_ = json.NewDecoder(r.Body).Decode(&req)
		return req.Name
	}
	vol := func(n string) map[string]any {
		return map[string]any{"Name": n, "Mountpoint": "/data/" + n, "Status": map[string]string{"greeting": os.Getenv("GREETING")}}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/Plugin.Activate", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"Implements": []string{"VolumeDriver"}})
	})
	mux.HandleFunc("/VolumeDriver.Capabilities", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"Capabilities": map[string]string{"Scope": "local"}})
	})
	mux.HandleFunc("/VolumeDriver.Create", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		vols[name(r)] = true
		mu.Unlock()
		reply(w, map[string]string{"Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Remove", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		delete(vols, name(r))
		mu.Unlock()
		reply(w, map[string]string{"Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Get", func(w http.ResponseWriter, r *http.Request) {
		n := name(r)
		mu.Lock()
		ok := vols[n]
		mu.Unlock()
		if !ok {
			reply(w, map[string]string{"Err": "no such volume"})
			return
		}
		reply(w, map[string]any{"Volume": vol(n), "Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.List", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		var list []map[string]any
		for n := range vols {
			list = append(list, vol(n))
		}
		mu.Unlock()
		reply(w, map[string]any{"Volumes": list, "Err": ""})
	})
	mux.HandleFunc("/VolumeDriver.Path", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]string{"Mountpoint": "/data/" + name(r), "Err": ""})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]string{"Err": "not supported: " + r.URL.Path})
	})
	l, err := net.Listen("unix", "/run/docker/plugins/vol.sock")
	if err != nil {
		panic(err)
	}
	panic(http.Serve(l, mux))
}
`

// volumePluginConfig is the plugin's config.json; description varies
// between versions.
func volumePluginConfig(description string) string {
	cfg := map[string]any{
		"description":   description,
		"documentation": "https://example.invalid/",
		"entrypoint":    []string{"/plugin"},
		"interface":     map[string]any{"types": []string{"docker.volumedriver/1.0"}, "socket": "vol.sock"},
		"network":       map[string]any{"type": "host"},
		"env":           []map[string]any{{"name": "GREETING", "description": "reported in volume status", "settable": []string{"value"}, "value": "hi"}},
	}
	b, _ := json.Marshal(cfg)
	return string(b)
}

// buildVolumePlugin compiles the plugin as a static binary and returns a
// function that writes a plugin tar context (config.json and rootfs) of
// the version described.
func buildVolumePlugin(t *testing.T) func(description string) io.Reader {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module volplugin\n\ngo 1.22\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(volumePluginSource), 0o644))
	bin := filepath.Join(dir, "plugin")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "build the plugin: %s", out)
	binary, err := os.ReadFile(bin)
	require.NoError(t, err)

	return func(description string) io.Reader {
		var buf bytes.Buffer
		tw := tar.NewWriter(&buf)
		file := func(name string, mode int64, data []byte) {
			require.NoError(t, tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: mode, Size: int64(len(data))}))
			_, err := tw.Write(data)
			require.NoError(t, err)
		}
		file("config.json", 0o644, []byte(volumePluginConfig(description)))
		for _, d := range []string{"rootfs", "rootfs/dev", "rootfs/proc", "rootfs/sys", "rootfs/etc", "rootfs/tmp", "rootfs/run", "rootfs/run/docker", "rootfs/run/docker/plugins", "rootfs/data"} {
			require.NoError(t, tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: 0o755}))
		}
		file("rootfs/plugin", 0o755, binary)
		file("rootfs/etc/version", 0o644, []byte(description+"\n")) // each version has a rootfs of its own
		require.NoError(t, tw.Close())
		return &buf
	}
}

// drain returns a function that reads progress messages to their end and
// returns the last one; an error (or an error message) fails the test.
func drain(t *testing.T) func(msgs *engine.JSONMessages, err error) string {
	return func(msgs *engine.JSONMessages, err error) string {
		t.Helper()
		return drainMessages(t, msgs, err)
	}
}

func drainMessages(t *testing.T, msgs *engine.JSONMessages, err error) string {
	t.Helper()
	require.NoError(t, err)
	defer msgs.Close()
	last := ""
	for {
		raw, err := msgs.Next()
		if errors.Is(err, io.EOF) {
			return last
		}
		require.NoError(t, err)
		last = string(raw)
	}
}

// pluginState is what the tests read of an inspected plugin.
type pluginState struct {
	ID              string `json:"Id"`
	Name            string
	Enabled         bool
	PluginReference string
	Settings        struct{ Env []string }
	Config          struct {
		Description string
		Interface   struct{ Types []string }
	}
}

func inspectPlugin(t *testing.T, ctx context.Context, c *engine.Client, name string) pluginState {
	t.Helper()
	raw, err := c.PluginInspect(ctx, name)
	require.NoError(t, err)
	var p pluginState
	decode(t, raw, &p)
	return p
}

// TestPluginLifecycle builds a volume-driver plugin, creates it from a
// tar context on a private daemon (plugins change what a daemon lists),
// configures, enables and uses it, pushes it to the test registry,
// installs it back under another name, upgrades it and removes it.
func TestPluginLifecycle(t *testing.T) {
	t.Parallel()
	registry := testengine.Get().Registry
	require.NotEmpty(t, registry, "a test registry ($%s)", testengine.EnvRegistry)
	context_ := buildVolumePlugin(t)
	ctx, cancel := context.WithTimeout(context.Background(), swarmTimeout)
	defer cancel()
	c := privateDaemon(t, ctx).Client

	repo := registry + "/" + testengine.Name(t, "vol")
	name := repo + ":latest"
	require.NoError(t, c.PluginCreate(ctx, name, context_("v1")))
	t.Cleanup(func() { _ = c.PluginDelete(context.Background(), name, true) })

	raw, err := c.PluginList(ctx, engine.PluginListOptions{Filters: engine.Filters{"capability": {"volumedriver"}}})
	require.NoError(t, err)
	var list []pluginState
	decode(t, raw, &list)
	require.Len(t, list, 1)
	assert.Equal(t, name, list[0].Name)
	assert.False(t, list[0].Enabled, "created disabled")
	p := inspectPlugin(t, ctx, c, name)
	assert.Equal(t, []string{"docker.volumedriver/1.0"}, p.Config.Interface.Types)
	assert.Equal(t, []string{"GREETING=hi"}, p.Settings.Env)

	require.NoError(t, c.PluginSet(ctx, name, []string{"GREETING=hello"}))
	assert.Equal(t, []string{"GREETING=hello"}, inspectPlugin(t, ctx, c, name).Settings.Env)
	require.Error(t, c.PluginSet(ctx, name, []string{"NOPE=1"}), "not a settable variable")

	require.NoError(t, c.PluginEnable(ctx, name, 30))
	assert.True(t, inspectPlugin(t, ctx, c, name).Enabled)
	require.Error(t, c.PluginSet(ctx, name, []string{"GREETING=x"}), "an enabled plugin cannot be configured")

	// The driver serves volumes, with the configured greeting.
	vol := testengine.Name(t, "pv")
	raw, err = c.VolumeCreate(ctx, map[string]any{"Name": vol, "Driver": name})
	require.NoError(t, err)
	var v struct {
		Name   string
		Driver string
		Status map[string]string
	}
	decode(t, raw, &v)
	assert.Equal(t, vol, v.Name)
	raw, err = c.VolumeInspect(ctx, vol)
	require.NoError(t, err)
	decode(t, raw, &v)
	assert.Equal(t, name, v.Driver)
	assert.Equal(t, "hello", v.Status["greeting"])
	require.Error(t, c.PluginDisable(ctx, name, false), "in use by a volume")
	require.NoError(t, c.VolumeDelete(ctx, vol, false))
	require.NoError(t, c.PluginDisable(ctx, name, false))
	assert.False(t, inspectPlugin(t, ctx, c, name).Enabled)

	// Push, remove, and install it back from the registry.
	drain(t)(c.PluginPush(ctx, name, ""))
	require.NoError(t, c.PluginCreate(ctx, repo+":v2", context_("v2")))
	drain(t)(c.PluginPush(ctx, repo+":v2", ""))
	require.NoError(t, c.PluginDelete(ctx, repo+":v2", false))
	require.NoError(t, c.PluginDelete(ctx, name, false))
	_, err = c.PluginInspect(ctx, name)
	require.ErrorIs(t, err, engine.ErrNotFound)

	raw, err = c.GetPluginPrivileges(ctx, name, "")
	require.NoError(t, err)
	var privs []struct {
		Name  string
		Value []string
	}
	decode(t, raw, &privs)
	require.Len(t, privs, 1)
	assert.Equal(t, "network", privs[0].Name)
	assert.Equal(t, []string{"host"}, privs[0].Value)

	// Without the privileges it asks for, the install fails.
	msgs, err := c.PluginPull(ctx, engine.PluginPullOptions{Remote: name, Name: testengine.Name(t, "denied")})
	if err == nil {
		for err == nil {
			_, err = msgs.Next()
		}
		msgs.Close()
	}
	var merr *engine.JSONMessageError
	require.ErrorAs(t, err, &merr)
	assert.Equal(t, "incorrect privileges", merr.Message)
	local := testengine.Name(t, "local") + ":latest"
	drain(t)(c.PluginPull(ctx, engine.PluginPullOptions{Remote: name, Name: local, Privileges: raw}))
	t.Cleanup(func() { _ = c.PluginDelete(context.Background(), local, true) })
	p = inspectPlugin(t, ctx, c, local)
	assert.Equal(t, "v1", p.Config.Description)
	assert.Equal(t, name, p.PluginReference)
	assert.False(t, p.Enabled)

	drain(t)(c.PluginUpgrade(ctx, local, engine.PluginUpgradeOptions{Remote: repo + ":v2", Privileges: raw}))
	p = inspectPlugin(t, ctx, c, local)
	assert.Equal(t, "v2", p.Config.Description)
	assert.Equal(t, repo+":v2", p.PluginReference)

	require.NoError(t, c.PluginEnable(ctx, local, 0))
	require.Error(t, c.PluginDelete(ctx, local, false), "an enabled plugin is removed only by force")
	require.NoError(t, c.PluginDelete(ctx, local, true))
	_, err = c.PluginInspect(ctx, local)
	require.ErrorIs(t, err, engine.ErrNotFound)
	raw, err = c.PluginList(ctx, engine.PluginListOptions{})
	require.NoError(t, err)
	assert.False(t, strings.Contains(string(raw), local))
}

func TestPluginBadArguments(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"create without context", func() error { return client().PluginCreate(ctx, "p", nil) }, "engine: PluginCreate: tarContext must not be nil"},
		{"pull without remote", func() error { _, err := client().PluginPull(ctx, engine.PluginPullOptions{}); return err }, "engine: PluginPull: remote must not be empty"},
		{"upgrade without remote", func() error { _, err := client().PluginUpgrade(ctx, "p", engine.PluginUpgradeOptions{}); return err }, "engine: PluginUpgrade: remote must not be empty"},
		{"enable with negative timeout", func() error { return client().PluginEnable(ctx, "p", -1) }, "engine: PluginEnable: timeout must not be negative"},
		{"inspect", func() error { _, err := client().PluginInspect(ctx, ""); return err }, "engine: PluginInspect: name must not be empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, tc.call(), tc.want)
		})
	}
	_, err := client().PluginInspect(ctx, testengine.Name(t, "missing"))
	assert.ErrorIs(t, err, engine.ErrNotFound)
}
