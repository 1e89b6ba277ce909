package bindings

import (
	"fmt"
	"sort"
	"strings"
)

// ExtraHosts is the extra_hosts parameter: a dict {hostname = ip} (sent as
// sorted "hostname:ip") or a list of "hostname:ip" strings.
type ExtraHosts []string

func toExtraHosts(v any) (ExtraHosts, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		m, err := ToStringMap(d)
		if err != nil {
			return nil, err
		}
		out := make(ExtraHosts, 0, len(m))
		for _, k := range sortedKeys(m) {
			out = append(out, k+":"+m[k])
		}
		return out, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, typeError("dict or list of str", v)
	}
	return l, nil
}

// Links is the links parameter: a dict {container = alias} (an alias of
// false or "" links without one), a list of (container, alias) pairs, or
// "container:alias" strings; sent sorted as "container:alias".
type Links []string

func toLinks(v any) (Links, error) {
	type pair struct{ name, alias string }
	var pairs []pair
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		for _, k := range sortedKeys(d) {
			e := d[k]
			alias := ""
			switch x := e.(type) {
			case nil, bool:
				if x == true {
					return nil, fmt.Errorf("key '%s' must be an alias str, not bool", k)
				}
			default:
				s, ok := scalarString(x)
				if !ok {
					return nil, fmt.Errorf("key '%s' must be an alias str, not %s", k, typeName(e))
				}
				alias = s
			}
			pairs = append(pairs, pair{k, alias})
		}
	} else {
		l, err := ToList(v)
		if err != nil {
			return nil, typeError("dict or list", v)
		}
		for i, e := range l {
			switch x := e.(type) {
			case string:
				name, alias, _ := strings.Cut(x, ":")
				pairs = append(pairs, pair{name, alias})
			case []any:
				s, err := ToStrings(x)
				if err != nil || len(s) < 1 || len(s) > 2 {
					return nil, fmt.Errorf("item %d must be a (container, alias) pair", i+1)
				}
				p := pair{name: s[0]}
				if len(s) == 2 {
					p.alias = s[1]
				}
				pairs = append(pairs, p)
			default:
				return nil, fmt.Errorf("item %d must be a (container, alias) pair or str, not %s", i+1, typeName(e))
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].name != pairs[j].name {
			return pairs[i].name < pairs[j].name
		}
		return pairs[i].alias < pairs[j].alias
	})
	out := make(Links, len(pairs))
	for i, p := range pairs {
		out[i] = p.name
		if p.alias != "" {
			out[i] += ":" + p.alias
		}
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// NetworkingConfig is the networking_config parameter: a dict from network
// name to docker.types.EndpointConfig (or a dict of its keywords, or nil)
// as run() takes it, or create_networking_config()'s result
// {EndpointsConfig = {...}} as create_container() takes it. It holds the
// EndpointsConfig dict.
type NetworkingConfig map[string]any

func toNetworkingConfig(v any) (NetworkingConfig, error) {
	d, err := ToDict(v)
	if err != nil {
		return nil, typeError("dict of EndpointConfig", v)
	}
	if ec, ok := d["EndpointsConfig"]; ok && len(d) == 1 {
		if ec == nil {
			return NetworkingConfig{}, nil
		}
		if d, err = ToDict(ec); err != nil {
			return nil, fmt.Errorf("EndpointsConfig %v", err)
		}
	}
	return toEndpoints(d)
}

// toEndpoints converts {network = EndpointConfig|dict|nil}.
func toEndpoints(d map[string]any) (NetworkingConfig, error) {
	out := make(NetworkingConfig, len(d))
	for _, name := range sortedKeys(d) {
		e := d[name]
		switch x := e.(type) {
		case nil:
			out[name] = map[string]any{}
		case *EndpointConfig:
			out[name] = x.JSONValue()
		case map[string]any:
			if daemonForm(x) {
				out[name] = toJSONable(x)
				continue
			}
			ep, err := fromDict(endpointConfigCtor, x)
			if err != nil {
				return nil, fmt.Errorf("key '%s': %s", name, errText(err))
			}
			out[name] = ep.JSONValue()
		default:
			return nil, fmt.Errorf("key '%s' must be an EndpointConfig or dict, not %s", name, typeName(e))
		}
	}
	return out, nil
}
