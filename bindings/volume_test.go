package bindings

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// removeVolumeAtEnd removes a volume when the test ends (gone is fine).
func removeVolumeAtEnd(t *testing.T, name string) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = testengine.Get().Client.VolumeDelete(ctx, name, true)
	})
}

func TestVolumeLifecycle(t *testing.T) {
	t.Parallel()
	cl := NewClient(testengine.Get().Client)
	name := testengine.Name(t, "vol")
	removeVolumeAtEnd(t, name)

	v := mustCallObj(t, cl.volumes, "create", name, map[string]any{"driver": "local",
		"driver_opts": map[string]any{"type": "tmpfs", "device": "tmpfs", "o": "size=1m"}, "labels": testLabels(t, "key", "value")}).(*Volume)
	assert.Equal(t, name, prop(t, v, "id"), "a volume's ID is its name")
	assert.Equal(t, name, prop(t, v, "name"))
	assert.Equal(t, name[:12], prop(t, v, "short_id"))
	assert.Equal(t, "<Volume: "+name[:12]+">", VolumeClass.Repr(v))
	attrs := prop(t, v, "attrs").(map[string]any)
	assert.Equal(t, "local", attrs["Driver"])
	assert.Equal(t, "value", attrs["Labels"].(map[string]any)["key"])
	assert.Equal(t, map[string]any{"type": "tmpfs", "device": "tmpfs", "o": "size=1m"}, attrs["Options"])

	// volume create takes name only positionally; the rest are keywords
	_, err := callObj(t, cl.volumes, "create", name, "local")
	require.EqualError(t, err, "VolumeCollection.create(): takes 1 positional arguments but 2 were given")

	g := mustCallObj(t, cl.volumes, "get", name).(*Volume)
	assert.Equal(t, name, g.id)
	assert.Equal(t, attrs["Mountpoint"], prop(t, g, "attrs").(map[string]any)["Mountpoint"])
	mustCallObj(t, g, "reload")
	assert.Equal(t, name, prop(t, g, "name"))

	for _, f := range []map[string]any{{"name": name}, {"label": "key=value", "name": name}} {
		l := mustCallObj(t, cl.volumes, "list", map[string]any{"filters": f}).([]any)
		require.Len(t, l, 1, "%v", f)
		assert.Equal(t, name, l[0].(*Volume).id)
		assert.Equal(t, "local", prop(t, l[0].(*Volume), "attrs").(map[string]any)["Driver"])
	}
	assert.Empty(t, mustCallObj(t, cl.volumes, "list", map[string]any{"filters": map[string]any{"name": testengine.Name(t, "none")}}))

	// a volume in use cannot be removed; then it can
	ct := testContainer(t, []string{"true"}, map[string]any{"HostConfig": map[string]any{"Init": true, "Binds": []string{name + ":/data"}}}, true)
	_, err = callObj(t, v, "remove")
	assert.Equal(t, "APIError", errorClass(err), "in use: %v", err)
	mustCall(t, ct, "remove")
	assert.Nil(t, mustCallObj(t, v, "remove", map[string]any{"force": true}))
	_, err = callObj(t, cl.volumes, "get", name)
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)
	_, err = callObj(t, cl.volumes, "get", "")
	assert.Equal(t, "NullResource", errorClass(err), "%v", err)
}

// TestAPIVolumes drives the client.api volume operations.
func TestAPIVolumes(t *testing.T) {
	t.Parallel()
	a := &APIClient{eng: testengine.Get().Client}
	pruneKey := testengine.Name(t, "prune")

	// no name: the daemon makes one up
	res, err := invokeAPI(t, a, "create_volume", map[string]any{"labels": testLabels(t, pruneKey, "")})
	require.NoError(t, err)
	anon, _ := res.(map[string]any)["Name"].(string)
	require.Len(t, anon, 64)
	removeVolumeAtEnd(t, anon)
	name := testengine.Name(t, "apivol")
	removeVolumeAtEnd(t, name)
	res, err = invokeAPI(t, a, "create_volume", name, "local", nil, testLabels(t, pruneKey, ""))
	require.NoError(t, err)
	assert.Equal(t, name, res.(map[string]any)["Name"])

	info, err := invokeAPI(t, a, "inspect_volume", name)
	require.NoError(t, err)
	assert.Equal(t, "local", info.(map[string]any)["Driver"])
	list, err := invokeAPI(t, a, "volumes", map[string]any{"label": pruneKey})
	require.NoError(t, err)
	var names []any
	for _, e := range list.(map[string]any)["Volumes"].([]any) {
		names = append(names, e.(map[string]any)["Name"])
	}
	assert.ElementsMatch(t, []any{anon, name}, names)

	_, err = invokeAPI(t, a, "remove_volume", name, true)
	require.NoError(t, err)
	_, err = invokeAPI(t, a, "inspect_volume", name)
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)

	pruned, err := invokeAPI(t, a, "prune_volumes", map[string]any{"label": pruneKey})
	require.NoError(t, err)
	assert.Equal(t, []any{anon}, pruned.(map[string]any)["VolumesDeleted"])
	assert.Contains(t, pruned, "SpaceReclaimed")

	_, err = invokeAPI(t, a, "create_volume", map[string]any{"driver_opts": "x"})
	require.EqualError(t, err, "APIClient.create_volume(): argument 'driver_opts' must be dict, not str")
	_, err = invokeAPI(t, a, "remove_volume")
	require.EqualError(t, err, "APIClient.remove_volume(): missing required argument 'name'")
}
