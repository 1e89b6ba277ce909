package engine_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// swarmTimeout bounds each swarm test, daemons' start and stop included.
const swarmTimeout = 4 * time.Minute

// privateDaemon starts a daemon of the test's own (swarm mode changes
// what a daemon lists, so the shared engine never joins a swarm) and stops
// it when the test ends.
func privateDaemon(t *testing.T, ctx context.Context) *testengine.Env {
	t.Helper()
	env, err := testengine.Start(ctx, testengine.Options{})
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := env.Stop(); err != nil {
			t.Errorf("stop the private daemon: %v", err)
		}
	})
	return env
}

// eventually calls cond every 100ms until it returns nil, and fails the
// test with cond's last error when ctx ends first, or after a minute.
func eventually(t *testing.T, ctx context.Context, what string, cond func() error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		err := cond()
		if err == nil {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v (last: %v)", what, ctx.Err(), err)
		case <-tick.C:
		}
	}
}

// version returns Version.Index of an inspected swarm object.
func version(t *testing.T, raw json.RawMessage) uint64 {
	t.Helper()
	var v struct{ Version struct{ Index uint64 } }
	decode(t, raw, &v)
	require.NotZero(t, v.Version.Index, "%s", raw)
	return v.Version.Index
}

// specOf returns the Spec of an inspected swarm object as a map.
func specOf(t *testing.T, raw json.RawMessage) map[string]any {
	t.Helper()
	var v struct{ Spec map[string]any }
	decode(t, raw, &v)
	require.NotNil(t, v.Spec, "%s", raw)
	return v.Spec
}

func TestSwarmPrivateDaemon(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), swarmTimeout)
	defer cancel()
	env := privateDaemon(t, ctx)
	c := env.Client
	addrs, err := env.PrepareSwarm(ctx)
	require.NoError(t, err)

	_, err = c.SwarmInspect(ctx)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr, "not a swarm manager yet")
	assert.Equal(t, http.StatusServiceUnavailable, apiErr.StatusCode)

	nodeID, err := c.SwarmInit(ctx, addrs.InitRequest(map[string]any{"Name": "default", "Labels": map[string]string{"dscript.test": t.Name()}}))
	require.NoError(t, err)
	require.NotEmpty(t, nodeID)

	t.Run("inspect, update, autolock", func(t *testing.T) { testSwarmInspectUpdate(t, ctx, env) })
	t.Run("nodes", func(t *testing.T) { testNodes(t, ctx, c, nodeID) })
	t.Run("secrets", func(t *testing.T) { testSecrets(t, ctx, c) })
	t.Run("configs", func(t *testing.T) { testConfigs(t, ctx, c) })
	t.Run("services", func(t *testing.T) { testServices(t, ctx, c) })
	t.Run("overlay network", func(t *testing.T) { testOverlayNetwork(t, ctx, c) })
	t.Run("leave", func(t *testing.T) {
		err := c.SwarmLeave(ctx, false)
		require.Error(t, err, "the last manager leaves only by force")
		require.NoError(t, c.SwarmLeave(ctx, true))
		_, err = c.SwarmInspect(ctx)
		require.ErrorAs(t, err, &apiErr)
		assert.Equal(t, http.StatusServiceUnavailable, apiErr.StatusCode)
	})
}

