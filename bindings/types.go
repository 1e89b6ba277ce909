package bindings

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// dockerType is the common part of the docker.types values: the daemon's
// JSON form of the value, built once by the constructor.
type dockerType struct {
	v map[string]any
}

func (d *dockerType) dict() map[string]any { return d.v }

// JSONValue implements JSONer: the value as the daemon wants it.
func (d *dockerType) JSONValue() any { return toJSONable(d.v) }

// dictObject is implemented by every docker.types value.
type dictObject interface {
	Object
	JSONer
	dict() map[string]any
}

// Mount is docker.types.Mount: one HostConfig.Mounts entry.
type Mount struct{ dockerType }

// Ulimit is docker.types.Ulimit: one HostConfig.Ulimits entry.
type Ulimit struct{ dockerType }

// LogConfig is docker.types.LogConfig: HostConfig.LogConfig.
type LogConfig struct{ dockerType }

// RestartPolicy is docker.types.RestartPolicy, the swarm restart policy
// {Condition, Delay, MaxAttempts, Window}. Given as a container's
// restart_policy it is translated to {Name, MaximumRetryCount}.
type RestartPolicy struct{ dockerType }

// Healthcheck is docker.types.Healthcheck: Config.Healthcheck.
type Healthcheck struct{ dockerType }

// DeviceRequest is docker.types.DeviceRequest: one HostConfig.DeviceRequests
// entry (GPUs and other driver devices).
type DeviceRequest struct{ dockerType }

// EndpointConfig is docker.types.EndpointConfig: one network's entry of
// NetworkingConfig.EndpointsConfig.
type EndpointConfig struct{ dockerType }

// The docker.types classes.
var (
	MountClass          = RegisterClass(NewClass("Mount", "A mount for HostConfig.Mounts (docker.types.Mount)."))
	UlimitClass         = RegisterClass(NewClass("Ulimit", "A ulimit for HostConfig.Ulimits (docker.types.Ulimit)."))
	LogConfigClass      = RegisterClass(NewClass("LogConfig", "A logging driver configuration (docker.types.LogConfig)."))
	RestartPolicyClass  = RegisterClass(NewClass("RestartPolicy", "A swarm restart policy (docker.types.RestartPolicy)."))
	HealthcheckClass    = RegisterClass(NewClass("Healthcheck", "A container healthcheck (docker.types.Healthcheck)."))
	DeviceRequestClass  = RegisterClass(NewClass("DeviceRequest", "A device request for HostConfig.DeviceRequests (docker.types.DeviceRequest)."))
	EndpointConfigClass = RegisterClass(NewClass("EndpointConfig", "A network endpoint configuration (docker.types.EndpointConfig)."))
)

// Class implements Object.
func (*Mount) Class() *Class { return MountClass }

// Class implements Object.
func (*Ulimit) Class() *Class { return UlimitClass }

// Class implements Object.
func (*LogConfig) Class() *Class { return LogConfigClass }

// Class implements Object.
func (*RestartPolicy) Class() *Class { return RestartPolicyClass }

// Class implements Object.
func (*Healthcheck) Class() *Class { return HealthcheckClass }

// Class implements Object.
func (*DeviceRequest) Class() *Class { return DeviceRequestClass }

// Class implements Object.
func (*EndpointConfig) Class() *Class { return EndpointConfigClass }

