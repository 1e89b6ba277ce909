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

// createNetwork creates a bridge network with the test labels (plus
// labels) and removes it when the test ends; it returns its id and name.
func createNetwork(t *testing.T, labels map[string]string) (id, name string) {
	t.Helper()
	name = testengine.Name(t, "net")
	all := testengine.Labels(t)
	for k, v := range labels {
		all[k] = v
	}
	raw, err := client().NetworkCreate(testCtx(t), map[string]any{"Name": name, "Driver": "bridge", "Labels": all, "CheckDuplicate": true})
	require.NoError(t, err)
	var res struct {
		ID      string `json:"Id"`
		Warning string
	}
	decode(t, raw, &res)
	require.NotEmpty(t, res.ID)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = client().NetworkDelete(ctx, res.ID)
	})
	return res.ID, name
}

func TestNetworkLifecycle(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, name := createNetwork(t, map[string]string{"role": "lifecycle"})

	raw, err := client().NetworkList(ctx, engine.NetworkListOptions{Filters: engine.Filters{"name": {name}}})
	require.NoError(t, err)
	var list []struct {
		ID     string `json:"Id"`
		Name   string
		Driver string
		Labels map[string]string
	}
	decode(t, raw, &list)
	require.Len(t, list, 1)
	assert.Equal(t, id, list[0].ID)
	assert.Equal(t, "bridge", list[0].Driver)
	assert.Equal(t, "lifecycle", list[0].Labels["role"])

	for _, opts := range []engine.NetworkInspectOptions{{}, {Verbose: true}, {Scope: "local"}} {
		raw, err = client().NetworkInspect(ctx, name, opts)
		require.NoError(t, err, "%+v", opts)
		var n struct {
			ID    string `json:"Id"`
			Scope string
			IPAM  struct{ Config []struct{ Subnet string } }
		}
		decode(t, raw, &n)
		assert.Equal(t, id, n.ID)
		assert.Equal(t, "local", n.Scope)
		require.NotEmpty(t, n.IPAM.Config, "the daemon chose a subnet")
	}
	_, err = client().NetworkInspect(ctx, name, engine.NetworkInspectOptions{Scope: "swarm"})
	require.ErrorIs(t, err, engine.ErrNotFound, "a local network is not in the swarm scope")

	// A second network of the same name is a conflict.
	_, err = client().NetworkCreate(ctx, map[string]any{"Name": name, "CheckDuplicate": true})
	require.ErrorIs(t, err, engine.ErrConflict)

	require.NoError(t, client().NetworkDelete(ctx, id))
	_, err = client().NetworkInspect(ctx, id, engine.NetworkInspectOptions{})
	require.ErrorIs(t, err, engine.ErrNotFound)
	require.ErrorIs(t, client().NetworkDelete(ctx, id), engine.ErrNotFound)
}

func TestNetworkConnectDisconnect(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	netID, netName := createNetwork(t, nil)
	ctrID, _ := startContainer(t, []string{"sleep", "300"}, nil)

	require.NoError(t, client().NetworkConnect(ctx, netName, ctrID, map[string]any{"Aliases": []string{"db"}}))
	var ctr struct {
		NetworkSettings struct {
			Networks map[string]struct {
				NetworkID string
				Aliases   []string
				IPAddress string
			}
		}
	}
	inspectContainer(t, ctrID, &ctr)
	ep, ok := ctr.NetworkSettings.Networks[netName]
	require.True(t, ok, "connected: %+v", ctr.NetworkSettings.Networks)
	assert.Equal(t, netID, ep.NetworkID)
	assert.Contains(t, ep.Aliases, "db")
	assert.NotEmpty(t, ep.IPAddress)

	raw, err := client().NetworkInspect(ctx, netID, engine.NetworkInspectOptions{})
	require.NoError(t, err)
	var n struct {
		Containers map[string]struct{ Name string }
	}
	decode(t, raw, &n)
	assert.Contains(t, n.Containers, ctrID)

	// Connected twice: the daemon refuses.
	require.Error(t, client().NetworkConnect(ctx, netID, ctrID, nil))

	require.NoError(t, client().NetworkDisconnect(ctx, netID, ctrID, false))
	ctr.NetworkSettings.Networks = nil
	inspectContainer(t, ctrID, &ctr)
	assert.NotContains(t, ctr.NetworkSettings.Networks, netName)
	require.Error(t, client().NetworkDisconnect(ctx, netID, ctrID, false), "not connected any more")

	missing := testengine.Name(t, "missing")
	require.ErrorIs(t, client().NetworkConnect(ctx, missing, ctrID, nil), engine.ErrNotFound)
	require.ErrorIs(t, client().NetworkConnect(ctx, netID, missing, nil), engine.ErrNotFound)
}

func TestNetworkPrune(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	mark := testengine.Name(t, "prune")
	id1, _ := createNetwork(t, map[string]string{"prune": mark})
	id2, _ := createNetwork(t, map[string]string{"prune": mark})
	keep, _ := createNetwork(t, nil)

	raw, err := client().NetworkPrune(ctx, engine.NetworkPruneOptions{Filters: engine.Filters{"label": {"prune=" + mark}}})
	require.NoError(t, err)
	var res struct{ NetworksDeleted []string }
	decode(t, raw, &res)
	assert.Len(t, res.NetworksDeleted, 2)
	for _, id := range []string{id1, id2} {
		_, err := client().NetworkInspect(ctx, id, engine.NetworkInspectOptions{})
		assert.ErrorIs(t, err, engine.ErrNotFound)
	}
	_, err = client().NetworkInspect(ctx, keep, engine.NetworkInspectOptions{})
	assert.NoError(t, err, "a network without the label is kept")
}

func TestNetworkBadArguments(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"inspect", func() error { _, err := client().NetworkInspect(ctx, "", engine.NetworkInspectOptions{}); return err }, "engine: NetworkInspect: id must not be empty"},
		{"delete", func() error { return client().NetworkDelete(ctx, " ") }, "engine: NetworkDelete: id must not be empty"},
		{"connect", func() error { return client().NetworkConnect(ctx, "n", "", nil) }, "engine: NetworkConnect: container must not be empty"},
		{"disconnect", func() error { return client().NetworkDisconnect(ctx, "", "c", true) }, "engine: NetworkDisconnect: network must not be empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, tc.call(), tc.want)
		})
	}
}
