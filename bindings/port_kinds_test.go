package bindings

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPortMap(t *testing.T) {
	tests := []struct {
		name     string
		in       any
		bindings string // JSON of the bindings; "null" for the list form
		exposed  string
	}{
		{"int", map[string]any{"2222/tcp": int64(3333)}, `{"2222/tcp":[{"HostIp":"","HostPort":"3333"}]}`, `{"2222/tcp":{}}`},
		{"int key", map[string]any{"80": "8080"}, `{"80/tcp":[{"HostIp":"","HostPort":"8080"}]}`, `{"80/tcp":{}}`},
		{"udp", map[string]any{"53/udp": int64(5353)}, `{"53/udp":[{"HostIp":"","HostPort":"5353"}]}`, `{"53/udp":{}}`},
		{"random nil", map[string]any{"80": nil}, `{"80/tcp":[{"HostIp":"","HostPort":""}]}`, `{"80/tcp":{}}`},
		{"random false", map[string]any{"80": false}, `{"80/tcp":[{"HostIp":"","HostPort":""}]}`, `{"80/tcp":{}}`},
		{"random zero", map[string]any{"80": int64(0)}, `{"80/tcp":[{"HostIp":"","HostPort":""}]}`, `{"80/tcp":{}}`},
		{"ip and port", map[string]any{"1111/tcp": []any{"127.0.0.1", int64(1111)}}, `{"1111/tcp":[{"HostIp":"127.0.0.1","HostPort":"1111"}]}`, `{"1111/tcp":{}}`},
		{"ip and random", map[string]any{"80": []any{"127.0.0.1", false}}, `{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":""}]}`, `{"80/tcp":{}}`},
		{"ip only", map[string]any{"80": []any{"::1"}}, `{"80/tcp":[{"HostIp":"::1","HostPort":""}]}`, `{"80/tcp":{}}`},
		{"list of ports", map[string]any{"1111/tcp": []any{int64(1234), int64(4567)}}, `{"1111/tcp":[{"HostIp":"","HostPort":"1234"},{"HostIp":"","HostPort":"4567"}]}`, `{"1111/tcp":{}}`},
		{"list of port strings", map[string]any{"80": []any{"8080", "8081"}}, `{"80/tcp":[{"HostIp":"","HostPort":"8080"},{"HostIp":"","HostPort":"8081"}]}`, `{"80/tcp":{}}`},
		{"list of pairs", map[string]any{"80": []any{[]any{"127.0.0.1", int64(1)}, []any{"::1", int64(2)}}}, `{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"1"},{"HostIp":"::1","HostPort":"2"}]}`, `{"80/tcp":{}}`},
		{"dict binding", map[string]any{"80": map[string]any{"HostIp": "0.0.0.0", "HostPort": int64(80)}}, `{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"80"}]}`, `{"80/tcp":{}}`},
		{"range", map[string]any{"8000-8001/tcp": "9000-9001"}, `{"8000-8001/tcp":[{"HostIp":"","HostPort":"9000-9001"}]}`, `{"8000-8001/tcp":{}}`},
		{"expose list", []any{int64(80), "53/udp", []any{int64(9000), "udp"}}, `null`, `{"53/udp":{},"80/tcp":{},"9000/udp":{}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pm, err := toPortMap(tt.in)
			require.NoError(t, err)
			b, _ := json.Marshal(pm.Bindings)
			assert.JSONEq(t, tt.bindings, string(b))
			e, _ := json.Marshal(pm.Exposed)
			assert.JSONEq(t, tt.exposed, string(e))
		})
	}
}

func TestPortMapErrors(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"bad key", map[string]any{"http": int64(80)}, `key 'http' is not a container port such as 80, "80/tcp" or "53/udp"`},
		{"bad protocol", map[string]any{"80/icmp": int64(80)}, `key '80/icmp' is not a container port such as 80, "80/tcp" or "53/udp"`},
		{"true", map[string]any{"80": true}, `key '80': host port must be int or str, not bool`},
		{"float port", map[string]any{"80": []any{"127.0.0.1", map[string]any{}}}, `key '80': host port must be int or str, not dict`},
		{"nested list", map[string]any{"80": []any{[]any{int64(1), int64(2), int64(3)}}}, `key '80': a list inside a list must be a (host_ip, host_port) pair`},
		{"binding dict key", map[string]any{"80": map[string]any{"Port": int64(1)}}, `key '80': a binding dict takes HostIp and HostPort, not 'Port'`},
		{"wrong type", "80:80", `must be dict or list, not str`},
		{"expose item", []any{true}, `item 1 must be a port (80, "53/udp" or {53, "udp"}), not bool`},
		{"expose value", []any{"http"}, `item 1: value 'http' is not a container port such as 80, "80/tcp" or "53/udp"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := toPortMap(tt.in)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}
