package bindings

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/dscript/dscript/engine"
)

// The docker.types values of services and swarms (docker-py's
// types/services.py and types/swarm.py). Each is the daemon's JSON form,
// built as docker-py builds it: values a script passes are sent as they
// are, and the few conversions docker-py makes (a command string split, an
// environment dict turned into a list, port dicts into lists...) are made
// the same way, so the bodies sent are docker-py's.

// ServiceMode is docker.types.ServiceMode.
type ServiceMode struct {
	dockerType
	mode string
}

// TaskTemplate is docker.types.TaskTemplate.
type TaskTemplate struct{ dockerType }

// ContainerSpec is docker.types.ContainerSpec.
type ContainerSpec struct{ dockerType }

// Resources is docker.types.Resources.
type Resources struct{ dockerType }

// UpdateConfig is docker.types.UpdateConfig.
type UpdateConfig struct{ dockerType }

// RollbackConfig is docker.types.RollbackConfig.
type RollbackConfig struct{ dockerType }

// DriverConfigValue is docker.types.DriverConfig.
type DriverConfigValue struct{ dockerType }

// EndpointSpec is docker.types.EndpointSpec.
type EndpointSpec struct{ dockerType }

// Placement is docker.types.Placement.
type Placement struct{ dockerType }

// PlacementPreference is docker.types.PlacementPreference.
type PlacementPreference struct{ dockerType }

// SecretReference is docker.types.SecretReference.
type SecretReference struct{ dockerType }

// ConfigReference is docker.types.ConfigReference.
type ConfigReference struct{ dockerType }

// NetworkAttachmentConfig is docker.types.NetworkAttachmentConfig.
type NetworkAttachmentConfig struct{ dockerType }

// DNSConfig is docker.types.DNSConfig.
type DNSConfig struct{ dockerType }

// Privileges is docker.types.Privileges.
type Privileges struct{ dockerType }

// SwarmSpec is docker.types.SwarmSpec.
type SwarmSpec struct{ dockerType }

// SwarmExternalCA is docker.types.SwarmExternalCA.
type SwarmExternalCA struct{ dockerType }

// The classes of the service and swarm types.
var (
	ServiceModeClass             = RegisterClass(NewClass("ServiceMode", "A service's mode (docker.types.ServiceMode)."))
	TaskTemplateClass            = RegisterClass(NewClass("TaskTemplate", "A service's task specification (docker.types.TaskTemplate)."))
	ContainerSpecClass           = RegisterClass(NewClass("ContainerSpec", "The containers of a service's tasks (docker.types.ContainerSpec)."))
	ResourcesClass               = RegisterClass(NewClass("Resources", "A service's resource limits and reservations (docker.types.Resources)."))
	UpdateConfigClass            = RegisterClass(NewClass("UpdateConfig", "How a service is updated (docker.types.UpdateConfig)."))
	RollbackConfigClass          = RegisterClass(NewClass("RollbackConfig", "How a service is rolled back (docker.types.RollbackConfig)."))
	DriverConfigClass            = RegisterClass(NewClass("DriverConfig", "A driver and its options (docker.types.DriverConfig)."))
	EndpointSpecClass            = RegisterClass(NewClass("EndpointSpec", "A service's published ports (docker.types.EndpointSpec)."))
	PlacementClass               = RegisterClass(NewClass("Placement", "Where a service's tasks run (docker.types.Placement)."))
	PlacementPreferenceClass     = RegisterClass(NewClass("PlacementPreference", "A placement preference (docker.types.PlacementPreference)."))
	SecretReferenceClass         = RegisterClass(NewClass("SecretReference", "A secret given to a service (docker.types.SecretReference)."))
	ConfigReferenceClass         = RegisterClass(NewClass("ConfigReference", "A config given to a service (docker.types.ConfigReference)."))
	NetworkAttachmentConfigClass = RegisterClass(NewClass("NetworkAttachmentConfig", "A network a service attaches to (docker.types.NetworkAttachmentConfig)."))
	DNSConfigClass               = RegisterClass(NewClass("DNSConfig", "A service's resolver configuration (docker.types.DNSConfig)."))
	PrivilegesClass              = RegisterClass(NewClass("Privileges", "A service's security options (docker.types.Privileges)."))
	SwarmSpecClass               = RegisterClass(NewClass("SwarmSpec", "A swarm's settings (docker.types.SwarmSpec)."))
	SwarmExternalCAClass         = RegisterClass(NewClass("SwarmExternalCA", "An external CA of a swarm (docker.types.SwarmExternalCA)."))
)

// Class implements Object.
func (*ServiceMode) Class() *Class { return ServiceModeClass }

// Class implements Object.
func (*TaskTemplate) Class() *Class { return TaskTemplateClass }

// Class implements Object.
func (*ContainerSpec) Class() *Class { return ContainerSpecClass }

// Class implements Object.
func (*Resources) Class() *Class { return ResourcesClass }

// Class implements Object.
func (*UpdateConfig) Class() *Class { return UpdateConfigClass }

// Class implements Object.
func (*RollbackConfig) Class() *Class { return RollbackConfigClass }

// Class implements Object.
func (*DriverConfigValue) Class() *Class { return DriverConfigClass }

// Class implements Object.
func (*EndpointSpec) Class() *Class { return EndpointSpecClass }

// Class implements Object.
func (*Placement) Class() *Class { return PlacementClass }

// Class implements Object.
func (*PlacementPreference) Class() *Class { return PlacementPreferenceClass }

// Class implements Object.
func (*SecretReference) Class() *Class { return SecretReferenceClass }

// Class implements Object.
func (*ConfigReference) Class() *Class { return ConfigReferenceClass }

// Class implements Object.
func (*NetworkAttachmentConfig) Class() *Class { return NetworkAttachmentConfigClass }

