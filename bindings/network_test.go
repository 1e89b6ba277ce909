package bindings

import (
	"context"
	"crypto/rand"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// invoke calls a method of any object as a script would.
func callObj(t *testing.T, o Object, name string, args ...any) (any, error) {
	t.Helper()
	m, ok := o.Class().Lookup(name, false).(*Method)
	require.True(t, ok, "%s.%s", o.Class().Name, name)
	return m.Invoke(testCall(t), o, args)
}

func mustCallObj(t *testing.T, o Object, name string, args ...any) any {
	t.Helper()
	v, err := callObj(t, o, name, args...)
	require.NoError(t, err, "%s.%s", o.Class().Name, name)
	return v
}

// prop reads a property of an object as a script would.
func prop(t *testing.T, o Object, name string) any {
	t.Helper()
	p, ok := o.Class().Lookup(name, false).(*Property)
	require.True(t, ok, "%s.%s", o.Class().Name, name)
	v, err := p.Get(testCall(t), o)
	require.NoError(t, err, "%s.%s", o.Class().Name, name)
	return v
}

// errorClass is the exception class of err ("" when it is not one).
func errorClass(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Class.Name
	}
	return ""
}

// testLabels are the test labels as a script passes them.
func testLabels(t *testing.T, extra ...string) map[string]any {
	d := map[string]any{}
	for k, v := range testengine.Labels(t) {
		d[k] = v
	}
	for i := 0; i+1 < len(extra); i += 2 {
		d[extra[i]] = extra[i+1]
	}
	return d
}

// removeNetworkAtEnd removes a network when the test ends (gone is fine).
func removeNetworkAtEnd(t *testing.T, name string) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = testengine.Get().Client.NetworkDelete(ctx, name)
	})
}

// randomSubnet returns a 192.168.x.0/24 prefix ("192.168.x.") for a test
// network, x from 100 to 227.
func randomSubnet() string {
	var b [1]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("192.168.%d.", 100+int(b[0]%128))
}

func TestNetworkLifecycle(t *testing.T) {
	t.Parallel()
	cl := NewClient(testengine.Get().Client)
	name := testengine.Name(t, "net")
	removeNetworkAtEnd(t, name)
	sub := randomSubnet()

	pool, err := callType(t, "IPAMPool", map[string]any{"subnet": sub + "0/24", "gateway": sub + "254",
		"iprange": sub + "0/25", "aux_addresses": map[string]any{"reserved1": sub + "200"}})
	require.NoError(t, err)
	ipam, err := callType(t, "IPAMConfig", map[string]any{"pool_configs": []any{pool}})
	require.NoError(t, err)
	n := mustCallObj(t, cl.networks, "create", name, map[string]any{"driver": "bridge", "ipam": ipam,
		"check_duplicate": true, "labels": testLabels(t, "role", "lifecycle"),
		"options": map[string]any{"com.docker.network.bridge.enable_icc": "true"}}).(*Network)
	assert.Equal(t, name, prop(t, n, "name"))
	assert.Len(t, prop(t, n, "id"), 64)
	assert.Equal(t, n.id[:12], prop(t, n, "short_id"))
	assert.Equal(t, "<Network: "+n.id[:12]+">", NetworkClass.Repr(n))
	attrs := prop(t, n, "attrs").(map[string]any)
	assert.Equal(t, "lifecycle", attrs["Labels"].(map[string]any)["role"])
	assert.Equal(t, "true", attrs["Options"].(map[string]any)["com.docker.network.bridge.enable_icc"])
	cfg := attrs["IPAM"].(map[string]any)["Config"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"Subnet": sub + "0/24", "Gateway": sub + "254", "IPRange": sub + "0/25",
		"AuxiliaryAddresses": map[string]any{"reserved1": sub + "200"}}, cfg)

	// a second network of that name: the daemon refuses with check_duplicate
	_, err = callObj(t, cl.networks, "create", name, map[string]any{"check_duplicate": true, "labels": testLabels(t)})
	assert.Equal(t, "APIError", errorClass(err), "%v", err)

	// connect with an alias and an address of the pool; inspect shows them
	ct := testContainer(t, []string{"sleep", "60"}, nil, false)
	assert.Nil(t, mustCallObj(t, n, "connect", ct, map[string]any{"aliases": []any{"db"}, "ipv4_address": sub + "10"}))
	ctAttrs := mustCall(t, ct, "reload")
	assert.Nil(t, ctAttrs)
	ep := ct.attr("NetworkSettings", "Networks", name).(map[string]any)
	assert.Contains(t, ep["Aliases"], "db")
	assert.Equal(t, sub+"10", ep["IPAddress"])
	assert.Equal(t, map[string]any{"IPv4Address": sub + "10"}, ep["IPAMConfig"])
	_, err = callObj(t, n, "connect", ct)
	assert.Equal(t, "APIError", errorClass(err), "connected twice: %v", err)

	// containers: reload reads the connection
	assert.Empty(t, prop(t, n, "containers"), "attrs are those of create, before the connect")
	mustCallObj(t, n, "reload")
	cs := prop(t, n, "containers").([]any)
	require.Len(t, cs, 1)
	assert.Equal(t, ct.id, cs[0].(*Container).id)

	// get, with the inspect options
	g := mustCallObj(t, cl.networks, "get", name).(*Network)
	assert.Equal(t, n.id, g.id)
	g = mustCallObj(t, cl.networks, "get", n.id[:12], map[string]any{"verbose": true, "scope": "local"}).(*Network)
	assert.Equal(t, name, prop(t, g, "name"))
	_, err = callObj(t, cl.networks, "get", name, map[string]any{"scope": "swarm"})
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)
	_, err = callObj(t, cl.networks, "get", "")
	assert.Equal(t, "NullResource", errorClass(err), "%v", err)

	// list: names, ids, filters; partial models inspect on attrs; greedy
	// inspects at once
	for _, args := range []map[string]any{
		{"names": []any{name}}, {"ids": []any{n.id}}, {"filters": map[string]any{"label": "role=lifecycle", "name": name}},
	} {
		l := mustCallObj(t, cl.networks, "list", args).([]any)
		require.Len(t, l, 1, "%v", args)
		ln := l[0].(*Network)
		assert.Equal(t, name, prop(t, ln, "name"))
		assert.True(t, ln.isPartial())
		assert.Len(t, prop(t, ln, "containers"), 1)
		assert.False(t, ln.isPartial())
	}
	l := mustCallObj(t, cl.networks, "list", map[string]any{"names": []any{name}, "greedy": true}).([]any)
	require.Len(t, l, 1)
	assert.False(t, l[0].(*Network).isPartial())
	assert.Contains(t, l[0].(*Network).attr("Containers"), ct.id)
	assert.Empty(t, mustCallObj(t, cl.networks, "list", []any{testengine.Name(t, "none")}))

	// disconnect (force), remove
	assert.Nil(t, mustCallObj(t, n, "disconnect", ct.id, map[string]any{"force": true}))
	mustCallObj(t, n, "reload")
	assert.Empty(t, prop(t, n, "containers"))
	assert.Nil(t, mustCallObj(t, n, "remove"))
	_, err = callObj(t, cl.networks, "get", name)
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)
	_, err = callObj(t, n, "reload")
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)
}