// MountArgs are docker.types.Mount's parameters.
type MountArgs struct {
	Target       string            `arg:"target" pos:"0" req:"true" doc:"Path inside the container."`
	Source       *string           `arg:"source" pos:"1" doc:"Volume name or host path (none for tmpfs)."`
	Type         string            `arg:"type" pos:"2" default:"\"volume\"" doc:"bind, volume, tmpfs or npipe."`
	ReadOnly     bool              `arg:"read_only" pos:"3" doc:"Mount read-only."`
	Consistency  *string           `arg:"consistency" pos:"4" doc:"default, consistent, cached or delegated."`
	Propagation  *string           `arg:"propagation" pos:"5" doc:"Bind propagation mode (bind mounts)."`
	NoCopy       bool              `arg:"no_copy" pos:"6" doc:"Do not populate the volume with the image's data (volume mounts)."`
	Labels       map[string]string `arg:"labels" pos:"7" doc:"Labels of the volume (volume mounts)."`
	DriverConfig DriverConfig      `arg:"driver_config" pos:"8" doc:"Volume driver {Name, Options} (volume mounts)."`
	TmpfsSize    *ByteSize         `arg:"tmpfs_size" pos:"9" doc:"Size of the tmpfs: int bytes or \"64m\" (tmpfs mounts)."`
	TmpfsMode    *int64            `arg:"tmpfs_mode" pos:"10" doc:"Permission bits of the tmpfs, such as 0o1777 = 1023 (tmpfs mounts)."`
}

// UlimitArgs are docker.types.Ulimit's parameters.
type UlimitArgs struct {
	Name string `arg:"name" req:"true" doc:"The limit's name: nofile, nproc, core, ..."`
	Soft *int64 `arg:"soft" doc:"The soft limit."`
	Hard *int64 `arg:"hard" doc:"The hard limit."`
}

// LogConfigArgs are docker.types.LogConfig's parameters.
type LogConfigArgs struct {
	Type   *string           `arg:"type" doc:"The logging driver: json-file, local, syslog, journald, none, ..."`
	Config map[string]string `arg:"config" doc:"Driver options such as {[\"max-size\"]=\"10m\"} (values become str)."`
}

// RestartPolicyArgs are docker.types.RestartPolicy's parameters.
type RestartPolicyArgs struct {
	Condition   string `arg:"condition" pos:"0" default:"\"none\"" doc:"none, on-failure or any."`
	Delay       int64  `arg:"delay" pos:"1" default:"0" doc:"Delay between restarts, in nanoseconds."`
	MaxAttempts int64  `arg:"max_attempts" pos:"2" default:"0" doc:"Attempts before giving up (0: no limit)."`
	Window      int64  `arg:"window" pos:"3" default:"0" doc:"Time window to evaluate the policy, in nanoseconds."`
}

// HealthcheckArgs are docker.types.Healthcheck's parameters.
type HealthcheckArgs struct {
	Test        HealthTest `arg:"test" doc:"[] (inherit), {\"NONE\"}, {\"CMD\", ...}, {\"CMD-SHELL\", cmd}, or a str run by the shell."`
	Interval    *Nanos     `arg:"interval" doc:"Time between checks, in nanoseconds (or \"30s\")."`
	Timeout     *Nanos     `arg:"timeout" doc:"Time before a check counts as hung, in nanoseconds (or \"5s\")."`
	Retries     *int64     `arg:"retries" doc:"Consecutive failures before unhealthy."`
	StartPeriod *Nanos     `arg:"start_period" doc:"Start-up time before failures count, in nanoseconds (or \"10s\")."`
}

// DeviceRequestArgs are docker.types.DeviceRequest's parameters.
type DeviceRequestArgs struct {
	Driver       string            `arg:"driver" doc:"The device driver (e.g. nvidia)."`
	Count        int64             `arg:"count" doc:"Number of devices (-1: all)."`
	DeviceIDs    []string          `arg:"device_ids" doc:"Device IDs (instead of count)."`
	Capabilities any               `arg:"capabilities" kind:"list" doc:"A list of lists of capabilities, e.g. {{\"gpu\"}}."`
	Options      map[string]string `arg:"options" doc:"Driver options."`
}