func testSwarmInspectUpdate(t *testing.T, ctx context.Context, env *testengine.Env) {
	c := env.Client
	raw, err := c.SwarmInspect(ctx)
	require.NoError(t, err)
	var sw struct {
		ID         string
		JoinTokens struct{ Worker, Manager string }
		Spec       struct {
			Labels           map[string]string
			EncryptionConfig struct{ AutoLockManagers bool }
		}
		DataPathPort    uint32
		DefaultAddrPool []string
	}
	decode(t, raw, &sw)
	assert.NotEmpty(t, sw.ID)
	assert.Equal(t, t.Name()[:strings.Index(t.Name(), "/")], sw.Spec.Labels["dscript.test"])
	assert.True(t, strings.HasPrefix(sw.JoinTokens.Worker, "SWMTKN-"))
	assert.False(t, sw.Spec.EncryptionConfig.AutoLockManagers)

	raw0, err := c.SwarmUnlockkey(ctx)
	require.NoError(t, err)
	assert.JSONEq(t, `{"UnlockKey":""}`, string(raw0), "no key without autolock")

	// Autolock on, worker token rotated.
	spec := specOf(t, raw)
	spec["EncryptionConfig"] = map[string]any{"AutoLockManagers": true}
	require.NoError(t, c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{Version: version(t, raw), RotateWorkerToken: true}, spec))
	raw, err = c.SwarmInspect(ctx)
	require.NoError(t, err)
	var after struct {
		JoinTokens struct{ Worker, Manager string }
		Spec       struct {
			EncryptionConfig struct{ AutoLockManagers bool }
		}
	}
	decode(t, raw, &after)
	assert.True(t, after.Spec.EncryptionConfig.AutoLockManagers)
	assert.NotEqual(t, sw.JoinTokens.Worker, after.JoinTokens.Worker, "rotated")
	assert.Equal(t, sw.JoinTokens.Manager, after.JoinTokens.Manager, "not rotated")

	var key struct{ UnlockKey string }
	raw0, err = c.SwarmUnlockkey(ctx)
	require.NoError(t, err)
	decode(t, raw0, &key)
	assert.True(t, strings.HasPrefix(key.UnlockKey, "SWMKEY-1-"), key.UnlockKey)

	// Rotating the unlock key and the manager token gives new ones.
	require.NoError(t, c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{Version: version(t, raw), RotateManagerUnlockKey: true, RotateManagerToken: true}, specOf(t, raw)))
	raw2, err := c.SwarmInspect(ctx)
	require.NoError(t, err)
	var rotated struct {
		JoinTokens struct{ Worker, Manager string }
	}
	decode(t, raw2, &rotated)
	assert.NotEqual(t, after.JoinTokens.Manager, rotated.JoinTokens.Manager, "rotated")
	assert.Equal(t, after.JoinTokens.Worker, rotated.JoinTokens.Worker, "not rotated")
	var key2 struct{ UnlockKey string }
	raw0, err = c.SwarmUnlockkey(ctx)
	require.NoError(t, err)
	decode(t, raw0, &key2)
	assert.NotEqual(t, key.UnlockKey, key2.UnlockKey)

	// An unlocked manager refuses to be unlocked.
	err = c.SwarmUnlock(ctx, key2.UnlockKey)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "swarm is not locked")

	// Restarted, the manager is locked until unlocked with the key.
	require.NoError(t, env.Restart(ctx))
	var info struct {
		Swarm struct{ LocalNodeState string }
	}
	rawInfo, err := c.SystemInfo(ctx)
	require.NoError(t, err)
	decode(t, rawInfo, &info)
	assert.Equal(t, "locked", info.Swarm.LocalNodeState)
	_, err = c.SwarmInspect(ctx)
	require.Error(t, err, "a locked manager does not answer")
	err = c.SwarmUnlock(ctx, key.UnlockKey)
	require.Error(t, err, "the key before the rotation")
	assert.Contains(t, err.Error(), "invalid key")
	require.NoError(t, c.SwarmUnlock(ctx, key2.UnlockKey))
	eventually(t, ctx, "the unlocked manager answers", func() error {
		_, err := c.SwarmInspect(ctx)
		return err
	})
	raw, err = c.SwarmInspect(ctx)
	require.NoError(t, err)

	// A stale version is a conflict of versions, refused.
	require.NoError(t, c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{Version: version(t, raw)}, specOf(t, raw)))
	err = c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{Version: version(t, raw)}, specOf(t, raw))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "update out of sequence")

	// Autolock off again.
	raw, err = c.SwarmInspect(ctx)
	require.NoError(t, err)
	spec = specOf(t, raw)
	spec["EncryptionConfig"] = map[string]any{"AutoLockManagers": false}
	require.NoError(t, c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{Version: version(t, raw)}, spec))
}