// TestAPINetworks drives the client.api network operations, each with
// its answer as docker-py returns it.
func TestAPINetworks(t *testing.T) {
	t.Parallel()
	a := &APIClient{eng: testengine.Get().Client}
	name := testengine.Name(t, "apinet")
	removeNetworkAtEnd(t, name)
	pruneKey := testengine.Name(t, "prune")

	res, err := invokeAPI(t, a, "create_network", name, "bridge", map[string]any{"labels": testLabels(t, pruneKey, "")})
	require.NoError(t, err)
	id, _ := res.(map[string]any)["Id"].(string)
	require.Len(t, id, 64)
	assert.Contains(t, res, "Warning")

	info, err := invokeAPI(t, a, "inspect_network", name, false, "local")
	require.NoError(t, err)
	assert.Equal(t, id, info.(map[string]any)["Id"])
	assert.Equal(t, "bridge", info.(map[string]any)["Driver"])

	list, err := invokeAPI(t, a, "networks", []any{name})
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, id, list.([]any)[0].(map[string]any)["Id"])

	// connect and disconnect through the api, the container given by its
	// {Id} dict and the network by ID
	ct := testContainer(t, []string{"sleep", "60"}, nil, false)
	_, err = invokeAPI(t, a, "connect_container_to_network", map[string]any{"Id": ct.id}, id, map[string]any{"aliases": []any{"web", "www"}, "links": map[string]any{}})
	require.NoError(t, err)
	info, err = invokeAPI(t, a, "inspect_container", ct.id)
	require.NoError(t, err)
	aliases := info.(map[string]any)["NetworkSettings"].(map[string]any)["Networks"].(map[string]any)[name].(map[string]any)["Aliases"]
	assert.Subset(t, aliases, []any{"web", "www"})
	_, err = invokeAPI(t, a, "disconnect_container_from_network", ct.id, name)
	require.NoError(t, err)

	// prune removes the unused network that carries the unique label
	pruned, err := invokeAPI(t, a, "prune_networks", map[string]any{"label": pruneKey})
	require.NoError(t, err)
	assert.Equal(t, []any{name}, pruned.(map[string]any)["NetworksDeleted"])
	_, err = invokeAPI(t, a, "remove_network", id)
	assert.Equal(t, "NotFound", errorClass(err), "%v", err)
}

