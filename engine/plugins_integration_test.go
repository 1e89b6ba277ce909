package engine_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// buildVolumePlugin builds the test volume-driver plugin and returns a
// function that makes a plugin tar context of the version described.
func buildVolumePlugin(t *testing.T) func(description string) io.Reader {
	t.Helper()
	p := testengine.BuildVolumePlugin(t)
	return func(description string) io.Reader { return p.Tar(t, description) }
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