func testNodes(t *testing.T, ctx context.Context, c *engine.Client, nodeID string) {
	raw, err := c.NodeList(ctx, engine.NodeListOptions{Filters: engine.Filters{"role": {"manager"}}})
	require.NoError(t, err)
	var nodes []struct {
		ID            string
		Status        struct{ State, Addr string }
		ManagerStatus struct {
			Leader bool
			Addr   string
		}
	}
	decode(t, raw, &nodes)
	require.Len(t, nodes, 1)
	assert.Equal(t, nodeID, nodes[0].ID)
	assert.Equal(t, "ready", nodes[0].Status.State)
	assert.True(t, nodes[0].ManagerStatus.Leader)
	assert.True(t, strings.HasPrefix(nodes[0].ManagerStatus.Addr, "127.0.0.1:"), nodes[0].ManagerStatus.Addr)

	raw, err = c.NodeList(ctx, engine.NodeListOptions{Filters: engine.Filters{"role": {"worker"}}})
	require.NoError(t, err)
	assert.JSONEq(t, `[]`, string(raw))

	raw, err = c.NodeInspect(ctx, nodeID)
	require.NoError(t, err)
	spec := specOf(t, raw)
	spec["Labels"] = map[string]string{"zone": "a"}
	require.NoError(t, c.NodeUpdate(ctx, nodeID, version(t, raw), spec))

	raw, err = c.NodeInspect(ctx, nodeID)
	require.NoError(t, err)
	var node struct {
		Spec struct {
			Labels       map[string]string
			Role         string
			Availability string
		}
	}
	decode(t, raw, &node)
	assert.Equal(t, map[string]string{"zone": "a"}, node.Spec.Labels)
	assert.Equal(t, "manager", node.Spec.Role)
	assert.Equal(t, "active", node.Spec.Availability)

	raw, err = c.NodeList(ctx, engine.NodeListOptions{Filters: engine.Filters{"node.label": {"zone=a"}}})
	require.NoError(t, err)
	assert.Contains(t, string(raw), nodeID)

	_, err = c.NodeInspect(ctx, "no-such-node")
	require.ErrorIs(t, err, engine.ErrNotFound)
	err = c.NodeDelete(ctx, nodeID, false)
	require.Error(t, err, "a manager cannot remove itself")
}

// swarmObjects are the operations shared by secrets and configs.
type swarmObjects struct {
	create  func(ctx context.Context, spec any) (json.RawMessage, error)
	inspect func(ctx context.Context, id string) (json.RawMessage, error)
	list    func(ctx context.Context, f engine.Filters) (json.RawMessage, error)
	update  func(ctx context.Context, id string, version uint64, spec any) error
	remove  func(ctx context.Context, id string) error
}

// testSwarmObjects runs the life of a secret or a config; dataShown tells
// whether inspect returns the data.
func testSwarmObjects(t *testing.T, ctx context.Context, o swarmObjects, dataShown bool) {
	name := testengine.Name(t, "")
	data := base64.StdEncoding.EncodeToString([]byte("s3cr3t"))
	raw, err := o.create(ctx, map[string]any{"Name": name, "Data": data, "Labels": map[string]string{"v": "1"}})
	require.NoError(t, err)
	var created struct{ ID string }
	decode(t, raw, &created)
	require.NotEmpty(t, created.ID)

	_, err = o.create(ctx, map[string]any{"Name": name, "Data": data})
	require.ErrorIs(t, err, engine.ErrConflict, "same name")

	raw, err = o.inspect(ctx, name)
	require.NoError(t, err)
	var got struct {
		ID   string
		Spec struct {
			Name   string
			Data   string
			Labels map[string]string
		}
	}
	decode(t, raw, &got)
	assert.Equal(t, created.ID, got.ID)
	assert.Equal(t, name, got.Spec.Name)
	if dataShown {
		assert.Equal(t, data, got.Spec.Data)
	} else {
		assert.Empty(t, got.Spec.Data, "a secret's data is never returned")
	}

	raw, err = o.list(ctx, engine.Filters{"name": {name}})
	require.NoError(t, err)
	var list []struct{ ID string }
	decode(t, raw, &list)
	require.Len(t, list, 1)
	assert.Equal(t, created.ID, list[0].ID)

	spec := map[string]any{"Name": name, "Data": data, "Labels": map[string]string{"v": "2"}}
	require.NoError(t, o.update(ctx, created.ID, version(t, raw0(t, ctx, o, created.ID)), spec))
	raw, err = o.inspect(ctx, created.ID)
	require.NoError(t, err)
	decode(t, raw, &got)
	assert.Equal(t, map[string]string{"v": "2"}, got.Spec.Labels)

	require.NoError(t, o.remove(ctx, created.ID))
	_, err = o.inspect(ctx, created.ID)
	require.ErrorIs(t, err, engine.ErrNotFound)
	require.ErrorIs(t, o.remove(ctx, created.ID), engine.ErrNotFound)
}

