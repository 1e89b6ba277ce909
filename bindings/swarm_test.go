package bindings

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// swarmTestTimeout bounds each private-daemon test, the daemon's start and
// stop included.
const swarmTestTimeout = 5 * time.Minute

// privateDaemons starts n daemons of the test's own (swarm mode and
// plugins change what a daemon lists, so the shared engine never joins a
// swarm) and stops them when the test ends. They are all started before
// any is used: a daemon that starts resets the iptables chains the others
// add rules to.
func privateDaemons(t *testing.T, ctx context.Context, n int) []*testengine.Env {
	t.Helper()
	envs := make([]*testengine.Env, n)
	for i := range envs {
		env, err := testengine.Start(ctx, testengine.Options{})
		require.NoError(t, err)
		t.Cleanup(func() {
			if err := env.Stop(); err != nil {
				t.Errorf("stop the private daemon: %v", err)
			}
		})
		envs[i] = env
	}
	return envs
}

// privateSwarms starts n private daemons readied for swarm mode.
func privateSwarms(t *testing.T, ctx context.Context, n int) ([]*Client, []testengine.SwarmAddrs) {
	t.Helper()
	var clients []*Client
	var addrs []testengine.SwarmAddrs
	for _, env := range privateDaemons(t, ctx, n) {
		a, err := env.PrepareSwarm(ctx)
		require.NoError(t, err)
		clients = append(clients, NewClient(env.Client))
		addrs = append(addrs, a)
	}
	return clients, addrs
}

// modelCall calls a method of obj as a script would; the last argument may
// be a dict of keyword arguments.
func modelCall(t *testing.T, c *Call, obj Object, name string, args ...any) any {
	t.Helper()
	v, err := modelCallErr(t, c, obj, name, args...)
	require.NoError(t, err, "%s.%s", obj.Class().Name, name)
	return v
}

func modelCallErr(t *testing.T, c *Call, obj Object, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := obj.Class().Lookup(name, false).(*Method)
	require.True(t, ok, "%s.%s is not a method", obj.Class().Name, name)
	return m.Invoke(c, obj, args)
}

// modelProp reads a property of obj.
func modelProp(t *testing.T, c *Call, obj Object, name string) any {
	t.Helper()
	p, ok := obj.Class().Lookup(name, false).(*Property)
	require.True(t, ok, "%s.%s is not a property", obj.Class().Name, name)
	v, err := p.Get(c, obj)
	require.NoError(t, err)
	return v
}

// dig walks a path of keys into a decoded answer.
func dig(v any, path ...string) any {
	for _, p := range path {
		d, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = d[p]
	}
	return v
}

// waitFor calls cond every 200ms until it returns nil; the test fails with
// cond's last error when ctx ends first.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() error) {
	t.Helper()
	tick := time.NewTicker(200 * time.Millisecond)
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

func httpGetText(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return strings.TrimSpace(string(b)), err
}

// runningTasks waits until the service has n running tasks that each
// answer want on their published port (127.0.0.1), and returns the tasks.
func runningTasks(t *testing.T, ctx context.Context, c *Call, svc Object, n int, want string) []any {
	t.Helper()
	var ready []any
	waitFor(t, ctx, fmt.Sprintf("%d tasks answer %q", n, want), func() error {
		tasks := modelCall(t, c, svc, "tasks", map[string]any{"filters": map[string]any{"desired-state": "running"}}).([]any)
		ready = ready[:0]
		for _, tk := range tasks {
			if dig(tk, "Status", "State") != "running" {
				continue
			}
			ports, _ := dig(tk, "Status", "PortStatus", "Ports").([]any)
			if len(ports) == 0 {
				continue
			}
			url := fmt.Sprintf("http://127.0.0.1:%v/", dig(ports[0], "PublishedPort"))
			got, err := httpGetText(ctx, url)
			if err != nil {
				return err
			}
			if got != want {
				return fmt.Errorf("%s answers %q", url, got)
			}
			ready = append(ready, tk)
		}
		if len(ready) != n || len(tasks) != n {
			return fmt.Errorf("%d of %d tasks ready", len(ready), len(tasks))
		}
		return nil
	})
	return ready
}

