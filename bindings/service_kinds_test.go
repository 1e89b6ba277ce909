package bindings

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServiceSpecKinds checks the shapes the service and swarm spec
// parameters take, as docker-py does (a docker.types value, a dict in the
// daemon's form, a dict of the type's keywords, lists of constraints or
// names), and that other values are refused naming the parameter.
func TestServiceSpecKinds(t *testing.T) {
	types := func(name string, args ...any) any {
		t.Helper()
		o, err := TypesModuleClass.Lookup(name, false).(*Method).Invoke(&Call{}, Types, args)
		require.NoError(t, err)
		return o
	}
	tests := []struct {
		name string
		typ  string
		args []any
		want string // the JSON form, or the error message when err
		err  bool
	}{
		{"container spec as a keyword dict", "TaskTemplate", []any{map[string]any{"image": "busybox", "command": "sleep 1"}},
			`{"ContainerSpec":{"Args":null,"Command":["sleep","1"],"Image":"busybox"}}`, false},
		{"container spec in the daemon's form", "TaskTemplate", []any{map[string]any{"Image": "busybox", "Env": []any{"A=1"}}},
			`{"ContainerSpec":{"Env":["A=1"],"Image":"busybox"}}`, false},
		{"container spec as the type", "TaskTemplate", []any{types("ContainerSpec", "busybox", map[string]any{"tty": true})},
			`{"ContainerSpec":{"Args":null,"Command":null,"Image":"busybox","TTY":true}}`, false},
		{"container spec of unknown keywords", "TaskTemplate", []any{map[string]any{"image": "busybox", "nope": int64(1)}},
			"docker.types.TaskTemplate(): argument 'container_spec' is not a valid ContainerSpec: unexpected keyword argument 'nope'", true},
		{"container spec of another type", "TaskTemplate", []any{types("Resources")},
			"docker.types.TaskTemplate(): argument 'container_spec' must be ContainerSpec or dict, not Resources", true},
		{"placement as constraints", "TaskTemplate", []any{map[string]any{"Image": "x"}, nil, nil, []any{"node.role==worker"}},
			`{"ContainerSpec":{"Image":"x"},"Placement":{"Constraints":["node.role==worker"]}}`, false},
		{"placement constraints of ints", "TaskTemplate", []any{map[string]any{"Image": "x"}, nil, nil, []any{int64(1)}},
			"argument 'placement' as a list of constraints must be a list of str, but item 1 is int", true},
		{"networks as names, types and dicts", "TaskTemplate", []any{map[string]any{"Image": "x"}, map[string]any{"networks": []any{"n1",
			types("NetworkAttachmentConfig", "n2"), map[string]any{"target": "n3", "aliases": []any{"a"}}}}},
			`{"ContainerSpec":{"Image":"x"},"Networks":[{"Target":"n1"},{"Aliases":null,"DriverOpts":null,"Target":"n2"},{"Aliases":["a"],"DriverOpts":null,"Target":"n3"}]}`, false},
		{"networks of ints", "TaskTemplate", []any{map[string]any{"Image": "x"}, map[string]any{"networks": []any{int64(1)}}},
			"argument 'networks' item 1 must be NetworkAttachmentConfig or dict, not int (or a network name)", true},
		{"force_update fraction", "TaskTemplate", []any{map[string]any{"Image": "x"}, map[string]any{"force_update": 1.5}},
			"argument 'force_update' must be int, not float 1.5", true},
		{"env dict", "ContainerSpec", []any{"busybox", map[string]any{"env": map[string]any{"B": "2", "A": int64(1)}}},
			`{"Args":null,"Command":null,"Env":["A=1","B=2"],"Image":"busybox"}`, false},
		{"secrets of types and dicts", "ContainerSpec", []any{"busybox", map[string]any{"secrets": []any{types("SecretReference", "sid", "s"),
			map[string]any{"SecretID": "sid2", "SecretName": "s2"}}}},
			`{"Args":null,"Command":null,"Image":"busybox","Secrets":[{"File":{"GID":"0","Mode":292,"Name":"s","UID":"0"},"SecretID":"sid","SecretName":"s"},{"SecretID":"sid2","SecretName":"s2"}]}`, false},
		{"secrets of names", "ContainerSpec", []any{"busybox", map[string]any{"secrets": []any{"pw"}}},
			"argument 'secrets' item 1 must be SecretReference or dict, not str", true},
		{"hosts as a list", "ContainerSpec", []any{"busybox", map[string]any{"hosts": []any{"10.0.0.1 db"}}},
			`{"Args":null,"Command":null,"Hosts":["10.0.0.1 db"],"Image":"busybox"}`, false},
		{"hosts of a number", "ContainerSpec", []any{"busybox", map[string]any{"hosts": map[string]any{"db": int64(1)}}},
			"argument 'hosts' the address of 'db' must be str, not int", true},
		{"tty as a str", "ContainerSpec", []any{"busybox", map[string]any{"tty": "yes"}},
			"docker.types.ContainerSpec(): argument 'tty' must be bool, not str", true},
		{"generic resources", "Resources", []any{map[string]any{"generic_resources": map[string]any{"gpu": int64(2), "ssd": "fast"}}},
			`{"Reservations":{"GenericResources":[{"DiscreteResourceSpec":{"Kind":"gpu","Value":2}},{"NamedResourceSpec":{"Kind":"ssd","Value":"fast"}}]}}`, false},
		{"generic resources of a float", "Resources", []any{map[string]any{"generic_resources": map[string]any{"gpu": 1.5}}},
			"argument 'generic_resources' key 'gpu' must be an int (discrete) or a str (named), not float", true},
		{"mem_limit NaN", "Resources", []any{map[string]any{"mem_limit": math.NaN()}},
			"argument 'mem_limit' must be a size, not NaN", true},
		{"memory with units", "Resources", []any{map[string]any{"mem_limit": "1g", "mem_reservation": int64(512 << 20)}},
			`{"Limits":{"MemoryBytes":1073741824},"Reservations":{"MemoryBytes":536870912}}`, false},
		{"memory of a bad unit", "Resources", []any{map[string]any{"mem_limit": "1 lot"}},
			"argument 'mem_limit' must be a size such as 512m or 1g", true},
		{"max_failure_ratio NaN", "UpdateConfig", []any{map[string]any{"max_failure_ratio": math.NaN()}},
			"max_failure_ratio must be a number between 0 and 1, not NaN", true},
		{"ports dict", "EndpointSpec", []any{map[string]any{"ports": map[string]any{"8080": []any{int64(80), "udp"}}}},
			`{"Ports":[{"Protocol":"udp","PublishedPort":8080,"TargetPort":80}]}`, false},
		{"ports of a bad target", "EndpointSpec", []any{map[string]any{"ports": map[string]any{"8080": "eighty"}}},
			"argument 'ports' port 8080: the target port must be an int from 0 to 65535, not eighty", true},
		{"preferences as pairs and dicts", "Placement", []any{map[string]any{"preferences": []any{Tuple{"spread", "node.labels.a"},
			map[string]any{"Spread": map[string]any{"SpreadDescriptor": "node.labels.b"}}}}},
			`{"Preferences":[{"Spread":{"SpreadDescriptor":"node.labels.a"}},{"Spread":{"SpreadDescriptor":"node.labels.b"}}]}`, false},
		{"platforms of non-pairs", "Placement", []any{map[string]any{"platforms": []any{"linux"}}},
			"argument 'platforms' item 1 must be an (architecture, os) pair, not str", true},
		{"swarm spec external CAs as dicts", "SwarmSpec", []any{"1.41", map[string]any{"external_cas": []any{map[string]any{"url": "https://ca"}}}},
			`{"CAConfig":{"ExternalCAs":[{"CACert":null,"Options":null,"Protocol":null,"URL":"https://ca"}]}}`, false},
		{"swarm spec labels of a list", "SwarmSpec", []any{"1.41", map[string]any{"labels": []any{int64(1)}}},
			"docker.types.SwarmSpec(): argument 'labels' must be dict, not list", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := TypesModuleClass.Lookup(tc.typ, false).(*Method).Invoke(&Call{}, Types, tc.args)
			if tc.err {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.want)
				assert.Contains(t, err.Error(), "docker.types."+tc.typ+"()")
				return
			}
			require.NoError(t, err)
			b, err := json.Marshal(o.(dictObject).JSONValue())
			require.NoError(t, err)
			assert.JSONEq(t, tc.want, string(b))
		})
	}
}

