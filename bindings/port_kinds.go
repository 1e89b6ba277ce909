package bindings

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// PortMap is the ports parameter of run/create: docker-py's dict from a
// container port (80, "80", "53/udp") to its host binding(s), or, as
// api.create_container takes it, a list of container ports to expose
// (80, "53/udp", {53, "udp"}) without binding them.
type PortMap struct {
	Exposed  map[string]any // "80/tcp" -> {}: Config.ExposedPorts
	Bindings map[string]any // "80/tcp" -> [{HostIp, HostPort}]: HostConfig.PortBindings; nil for the list form
}

// PortBindings is create_host_config's port_bindings: the dict form only.
type PortBindings map[string]any

// portKey normalizes a container port: 80 -> "80/tcp", "53/udp" stays.
func portKey(k string) (string, error) {
	port, proto, hasProto := strings.Cut(k, "/")
	if !hasProto {
		proto = "tcp"
	}
	lo, hi, isRange := strings.Cut(port, "-")
	ok := isPortNumber(lo) && (!isRange || isPortNumber(hi))
	if !ok || (proto != "tcp" && proto != "udp" && proto != "sctp") {
		return "", fmt.Errorf("key '%s' is not a container port such as 80, \"80/tcp\" or \"53/udp\"", k)
	}
	return port + "/" + proto, nil
}

func isPortNumber(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 0 && n <= 65535 && !strings.HasPrefix(s, "+")
}

func toPortMap(v any) (PortMap, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		b, err := toPortBindings(d)
		if err != nil {
			return PortMap{}, err
		}
		exposed := make(map[string]any, len(b))
		for k := range b {
			exposed[k] = map[string]any{}
		}
		return PortMap{Exposed: exposed, Bindings: b}, nil
	}
	l, err := ToList(v)
	if err != nil {
		return PortMap{}, typeError("dict or list", v)
	}
	exposed := make(map[string]any, len(l))
	for i, e := range l {
		spec, ok := scalarString(e)
		if pair, isList := e.([]any); isList && len(pair) == 2 {
			// (port, protocol), as docker-py's create_container takes it
			p, ok1 := scalarString(pair[0])
			proto, ok2 := pair[1].(string)
			spec, ok = p+"/"+proto, ok1 && ok2
		}
		if _, isBool := e.(bool); isBool {
			ok = false
		}
		if !ok {
			return PortMap{}, fmt.Errorf("item %d must be a port (80, \"53/udp\" or {53, \"udp\"}), not %s", i+1, typeName(e))
		}
		k, err := portKey(spec)
		if err != nil {
			return PortMap{}, fmt.Errorf("item %d: %v", i+1, strings.Replace(err.Error(), "key", "value", 1))
		}
		exposed[k] = map[string]any{}
	}
	return PortMap{Exposed: exposed}, nil
}

// toPortBindings converts docker-py's port_bindings dict. Values: a host
// port (int or str), nil/false/0 for a random port, a (host_ip, host_port)
// or (host_ip,) pair, a dict {HostIp=..., HostPort=...}, or a list of any
// of these to bind several host ports.
func toPortBindings(v any) (PortBindings, error) {
	d, err := ToDict(v)
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(PortBindings, len(d))
	for _, k := range keys {
		pk, err := portKey(k)
		if err != nil {
			return nil, err
		}
		b, err := portBindings(d[k], true)
		if err != nil {
			return nil, fmt.Errorf("key '%s': %v", k, err)
		}
		if prev, dup := out[pk].([]any); dup {
			b = append(prev, b...)
		}
		out[pk] = b
	}
	return out, nil
}

func binding(ip string, port any) (map[string]any, error) {
	hp := ""
	switch p := port.(type) {
	case nil:
	case bool:
		if p {
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

// isHostIP tells an address from a port given as a str in an array: a
// tuple (host_ip, host_port) is an array here (SCRIPTING.md §5).
func isHostIP(v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		return "", false
	}
	if _, err := strconv.Atoi(s); err == nil {
		return "", false
	}
	return s, true
}

func portBindings(v any, top bool) ([]any, error) {
	switch x := v.(type) {
	case []any:
		if len(x) >= 1 && len(x) <= 2 {
			if ip, ok := isHostIP(x[0]); ok {
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
		if !top {
			return nil, fmt.Errorf("a list inside a list must be a (host_ip, host_port) pair")
		}
		out := make([]any, 0, len(x))
		for _, e := range x {
			bs, err := portBindings(e, false)
			if err != nil {
				return nil, err
			}
			out = append(out, bs...)
		}
		return out, nil
	case map[string]any:
		for _, k := range sortedKeys(x) {
			if k != "HostIp" && k != "HostPort" {
				return nil, fmt.Errorf("a binding dict takes HostIp and HostPort, not '%s'", k)
			}
		}
		ip, ok := x["HostIp"].(string)
		if !ok && x["HostIp"] != nil {
			return nil, fmt.Errorf("HostIp must be str, not %s", typeName(x["HostIp"]))
		}
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