func TestSwarmModels(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), swarmTestTimeout)
	defer cancel()
	clients, all := privateSwarms(t, ctx, 1)
	cl, addrs := clients[0], all[0]
	c := &Call{Ctx: ctx}
	api := cl.api

	sw := modelProp(t, c, cl, "swarm").(*Swarm)
	assert.Nil(t, modelProp(t, c, sw, "id"), "not in a swarm yet")
	nodeID := modelCall(t, c, sw, "init", addrs.AdvertiseAddr, map[string]any{
		"listen_addr": addrs.ListenAddr, "default_addr_pool": stringsAny(addrs.DefaultAddrPool), "subnet_size": int64(addrs.SubnetSize),
		"data_path_port": int64(addrs.DataPathPort), "name": "default", "labels": map[string]any{"dscript.test": t.Name()},
		"snapshot_interval": int64(5000), "log_entries_for_slow_followers": int64(1200),
	})
	require.NotEmpty(t, nodeID)
	assert.NotEmpty(t, modelProp(t, c, sw, "id"))
	assert.Equal(t, int64(5000), dig(modelProp(t, c, sw, "attrs"), "Spec", "Raft", "SnapshotInterval"))

	t.Run("swarm", func(t *testing.T) { testSwarmUpdate(t, c, cl) })
	t.Run("nodes", func(t *testing.T) { testNodeModels(t, c, cl, nodeID.(string)) })
	t.Run("services", func(t *testing.T) { testServiceModels(t, ctx, c, cl) })
	t.Run("secrets and configs", func(t *testing.T) { testSecretsConfigs(t, ctx, c, cl) })
	t.Run("bad arguments", func(t *testing.T) { testSwarmBadArguments(t, c, cl) })
	t.Run("leave", func(t *testing.T) {
		_, err := modelCallErr(t, c, api, "leave_swarm")
		require.Error(t, err, "the last manager leaves only by force")
		assert.Equal(t, true, modelCall(t, c, sw, "leave", map[string]any{"force": true}))
		assert.Equal(t, true, modelCall(t, c, sw, "leave", map[string]any{"force": true}), "leaving with force when not in a swarm is fine")
		assert.Nil(t, modelProp(t, c, modelProp(t, c, cl, "swarm").(Object), "id"))
	})
}

func testSwarmUpdate(t *testing.T, c *Call, cl *Client) {
	sw := modelProp(t, c, cl, "swarm").(*Swarm)
	v1 := modelProp(t, c, sw, "version")
	tokens := dig(modelProp(t, c, sw, "attrs"), "JoinTokens").(map[string]any)
	assert.Equal(t, true, modelCall(t, c, sw, "update", map[string]any{"rotate_worker_token": true, "autolock_managers": true, "name": "default", "labels": map[string]any{"x": "y"}}))
	modelCall(t, c, sw, "reload")
	assert.NotEqual(t, v1, modelProp(t, c, sw, "version"))
	attrs := modelProp(t, c, sw, "attrs")
	assert.NotEqual(t, tokens["Worker"], dig(attrs, "JoinTokens", "Worker"), "worker token rotated")
	assert.Equal(t, tokens["Manager"], dig(attrs, "JoinTokens", "Manager"))
	assert.Equal(t, map[string]any{"x": "y"}, dig(attrs, "Spec", "Labels"))
	assert.Equal(t, true, dig(attrs, "Spec", "EncryptionConfig", "AutoLockManagers"))
	assert.Equal(t, int64(7776000000000000), dig(attrs, "Spec", "CAConfig", "NodeCertExpiry"), "docker-py's default")
	key := modelCall(t, c, sw, "get_unlock_key").(map[string]any)
	assert.True(t, strings.HasPrefix(key["UnlockKey"].(string), "SWMKEY-"), "%v", key)
	// the daemon is not locked: unlocking it is refused
	_, err := modelCallErr(t, c, sw, "unlock", key)
	require.Error(t, err)

	// the low-level spec round trip: turn autolock off again
	spec := modelCall(t, c, cl.api, "create_swarm_spec", map[string]any{"name": "default", "autolock_managers": false, "node_cert_expiry": int64(7776000000000000)})
	assert.Equal(t, true, modelCall(t, c, cl.api, "update_swarm", modelProp(t, c, sw, "version"), spec))
	assert.Equal(t, map[string]any{"UnlockKey": ""}, modelCall(t, c, cl.api, "get_unlock_key"))
	assert.Equal(t, "default", dig(modelCall(t, c, cl.api, "inspect_swarm"), "Spec", "Name"))
}

