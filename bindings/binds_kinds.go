package bindings

import (
	"fmt"
	"sort"
	"strings"
)

// Volumes is run/create's volumes parameter (create_host_config's binds):
// a dict {"/host" = {bind = "/ctr", mode = "ro"}} (or {bind=..., ro=true},
// or just the container path, read-write), or a list of "src:dst[:mode]"
// strings, as docker-py's convert_volume_binds takes it.
type Volumes struct {
	Binds   []string // HostConfig.Binds
	Targets []string // the container paths: Config.Volumes
}

func toVolumes(v any) (Volumes, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var out Volumes
		for _, k := range keys {
			bind, mode, err := volumeSpec(d[k])
			if err != nil {
				return Volumes{}, fmt.Errorf("key '%s': %v", k, err)
			}
			out.Binds = append(out.Binds, k+":"+bind+":"+mode)
			out.Targets = append(out.Targets, bind)
		}
		return out, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return Volumes{}, typeError("dict or list of str", v)
	}
	out := Volumes{Binds: l}
	for _, b := range l {
		out.Targets = append(out.Targets, volumeTarget(b))
	}
	return out, nil
}

// volumeSpec reads one value of the dict form.
func volumeSpec(v any) (bind, mode string, err error) {
	if s, ok := v.(string); ok {
		return s, "rw", nil
	}
	d, ok := v.(map[string]any)
	if !ok {
		return "", "", typeError("str or dict {bind, mode}", v)
	}
	for _, k := range sortedKeys(d) {
		if k != "bind" && k != "mode" && k != "ro" {
			return "", "", fmt.Errorf("unknown key '%s' (bind, mode or ro)", k)
		}
	}
	if _, hasRO := d["ro"]; hasRO {
		if _, hasMode := d["mode"]; hasMode {
			return "", "", fmt.Errorf("a binding cannot contain both \"ro\" and \"mode\"")
		}
	}
	bind, ok = d["bind"].(string)
	if !ok {
		return "", "", fmt.Errorf("'bind' must be the path inside the container (str), not %s", typeName(d["bind"]))
	}
	mode = "rw"
	if ro, given := d["ro"]; given {
		b, ok := ro.(bool)
		if !ok {
			return "", "", fmt.Errorf("'ro' must be bool, not %s", typeName(ro))
		}
		if b {
			mode = "ro"
		}
	} else if m, given := d["mode"]; given {
		if mode, ok = m.(string); !ok {
			return "", "", fmt.Errorf("'mode' must be str, not %s", typeName(m))
		}
	}
	return bind, mode, nil
}

// volumeTarget is the container path of a "src:dst[:mode]" bind (docker-py's
// _host_volume_from_bind): "/data" alone is its own target.
func volumeTarget(bind string) string {
	parts := strings.SplitN(bind, ":", 3)
	if len(parts) == 1 || parts[1] == "ro" || parts[1] == "rw" {
		return parts[0]
	}
	return parts[1]
}

// DriverConfig is a volume driver configuration {Name, Options} (also
// {name, options}): docker.types.DriverConfig's JSON form.
type DriverConfig map[string]any

func toDriverConfig(v any) (DriverConfig, error) {
	if o, ok := v.(dictObject); ok {
		v = o.JSONValue()
	}
	d, err := ToDict(v)
	if err != nil {
		return nil, typeError("dict {Name, Options}", v)
	}
	out := DriverConfig{}
	for _, k := range sortedKeys(d) {
		e := d[k]
		switch k {
		case "Name", "name":
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("key 'Name' must be str, not %s", typeName(e))
			}
			out["Name"] = s
		case "Options", "options":
			m, err := ToStringMap(e)
			if err != nil {
				return nil, fmt.Errorf("key 'Options' %v", err)
			}
			out["Options"] = stringMapAny(m)
		default:
			return nil, fmt.Errorf("unknown key '%s' (Name or Options)", k)
		}
	}
	return out, nil
}

// Mounts is the mounts parameter: a list of docker.types.Mount, of dicts
// (docker-py's Mount keywords, or the daemon's Mount JSON), or of
// "source:target[:ro]" strings.
type Mounts []any

func toMounts(v any) (Mounts, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of Mount", v)
	}
	out := make(Mounts, 0, len(l))
	for i, e := range l {
		var m any
		switch x := e.(type) {
		case *Mount:
			m = x.JSONValue()
		case string:
			mt, err := parseMountString(x)
			if err != nil {
				return nil, fmt.Errorf("item %d: %v", i+1, err)
			}
			m = mt.JSONValue()
		case map[string]any:
			if daemonForm(x) {
				m = toJSONable(x)
				break
			}
			mt, err := fromDict(mountCtor, x)
			if err != nil {
				return nil, fmt.Errorf("item %d: %s", i+1, errText(err))
			}
			m = mt.JSONValue()
		default:
			return nil, fmt.Errorf("item %d must be a Mount, dict or str, not %s", i+1, typeName(e))
		}
		out = append(out, m)
	}
	return out, nil
}

// daemonForm tells a dict already in the daemon's JSON form (keys such as
// Target, Source, Type) from one with docker-py's keywords.
func daemonForm(d map[string]any) bool {
	for k := range d {
		if k == "" || k[0] < 'A' || k[0] > 'Z' {
			return false
		}
	}
	return len(d) > 0
}

// Tmpfs is the tmpfs parameter: a dict {"/path" = "size=64m"} or a list of
// "/path[:options]" strings (docker-py's convert_tmpfs_mounts).
type Tmpfs map[string]string

func toTmpfs(v any) (Tmpfs, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		out := make(Tmpfs, len(d))
		for _, k := range sortedKeys(d) {
			e := d[k]
			switch x := e.(type) {
			case nil:
				out[k] = ""
			case bool:
				if x {
					return nil, fmt.Errorf("key '%s' must be an options str, not bool", k)
				}
				out[k] = ""
			case string:
				out[k] = x
			default:
				return nil, fmt.Errorf("key '%s' must be an options str such as \"size=64m\", not %s", k, typeName(e))
			}
		}
		return out, nil
	}
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("dict or list", v)
	}
	out := make(Tmpfs, len(l))
	for i, e := range l {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("item %d must be a str \"/path[:options]\", not %s", i+1, typeName(e))
		}
		path, opts, _ := strings.Cut(s, ":")
		out[path] = opts
	}
	return out, nil
}