// EndpointConfigArgs are docker.types.EndpointConfig's parameters.
type EndpointConfigArgs struct {
	Version      *string           `arg:"version" pos:"0" doc:"API version (accepted for docker-py compatibility)."`
	Aliases      []string          `arg:"aliases" pos:"1" doc:"Network-scoped aliases of the container."`
	Links        Links             `arg:"links" pos:"2" doc:"Links: {container = alias} or a list of (container, alias)."`
	IPv4Address  *string           `arg:"ipv4_address" pos:"3" doc:"IPv4 address on the network."`
	IPv6Address  *string           `arg:"ipv6_address" pos:"4" doc:"IPv6 address on the network."`
	LinkLocalIPs []string          `arg:"link_local_ips" pos:"5" doc:"Link-local addresses."`
	DriverOpt    map[string]string `arg:"driver_opt" pos:"6" doc:"Driver options of the endpoint."`
	MacAddress   *string           `arg:"mac_address" pos:"7" doc:"MAC address on the network."`
}

// The constructors, kept to build the same values from dicts.
var (
	mountCtor, ulimitCtor, logConfigCtor                   *Method
	healthcheckCtor, deviceRequestCtor, endpointConfigCtor *Method
)

// option is a Mount option and whether it was given.
type option struct {
	name  string
	given bool
}

func newMount(a *MountArgs) (*Mount, error) {
	v := map[string]any{"Target": a.Target, "Type": a.Type, "ReadOnly": a.ReadOnly}
	if a.Source != nil {
		v["Source"] = *a.Source
	}
	if a.Consistency != nil && *a.Consistency != "" {
		v["Consistency"] = *a.Consistency
	}
	// incompatible names the first option given that a.Type does not take
	incompatible := func(opts ...option) error {
		for _, o := range opts {
			if o.given {
				return fmt.Errorf("incompatible options have been provided for the %s type mount: '%s'", a.Type, o.name)
			}
		}
		return nil
	}
	hasProp := a.Propagation != nil && *a.Propagation != ""
	hasSize := a.TmpfsSize != nil && *a.TmpfsSize != 0
	hasMode := a.TmpfsMode != nil && *a.TmpfsMode != 0
	var err error
	switch a.Type {
	case "bind":
		if hasProp {
			v["BindOptions"] = map[string]any{"Propagation": *a.Propagation}
		}
		err = incompatible(option{"labels", len(a.Labels) > 0}, option{"driver_config", a.DriverConfig != nil}, option{"no_copy", a.NoCopy}, option{"tmpfs_size", hasSize}, option{"tmpfs_mode", hasMode})
	case "volume":
		opts := map[string]any{}
		if a.NoCopy {
			opts["NoCopy"] = true
		}
		if len(a.Labels) > 0 {
			opts["Labels"] = stringMapAny(a.Labels)
		}
		if a.DriverConfig != nil {
			opts["DriverConfig"] = map[string]any(a.DriverConfig)
		}
		if len(opts) > 0 {
			v["VolumeOptions"] = opts
		}
		err = incompatible(option{"propagation", hasProp}, option{"tmpfs_size", hasSize}, option{"tmpfs_mode", hasMode})
	case "tmpfs":
		opts := map[string]any{}
		if hasMode {
			opts["Mode"] = *a.TmpfsMode
		}
		if hasSize {
			opts["SizeBytes"] = int64(*a.TmpfsSize)
		}
		if len(opts) > 0 {
			v["TmpfsOptions"] = opts
		}
		err = incompatible(option{"propagation", hasProp}, option{"labels", len(a.Labels) > 0}, option{"driver_config", a.DriverConfig != nil}, option{"no_copy", a.NoCopy})
	case "npipe", "cluster", "image":
	default:
		err = fmt.Errorf("unsupported mount type: %q (bind, volume, tmpfs or npipe)", clip(a.Type))
	}
	if err != nil {
		return nil, err
	}
	return &Mount{dockerType{v}}, nil
}