func testNodeModels(t *testing.T, c *Call, cl *Client, nodeID string) {
	nodes := modelProp(t, c, cl, "nodes").(Object)
	list := modelCall(t, c, nodes, "list", map[string]any{"filters": map[string]any{"role": "manager"}}).([]any)
	require.Len(t, list, 1)
	n := list[0].(*Node)
	assert.Equal(t, nodeID, n.ID())
	// The daemon updates a new node itself: an update of a version read
	// meanwhile is refused ("update out of sequence") and made again.
	var got *Node
	waitFor(t, c.Ctx, "the node's labels are updated", func() error {
		got = modelCall(t, c, nodes, "get", nodeID).(*Node)
		spec := dig(modelProp(t, c, got, "attrs"), "Spec").(map[string]any)
		spec["Labels"] = map[string]any{"zone": "a"}
		_, err := modelCallErr(t, c, got, "update", spec)
		return err
	})
	modelCall(t, c, got, "reload")
	assert.Equal(t, map[string]any{"zone": "a"}, modelProp(t, c, got, "labels"))
	assert.NotEqual(t, modelProp(t, c, n, "version"), modelProp(t, c, got, "version"))
	// a node that is up and the last manager is not removed
	_, err := modelCallErr(t, c, got, "remove", map[string]any{"force": true})
	require.Error(t, err)
	assert.Len(t, modelCall(t, c, cl.api, "nodes"), 1)
}

