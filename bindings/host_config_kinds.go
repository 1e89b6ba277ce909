package bindings

import (
	"fmt"
	"strings"
)

// LxcConf is the lxc_conf parameter: a dict (sent as [{Key, Value}]) or a
// list already in that form. Current daemons ignore it.
type LxcConf []any

func toLxcConf(v any) (LxcConf, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		m, err := ToStringMap(d)
		if err != nil {
			return nil, err
		}
		out := make(LxcConf, 0, len(m))
		for _, k := range sortedKeys(m) {
			out = append(out, map[string]any{"Key": k, "Value": m[k]})
		}
		return out, nil
	}
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("dict or list", v)
	}
	return toJSONable(l).([]any), nil
}

// NamesOrIDs is a list of names or numeric IDs (group_add), each sent
// as a str as docker-py does.
type NamesOrIDs []string

func toNamesOrIDs(v any) (NamesOrIDs, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of str or int", v)
	}
	out := make(NamesOrIDs, len(l))
	for i, e := range l {
		switch e.(type) {
		case string, int64, uint64, int:
			out[i], _ = scalarString(e)
		default:
			return nil, fmt.Errorf("must be a list of str or int, but item %d is %s", i+1, typeName(e))
		}
	}
	return out, nil
}

// CommaList is a list of str, or a str of comma-separated items
// (volumes_from).
type CommaList []string

// configKinds registers the parameter kinds of the container configuration;
// it runs during variable initialization, before methods are declared.
var _ = registerConfigKinds()

func registerConfigKinds() bool {
	registerOptional("int|str", func(v any) (ByteSize, error) { n, err := toByteSize(v); return ByteSize(n), err })
	registerOptional("int|str", func(v any) (Nanos, error) { n, err := toNanos(v); return Nanos(n), err })
	registerOptionalDict("dict|list", toPortMap)
	RegisterKind("list of str|int", false, toNamesOrIDs)
	RegisterKind("dict", true, toPortBindings)
	registerOptionalDict("dict|list", toVolumes)
	RegisterKind("list", false, toMounts)
	RegisterKind("dict", true, toDriverConfig)
	RegisterKind("dict|list", true, toTmpfs)
	RegisterKind("list", false, toDevices)
	RegisterKind("list", false, toDeviceRequests)
	RegisterKind("list", false, func(v any) (WeightDevices, error) { return toDeviceLimits(v, "Weight") })
	RegisterKind("list", false, func(v any) (RateDevices, error) { return toDeviceLimits(v, "Rate") })
	RegisterKind("dict|Healthcheck", true, toHealthcheck)
	RegisterKind("str|list", false, toHealthTest)
	RegisterKind("dict|RestartPolicy", true, toRestartPolicy)
	RegisterKind("dict|LogConfig", true, toLogConfig)
	RegisterKind("list", false, toUlimits)
	RegisterKind("dict|list", true, toExtraHosts)
	RegisterKind("dict|list", true, toLinks)
	RegisterKind("dict", true, toNetworkingConfig)
	RegisterKind("dict|list", true, toLxcConf)
	RegisterKind("str|list", false, func(v any) (CommaList, error) {
		if s, ok := v.(string); ok {
			return strings.Split(s, ","), nil
		}
		l, err := ToStrings(v)
		if err != nil {
			return nil, typeError("str or list", v)
		}
		return l, nil
	})
	return true
}

// registerOptionalDict registers *T for a T that accepts dicts: nil means
// not given.
func registerOptionalDict[T any](name string, conv func(v any) (T, error)) {
	RegisterKind(name, true, func(v any) (*T, error) {
		x, err := conv(v)
		if err != nil {
			return nil, err
		}
		return &x, nil
	})
}