// Class implements Object.
func (*DNSConfig) Class() *Class { return DNSConfigClass }

// Class implements Object.
func (*Privileges) Class() *Class { return PrivilegesClass }

// Class implements Object.
func (*SwarmSpec) Class() *Class { return SwarmSpecClass }

// Class implements Object.
func (*SwarmExternalCA) Class() *Class { return SwarmExternalCAClass }

// MarshalJSON sends a docker.types value in its JSON form, wherever it is
// nested in a request body.
func (d *dockerType) MarshalJSON() ([]byte, error) { return json.Marshal(d.JSONValue()) }

// ServiceModeArgs are docker.types.ServiceMode's parameters.
type ServiceModeArgs struct {
	Mode        string `arg:"mode" pos:"0" req:"true" doc:"replicated, global, replicated-job or global-job."`
	Replicas    *int64 `arg:"replicas" pos:"1" doc:"Replicas (replicated) or total completions (replicated-job)."`
	Concurrency *int64 `arg:"concurrency" pos:"2" doc:"Tasks run at once (replicated-job; default 1)."`
}

// TaskTemplateArgs are docker.types.TaskTemplate's parameters.
type TaskTemplateArgs struct {
	ContainerSpec any `arg:"container_spec" pos:"0" req:"true" kind:"ContainerSpec|dict" doc:"The containers of the tasks."`
	Resources     any `arg:"resources" pos:"1" kind:"Resources|dict" doc:"Resource limits and reservations."`
	RestartPolicy any `arg:"restart_policy" pos:"2" kind:"RestartPolicy|dict" doc:"The restart policy."`
	Placement     any `arg:"placement" pos:"3" kind:"Placement|dict|list" doc:"Placement, or a list of constraints."`
	LogDriver     any `arg:"log_driver" pos:"4" kind:"DriverConfig|dict" doc:"The logging driver {Name, Options}."`
	Networks      any `arg:"networks" pos:"5" kind:"list" doc:"Network names or IDs, or NetworkAttachmentConfig values."`
	ForceUpdate   any `arg:"force_update" pos:"6" kind:"int" doc:"A counter that forces an update when changed."`
}

// ContainerSpecArgs are docker.types.ContainerSpec's parameters.
type ContainerSpecArgs struct {
	Image           string  `arg:"image" pos:"0" req:"true" doc:"The image."`
	Command         Command `arg:"command" pos:"1" doc:"The command: a str (split like a shell) or a list."`
	Args            any     `arg:"args" pos:"2" kind:"list" doc:"Arguments of the command."`
	Hostname        *string `arg:"hostname" pos:"3" doc:"The containers' host name."`
	Env             any     `arg:"env" pos:"4" kind:"dict|list" doc:"Environment: a dict or a list of \"KEY=value\"."`
	Workdir         *string `arg:"workdir" pos:"5" doc:"Working directory."`
	User            *string `arg:"user" pos:"6" doc:"User to run as."`
	Labels          any     `arg:"labels" pos:"7" kind:"dict" doc:"Labels of the containers."`
	Mounts          any     `arg:"mounts" pos:"8" kind:"list" doc:"Mounts: Mount values, dicts or \"source:target[:ro]\" strings."`
	StopGracePeriod any     `arg:"stop_grace_period" pos:"9" kind:"int" doc:"Nanoseconds to wait before killing."`
	Secrets         any     `arg:"secrets" pos:"10" kind:"list" doc:"SecretReference values."`
	TTY             any     `arg:"tty" pos:"11" kind:"bool" doc:"Allocate a pseudo-TTY."`
	Groups          any     `arg:"groups" pos:"12" kind:"list" doc:"Additional groups."`
	OpenStdin       any     `arg:"open_stdin" pos:"13" kind:"bool" doc:"Open stdin."`
	ReadOnly        any     `arg:"read_only" pos:"14" kind:"bool" doc:"Mount the root filesystem read-only."`
	StopSignal      *string `arg:"stop_signal" pos:"15" doc:"Signal that stops the containers."`
	Healthcheck     any     `arg:"healthcheck" pos:"16" kind:"Healthcheck|dict" doc:"The healthcheck."`
	Hosts           any     `arg:"hosts" pos:"17" kind:"dict" doc:"Extra /etc/hosts entries {host = ip}."`
	DNSConfig       any     `arg:"dns_config" pos:"18" kind:"DNSConfig|dict" doc:"Resolver configuration."`
	Configs         any     `arg:"configs" pos:"19" kind:"list" doc:"ConfigReference values."`
	Privileges      any     `arg:"privileges" pos:"20" kind:"Privileges|dict" doc:"Security options."`
	Isolation       *string `arg:"isolation" pos:"21" doc:"Isolation technology (Windows)."`
	Init            any     `arg:"init" pos:"22" kind:"bool" doc:"Run an init process in the containers."`
	CapAdd          any     `arg:"cap_add" pos:"23" kind:"list" doc:"Capabilities to add."`
	CapDrop         any     `arg:"cap_drop" pos:"24" kind:"list" doc:"Capabilities to drop."`
	Sysctls         any     `arg:"sysctls" pos:"25" kind:"dict" doc:"Kernel parameters."`
}

// ResourcesArgs are docker.types.Resources's parameters.
type ResourcesArgs struct {
	CPULimit         any `arg:"cpu_limit" pos:"0" kind:"int" doc:"CPU limit in units of 1e-9 CPUs."`
	MemLimit         any `arg:"mem_limit" pos:"1" kind:"int" doc:"Memory limit in bytes."`
	CPUReservation   any `arg:"cpu_reservation" pos:"2" kind:"int" doc:"CPU reservation in units of 1e-9 CPUs."`
	MemReservation   any `arg:"mem_reservation" pos:"3" kind:"int" doc:"Memory reservation in bytes."`
	GenericResources any `arg:"generic_resources" pos:"4" kind:"dict|list" doc:"Generic resources {kind = value}, or the daemon's list."`
}