// parseMountString reads "source:target[:ro|rw]" or "target" as docker-py's
// Mount.parse_mount_string: a source starting with / is a bind mount, else
// a volume name.
func parseMountString(s string) (*Mount, error) {
	parts := strings.Split(s, ":")
	if len(parts) > 3 || s == "" {
		return nil, fmt.Errorf("invalid mount format %q (source:target[:ro])", s)
	}
	if len(parts) == 1 {
		return newMount(&MountArgs{Target: parts[0], Type: "volume"})
	}
	src := parts[0]
	typ := "volume"
	if strings.HasPrefix(src, "/") {
		typ = "bind"
	}
	ro := len(parts) == 3 && parts[2] != "rw"
	if len(parts) == 3 && parts[2] != "rw" && parts[2] != "ro" {
		return nil, fmt.Errorf("invalid mount mode %q in %q (ro or rw)", parts[2], s)
	}
	return newMount(&MountArgs{Target: parts[1], Source: &src, Type: typ, ReadOnly: ro})
}

func newUlimit(a *UlimitArgs) *Ulimit {
	v := map[string]any{"Name": a.Name}
	if a.Soft != nil {
		v["Soft"] = *a.Soft
	}
	if a.Hard != nil {
		v["Hard"] = *a.Hard
	}
	return &Ulimit{dockerType{v}}
}

func newLogConfig(a *LogConfigArgs) *LogConfig {
	v := map[string]any{"Type": nil, "Config": stringMapAny(a.Config)}
	if a.Type != nil {
		v["Type"] = *a.Type
	}
	return &LogConfig{dockerType{v}}
}

func newRestartPolicy(a *RestartPolicyArgs) (*RestartPolicy, error) {
	switch a.Condition {
	case "none", "on-failure", "any":
	default:
		return nil, fmt.Errorf("invalid RestartPolicy condition %q (none, on-failure or any)", clip(a.Condition))
	}
	return &RestartPolicy{dockerType{map[string]any{
		"Condition": a.Condition, "Delay": a.Delay, "MaxAttempts": a.MaxAttempts, "Window": a.Window,
	}}}, nil
}

func newHealthcheck(a *HealthcheckArgs) (*Healthcheck, error) {
	v := map[string]any{}
	if a.Test != nil {
		v["Test"] = stringsAny(a.Test)
	}
	for key, p := range map[string]*Nanos{"Interval": a.Interval, "Timeout": a.Timeout, "StartPeriod": a.StartPeriod} {
		if p != nil {
			if *p != 0 && *p < 1000000 {
				return nil, fmt.Errorf("%s must be 0 or at least 1000000 nanoseconds (1ms), not %d", snakeOf(key), *p)
			}
			v[key] = int64(*p)
		}
	}
	if a.Retries != nil {
		v["Retries"] = *a.Retries
	}
	return &Healthcheck{dockerType{v}}, nil
}