func testServiceModels(t *testing.T, ctx context.Context, c *Call, cl *Client) {
	services := modelProp(t, c, cl, "services").(Object)
	name := testengine.Name(t, "web")
	svc := modelCall(t, c, services, "create", testengine.BusyboxImage,
		"sh -c 'echo started; echo oops >&2; echo hello-$GREETING > /var/www/index.html; exec httpd -f -p 8080 -h /var/www'",
		map[string]any{
			"name": name, "env": []any{"GREETING=one"}, "init": true, "labels": map[string]any{"dscript.test": t.Name()},
			"endpoint_spec":  map[string]any{"Ports": []any{map[string]any{"Protocol": "tcp", "TargetPort": int64(8080), "PublishMode": "host"}}},
			"update_config":  map[string]any{"Parallelism": int64(1), "Order": "stop-first"},
			"restart_policy": map[string]any{"Condition": "on-failure"},
		}).(*Service)
	t.Cleanup(func() { _, _ = modelCallErr(t, &Call{}, svc, "remove") })
	assert.Equal(t, name, modelProp(t, c, svc, "name"))
	assert.Equal(t, map[string]any{"dscript.test": t.Name()}, modelProp(t, c, svc, "labels"))
	runningTasks(t, ctx, c, svc, 1, "hello-one")

	// list and get
	list := modelCall(t, c, services, "list", map[string]any{"filters": map[string]any{"name": name}, "status": true}).([]any)
	require.Len(t, list, 1)
	assert.Equal(t, svc.ID(), list[0].(*Service).ID())
	got := modelCall(t, c, services, "get", name, map[string]any{"insert_defaults": true}).(*Service)
	assert.NotNil(t, dig(modelProp(t, c, got, "attrs"), "Spec", "RollbackConfig"), "defaults inserted")

	// scale up and down, seen through the tasks (the daemon changes the
	// service after its creation: its version is read again first)
	modelCall(t, c, svc, "reload")
	modelCall(t, c, svc, "scale", int64(3))
	runningTasks(t, ctx, c, svc, 3, "hello-one")
	modelCall(t, c, svc, "reload")
	modelCall(t, c, svc, "scale", int64(2))
	runningTasks(t, ctx, c, svc, 2, "hello-one")

	// a rolling update of the environment: the tasks are replaced one by one
	modelCall(t, c, svc, "reload")
	before := modelProp(t, c, svc, "version")
	modelCall(t, c, svc, "update", map[string]any{"env": []any{"GREETING=two"}})
	tasks := runningTasks(t, ctx, c, svc, 2, "hello-two")
	modelCall(t, c, svc, "reload")
	assert.NotEqual(t, before, modelProp(t, c, svc, "version"))
	assert.Equal(t, "busybox:latest", dig(modelProp(t, c, svc, "attrs"), "Spec", "TaskTemplate", "ContainerSpec", "Image"), "the image is kept")
	assert.Equal(t, int64(2), dig(modelProp(t, c, svc, "attrs"), "Spec", "Mode", "Replicated", "Replicas"), "the replicas are kept")
	task := modelCall(t, c, cl.api, "inspect_task", dig(tasks[0], "ID"))
	assert.Equal(t, svc.ID(), dig(task, "ServiceID"))

	// force_update replaces the tasks with the spec unchanged
	modelCall(t, c, svc, "force_update")
	modelCall(t, c, svc, "reload")
	assert.Equal(t, int64(1), dig(modelProp(t, c, svc, "attrs"), "Spec", "TaskTemplate", "ForceUpdate"))
	runningTasks(t, ctx, c, svc, 2, "hello-two")

	// the logs of all the tasks, streamed and closed before their end
	logs := modelCall(t, c, svc, "logs", map[string]any{"stdout": true, "stderr": true, "follow": true}).(Iterator)
	var text strings.Builder
	for !strings.Contains(text.String(), "oops") || !strings.Contains(text.String(), "started") {
		v, ok, err := logs.Next(c)
		require.NoError(t, err)
		require.True(t, ok, "the logs ended early: %q", text.String())
		text.WriteString(v.(string))
	}
	require.NoError(t, logs.Close())
	_, ok, err := logs.Next(c)
	require.NoError(t, err)
	assert.False(t, ok, "closed")
	waitFor(t, ctx, "the stdout of the tasks", func() error {
		out := drain(t, modelCall(t, c, cl.api, "service_logs", svc.ID(), map[string]any{"stdout": true}))
		for _, o := range out {
			assert.NotContains(t, o, "oops", "stderr not asked for")
		}
		if len(out) == 0 {
			return fmt.Errorf("no logs yet")
		}
		return nil
	})

	assert.Equal(t, true, modelCall(t, c, svc, "remove"))
	_, err = modelCallErr(t, c, services, "get", name)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, NotFound, e.Class)
}

