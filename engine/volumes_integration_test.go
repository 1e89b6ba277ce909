package engine_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// volume is what the tests read of a volume.
type volume struct {
	Name       string
	Driver     string
	Mountpoint string
	Labels     map[string]string
	Scope      string
}

// createVolume creates a local volume with the test labels plus labels
// and removes it when the test ends.
func createVolume(t *testing.T, labels map[string]string) volume {
	t.Helper()
	all := testengine.Labels(t)
	for k, v := range labels {
		all[k] = v
	}
	raw, err := client().VolumeCreate(testCtx(t), map[string]any{"Name": testengine.Name(t, "vol"), "Labels": all})
	require.NoError(t, err)
	var v volume
	decode(t, raw, &v)
	require.NotEmpty(t, v.Name)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = client().VolumeDelete(ctx, v.Name, true)
	})
	return v
}

func TestVolumeLifecycle(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	v := createVolume(t, map[string]string{"role": "lifecycle"})
	assert.Equal(t, "local", v.Driver)
	assert.Equal(t, "local", v.Scope)
	assert.Equal(t, "lifecycle", v.Labels["role"])

	raw, err := client().VolumeInspect(ctx, v.Name)
	require.NoError(t, err)
	var got volume
	decode(t, raw, &got)
	assert.Equal(t, v, got)

	raw, err = client().VolumeList(ctx, engine.VolumeListOptions{Filters: engine.Filters{"name": {v.Name}}})
	require.NoError(t, err)
	var list struct {
		Volumes  []volume
		Warnings []string
	}
	decode(t, raw, &list)
	require.Len(t, list.Volumes, 1)
	assert.Equal(t, v.Name, list.Volumes[0].Name)

	// In use by a container: removal is a conflict, even forced.
	id, _ := createContainer(t, []string{"true"}, map[string]any{"HostConfig": map[string]any{"Binds": []string{v.Name + ":/data"}}})
	require.ErrorIs(t, client().VolumeDelete(ctx, v.Name, false), engine.ErrConflict)
	require.ErrorIs(t, client().VolumeDelete(ctx, v.Name, true), engine.ErrConflict)
	require.NoError(t, client().ContainerDelete(ctx, id, engine.ContainerDeleteOptions{}))

	require.NoError(t, client().VolumeDelete(ctx, v.Name, false))
	_, err = client().VolumeInspect(ctx, v.Name)
	require.ErrorIs(t, err, engine.ErrNotFound)
	require.ErrorIs(t, client().VolumeDelete(ctx, v.Name, false), engine.ErrNotFound)
	require.NoError(t, client().VolumeDelete(ctx, v.Name, true), "forced removal of a missing volume is not an error")
}

func TestVolumeCreateAnonymous(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	raw, err := client().VolumeCreate(ctx, nil)
	require.NoError(t, err)
	var v volume
	decode(t, raw, &v)
	require.Len(t, v.Name, 64, "the daemon names an anonymous volume")
	require.NoError(t, client().VolumeDelete(ctx, v.Name, false))
}

func TestVolumePrune(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	mark := testengine.Name(t, "prune")
	v1 := createVolume(t, map[string]string{"prune": mark})
	v2 := createVolume(t, map[string]string{"prune": mark})
	used := createVolume(t, map[string]string{"prune": mark})
	createContainer(t, []string{"true"}, map[string]any{"HostConfig": map[string]any{"Binds": []string{used.Name + ":/data"}}})

	raw, err := client().VolumePrune(ctx, engine.VolumePruneOptions{Filters: engine.Filters{"label": {"prune=" + mark}}})
	require.NoError(t, err)
	var res struct {
		VolumesDeleted []string
		SpaceReclaimed int64
	}
	decode(t, raw, &res)
	assert.ElementsMatch(t, []string{v1.Name, v2.Name}, res.VolumesDeleted)
	_, err = client().VolumeInspect(ctx, used.Name)
	assert.NoError(t, err, "a volume in use is kept")
}

func TestVolumeUpdateNeedsNewerAPI(t *testing.T) {
	t.Parallel()
	v := createVolume(t, nil)
	err := client().VolumeUpdate(testCtx(t), v.Name, 1, map[string]any{"Spec": map[string]any{"Availability": "pause"}})
	var verr *engine.InvalidVersionError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "VolumeUpdate", verr.Operation)
	assert.Equal(t, "1.42", verr.Required)
}

func TestVolumeBadArguments(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"inspect", func() error { _, err := client().VolumeInspect(ctx, ""); return err }, "engine: VolumeInspect: name must not be empty"},
		{"delete", func() error { return client().VolumeDelete(ctx, "", true) }, "engine: VolumeDelete: name must not be empty"},
		{"update without version", func() error { return client().VolumeUpdate(ctx, "v", 0, nil) }, "engine: VolumeUpdate: version must be the object's current Version.Index, not 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, tc.call(), tc.want)
		})
	}
}