// UpdateConfigArgs are docker.types.UpdateConfig's (and RollbackConfig's)
// parameters.
type UpdateConfigArgs struct {
	Parallelism     int64   `arg:"parallelism" pos:"0" default:"0" doc:"Tasks updated at once (0: all)."`
	Delay           any     `arg:"delay" pos:"1" kind:"int" doc:"Nanoseconds between updates."`
	FailureAction   string  `arg:"failure_action" pos:"2" default:"\"continue\"" doc:"continue, pause or rollback."`
	Monitor         any     `arg:"monitor" pos:"3" kind:"int" doc:"Nanoseconds to watch each task after its update."`
	MaxFailureRatio any     `arg:"max_failure_ratio" pos:"4" kind:"float" doc:"Failure ratio tolerated, from 0 to 1."`
	Order           *string `arg:"order" pos:"5" doc:"start-first or stop-first."`
}

// DriverConfigArgs are docker.types.DriverConfig's parameters.
type DriverConfigArgs struct {
	Name    string `arg:"name" pos:"0" req:"true" doc:"The driver's name."`
	Options any    `arg:"options" pos:"1" kind:"dict" doc:"The driver's options."`
}

// EndpointSpecArgs are docker.types.EndpointSpec's parameters.
type EndpointSpecArgs struct {
	Mode  any `arg:"mode" pos:"0" kind:"str" doc:"vip (default) or dnsrr."`
	Ports any `arg:"ports" pos:"1" kind:"dict|list" doc:"{published = target} or {published = {target, protocol, mode}}, or the daemon's list."`
}

// PlacementArgs are docker.types.Placement's parameters.
type PlacementArgs struct {
	Constraints any `arg:"constraints" pos:"0" kind:"list" doc:"Constraints such as \"node.role==manager\"."`
	Preferences any `arg:"preferences" pos:"1" kind:"list" doc:"PlacementPreference values or (strategy, descriptor) pairs."`
	Platforms   any `arg:"platforms" pos:"2" kind:"list" doc:"(architecture, os) pairs."`
	MaxReplicas any `arg:"maxreplicas" pos:"3" kind:"int" doc:"Tasks per node at most."`
}

// PlacementPreferenceArgs are docker.types.PlacementPreference's parameters.
type PlacementPreferenceArgs struct {
	Strategy   string `arg:"strategy" pos:"0" req:"true" doc:"The strategy: spread."`
	Descriptor any    `arg:"descriptor" pos:"1" req:"true" kind:"str" doc:"The label to spread over, e.g. \"node.labels.zone\"."`
}

// ReferenceArgs are the parameters of docker.types.SecretReference and
// ConfigReference; their first two names differ.
type ReferenceArgs struct {
	Filename any   `arg:"filename" pos:"2" kind:"str" doc:"File name in the container (default: the name)."`
	UID      any   `arg:"uid" pos:"3" kind:"str" doc:"Owner's UID (default \"0\")."`
	GID      any   `arg:"gid" pos:"4" kind:"str" doc:"Owner's GID (default \"0\")."`
	Mode     int64 `arg:"mode" pos:"5" default:"292" doc:"Permission bits (default 0o444)."`
}

// SecretReferenceArgs are docker.types.SecretReference's parameters.
type SecretReferenceArgs struct {
	SecretID   Ref `arg:"secret_id" pos:"0" req:"true" doc:"The secret's ID (or the Secret)."`
	SecretName any `arg:"secret_name" pos:"1" req:"true" kind:"str" doc:"The secret's name."`
	ReferenceArgs
}

// ConfigReferenceArgs are docker.types.ConfigReference's parameters.
type ConfigReferenceArgs struct {
	ConfigID   Ref `arg:"config_id" pos:"0" req:"true" doc:"The config's ID (or the Config)."`
	ConfigName any `arg:"config_name" pos:"1" req:"true" kind:"str" doc:"The config's name."`
	ReferenceArgs
}

// NetworkAttachmentConfigArgs are docker.types.NetworkAttachmentConfig's
// parameters.
type NetworkAttachmentConfigArgs struct {
	Target  string `arg:"target" pos:"0" req:"true" doc:"The network's name or ID."`
	Aliases any    `arg:"aliases" pos:"1" kind:"list" doc:"Network-scoped aliases."`
	Options any    `arg:"options" pos:"2" kind:"dict" doc:"Driver options."`
}

// DNSConfigArgs are docker.types.DNSConfig's parameters.
type DNSConfigArgs struct {
	Nameservers any `arg:"nameservers" pos:"0" kind:"list" doc:"Name server addresses."`
	Search      any `arg:"search" pos:"1" kind:"list" doc:"Search domains."`
	Options     any `arg:"options" pos:"2" kind:"list" doc:"Resolver options."`
}

// PrivilegesArgs are docker.types.Privileges's parameters.
type PrivilegesArgs struct {
	CredentialspecFile     any `arg:"credentialspec_file" pos:"0" kind:"str" doc:"Credential spec file (Windows)."`
	CredentialspecRegistry any `arg:"credentialspec_registry" pos:"1" kind:"str" doc:"Credential spec registry value (Windows)."`
	SelinuxDisable         any `arg:"selinux_disable" pos:"2" kind:"bool" doc:"Disable SELinux labeling."`
	SelinuxUser            any `arg:"selinux_user" pos:"3" kind:"str" doc:"SELinux user label."`
	SelinuxRole            any `arg:"selinux_role" pos:"4" kind:"str" doc:"SELinux role label."`
	SelinuxType            any `arg:"selinux_type" pos:"5" kind:"str" doc:"SELinux type label."`
	SelinuxLevel           any `arg:"selinux_level" pos:"6" kind:"str" doc:"SELinux level label."`
}

