package bindings

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// volumePlugin is a minimal volume-driver plugin: it keeps volumes in
// memory and reports $GREETING in their status.
const volumePlugin = `package main

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
		list := []map[string]any{}
		for n := range vols {
			list = append(list, vol(n))
		}
		mu.Unlock()
		reply(w, map[string]any{"Volumes": list, "Err": ""})
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

// volumePluginDirs builds the plugin and returns a function that writes a
// plugin directory (config.json and rootfs/) of the version described.
func volumePluginDirs(t *testing.T) func(description string) string {
	t.Helper()
	src := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(src, "go.mod"), []byte("module volplugin\n\ngo 1.22\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(src, "main.go"), []byte(volumePlugin), 0o644))
	bin := filepath.Join(src, "plugin")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "build the plugin: %s", out)
	binary, err := os.ReadFile(bin)
	require.NoError(t, err)
	return func(description string) string {
		dir := t.TempDir()
		cfg, err := json.Marshal(map[string]any{
			"description": description, "documentation": "https://example.invalid/", "entrypoint": []string{"/plugin"},
			"interface": map[string]any{"types": []string{"docker.volumedriver/1.0"}, "socket": "vol.sock"},
			"network":   map[string]any{"type": "host"},
			"env":       []map[string]any{{"name": "GREETING", "description": "reported in volume status", "settable": []string{"value"}, "value": "hi"}},
		})
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), cfg, 0o644))
		for _, d := range []string{"dev", "proc", "sys", "etc", "tmp", "run/docker/plugins", "data"} {
			require.NoError(t, os.MkdirAll(filepath.Join(dir, "rootfs", d), 0o755))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, "rootfs", "plugin"), binary, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "rootfs", "etc", "version"), []byte(description+"\n"), 0o644))
		return dir
	}
}

// TestPluginModels builds a volume-driver plugin and drives it through
// client.plugins on a private daemon (plugins change what a daemon
// lists): created from a directory, configured, enabled and used by a
// volume, disabled, pushed to the test registry, installed back under
// another name, upgraded and removed.
func TestPluginModels(t *testing.T) {
	registry := testengine.Get().Registry
	require.NotEmpty(t, registry, "a test registry ($%s)", testengine.EnvRegistry)
	dirs := volumePluginDirs(t)
	ctx, cancel := context.WithTimeout(context.Background(), swarmTestTimeout)
	defer cancel()
	env := privateDaemons(t, ctx, 1)[0]
	cl := NewClient(env.Client)
	c := &Call{Ctx: ctx}
	plugins := modelProp(t, c, cl, "plugins").(Object)

	repo := registry + "/" + testengine.Name(t, "vol")
	name := repo + ":latest"
	p := modelCall(t, c, plugins, "create", name, dirs("v1")).(*Plugin)
	t.Cleanup(func() { _ = env.Client.PluginDelete(context.Background(), name, true) })
	assert.Equal(t, name, modelProp(t, c, p, "name"))
	assert.Equal(t, false, modelProp(t, c, p, "enabled"))
	assert.Equal(t, []any{"GREETING=hi"}, dig(modelProp(t, c, p, "settings"), "Env"))
	list := modelCall(t, c, plugins, "list").([]any)
	require.Len(t, list, 1)
	assert.Equal(t, p.ID(), list[0].(*Plugin).ID())

	assert.Nil(t, modelCall(t, c, p, "configure", map[string]any{"GREETING": "hello"}))
	assert.Equal(t, []any{"GREETING=hello"}, dig(modelProp(t, c, p, "settings"), "Env"), "reloaded")
	_, err := modelCallErr(t, c, p, "configure", []any{"NOPE=1"})
	require.Error(t, err, "not a settable variable")
	assert.Nil(t, modelCall(t, c, p, "enable", int64(30)))
	assert.Equal(t, true, modelProp(t, c, p, "enabled"))

	// the driver serves volumes with the configured greeting
	vol := testengine.Name(t, "pv")
	_, err = env.Client.VolumeCreate(ctx, map[string]any{"Name": vol, "Driver": name})
	require.NoError(t, err)
	raw, err := env.Client.VolumeInspect(ctx, vol)
	require.NoError(t, err)
	v, err := DecodeJSON(raw)
	require.NoError(t, err)
	assert.Equal(t, "hello", dig(v, "Status", "greeting"))
	_, err = modelCallErr(t, c, p, "disable")
	require.Error(t, err, "in use by a volume")
	require.NoError(t, env.Client.VolumeDelete(ctx, vol, false))
	assert.Nil(t, modelCall(t, c, p, "disable"))
	assert.Equal(t, false, modelProp(t, c, p, "enabled"))

	// push it, and a second version, then remove both
	for _, m := range drain(t, modelCall(t, c, p, "push")) {
		assert.Nil(t, dig(m, "error"), "%v", m)
	}
	assert.Equal(t, true, modelCall(t, c, cl.api, "create_plugin", repo+":v2", dirs("v2")))
	drain(t, modelCall(t, c, cl.api, "push_plugin", repo+":v2"))
	assert.Equal(t, true, modelCall(t, c, cl.api, "remove_plugin", repo+":v2"))
	assert.Equal(t, true, modelCall(t, c, p, "remove"))
	_, err = modelCallErr(t, c, plugins, "get", name)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, NotFound, e.Class)

	privs := modelCall(t, c, cl.api, "plugin_privileges", name).([]any)
	require.Len(t, privs, 1)
	assert.Equal(t, "network", dig(privs[0], "Name"))

	// install it back under a local name, upgrade it to v2
	local := testengine.Name(t, "local") + ":latest"
	lp := modelCall(t, c, plugins, "install", name, local).(*Plugin)
	t.Cleanup(func() { _ = env.Client.PluginDelete(context.Background(), local, true) })
	assert.Equal(t, local, modelProp(t, c, lp, "name"))
	assert.Equal(t, "v1", dig(modelProp(t, c, lp, "attrs"), "Config", "Description"))
	assert.Equal(t, false, modelProp(t, c, lp, "enabled"))
	drain(t, modelCall(t, c, lp, "upgrade", repo+":v2"))
	assert.Equal(t, "v2", dig(modelProp(t, c, lp, "attrs"), "Config", "Description"), "reloaded once upgraded")
	assert.Equal(t, repo+":v2", dig(modelProp(t, c, lp, "attrs"), "PluginReference"))

	modelCall(t, c, cl.api, "enable_plugin", local)
	modelCall(t, c, lp, "reload")
	_, err = modelCallErr(t, c, lp, "upgrade")
	require.ErrorContains(t, err, "Plugin must be disabled before upgrading.")
	_, err = modelCallErr(t, c, lp, "remove")
	require.Error(t, err, "an enabled plugin is removed only by force")
	assert.Equal(t, true, modelCall(t, c, lp, "remove", map[string]any{"force": true}))
	assert.Empty(t, modelCall(t, c, cl.api, "plugins"))
}