// TestNetworkArgErrors: bad arguments are refused before any request
// (the clients have no engine), naming the method and the argument.
func TestNetworkArgErrors(t *testing.T) {
	a := &APIClient{}
	cl := &Client{api: a}
	cl.networks = &NetworkCollection{client: cl}
	n := &Network{Model{client: cl, id: "abc"}}
	for _, tc := range []struct {
		self   Object
		method string
		args   []any
		msg    string
	}{
		{a, "create_network", nil, "APIClient.create_network(): missing required argument 'name'"},
		{a, "create_network", []any{"n", map[string]any{"options": "x"}}, "APIClient.create_network(): argument 'options' must be dict, not str"},
		{a, "create_network", []any{"n", map[string]any{"ipam": int64(1)}}, "APIClient.create_network(): argument 'ipam' must be IPAMConfig or dict, not int"},
		{a, "create_network", []any{"n", map[string]any{"ipam": map[string]any{"pool_configs": []any{int64(1)}}}}, "APIClient.create_network(): argument 'ipam' pool_configs item 1 must be an IPAMPool or dict, not int"},
		{a, "connect_container_to_network", []any{"c"}, "APIClient.connect_container_to_network(): missing required argument 'net_id'"},
		{a, "inspect_network", []any{""}, "APIClient.inspect_network(): argument 'net_id' must not be an empty str"},
		{a, "networks", []any{"name"}, "APIClient.networks(): argument 'names' must be list of str, not str"},
		{cl.networks, "list", []any{map[string]any{"greedy": "yes"}}, "NetworkCollection.list(): argument 'greedy' must be bool, not str"},
		{n, "connect", nil, "Network.connect(): missing required argument 'container'"},
		{n, "connect", []any{"c", map[string]any{"net_id": "x"}}, "Network.connect(): unexpected keyword argument 'net_id'"},
		{n, "connect", []any{"c", "10.0.0.2", map[string]any{"ipv4_address": "10.0.0.3"}}, "Network.connect(): got multiple values for argument 'ipv4_address'"},
		{n, "disconnect", []any{"c", "yes"}, "Network.disconnect(): argument 'force' must be bool, not str"},
	} {
		m := tc.self.Class().Lookup(tc.method, false).(*Method)
		_, err := m.Invoke(nil, tc.self, tc.args)
		require.EqualError(t, err, tc.msg, tc.method)
		assert.Equal(t, "InvalidArgument", errorClass(err))
	}
	// the model is net_id, the first argument stays the container
	connect := NetworkClass.Lookup("connect", false).(*Method)
	assert.Equal(t, "connect(container, ipv4_address=None, ipv6_address=None, aliases=None, links=None, link_local_ips=None, driver_opt=None, mac_address=None)", connect.Signature())
	disconnect := NetworkClass.Lookup("disconnect", false).(*Method)
	assert.Equal(t, "disconnect(container, force=False)", disconnect.Signature())
}

func TestIPAMTypes(t *testing.T) {
	pool, err := callType(t, "IPAMPool", map[string]any{"subnet": "124.42.0.0/16", "iprange": "124.42.0.0/24",
		"gateway": "124.42.0.254", "aux_addresses": map[string]any{"reserved1": "124.42.1.1"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Subnet":"124.42.0.0/16","IPRange":"124.42.0.0/24","Gateway":"124.42.0.254","AuxiliaryAddresses":{"reserved1":"124.42.1.1"}}`, jsonOf(t, pool))
	empty, err := callType(t, "IPAMPool")
	require.NoError(t, err)
	assert.JSONEq(t, `{"Subnet":null,"IPRange":null,"Gateway":null,"AuxiliaryAddresses":null}`, jsonOf(t, empty))

	cfg, err := callType(t, "IPAMConfig", map[string]any{"pool_configs": []any{pool}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Driver":"default","Config":[`+jsonOf(t, pool)+`]}`, jsonOf(t, cfg))
	cfg, err = callType(t, "IPAMConfig", "dhcp", []any{map[string]any{"subnet": "10.1.0.0/16"}, map[string]any{"Subnet": "10.2.0.0/16"}}, map[string]any{"k": "v"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Driver":"dhcp","Config":[{"Subnet":"10.1.0.0/16","IPRange":null,"Gateway":null,"AuxiliaryAddresses":null},{"Subnet":"10.2.0.0/16"}],"Options":{"k":"v"}}`, jsonOf(t, cfg))
	def, err := callType(t, "IPAMConfig")
	require.NoError(t, err)
	assert.JSONEq(t, `{"Driver":"default","Config":[]}`, jsonOf(t, def))
	assert.Equal(t, "dhcp", prop(t, cfg, "driver"))
	assert.Equal(t, "124.42.0.254", prop(t, pool, "gateway"))

	// ipam given as a dict of IPAMConfig's arguments or in the daemon's form
	for _, v := range []any{
		map[string]any{"pool_configs": []any{map[string]any{"subnet": "10.1.0.0/16"}}},
		map[string]any{"Driver": "default", "Config": []any{map[string]any{"Subnet": "10.1.0.0/16", "IPRange": nil, "Gateway": nil, "AuxiliaryAddresses": nil}}},
	} {
		spec, err := toIPAMSpec(v)
		require.NoError(t, err)
		assert.JSONEq(t, `{"Driver":"default","Config":[{"Subnet":"10.1.0.0/16","IPRange":null,"Gateway":null,"AuxiliaryAddresses":null}]}`, jsonOf(t, map[string]any(spec)))
	}
	_, err = callType(t, "IPAMConfig", map[string]any{"pool_configs": "x"})
	require.EqualError(t, err, "docker.types.IPAMConfig(): pool_configs must be list, not str")
}