// SwarmSpecFields are docker.types.SwarmSpec's parameters after version:
// those of api.create_swarm_spec and of Swarm.init and Swarm.update.
type SwarmSpecFields struct {
	TaskHistoryRetentionLimit any `arg:"task_history_retention_limit" pos:"1" kind:"int" doc:"Tasks kept in history per slot."`
	SnapshotInterval          any `arg:"snapshot_interval" pos:"2" kind:"int" doc:"Raft log entries between snapshots."`
	KeepOldSnapshots          any `arg:"keep_old_snapshots" pos:"3" kind:"int" doc:"Old snapshots kept."`
	LogEntriesForSlowFollower any `arg:"log_entries_for_slow_followers" pos:"4" kind:"int" doc:"Log entries kept for slow followers."`
	HeartbeatTick             any `arg:"heartbeat_tick" pos:"5" kind:"int" doc:"Ticks between heartbeats."`
	ElectionTick              any `arg:"election_tick" pos:"6" kind:"int" doc:"Ticks before an election."`
	DispatcherHeartbeatPeriod any `arg:"dispatcher_heartbeat_period" pos:"7" kind:"int" doc:"Nanoseconds between node heartbeats."`
	NodeCertExpiry            any `arg:"node_cert_expiry" pos:"8" kind:"int" doc:"Node certificates' lifetime in nanoseconds."`
	ExternalCAs               any `arg:"external_cas" pos:"9" kind:"list" doc:"SwarmExternalCA values."`
	Name                      any `arg:"name" pos:"10" kind:"str" doc:"The swarm's name."`
	Labels                    any `arg:"labels" pos:"11" kind:"dict" doc:"The swarm's labels."`
	SigningCACert             any `arg:"signing_ca_cert" pos:"12" kind:"str" doc:"Root CA certificate (PEM)."`
	SigningCAKey              any `arg:"signing_ca_key" pos:"13" kind:"str" doc:"Root CA key (PEM)."`
	CAForceRotate             any `arg:"ca_force_rotate" pos:"14" kind:"int" doc:"A counter that forces a CA rotation when changed."`
	AutolockManagers          any `arg:"autolock_managers" pos:"15" kind:"bool" doc:"Lock managers' keys with an unlock key."`
	LogDriver                 any `arg:"log_driver" pos:"16" kind:"DriverConfig|dict" doc:"Default logging driver of tasks."`
}

// SwarmSpecArgs are docker.types.SwarmSpec's parameters.
type SwarmSpecArgs struct {
	Version string `arg:"version" pos:"0" req:"true" doc:"The API version the spec is for, e.g. \"1.41\"."`
	SwarmSpecFields
}

// SwarmExternalCAArgs are docker.types.SwarmExternalCA's parameters.
type SwarmExternalCAArgs struct {
	URL      string `arg:"url" pos:"0" req:"true" doc:"The CA's URL."`
	Protocol any    `arg:"protocol" pos:"1" kind:"str" doc:"The protocol: cfssl."`
	Options  any    `arg:"options" pos:"2" kind:"dict" doc:"Protocol options."`
	CACert   any    `arg:"ca_cert" pos:"3" kind:"str" doc:"The CA's certificate (PEM)."`
}

// pyTrue is Python's truth of a script value: None, False, 0, "" and
// empty lists and dicts (docker.types values too) are false.
func pyTrue(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case int64:
		return x != 0
	case int:
		return x != 0
	case uint64:
		return x != 0
	case float64:
		return x != 0
	case []any:
		return len(x) > 0
	case Tuple:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	case Bytes:
		return len(x) > 0
	case dictObject:
		return len(x.dict()) > 0
	}
	return true
}

// isInt reports whether v is an integer (a Lua number without fraction
// too).
func isInt(v any) bool {
	if _, isBool := v.(bool); isBool {
		return false
	}
	_, err := ToInt(v)
	return err == nil
}

// listArg checks that a value docker-py requires to be a list is one.
func listArg(name string, v any) ([]any, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, fmt.Errorf("%s must be a list", name)
	}
	if l == nil {
		l = []any{}
	}
	return l, nil
}

// dictArg checks that a value docker-py requires to be a dict is one (an
// empty Lua table counts).
func dictArg(name string, v any) (any, error) {
	switch x := v.(type) {
	case map[string]any:
		return x, nil
	case []any:
		if len(x) == 0 {
			return map[string]any{}, nil
		}
	case dictObject:
		return x, nil
	}
	return nil, fmt.Errorf("%s must be a dict, not %s", name, typeName(v))
}

// convertServiceNetworks is docker-py's convert_service_networks: names
// become {Target: name}; dicts and NetworkAttachmentConfig values stay.
func convertServiceNetworks(v any) (any, error) {
	if !pyTrue(v) {
		return v, nil
	}
	l, err := ToList(v)
	if err != nil {
		return nil, fmt.Errorf("networks must be a list")
	}
	out := make([]any, len(l))
	for i, n := range l {
		if s, ok := n.(string); ok {
			out[i] = map[string]any{"Target": s}
			continue
		}
		out[i] = n
	}
	return out, nil
}