// raw0 inspects the object id.
func raw0(t *testing.T, ctx context.Context, o swarmObjects, id string) json.RawMessage {
	t.Helper()
	raw, err := o.inspect(ctx, id)
	require.NoError(t, err)
	return raw
}

func testSecrets(t *testing.T, ctx context.Context, c *engine.Client) {
	testSwarmObjects(t, ctx, swarmObjects{
		create:  c.SecretCreate,
		inspect: c.SecretInspect,
		list: func(ctx context.Context, f engine.Filters) (json.RawMessage, error) {
			return c.SecretList(ctx, engine.SecretListOptions{Filters: f})
		},
		update: c.SecretUpdate,
		remove: c.SecretDelete,
	}, false)
}

func testConfigs(t *testing.T, ctx context.Context, c *engine.Client) {
	testSwarmObjects(t, ctx, swarmObjects{
		create:  c.ConfigCreate,
		inspect: c.ConfigInspect,
		list: func(ctx context.Context, f engine.Filters) (json.RawMessage, error) {
			return c.ConfigList(ctx, engine.ConfigListOptions{Filters: f})
		},
		update: c.ConfigUpdate,
		remove: c.ConfigDelete,
	}, true)
}

// httpGet returns the body of GET url, or an error.
func httpGet(ctx context.Context, url string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	tr := &http.Transport{DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %s: %s", resp.Status, b)
	}
	return string(b), nil
}

// waitAnswers waits until service has n running tasks that each answer
// want over HTTP on the port they publish on 127.0.0.1, and returns their
// ids.
func waitAnswers(t *testing.T, ctx context.Context, c *engine.Client, service string, n int, want string) []string {
	t.Helper()
	var ids []string
	eventually(t, ctx, fmt.Sprintf("%d tasks of %s answer %q", n, service, want), func() error {
		raw, err := c.TaskList(ctx, engine.TaskListOptions{Filters: engine.Filters{"service": {service}, "desired-state": {"running"}}})
		if err != nil {
			return err
		}
		var tasks []struct {
			ID     string
			Status struct {
				State      string
				PortStatus struct{ Ports []struct{ PublishedPort int } }
			}
		}
		if err := json.Unmarshal(raw, &tasks); err != nil {
			return err
		}
		ids = ids[:0]
		for _, tk := range tasks {
			if tk.Status.State != "running" || len(tk.Status.PortStatus.Ports) == 0 {
				continue
			}
			url := "http://127.0.0.1:" + strconv.Itoa(tk.Status.PortStatus.Ports[0].PublishedPort) + "/"
			body, err := httpGet(ctx, url)
			if err != nil {
				return fmt.Errorf("task %s: %w", tk.ID, err)
			}
			if strings.TrimSpace(body) != want {
				return fmt.Errorf("task %s answers %q", tk.ID, body)
			}
			ids = append(ids, tk.ID)
		}
		if len(ids) != n || len(tasks) != n {
			return fmt.Errorf("%d of %d tasks answer: %s", len(ids), len(tasks), raw)
		}
		return nil
	})
	return ids
}

