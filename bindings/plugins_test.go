package bindings

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// volumePluginDirs builds the test volume-driver plugin and returns a
// function that writes the plugin of the version described to a
// directory.
func volumePluginDirs(t *testing.T) func(description string) string {
	t.Helper()
	p := testengine.BuildVolumePlugin(t)
	return func(description string) string { return p.Dir(t, description) }
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