func testSecretsConfigs(t *testing.T, ctx context.Context, c *Call, cl *Client) {
	secrets := modelProp(t, c, cl, "secrets").(Object)
	configs := modelProp(t, c, cl, "configs").(Object)
	sname, cname := testengine.Name(t, "pw"), testengine.Name(t, "conf")
	sec := modelCall(t, c, secrets, "create", map[string]any{"name": sname, "data": Bytes("s3cret\x00bin"), "labels": map[string]any{"k": "v"}}).(*Secret)
	t.Cleanup(func() { _, _ = modelCallErr(t, &Call{}, sec, "remove") })
	assert.Equal(t, sname, modelProp(t, c, sec, "name"))
	assert.Equal(t, map[string]any{"k": "v"}, dig(modelProp(t, c, sec, "attrs"), "Spec", "Labels"), "attrs inspected on first read")
	assert.Equal(t, fmt.Sprintf("<Secret: '%s'>", sname), SecretClass.Repr(sec))
	cfg := modelCall(t, c, configs, "create", map[string]any{"name": cname, "data": "greeting={{ env \"GREETING\" }}\n", "templating": map[string]any{"Name": "golang"}}).(*Config)
	t.Cleanup(func() { _, _ = modelCallErr(t, &Call{}, cfg, "remove") })
	data, _ := base64.StdEncoding.DecodeString(dig(modelCall(t, c, cl.api, "inspect_config", cfg.ID()), "Spec", "Data").(string))
	assert.Equal(t, "greeting={{ env \"GREETING\" }}\n", string(data))
	require.Len(t, modelCall(t, c, secrets, "list", map[string]any{"filters": map[string]any{"name": sname}}), 1)
	require.Len(t, modelCall(t, c, configs, "list", map[string]any{"filters": map[string]any{"label": "nope"}}), 0)

	// both mounted into a service's task and read back through its logs
	call := func(typ string, args ...any) any {
		v, err := TypesModuleClass.Lookup(typ, false).(*Method).Invoke(c, Types, args)
		require.NoError(t, err)
		return v
	}
	sref := call("SecretReference", sec, sname, map[string]any{"filename": "pw", "mode": int64(0o400)})
	cref := call("ConfigReference", cfg.ID(), cname, map[string]any{"filename": "/etc/app.conf"})
	svc := modelCall(t, c, modelProp(t, c, cl, "services").(Object), "create", testengine.BusyboxImage,
		[]any{"sh", "-c", "cat /run/secrets/pw; echo; cat /etc/app.conf; ls -l /run/secrets/pw; sleep 600"},
		map[string]any{"name": testengine.Name(t, "reader"), "secrets": []any{sref}, "configs": []any{cref}, "env": map[string]any{"GREETING": "hi"},
			"mode": call("ServiceMode", "replicated", map[string]any{"replicas": int64(1)})}).(*Service)
	t.Cleanup(func() { _, _ = modelCallErr(t, &Call{}, svc, "remove") })
	waitFor(t, ctx, "the task prints the secret and the config", func() error {
		out := drain(t, modelCall(t, c, svc, "logs", map[string]any{"stdout": true}))
		var all strings.Builder
		for _, o := range out {
			all.WriteString(o.(string))
		}
		s := all.String()
		if !strings.Contains(s, "s3cret\x00bin\n") || !strings.Contains(s, "greeting=hi\n") || !strings.Contains(s, "-r--------") {
			return fmt.Errorf("logs so far: %q", s)
		}
		return nil
	})
	_, err := modelCallErr(t, c, sec, "remove")
	require.Error(t, err, "in use by a service")
	assert.Equal(t, true, modelCall(t, c, svc, "remove"))
	waitFor(t, ctx, "the secret is released", func() error {
		_, err := modelCallErr(t, c, sec, "remove")
		return err
	})
	assert.Equal(t, true, modelCall(t, c, cfg, "remove"))
}