func testServices(t *testing.T, ctx context.Context, c *engine.Client) {
	name := testengine.Name(t, "web")
	spec := map[string]any{
		"Name":   name,
		"Labels": map[string]string{"dscript.test": t.Name()},
		"TaskTemplate": map[string]any{
			"ContainerSpec": map[string]any{
				"Image":   testengine.BusyboxImage,
				"Command": []string{"sh", "-c", "echo started $HOSTNAME; echo oops >&2; echo hello-$GREETING > /var/www/index.html; exec httpd -f -p 8080 -h /var/www"},
				"Env":     []string{"GREETING=one"},
				"Init":    true,
			},
			"RestartPolicy": map[string]any{"Condition": "on-failure"},
		},
		"Mode": map[string]any{"Replicated": map[string]any{"Replicas": 1}},
		// The routing mesh (PublishMode "ingress") needs the kernel's IPVS,
		// which a test machine may lack: each task publishes on a port of
		// its own on the host instead.
		"EndpointSpec": map[string]any{"Ports": []map[string]any{
			{"Protocol": "tcp", "TargetPort": 8080, "PublishMode": "host"},
		}},
	}
	// A registry auth header for an image without registry is ignored.
	auth := base64.URLEncoding.EncodeToString([]byte(`{"username":"u","password":"p"}`))
	raw, err := c.ServiceCreate(ctx, engine.ServiceCreateOptions{RegistryAuth: auth}, spec)
	require.NoError(t, err)
	var created struct {
		ID       string
		Warnings []string
	}
	decode(t, raw, &created)
	require.NotEmpty(t, created.ID)

	waitAnswers(t, ctx, c, name, 1, "hello-one")

	raw, err = c.ServiceList(ctx, engine.ServiceListOptions{Filters: engine.Filters{"name": {name}}, Status: true})
	require.NoError(t, err)
	var list []struct {
		ID            string
		ServiceStatus struct{ RunningTasks, DesiredTasks int }
	}
	decode(t, raw, &list)
	require.Len(t, list, 1)
	assert.Equal(t, created.ID, list[0].ID)
	assert.Equal(t, 1, list[0].ServiceStatus.DesiredTasks)

	// Inspect with and without defaults.
	raw, err = c.ServiceInspect(ctx, name, false)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), `"UpdateConfig"`)
	rawDefaults, err := c.ServiceInspect(ctx, name, true)
	require.NoError(t, err)
	assert.Contains(t, string(rawDefaults), `"UpdateConfig"`, "defaults inserted")

	// Scale to 3 and see the tasks.
	spec3 := specOf(t, raw)
	spec3["Mode"] = map[string]any{"Replicated": map[string]any{"Replicas": 3}}
	raw, err = c.ServiceUpdate(ctx, created.ID, engine.ServiceUpdateOptions{Version: version(t, raw)}, spec3)
	require.NoError(t, err)
	var scaled struct{ Warnings []string }
	decode(t, raw, &scaled)
	tasks := waitAnswers(t, ctx, c, name, 3, "hello-one")
	raw, err = c.TaskInspect(ctx, tasks[0])
	require.NoError(t, err)
	var task struct {
		ID        string
		ServiceID string
		Status    struct {
			State           string
			ContainerStatus struct{ ContainerID string }
		}
	}
	decode(t, raw, &task)
	assert.Equal(t, created.ID, task.ServiceID)
	assert.Equal(t, "running", task.Status.State)
	assert.NotEmpty(t, task.Status.ContainerStatus.ContainerID)

	// Logs of one task, then of the whole service.
	rc, err := c.TaskLogs(ctx, tasks[0], engine.ServiceLogsOptions{Stdout: true, Stderr: true})
	require.NoError(t, err)
	var out, errOut strings.Builder
	_, err = engine.NewFrameReader(rc, false).Demux(&out, &errOut)
	rc.Close()
	require.NoError(t, err)
	assert.Contains(t, out.String(), "started ")
	assert.Equal(t, "oops\n", errOut.String())

	eventually(t, ctx, "service logs of 3 tasks", func() error {
		rc, err := c.ServiceLogs(ctx, created.ID, engine.ServiceLogsOptions{Stdout: true, Details: true})
		if err != nil {
			return err
		}
		defer rc.Close()
		var out strings.Builder
		if _, err := engine.NewFrameReader(rc, false).Demux(&out, io.Discard); err != nil {
			return err
		}
		if n := strings.Count(out.String(), "started "); n < 3 {
			return fmt.Errorf("%d tasks logged: %q", n, out.String())
		}
		if !strings.Contains(out.String(), "com.docker.swarm.task.id=") {
			return fmt.Errorf("no details in %q", out.String())
		}
		return nil
	})

	// Update the environment, then roll back.
	raw, err = c.ServiceInspect(ctx, created.ID, false)
	require.NoError(t, err)
	spec2 := specOf(t, raw)
	spec2["TaskTemplate"].(map[string]any)["ContainerSpec"].(map[string]any)["Env"] = []string{"GREETING=two"}
	raw, err = c.ServiceUpdate(ctx, created.ID, engine.ServiceUpdateOptions{Version: version(t, raw), RegistryAuthFrom: "previous-spec"}, spec2)
	require.NoError(t, err)
	var upd struct{ Warnings []string }
	decode(t, raw, &upd)
	waitAnswers(t, ctx, c, name, 3, "hello-two")

	raw, err = c.ServiceInspect(ctx, created.ID, false)
	require.NoError(t, err)
	_, err = c.ServiceUpdate(ctx, created.ID, engine.ServiceUpdateOptions{Version: version(t, raw), Rollback: "previous"}, specOf(t, raw))
	require.NoError(t, err)
	waitAnswers(t, ctx, c, name, 3, "hello-one")

	// A stale version is refused.
	_, err = c.ServiceUpdate(ctx, created.ID, engine.ServiceUpdateOptions{Version: version(t, raw)}, specOf(t, raw))
	require.Error(t, err)

	require.NoError(t, c.ServiceDelete(ctx, created.ID))
	_, err = c.ServiceInspect(ctx, created.ID, false)
	require.ErrorIs(t, err, engine.ErrNotFound)
	require.ErrorIs(t, c.ServiceDelete(ctx, created.ID), engine.ErrNotFound)
	eventually(t, ctx, "tasks gone", func() error {
		raw, err := c.TaskList(ctx, engine.TaskListOptions{Filters: engine.Filters{"service": {created.ID}}})
		if err == nil && string(raw) != "[]" {
			err = fmt.Errorf("tasks left: %s", raw)
		}
		if errors.Is(err, engine.ErrNotFound) {
			err = nil
		}
		return err
	})
}

