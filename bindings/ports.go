package bindings

import (
	"fmt"
	"sort"
	"strings"
)

// portKey normalizes a port spec: 80 -> "80/tcp", "53/udp" stays.
func portKey(k string) string {
	if strings.Contains(k, "/") {
		return k
	}
	return k + "/tcp"
}

// convertPorts turns docker-py's ports dict into ExposedPorts and
// HostConfig.PortBindings. Values: a host port (int or str), nil/false/0
// for a random port, a (host_ip, host_port) or (host_ip,) pair, a dict
// {HostIp=..., HostPort=...}, or a list of host ports.
func convertPorts(method string, ports map[string]any) (exposed map[string]any, bindings map[string]any, err error) {
	exposed, bindings = map[string]any{}, map[string]any{}
	keys := make([]string, 0, len(ports))
	for k := range ports {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pk := portKey(k)
		exposed[pk] = map[string]any{}
		b, err := portBindings(ports[k])
		if err != nil {
			return nil, nil, ArgError(method, "argument 'ports' key '%s': %v", k, err)
		}
		bindings[pk] = b
	}
	return exposed, bindings, nil
}

func binding(ip string, port any) (map[string]any, error) {
	hp := ""
	switch p := port.(type) {
	case nil, bool:
		if p == true {
			return nil, fmt.Errorf("host port must be int or str, not bool")
		}
	default:
		s, ok := scalarString(p)
		if !ok {
			return nil, fmt.Errorf("host port must be int or str, not %s", typeName(p))
		}
		if s != "0" {
			hp = s
		}
	}
	return map[string]any{"HostIp": ip, "HostPort": hp}, nil
}

func portBindings(v any) ([]any, error) {
	switch x := v.(type) {
	case []any:
		if len(x) >= 1 && len(x) <= 2 {
			if ip, ok := x[0].(string); ok {
				var port any
				if len(x) == 2 {
					port = x[1]
				}
				b, err := binding(ip, port)
				if err != nil {
					return nil, err
				}
				return []any{b}, nil
			}
		}
		out := make([]any, 0, len(x))
		for _, e := range x {
			bs, err := portBindings(e)
			if err != nil {
				return nil, err
			}
			out = append(out, bs...)
		}
		return out, nil
	case map[string]any:
		ip, _ := x["HostIp"].(string)
		b, err := binding(ip, x["HostPort"])
		if err != nil {
			return nil, err
		}
		return []any{b}, nil
	default:
		b, err := binding("", x)
		if err != nil {
			return nil, err
		}
		return []any{b}, nil
	}
}