func testSwarmBadArguments(t *testing.T, c *Call, cl *Client) {
	services := modelProp(t, c, cl, "services").(Object)
	tests := []struct {
		name string
		obj  Object
		meth string
		args []any
		want string
	}{
		{"unknown service keyword", services, "create", []any{"busybox", map[string]any{"nope": 1}}, "ServiceCollection.create(): unexpected keyword argument 'nope'"},
		{"secrets not a list", services, "create", []any{"busybox", map[string]any{"secrets": "x"}}, "ServiceCollection.create(): argument 'secrets' must be list of SecretReference, not str"},
		{"bad mode", services, "create", []any{"busybox", map[string]any{"mode": "sometimes"}}, `mode must be either "replicated", "global", "replicated-job" or "global-job"`},
		{"task template without image", cl.api, "create_service", []any{map[string]any{"ContainerSpec": map[string]any{}}}, "Missing mandatory Image key in ContainerSpec"},
		{"version missing", cl.api, "update_service", []any{"svc"}, "APIClient.update_service(): missing required argument 'version'"},
		{"unlock key of a bad dict", cl.api, "unlock_swarm", []any{map[string]any{"Key": "x"}}, "Invalid unlock key format"},
		{"swarm spec not a dict", cl.api, "init_swarm", []any{map[string]any{"swarm_spec": "x"}}, "APIClient.init_swarm(): argument 'swarm_spec' must be SwarmSpec or dict, not str"},
		{"node spec not a dict", cl.api, "update_node", []any{"n", int64(1), "x"}, "APIClient.update_node(): argument 'node_spec' must be dict {Role, Availability, Labels, Name}, not str"},
		{"secret data", cl.api, "create_secret", []any{"n", int64(1)}, "APIClient.create_secret(): argument 'data' must be str or bytes, not int"},
		{"service logs of no stream", cl.api, "service_logs", []any{"svc", map[string]any{"is_tty": false}}, "choose stdout, stderr or both"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := modelCallErr(t, c, tc.obj, tc.meth, tc.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestSwarmJoinModels joins a second private daemon to the swarm of a
// first one over 127.0.0.1 through client.swarm, then removes it.
func TestSwarmJoinModels(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), swarmTestTimeout)
	defer cancel()
	clients, addrs := privateSwarms(t, ctx, 2)
	manager, worker, mAddrs, wAddrs := clients[0], clients[1], addrs[0], addrs[1]
	c := &Call{Ctx: ctx}

	msw := modelProp(t, c, manager, "swarm").(*Swarm)
	modelCall(t, c, msw, "init", mAddrs.AdvertiseAddr, map[string]any{"listen_addr": mAddrs.ListenAddr,
		"default_addr_pool": stringsAny(mAddrs.DefaultAddrPool), "data_path_port": int64(mAddrs.DataPathPort)})
	token := dig(modelProp(t, c, msw, "attrs"), "JoinTokens", "Worker")
	wsw := modelProp(t, c, worker, "swarm").(*Swarm)
	_, err := modelCallErr(t, c, wsw, "join", []any{mAddrs.ListenAddr}, "SWMTKN-1-bad", wAddrs.ListenAddr, wAddrs.AdvertiseAddr)
	require.Error(t, err, "a malformed token is refused")
	assert.Equal(t, true, modelCall(t, c, wsw, "join", map[string]any{"remote_addrs": []any{mAddrs.ListenAddr}, "join_token": token,
		"listen_addr": wAddrs.ListenAddr, "advertise_addr": wAddrs.AdvertiseAddr}))
	assert.Nil(t, modelProp(t, c, modelProp(t, c, worker, "swarm").(Object), "id"), "a worker does not manage the swarm")

	nodes := modelProp(t, c, manager, "nodes").(Object)
	var node *Node
	waitFor(t, ctx, "the worker is ready", func() error {
		list := modelCall(t, c, nodes, "list", map[string]any{"filters": map[string]any{"role": "worker"}}).([]any)
		if len(list) != 1 {
			return fmt.Errorf("%d workers", len(list))
		}
		node = list[0].(*Node)
		if s := dig(modelProp(t, c, node, "attrs"), "Status", "State"); s != "ready" {
			return fmt.Errorf("state %v", s)
		}
		return nil
	})
	assert.Len(t, modelCall(t, c, nodes, "list"), 2)

	assert.Equal(t, true, modelCall(t, c, wsw, "leave"))
	waitFor(t, ctx, "the worker is down", func() error {
		modelCall(t, c, node, "reload")
		if s := dig(modelProp(t, c, node, "attrs"), "Status", "State"); s != "down" {
			return fmt.Errorf("state %v", s)
		}
		return nil
	})
	assert.Equal(t, true, modelCall(t, c, node, "remove"))
	assert.Len(t, modelCall(t, c, manager.api, "nodes"), 1)
}
