package bindings

import (
	"fmt"
	"strings"
)

// Devices is the devices parameter: a list of "host[:container[:perms]]"
// strings (docker-py's parse_devices; the container path defaults to the
// host path, the permissions to rwm) or of daemon dicts {PathOnHost,
// PathInContainer, CgroupPermissions}.
type Devices []any

func toDevices(v any) (Devices, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of str", v)
	}
	out := make(Devices, 0, len(l))
	for i, e := range l {
		switch x := e.(type) {
		case map[string]any:
			out = append(out, toJSONable(x))
		case string:
			parts := strings.Split(x, ":")
			if x == "" || len(parts) > 3 {
				return nil, fmt.Errorf("item %d: %q is not a device such as \"/dev/sda:/dev/xvda:rwm\"", i+1, x)
			}
			host, ctr, perms := parts[0], parts[0], "rwm"
			if len(parts) > 1 {
				ctr = parts[1]
			}
			if len(parts) > 2 {
				perms = parts[2]
				if perms == "" || strings.Trim(perms, "rwm") != "" {
					return nil, fmt.Errorf("item %d: device permissions %q must be made of r, w and m", i+1, perms)
				}
			}
			out = append(out, map[string]any{"PathOnHost": host, "PathInContainer": ctr, "CgroupPermissions": perms})
		default:
			return nil, fmt.Errorf("item %d must be a str or dict, not %s", i+1, typeName(e))
		}
	}
	return out, nil
}

// DeviceRequests is the device_requests parameter: a list of
// docker.types.DeviceRequest or dicts with the same keywords.
type DeviceRequests []any

func toDeviceRequests(v any) (DeviceRequests, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of DeviceRequest", v)
	}
	out := make(DeviceRequests, 0, len(l))
	for i, e := range l {
		switch x := e.(type) {
		case *DeviceRequest:
			out = append(out, x.JSONValue())
		case map[string]any:
			r, err := fromDict(deviceRequestCtor, x)
			if err != nil {
				return nil, fmt.Errorf("item %d: %s", i+1, errText(err))
			}
			out = append(out, r.JSONValue())
		default:
			return nil, fmt.Errorf("item %d must be a DeviceRequest or dict, not %s", i+1, typeName(e))
		}
	}
	return out, nil
}

// WeightDevices is blkio_weight_device: a list of {Path, Weight}.
type WeightDevices []any

// RateDevices is device_read_bps and the like: a list of {Path, Rate}
// (bps rates also take sizes such as "1m").
type RateDevices []any

func toDeviceLimits(v any, field string) ([]any, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError(fmt.Sprintf("list of {Path, %s}", field), v)
	}
	out := make([]any, 0, len(l))
	for i, e := range l {
		d, ok := e.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("item %d must be a dict {Path, %s}, not %s", i+1, field, typeName(e))
		}
		item := map[string]any{}
		for _, k := range sortedKeys(d) {
			x := d[k]
			switch strings.ToLower(k) {
			case "path":
				s, ok := x.(string)
				if !ok {
					return nil, fmt.Errorf("item %d: Path must be str, not %s", i+1, typeName(x))
				}
				item["Path"] = s
			case strings.ToLower(field):
				var n int64
				var err error
				if field == "Rate" {
					n, err = toByteSize(x)
				} else {
					n, err = ToInt(x)
				}
				if err != nil {
					return nil, fmt.Errorf("item %d: %s %v", i+1, field, err)
				}
				item[field] = n
			default:
				return nil, fmt.Errorf("item %d: unknown key '%s' (Path or %s)", i+1, k, field)
			}
		}
		if _, ok := item["Path"]; !ok {
			return nil, fmt.Errorf("item %d needs a Path", i+1)
		}
		out = append(out, item)
	}
	return out, nil
}