func TestSwarmJoinSecondDaemon(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), swarmTimeout)
	defer cancel()
	manager := privateDaemon(t, ctx)
	worker := privateDaemon(t, ctx)
	mAddrs, err := manager.PrepareSwarm(ctx)
	require.NoError(t, err)
	wAddrs, err := worker.PrepareSwarm(ctx)
	require.NoError(t, err)

	managerID, err := manager.Client.SwarmInit(ctx, mAddrs.InitRequest(nil))
	require.NoError(t, err)
	raw, err := manager.Client.SwarmInspect(ctx)
	require.NoError(t, err)
	var sw struct{ JoinTokens struct{ Worker string } }
	decode(t, raw, &sw)

	err = worker.Client.SwarmJoin(ctx, wAddrs.JoinRequest(mAddrs.ListenAddr, "SWMTKN-1-bad"))
	require.Error(t, err, "a malformed token is refused")
	require.NoError(t, worker.Client.SwarmJoin(ctx, wAddrs.JoinRequest(mAddrs.ListenAddr, sw.JoinTokens.Worker)))

	var info struct {
		Swarm struct {
			NodeID           string
			LocalNodeState   string
			ControlAvailable bool
		}
	}
	raw, err = worker.Client.SystemInfo(ctx)
	require.NoError(t, err)
	decode(t, raw, &info)
	assert.Equal(t, "active", info.Swarm.LocalNodeState)
	assert.False(t, info.Swarm.ControlAvailable, "a worker")
	workerID := info.Swarm.NodeID
	require.NotEmpty(t, workerID)
	_, err = worker.Client.SwarmInspect(ctx)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr, "a worker does not manage the swarm")
	assert.Equal(t, http.StatusServiceUnavailable, apiErr.StatusCode)

	eventually(t, ctx, "the worker is ready", func() error {
		raw, err := manager.Client.NodeInspect(ctx, workerID)
		if err != nil {
			return err
		}
		var n struct {
			Spec   struct{ Role string }
			Status struct{ State string }
		}
		if err := json.Unmarshal(raw, &n); err != nil {
			return err
		}
		if n.Spec.Role != "worker" || n.Status.State != "ready" {
			return fmt.Errorf("role %s, state %s", n.Spec.Role, n.Status.State)
		}
		return nil
	})
	raw, err = manager.Client.NodeList(ctx, engine.NodeListOptions{})
	require.NoError(t, err)
	var nodes []struct{ ID string }
	decode(t, raw, &nodes)
	assert.ElementsMatch(t, []string{managerID, workerID}, []string{nodes[0].ID, nodes[len(nodes)-1].ID})
	assert.Len(t, nodes, 2)

	// A node that is up is removed only by force; once it left, without.
	require.Error(t, manager.Client.NodeDelete(ctx, workerID, false))
	require.NoError(t, worker.Client.SwarmLeave(ctx, false), "a worker leaves without force")
	eventually(t, ctx, "the worker is down", func() error {
		raw, err := manager.Client.NodeInspect(ctx, workerID)
		if err != nil {
			return err
		}
		var n struct{ Status struct{ State string } }
		if err := json.Unmarshal(raw, &n); err != nil {
			return err
		}
		if n.Status.State != "down" {
			return fmt.Errorf("state %s", n.Status.State)
		}
		return nil
	})
	require.NoError(t, manager.Client.NodeDelete(ctx, workerID, false))
	_, err = manager.Client.NodeInspect(ctx, workerID)
	require.ErrorIs(t, err, engine.ErrNotFound)
	require.NoError(t, manager.Client.SwarmLeave(ctx, true))
}