func newServiceMode(a *ServiceModeArgs) (*ServiceMode, error) {
	replicated := a.Mode == "replicated" || a.Mode == "replicated-job"
	switch a.Mode {
	case "replicated", "replicated-job", "global", "global-job":
	default:
		return nil, fmt.Errorf(`mode must be either "replicated", "global", "replicated-job" or "global-job"`)
	}
	if !replicated {
		if a.Replicas != nil {
			return nil, fmt.Errorf(`replicas can only be used for "replicated" or "replicated-job" mode`)
		}
		if a.Concurrency != nil {
			return nil, fmt.Errorf(`concurrency can only be used for "replicated-job" mode`)
		}
	}
	key := map[string]string{"global-job": "GlobalJob", "replicated-job": "ReplicatedJob"}[a.Mode]
	if key == "" {
		key = a.Mode
	}
	inner := map[string]any{}
	if a.Replicas != nil {
		switch a.Mode {
		case "replicated":
			inner["Replicas"] = *a.Replicas
		case "replicated-job":
			c := int64(1)
			if a.Concurrency != nil && *a.Concurrency != 0 {
				c = *a.Concurrency
			}
			inner["MaxConcurrent"] = c
			inner["TotalCompletions"] = *a.Replicas
		}
	}
	return &ServiceMode{dockerType{map[string]any{key: inner}}, key}, nil
}

// toServiceMode is what the mode parameters accept: a ServiceMode, a dict
// in the daemon's form, or a mode name.
func toServiceMode(v any) (any, error) {
	if s, ok := v.(string); ok {
		m, err := newServiceMode(&ServiceModeArgs{Mode: s})
		if err != nil {
			return nil, err
		}
		return m, nil
	}
	return v, nil
}

func newTaskTemplate(a *TaskTemplateArgs) (*TaskTemplate, error) {
	v := map[string]any{"ContainerSpec": a.ContainerSpec}
	if pyTrue(a.Resources) {
		v["Resources"] = a.Resources
	}
	if pyTrue(a.RestartPolicy) {
		v["RestartPolicy"] = a.RestartPolicy
	}
	if pyTrue(a.Placement) {
		p := a.Placement
		if l, ok := p.([]any); ok {
			pl, err := newPlacement(&PlacementArgs{Constraints: l})
			if err != nil {
				return nil, err
			}
			p = pl
		}
		v["Placement"] = p
	}
	if pyTrue(a.LogDriver) {
		v["LogDriver"] = a.LogDriver
	}
	if pyTrue(a.Networks) {
		n, err := convertServiceNetworks(a.Networks)
		if err != nil {
			return nil, err
		}
		v["Networks"] = n
	}
	if a.ForceUpdate != nil {
		if !isInt(a.ForceUpdate) {
			return nil, fmt.Errorf("force_update must be an integer")
		}
		v["ForceUpdate"] = a.ForceUpdate
	}
	return &TaskTemplate{dockerType{v}}, nil
}

func newContainerSpec(a *ContainerSpecArgs) (*ContainerSpec, error) {
	v := map[string]any{"Image": a.Image, "Command": nil, "Args": a.Args}
	if a.Command.Given() {
		v["Command"] = stringsAny(a.Command.Args)
	}
	for key, p := range map[string]*string{"Hostname": a.Hostname, "Dir": a.Workdir, "User": a.User, "StopSignal": a.StopSignal, "Isolation": a.Isolation} {
		if p != nil {
			v[key] = *p
		}
	}
	if a.Env != nil {
		if d, ok := a.Env.(map[string]any); ok && len(d) > 0 {
			env, err := toKeyValues(d)
			if err != nil {
				return nil, fmt.Errorf("env %v", err)
			}
			v["Env"] = stringsAny(env)
		} else {
			v["Env"] = a.Env
		}
	}
	for key, x := range map[string]any{"Groups": a.Groups, "StopGracePeriod": a.StopGracePeriod, "Labels": a.Labels,
		"DNSConfig": a.DNSConfig, "Privileges": a.Privileges, "Healthcheck": a.Healthcheck,
		"TTY": a.TTY, "OpenStdin": a.OpenStdin, "ReadOnly": a.ReadOnly, "Init": a.Init} {
		if x != nil {
			v[key] = x
		}
	}
	if a.Hosts != nil {
		d, ok := a.Hosts.(map[string]any)
		if !ok {
			if l, err := ToList(a.Hosts); err == nil && len(l) == 0 {
				d = map[string]any{}
			} else {
				return nil, fmt.Errorf("hosts must be a dict {host = ip}, not %s", typeName(a.Hosts))
			}
		}
		hosts := make([]any, 0, len(d))
		for _, k := range sortedKeys(d) {
			ip, ok := scalarString(d[k])
			if !ok {
				return nil, fmt.Errorf("hosts: the address of '%s' must be str, not %s", k, typeName(d[k]))
			}
			hosts = append(hosts, ip+" "+k)
		}
		v["Hosts"] = hosts
	}
	if a.Mounts != nil {
		l, err := listArg("mounts", a.Mounts)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(l))
		for i, m := range l {
			if s, ok := m.(string); ok {
				mt, err := parseMountString(s)
				if err != nil {
					return nil, err
				}
				out[i] = mt
				continue
			}
			out[i] = m
		}
		v["Mounts"] = out
	}
	for key, x := range map[string][2]any{"Secrets": {"secrets", a.Secrets}, "Configs": {"configs", a.Configs},
		"CapabilityAdd": {"cap_add", a.CapAdd}, "CapabilityDrop": {"cap_drop", a.CapDrop}} {
		if x[1] != nil {
			l, err := listArg(x[0].(string), x[1])
			if err != nil {
				return nil, err
			}
			v[key] = l
		}
	}
	if a.Sysctls != nil {
		d, err := dictArg("sysctls", a.Sysctls)
		if err != nil {
			return nil, err
		}
		v["Sysctls"] = d
	}
	return &ContainerSpec{dockerType{v}}, nil
}

