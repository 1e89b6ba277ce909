package bindings

import "fmt"

// HealthTest is a healthcheck's test: a list ({} inherits the image's,
// {"NONE"} disables, {"CMD", ...} or {"CMD-SHELL", cmd}), or a str, run by
// the shell as {"CMD-SHELL", str}.
type HealthTest []string

func toHealthTest(v any) (HealthTest, error) {
	if s, ok := v.(string); ok {
		return HealthTest{"CMD-SHELL", s}, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, typeError("str or list of str", v)
	}
	return l, nil
}

// HealthcheckSpec is the healthcheck parameter: a docker.types.Healthcheck
// or a dict with its keywords (test, interval, timeout, retries,
// start_period; durations in nanoseconds) or the daemon's keys (Test,
// Interval, ...). A str test runs in the shell: {"CMD-SHELL", test}.
type HealthcheckSpec map[string]any

func toHealthcheck(v any) (HealthcheckSpec, error) {
	switch x := v.(type) {
	case *Healthcheck:
		return x.JSONValue().(map[string]any), nil
	case map[string]any:
		h, err := fromDict(healthcheckCtor, x)
		if err != nil {
			return nil, fmt.Errorf("%s", errText(err))
		}
		return h.JSONValue().(map[string]any), nil
	}
	return nil, typeError("Healthcheck or dict", v)
}

// RestartPolicySpec is the restart_policy parameter: a dict {Name =
// "on-failure", MaximumRetryCount = 5} (or {name, maximum_retry_count}),
// or a docker.types.RestartPolicy, whose condition any becomes always, none
// becomes no and max_attempts the retry count.
type RestartPolicySpec map[string]any

var restartNames = map[string]bool{"": true, "no": true, "always": true, "unless-stopped": true, "on-failure": true}

func toRestartPolicy(v any) (RestartPolicySpec, error) {
	switch x := v.(type) {
	case *RestartPolicy:
		d := x.dict()
		name := map[string]string{"any": "always", "on-failure": "on-failure", "none": "no"}[d["Condition"].(string)]
		out := RestartPolicySpec{"Name": name}
		if name == "on-failure" {
			out["MaximumRetryCount"] = d["MaxAttempts"]
		}
		return out, nil
	case map[string]any:
		out := RestartPolicySpec{}
		for _, k := range sortedKeys(x) {
			e := x[k]
			switch k {
			case "Name", "name":
				s, ok := e.(string)
				if !ok {
					return nil, fmt.Errorf("key 'Name' must be str, not %s", typeName(e))
				}
				if !restartNames[s] {
					return nil, fmt.Errorf("key 'Name' is %q, not a restart policy (no, always, unless-stopped, on-failure)", s)
				}
				out["Name"] = s
			case "MaximumRetryCount", "maximum_retry_count":
				n, err := ToInt(e)
				if err != nil {
					return nil, fmt.Errorf("MaximumRetryCount %v", err)
				}
				out["MaximumRetryCount"] = n
			default:
				return nil, fmt.Errorf("unknown key '%s' (Name, MaximumRetryCount)", k)
			}
		}
		if n, ok := out["MaximumRetryCount"].(int64); ok && n != 0 && out["Name"] != "on-failure" {
			return nil, fmt.Errorf("MaximumRetryCount can only be used with Name \"on-failure\"")
		}
		return out, nil
	}
	return nil, typeError("dict {Name, MaximumRetryCount} or RestartPolicy", v)
}

// LogConfigSpec is the log_config parameter: a docker.types.LogConfig or a
// dict {type = "json-file", config = {["max-size"] = "10m"}} (Type/Config
// too).
type LogConfigSpec map[string]any

func toLogConfig(v any) (LogConfigSpec, error) {
	switch x := v.(type) {
	case *LogConfig:
		return x.JSONValue().(map[string]any), nil
	case map[string]any:
		l, err := fromDict(logConfigCtor, x)
		if err != nil {
			return nil, fmt.Errorf("%s", errText(err))
		}
		return l.JSONValue().(map[string]any), nil
	}
	return nil, typeError("LogConfig or dict", v)
}

// Ulimits is the ulimits parameter: a list of docker.types.Ulimit or of
// dicts {name, soft, hard} (Name/Soft/Hard too).
type Ulimits []any

func toUlimits(v any) (Ulimits, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of Ulimit", v)
	}
	out := make(Ulimits, 0, len(l))
	for i, e := range l {
		switch x := e.(type) {
		case *Ulimit:
			out = append(out, x.JSONValue())
		case map[string]any:
			u, err := fromDict(ulimitCtor, x)
			if err != nil {
				return nil, fmt.Errorf("item %d: %s", i+1, errText(err))
			}
			out = append(out, u.JSONValue())
		default:
			return nil, fmt.Errorf("item %d must be a Ulimit or dict, not %s", i+1, typeName(e))
		}
	}
	return out, nil
}