// TestServiceModeAndNodeSpecKinds checks the mode parameter (a
// ServiceMode, a mode name, a dict in the daemon's form or of ServiceMode's
// keywords) and the node spec's fields.
func TestServiceModeAndNodeSpecKinds(t *testing.T) {
	modes := []struct {
		in   any
		want string
		err  string
	}{
		{"global", `{"global":{}}`, ""},
		{map[string]any{"replicated": map[string]any{"Replicas": int64(2)}}, `{"replicated":{"Replicas":2}}`, ""},
		{map[string]any{"mode": "replicated", "replicas": int64(3)}, `{"replicated":{"Replicas":3}}`, ""},
		{map[string]any{"ReplicatedJob": map[string]any{}}, `{"ReplicatedJob":{}}`, ""},
		{map[string]any{"a": "b"}, "", "has the key 'a', not a mode"},
		{map[string]any{"global": "b"}, "", "key 'global' must be a dict, not str"},
		{"sometimes", "", `mode must be either "replicated"`},
		{int64(1), "", "must be ServiceMode, mode name or dict, not int"},
	}
	for _, tc := range modes {
		got, err := toServiceModeSpec(tc.in)
		if tc.err != "" {
			require.Error(t, err, "%v", tc.in)
			assert.Contains(t, err.Error(), tc.err)
			continue
		}
		require.NoError(t, err, "%v", tc.in)
		assert.JSONEq(t, tc.want, string(mustJSON(t, map[string]any(got))))
	}
	specs := []struct {
		in   any
		want string
		err  string
	}{
		{map[string]any{"Role": "manager", "Availability": "drain", "Labels": map[string]any{"a": "b"}, "Name": "n"},
			`{"Availability":"drain","Labels":{"a":"b"},"Name":"n","Role":"manager"}`, ""},
		{map[string]any{}, `{}`, ""},
		{[]any{}, `{}`, ""},
		{map[string]any{"Role": "boss"}, "", `key 'Role' must be worker or manager, not "boss"`},
		{map[string]any{"Labels": map[string]any{"a": map[string]any{}}}, "", "key 'Labels' must be a dict of str"},
		{map[string]any{"role": "worker", "availability": "pause"}, `{"Availability":"pause","Role":"worker"}`, ""},
		{map[string]any{"role": "worker", "Role": "manager"}, "", "has the key 'Role' twice"},
		{map[string]any{"zone": "a"}, "", "has the key 'zone', not one of Availability, Labels, Name, Role"},
		{"x", "", "must be dict {Role, Availability, Labels, Name}, not str"},
	}
	for _, tc := range specs {
		got, err := toNodeSpec(tc.in)
		if tc.err != "" {
			require.Error(t, err, "%v", tc.in)
			assert.Contains(t, err.Error(), tc.err)
			continue
		}
		require.NoError(t, err, "%v", tc.in)
		assert.JSONEq(t, tc.want, string(mustJSON(t, map[string]any(got))))
	}
}