func newResources(a *ResourcesArgs) (*Resources, error) {
	limits, reservations := map[string]any{}, map[string]any{}
	for _, f := range []struct {
		m   map[string]any
		key string
		v   any
	}{{limits, "NanoCPUs", a.CPULimit}, {limits, "MemoryBytes", a.MemLimit}, {reservations, "NanoCPUs", a.CPUReservation}, {reservations, "MemoryBytes", a.MemReservation}} {
		if f.v != nil {
			f.m[f.key] = f.v
		}
	}
	if a.GenericResources != nil {
		g, err := convertGenericResources(a.GenericResources)
		if err != nil {
			return nil, err
		}
		reservations["GenericResources"] = g
	}
	v := map[string]any{}
	if len(limits) > 0 {
		v["Limits"] = limits
	}
	if len(reservations) > 0 {
		v["Reservations"] = reservations
	}
	return &Resources{dockerType{v}}, nil
}

// convertGenericResources is docker-py's _convert_generic_resources_dict:
// {kind = int} is a DiscreteResourceSpec, {kind = str} a NamedResourceSpec.
func convertGenericResources(v any) (any, error) {
	if l, ok := v.([]any); ok {
		return l, nil
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("generic_resources must be a dict or a list (found %s)", typeName(v))
	}
	out := make([]any, 0, len(d))
	for _, k := range sortedKeys(d) {
		var typ string
		switch {
		case isInt(d[k]):
			typ = "DiscreteResourceSpec"
		default:
			if _, ok := d[k].(string); !ok {
				return nil, fmt.Errorf("unsupported generic resource reservation type: {%q: %v}", k, d[k])
			}
			typ = "NamedResourceSpec"
		}
		out = append(out, map[string]any{typ: map[string]any{"Kind": k, "Value": d[k]}})
	}
	return out, nil
}

func updateConfigValue(a *UpdateConfigArgs) (map[string]any, error) {
	v := map[string]any{"Parallelism": a.Parallelism}
	if a.Delay != nil {
		v["Delay"] = a.Delay
	}
	switch a.FailureAction {
	case "pause", "continue", "rollback":
	default:
		return nil, fmt.Errorf("failure_action must be one of `pause`, `continue`, `rollback`")
	}
	v["FailureAction"] = a.FailureAction
	if a.Monitor != nil {
		if !isInt(a.Monitor) {
			return nil, fmt.Errorf("monitor must be an integer")
		}
		v["Monitor"] = a.Monitor
	}
	if a.MaxFailureRatio != nil {
		f, err := ToFloat(a.MaxFailureRatio)
		if err != nil {
			return nil, fmt.Errorf("max_failure_ratio must be a float")
		}
		if f > 1 || f < 0 {
			return nil, fmt.Errorf("max_failure_ratio must be a number between 0 and 1")
		}
		v["MaxFailureRatio"] = a.MaxFailureRatio
	}
	if a.Order != nil {
		if *a.Order != "start-first" && *a.Order != "stop-first" {
			return nil, fmt.Errorf("order must be either `start-first` or `stop-first`")
		}
		v["Order"] = *a.Order
	}
	return v, nil
}

func newDriverConfig(a *DriverConfigArgs) *DriverConfigValue {
	v := map[string]any{"Name": a.Name}
	if pyTrue(a.Options) {
		v["Options"] = a.Options
	}
	return &DriverConfigValue{dockerType{v}}
}

func newEndpointSpec(a *EndpointSpecArgs) (*EndpointSpec, error) {
	v := map[string]any{}
	if pyTrue(a.Ports) {
		p, err := convertServicePorts(a.Ports)
		if err != nil {
			return nil, err
		}
		v["Ports"] = p
	}
	if pyTrue(a.Mode) {
		v["Mode"] = a.Mode
	}
	return &EndpointSpec{dockerType{v}}, nil
}

// convertServicePorts is docker-py's convert_service_ports: a list is
// sent as it is; {published = target} or {published = {target, protocol,
// mode}} becomes the daemon's list, in the order of the published ports.
func convertServicePorts(v any) (any, error) {
	if l, ok := v.([]any); ok {
		return l, nil
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("invalid type for ports, expected dict or list")
	}
	type entry struct {
		n   int64
		key string
	}
	keys := make([]entry, 0, len(d))
	for k := range d {
		n, err := strconv.ParseInt(k, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("ports: the published port %q is not a number", k)
		}
		keys = append(keys, entry{n, k})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].n < keys[j].n })
	out := make([]any, 0, len(keys))
	for _, k := range keys {
		spec := map[string]any{"Protocol": "tcp", "PublishedPort": k.n}
		switch t := d[k.key].(type) {
		case []any, Tuple:
			l, _ := ToList(t)
			if len(l) > 3 {
				return nil, fmt.Errorf("service port configuration can have at most 3 elements: (target_port, protocol, mode)")
			}
			if len(l) > 0 {
				spec["TargetPort"] = l[0]
			}
			if len(l) >= 2 && l[1] != nil {
				spec["Protocol"] = l[1]
			}
			if len(l) == 3 {
				spec["PublishMode"] = l[2]
			}
		default:
			spec["TargetPort"] = t
		}
		out = append(out, spec)
	}
	return out, nil
}

func newPlacement(a *PlacementArgs) (*Placement, error) {
	v := map[string]any{}
	if a.Constraints != nil {
		v["Constraints"] = a.Constraints
	}
	if a.Preferences != nil {
		l, err := listArg("preferences", a.Preferences)
		if err != nil {
			return nil, err
		}
		prefs := make([]any, len(l))
		for i, p := range l {
			if t, ok := pair(p); ok {
				s, _ := t[0].(string)
				pp, err := newPlacementPreference(&PlacementPreferenceArgs{Strategy: s, Descriptor: t[1]})
				if err != nil {
					return nil, err
				}
				prefs[i] = pp
				continue
			}
			prefs[i] = p
		}
		v["Preferences"] = prefs
	}
	if a.MaxReplicas != nil {
		v["MaxReplicas"] = a.MaxReplicas
	}
	if pyTrue(a.Platforms) {
		l, err := listArg("platforms", a.Platforms)
		if err != nil {
			return nil, err
		}
		plats := make([]any, len(l))
		for i, p := range l {
			t, err := ToList(p)
			if err != nil || len(t) < 2 {
				return nil, fmt.Errorf("platforms item %d must be an (architecture, os) pair", i+1)
			}
			plats[i] = map[string]any{"Architecture": t[0], "OS": t[1]}
		}
		v["Platforms"] = plats
	}
	return &Placement{dockerType{v}}, nil
}