func TestSwarmBadArguments(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	c := client()
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"swarm update without version", func() error { return c.SwarmUpdate(ctx, engine.SwarmUpdateOptions{}, nil) }, "engine: SwarmUpdate: version must be the object's current Version.Index, not 0"},
		{"unlock without key", func() error { return c.SwarmUnlock(ctx, "") }, "engine: SwarmUnlock: key must not be empty"},
		{"node update without id", func() error { return c.NodeUpdate(ctx, "", 1, nil) }, "engine: NodeUpdate: id must not be empty"},
		{"node delete without id", func() error { return c.NodeDelete(ctx, "", true) }, "engine: NodeDelete: id must not be empty"},
		{"service inspect without id", func() error { _, err := c.ServiceInspect(ctx, "", false); return err }, "engine: ServiceInspect: id must not be empty"},
		{"service update without version", func() error { _, err := c.ServiceUpdate(ctx, "s", engine.ServiceUpdateOptions{}, nil); return err }, "engine: ServiceUpdate: version must be the object's current Version.Index, not 0"},
		{"service update bad rollback", func() error {
			_, err := c.ServiceUpdate(ctx, "s", engine.ServiceUpdateOptions{Version: 1, Rollback: "yes"}, nil)
			return err
		}, `engine: ServiceUpdate: rollback "yes" is not "previous"`},
		{"service update bad registryAuthFrom", func() error {
			_, err := c.ServiceUpdate(ctx, "s", engine.ServiceUpdateOptions{Version: 1, RegistryAuthFrom: "x"}, nil)
			return err
		}, `engine: ServiceUpdate: registryAuthFrom "x" is neither "spec" nor "previous-spec"`},
		{"service logs without streams", func() error { _, err := c.ServiceLogs(ctx, "s", engine.ServiceLogsOptions{}); return err }, "engine: ServiceLogs: choose stdout, stderr or both"},
		{"task logs without id", func() error { _, err := c.TaskLogs(ctx, "", engine.ServiceLogsOptions{Stdout: true}); return err }, "engine: TaskLogs: id must not be empty"},
		{"secret update without version", func() error { return c.SecretUpdate(ctx, "s", 0, nil) }, "engine: SecretUpdate: version must be the object's current Version.Index, not 0"},
		{"config delete without id", func() error { return c.ConfigDelete(ctx, "") }, "engine: ConfigDelete: id must not be empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, tc.call(), tc.want)
		})
	}

	// The shared engine is no swarm manager: the daemon answers 503.
	_, err := c.SwarmInspect(ctx)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusServiceUnavailable, apiErr.StatusCode)
}

func testOverlayNetwork(t *testing.T, ctx context.Context, c *engine.Client) {
	name := testengine.Name(t, "overlay")
	var raw json.RawMessage
	var err error
	// a manager unlocked after a restart may take a moment to lead again
	for try := 0; try < 50; try++ {
		raw, err = c.NetworkCreate(ctx, map[string]any{"Name": name, "Driver": "overlay", "Attachable": true, "Labels": testengine.Labels(t)})
		if err == nil || !strings.Contains(err.Error(), "not a swarm manager") {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	require.NoError(t, err)
	var created struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &created)

	raw, err = c.NetworkList(ctx, engine.NetworkListOptions{Filters: engine.Filters{"scope": {"swarm"}, "name": {name}}})
	require.NoError(t, err)
	assert.Contains(t, string(raw), created.ID)
	for _, opts := range []engine.NetworkInspectOptions{{Scope: "swarm"}, {Scope: "swarm", Verbose: true}} {
		raw, err = c.NetworkInspect(ctx, name, opts)
		require.NoError(t, err, "%+v", opts)
		var n struct {
			ID         string `json:"Id"`
			Scope      string
			Attachable bool
		}
		decode(t, raw, &n)
		assert.Equal(t, created.ID, n.ID)
		assert.Equal(t, "swarm", n.Scope)
		assert.True(t, n.Attachable)
	}
	_, err = c.NetworkInspect(ctx, name, engine.NetworkInspectOptions{Scope: "local"})
	require.ErrorIs(t, err, engine.ErrNotFound, "not in the local scope")
	require.NoError(t, c.NetworkDelete(ctx, created.ID))
}