// snakeOf turns a daemon key into docker-py's spelling: StartPeriod ->
// start_period.
func snakeOf(k string) string {
	var b strings.Builder
	for i, r := range k {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func newDeviceRequest(a *DeviceRequestArgs) (*DeviceRequest, error) {
	caps := []any{}
	if a.Capabilities != nil {
		l, err := ToList(a.Capabilities)
		if err != nil {
			return nil, fmt.Errorf("capabilities %v", err)
		}
		for i, e := range l {
			s, err := ToStrings(e)
			if err != nil {
				return nil, fmt.Errorf("capabilities must be a list of lists of str, but item %d is %s", i+1, typeName(e))
			}
			caps = append(caps, stringsAny(s))
		}
	}
	ids := a.DeviceIDs
	if ids == nil {
		ids = []string{}
	}
	return &DeviceRequest{dockerType{map[string]any{
		"Driver": a.Driver, "Count": a.Count, "DeviceIDs": stringsAny(ids),
		"Capabilities": caps, "Options": stringMapAny(a.Options),
	}}}, nil
}

func newEndpointConfig(a *EndpointConfigArgs) *EndpointConfig {
	v := map[string]any{}
	if len(a.Aliases) > 0 {
		v["Aliases"] = stringsAny(a.Aliases)
	}
	if len(a.Links) > 0 {
		v["Links"] = stringsAny(a.Links)
	}
	ipam := map[string]any{}
	if a.IPv4Address != nil && *a.IPv4Address != "" {
		ipam["IPv4Address"] = *a.IPv4Address
	}
	if a.IPv6Address != nil && *a.IPv6Address != "" {
		ipam["IPv6Address"] = *a.IPv6Address
	}
	if a.LinkLocalIPs != nil {
		ipam["LinkLocalIPs"] = stringsAny(a.LinkLocalIPs)
	}
	if len(ipam) > 0 {
		v["IPAMConfig"] = ipam
	}
	if a.MacAddress != nil && *a.MacAddress != "" {
		v["MacAddress"] = *a.MacAddress
	}
	if len(a.DriverOpt) > 0 {
		v["DriverOpts"] = stringMapAny(a.DriverOpt)
	}
	return &EndpointConfig{dockerType{v}}
}

func stringMapAny(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// typeRepr renders a docker.types value as its class and JSON form.
func typeRepr(o Object) string {
	d, ok := o.(dictObject)
	if !ok {
		return o.Class().Name + "()"
	}
	b, err := json.Marshal(d.JSONValue())
	if err != nil {
		return o.Class().Name + "()"
	}
	return o.Class().Name + "(" + string(b) + ")"
}

// lookupPath reads a nested key ("BindOptions.Propagation") of a value.
func lookupPath(v map[string]any, path []string) any {
	var cur any = v
	for _, k := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return toJSONable(cur)
}

// fieldProps declares read-only properties that read the value's fields:
// each entry is {name, daemon key path, doc}.
func fieldProps[T dictObject](cls *Class, fields [][3]string) {
	cls.Repr = typeRepr
	for _, f := range fields {
		path := strings.Split(f[1], ".")
		Prop(cls, f[0], f[2], func(_ *Call, o T) (any, error) { return lookupPath(o.dict(), path), nil })
	}
}

func ctor[A any](name, doc string, fn func(a *A) (Object, error)) *Method {
	m := Func(TypesModuleClass, name, doc, func(c *Call, a *A) (any, error) {
		o, err := fn(a)
		if err != nil {
			var e *Error
			if errors.As(err, &e) {
				return nil, e
			}
			return nil, ArgError(c.Name(), "%v", err)
		}
		return o, nil
	})
	m.Ctor = true
	return m
}

func init() {
	mountCtor = ctor("Mount", "A mount for mounts=: bind, volume or tmpfs.", func(a *MountArgs) (Object, error) { return newMount(a) })
	ulimitCtor = ctor("Ulimit", "A ulimit for ulimits=.", func(a *UlimitArgs) (Object, error) { return newUlimit(a), nil })
	logConfigCtor = ctor("LogConfig", "A logging configuration for log_config=.", func(a *LogConfigArgs) (Object, error) { return newLogConfig(a), nil })
	restartPolicyCtor = ctor("RestartPolicy", "A swarm restart policy (also accepted as a container's restart_policy).", func(a *RestartPolicyArgs) (Object, error) { return newRestartPolicy(a) })
	healthcheckCtor = ctor("Healthcheck", "A healthcheck for healthcheck=.", func(a *HealthcheckArgs) (Object, error) { return newHealthcheck(a) })
	deviceRequestCtor = ctor("DeviceRequest", "A device request for device_requests= (GPUs).", func(a *DeviceRequestArgs) (Object, error) { return newDeviceRequest(a) })
	endpointConfigCtor = ctor("EndpointConfig", "A network endpoint configuration for networking_config=.", func(a *EndpointConfigArgs) (Object, error) { return newEndpointConfig(a), nil })

	fieldProps[*Mount](MountClass, [][3]string{
		{"target", "Target", "Path inside the container."},
		{"source", "Source", "Volume name or host path."},
		{"type", "Type", "bind, volume, tmpfs or npipe."},
		{"read_only", "ReadOnly", "Whether the mount is read-only."},
		{"consistency", "Consistency", "The consistency requirement."},
		{"propagation", "BindOptions.Propagation", "Bind propagation mode."},
		{"no_copy", "VolumeOptions.NoCopy", "Whether the volume is not populated from the image."},
		{"labels", "VolumeOptions.Labels", "Labels of the volume."},
		{"driver_config", "VolumeOptions.DriverConfig", "Volume driver {Name, Options}."},
		{"tmpfs_size", "TmpfsOptions.SizeBytes", "Size of the tmpfs in bytes."},
		{"tmpfs_mode", "TmpfsOptions.Mode", "Permission bits of the tmpfs."},
	})
	fieldProps[*Ulimit](UlimitClass, [][3]string{
		{"name", "Name", "The limit's name."}, {"soft", "Soft", "The soft limit."}, {"hard", "Hard", "The hard limit."},
	})
	fieldProps[*LogConfig](LogConfigClass, [][3]string{
		{"type", "Type", "The logging driver."}, {"config", "Config", "Driver options."},
	})
	fieldProps[*RestartPolicy](RestartPolicyClass, [][3]string{
		{"condition", "Condition", "none, on-failure or any."}, {"delay", "Delay", "Delay between restarts (ns)."},
		{"max_attempts", "MaxAttempts", "Attempts before giving up."}, {"window", "Window", "Evaluation window (ns)."},
	})
	fieldProps[*Healthcheck](HealthcheckClass, [][3]string{
		{"test", "Test", "The test command."}, {"interval", "Interval", "Time between checks (ns)."},
		{"timeout", "Timeout", "Time before a check counts as hung (ns)."}, {"retries", "Retries", "Failures before unhealthy."},
		{"start_period", "StartPeriod", "Start-up grace period (ns)."},
	})
	fieldProps[*DeviceRequest](DeviceRequestClass, [][3]string{
		{"driver", "Driver", "The device driver."}, {"count", "Count", "Number of devices."},
		{"device_ids", "DeviceIDs", "Device IDs."}, {"capabilities", "Capabilities", "Capabilities (list of lists)."},
		{"options", "Options", "Driver options."},
	})
	fieldProps[*EndpointConfig](EndpointConfigClass, [][3]string{
		{"aliases", "Aliases", "Network-scoped aliases."}, {"links", "Links", "Links."},
		{"ipv4_address", "IPAMConfig.IPv4Address", "IPv4 address."}, {"ipv6_address", "IPAMConfig.IPv6Address", "IPv6 address."},
		{"link_local_ips", "IPAMConfig.LinkLocalIPs", "Link-local addresses."}, {"driver_opt", "DriverOpts", "Driver options."},
		{"mac_address", "MacAddress", "MAC address."},
	})
}

// fromDict builds a docker.types value from a script dict, as docker-py
// does with Type(**d): docker-py's keyword names and the daemon's keys
// (Name, MaximumRetryCount, ...) are both accepted.
func fromDict(m *Method, d map[string]any) (dictObject, error) {
	kw := make(map[string]any, len(d))
	for k, v := range d {
		if m.Param(k, false) == nil && k != "" && k[0] >= 'A' && k[0] <= 'Z' {
			if alias, ok := daemonKeyAliases[k]; ok {
				k = alias
			} else {
				k = snakeOf(k)
			}
		}
		kw[k] = v
	}
	o, err := m.Invoke(nil, Types, []any{kw})
	if err != nil {
		return nil, err
	}
	return o.(dictObject), nil
}

var daemonKeyAliases = map[string]string{"DeviceIDs": "device_ids", "DriverOpts": "driver_opt"}

// errText is an error's message without the exception class.
func errText(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}