// pair reads a (strategy, descriptor) tuple, given as a list or tuple.
func pair(v any) ([]any, bool) {
	switch x := v.(type) {
	case Tuple:
		return x, len(x) == 2
	case []any:
		return x, len(x) == 2
	}
	return nil, false
}

func newPlacementPreference(a *PlacementPreferenceArgs) (*PlacementPreference, error) {
	if a.Strategy != "spread" {
		return nil, fmt.Errorf("PlacementPreference strategy value is invalid (%s): must be \"spread\"", a.Strategy)
	}
	return &PlacementPreference{dockerType{map[string]any{"Spread": map[string]any{"SpreadDescriptor": a.Descriptor}}}}, nil
}

func referenceFile(name any, a *ReferenceArgs) map[string]any {
	or := func(v, d any) any {
		if pyTrue(v) {
			return v
		}
		return d
	}
	return map[string]any{"Name": or(a.Filename, name), "UID": or(a.UID, "0"), "GID": or(a.GID, "0"), "Mode": a.Mode}
}

func newSecretReference(a *SecretReferenceArgs) *SecretReference {
	return &SecretReference{dockerType{map[string]any{"SecretName": a.SecretName, "SecretID": a.SecretID.ID, "File": referenceFile(a.SecretName, &a.ReferenceArgs)}}}
}

func newConfigReference(a *ConfigReferenceArgs) *ConfigReference {
	return &ConfigReference{dockerType{map[string]any{"ConfigName": a.ConfigName, "ConfigID": a.ConfigID.ID, "File": referenceFile(a.ConfigName, &a.ReferenceArgs)}}}
}

func newPrivileges(a *PrivilegesArgs) (*Privileges, error) {
	cred := map[string]any{}
	if a.CredentialspecRegistry != nil {
		cred["Registry"] = a.CredentialspecRegistry
	}
	if a.CredentialspecFile != nil {
		cred["File"] = a.CredentialspecFile
	}
	if len(cred) > 1 {
		return nil, fmt.Errorf("credentialspec_file and credentialspec_registry are mutually exclusive")
	}
	v := map[string]any{"SELinuxContext": map[string]any{
		"Disable": a.SelinuxDisable, "User": a.SelinuxUser, "Role": a.SelinuxRole, "Type": a.SelinuxType, "Level": a.SelinuxLevel,
	}}
	if len(cred) > 0 {
		v["CredentialSpec"] = cred
	}
	return &Privileges{dockerType{v}}, nil
}

func newSwarmSpec(a *SwarmSpecArgs) (*SwarmSpec, error) {
	f := &a.SwarmSpecFields
	older := func(min string) bool { return !engine.VersionAtLeast(a.Version, min) }
	tooOld := func(what, min string) error {
		return Errorf(InvalidVersion, "%s is not supported in API version < %s", what, min)
	}
	v := map[string]any{}
	if f.TaskHistoryRetentionLimit != nil {
		v["Orchestration"] = map[string]any{"TaskHistoryRetentionLimit": f.TaskHistoryRetentionLimit}
	}
	if pyTrue(f.SnapshotInterval) || pyTrue(f.KeepOldSnapshots) || pyTrue(f.LogEntriesForSlowFollower) || pyTrue(f.HeartbeatTick) || pyTrue(f.ElectionTick) {
		v["Raft"] = map[string]any{
			"SnapshotInterval": f.SnapshotInterval, "KeepOldSnapshots": f.KeepOldSnapshots,
			"LogEntriesForSlowFollowers": f.LogEntriesForSlowFollower, "HeartbeatTick": f.HeartbeatTick, "ElectionTick": f.ElectionTick,
		}
	}
	if pyTrue(f.DispatcherHeartbeatPeriod) {
		v["Dispatcher"] = map[string]any{"HeartbeatPeriod": f.DispatcherHeartbeatPeriod}
	}
	ca := map[string]any{}
	if f.NodeCertExpiry != nil {
		ca["NodeCertExpiry"] = f.NodeCertExpiry
	}
	if pyTrue(f.ExternalCAs) {
		l, err := listArg("external_cas", f.ExternalCAs)
		if err != nil {
			return nil, err
		}
		if older("1.25") {
			if len(l) > 1 {
				return nil, Errorf(InvalidVersion, "Support for multiple external CAs is not available for API version < 1.25")
			}
			ca["ExternalCA"] = l[0]
		} else {
			ca["ExternalCAs"] = l
		}
	}
	for _, x := range []struct {
		key, what string
		v         any
		set       bool
	}{{"SigningCAKey", "signing_ca_key", f.SigningCAKey, pyTrue(f.SigningCAKey)},
		{"SigningCACert", "signing_ca_cert", f.SigningCACert, pyTrue(f.SigningCACert)},
		{"ForceRotate", "force_rotate", f.CAForceRotate, f.CAForceRotate != nil}} {
		if !x.set {
			continue
		}
		if older("1.30") {
			return nil, tooOld(x.what, "1.30")
		}
		ca[x.key] = x.v
	}
	if len(ca) > 0 {
		v["CAConfig"] = ca
	}
	if f.AutolockManagers != nil {
		if older("1.25") {
			return nil, tooOld("autolock_managers", "1.25")
		}
		v["EncryptionConfig"] = map[string]any{"AutoLockManagers": f.AutolockManagers}
	}
	if f.LogDriver != nil {
		if older("1.25") {
			return nil, tooOld("log_driver", "1.25")
		}
		v["TaskDefaults"] = map[string]any{"LogDriver": f.LogDriver}
	}
	if f.Name != nil {
		v["Name"] = f.Name
	}
	if f.Labels != nil {
		v["Labels"] = f.Labels
	}
	return &SwarmSpec{dockerType{v}}, nil
}

func init() {
	ctor("ServiceMode", "A service's mode: replicated (with replicas), global, replicated-job or global-job.", func(a *ServiceModeArgs) (Object, error) { return newServiceMode(a) })
	ctor("TaskTemplate", "The task specification of a service.", func(a *TaskTemplateArgs) (Object, error) { return newTaskTemplate(a) })
	ctor("ContainerSpec", "The containers of a service's tasks.", func(a *ContainerSpecArgs) (Object, error) { return newContainerSpec(a) })
	ctor("Resources", "Resource limits and reservations of a service's containers.", func(a *ResourcesArgs) (Object, error) { return newResources(a) })
	ctor("UpdateConfig", "How a service's tasks are updated.", func(a *UpdateConfigArgs) (Object, error) {
		v, err := updateConfigValue(a)
		if err != nil {
			return nil, err
		}
		return &UpdateConfig{dockerType{v}}, nil
	})
	ctor("RollbackConfig", "How a service's tasks are rolled back.", func(a *UpdateConfigArgs) (Object, error) {
		v, err := updateConfigValue(a)
		if err != nil {
			return nil, err
		}
		return &RollbackConfig{dockerType{v}}, nil
	})
	ctor("DriverConfig", "A driver and its options (log driver, volume driver).", func(a *DriverConfigArgs) (Object, error) { return newDriverConfig(a), nil })
	ctor("EndpointSpec", "A service's endpoint: its mode and published ports.", func(a *EndpointSpecArgs) (Object, error) { return newEndpointSpec(a) })
	ctor("Placement", "Where a service's tasks may run.", func(a *PlacementArgs) (Object, error) { return newPlacement(a) })
	ctor("PlacementPreference", "A placement preference: spread over a label.", func(a *PlacementPreferenceArgs) (Object, error) { return newPlacementPreference(a) })
	ctor("SecretReference", "A secret given to a service's containers as a file.", func(a *SecretReferenceArgs) (Object, error) { return newSecretReference(a), nil })
	ctor("ConfigReference", "A config given to a service's containers as a file.", func(a *ConfigReferenceArgs) (Object, error) { return newConfigReference(a), nil })
	ctor("NetworkAttachmentConfig", "A network a service's tasks attach to.", func(a *NetworkAttachmentConfigArgs) (Object, error) {
		return &NetworkAttachmentConfig{dockerType{map[string]any{"Target": a.Target, "Aliases": a.Aliases, "DriverOpts": a.Options}}}, nil
	})
	ctor("DNSConfig", "The resolver configuration of a service's containers.", func(a *DNSConfigArgs) (Object, error) {
		return &DNSConfig{dockerType{map[string]any{"Nameservers": a.Nameservers, "Search": a.Search, "Options": a.Options}}}, nil
	})
	ctor("Privileges", "Security options of a service's containers.", func(a *PrivilegesArgs) (Object, error) { return newPrivileges(a) })
	ctor("SwarmSpec", "A swarm's settings (api.create_swarm_spec makes one for the client's API version).", func(a *SwarmSpecArgs) (Object, error) { return newSwarmSpec(a) })
	ctor("SwarmExternalCA", "An external CA that signs a swarm's node certificates.", func(a *SwarmExternalCAArgs) (Object, error) {
		return &SwarmExternalCA{dockerType{map[string]any{"URL": a.URL, "Protocol": a.Protocol, "Options": a.Options, "CACert": a.CACert}}}, nil
	})

	fieldProps[*ServiceMode](ServiceModeClass, nil)
	Prop(ServiceModeClass, "mode", "The mode's key: replicated, global, ReplicatedJob or GlobalJob.", func(_ *Call, m *ServiceMode) (any, error) { return m.mode, nil })
	Prop(ServiceModeClass, "replicas", "Replicas (replicated) or total completions (replicated-job), else nil.", func(_ *Call, m *ServiceMode) (any, error) {
		if r, ok := m.v["replicated"].(map[string]any); ok {
			return r["Replicas"], nil
		}
		if r, ok := m.v["ReplicatedJob"].(map[string]any); ok {
			return r["TotalCompletions"], nil
		}
		return nil, nil
	})
	fieldProps[*TaskTemplate](TaskTemplateClass, [][3]string{
		{"container_spec", "ContainerSpec", "The containers of the tasks."}, {"resources", "Resources", "Resource limits and reservations."},
		{"restart_policy", "RestartPolicy", "The restart policy."}, {"placement", "Placement", "The placement."},
	})
	for _, cls := range []*Class{ContainerSpecClass, ResourcesClass, PlacementClass, PlacementPreferenceClass, NetworkAttachmentConfigClass, DNSConfigClass, PrivilegesClass, SwarmSpecClass, SwarmExternalCAClass} {
		cls.Repr = typeRepr
	}
	fieldProps[*UpdateConfig](UpdateConfigClass, nil)
	fieldProps[*RollbackConfig](RollbackConfigClass, nil)
	fieldProps[*DriverConfigValue](DriverConfigClass, nil)
	fieldProps[*EndpointSpec](EndpointSpecClass, nil)
	fieldProps[*SecretReference](SecretReferenceClass, nil)
	fieldProps[*ConfigReference](ConfigReferenceClass, nil)
}
