package bindings

import (
	"encoding/json"
	"fmt"

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
	ContainerSpec ContainerSpecDict      `arg:"container_spec" pos:"0" req:"true" doc:"The containers of the tasks."`
	Resources     ResourcesDict          `arg:"resources" pos:"1" doc:"Resource limits and reservations."`
	RestartPolicy SwarmRestartPolicyDict `arg:"restart_policy" pos:"2" doc:"The restart policy."`
	Placement     PlacementDict          `arg:"placement" pos:"3" doc:"Placement, or a list of constraints."`
	LogDriver     DriverConfig           `arg:"log_driver" pos:"4" kind:"DriverConfig|dict" doc:"The logging driver {Name, Options}."`
	Networks      ServiceNetworks        `arg:"networks" pos:"5" doc:"Network names or IDs, or NetworkAttachmentConfig values."`
	ForceUpdate   *int64                 `arg:"force_update" pos:"6" doc:"A counter that forces an update when changed."`
}

// ContainerSpecArgs are docker.types.ContainerSpec's parameters.
type ContainerSpecArgs struct {
	Image           string            `arg:"image" pos:"0" req:"true" doc:"The image."`
	Command         Command           `arg:"command" pos:"1" doc:"The command: a str (split like a shell) or a list."`
	Args            []string          `arg:"args" pos:"2" doc:"Arguments of the command."`
	Hostname        *string           `arg:"hostname" pos:"3" body:"Hostname" doc:"The containers' host name."`
	Env             KeyValues         `arg:"env" pos:"4" body:"Env,empty" doc:"Environment: a dict or a list of \"KEY=value\"."`
	Workdir         *string           `arg:"workdir" pos:"5" body:"Dir" doc:"Working directory."`
	User            *string           `arg:"user" pos:"6" body:"User" doc:"User to run as."`
	Labels          map[string]string `arg:"labels" pos:"7" body:"Labels,empty" doc:"Labels of the containers."`
	Mounts          Mounts            `arg:"mounts" pos:"8" body:"Mounts,empty" doc:"Mounts: Mount values, dicts or \"source:target[:ro]\" strings."`
	StopGracePeriod *int64            `arg:"stop_grace_period" pos:"9" body:"StopGracePeriod" doc:"Nanoseconds to wait before killing."`
	Secrets         SecretRefs        `arg:"secrets" pos:"10" body:"Secrets,empty" doc:"SecretReference values (or dicts)."`
	TTY             *bool             `arg:"tty" pos:"11" body:"TTY" doc:"Allocate a pseudo-TTY."`
	Groups          NamesOrIDs        `arg:"groups" pos:"12" body:"Groups,empty" doc:"Additional groups."`
	OpenStdin       *bool             `arg:"open_stdin" pos:"13" body:"OpenStdin" doc:"Open stdin."`
	ReadOnly        *bool             `arg:"read_only" pos:"14" body:"ReadOnly" doc:"Mount the root filesystem read-only."`
	StopSignal      *string           `arg:"stop_signal" pos:"15" body:"StopSignal" doc:"Signal that stops the containers."`
	Healthcheck     HealthcheckSpec   `arg:"healthcheck" pos:"16" body:"Healthcheck,empty" kind:"Healthcheck|dict" doc:"The healthcheck."`
	Hosts           TaskHosts         `arg:"hosts" pos:"17" body:"Hosts,empty" doc:"Extra /etc/hosts entries {host = ip}, or a list of \"ip host\"."`
	DNSConfig       DNSConfigDict     `arg:"dns_config" pos:"18" body:"DNSConfig,empty" doc:"Resolver configuration."`
	Configs         ConfigRefs        `arg:"configs" pos:"19" body:"Configs,empty" doc:"ConfigReference values (or dicts)."`
	Privileges      PrivilegesDict    `arg:"privileges" pos:"20" body:"Privileges,empty" doc:"Security options."`
	Isolation       *string           `arg:"isolation" pos:"21" body:"Isolation" doc:"Isolation technology (Windows)."`
	Init            *bool             `arg:"init" pos:"22" body:"Init" doc:"Run an init process in the containers."`
	CapAdd          []string          `arg:"cap_add" pos:"23" body:"CapabilityAdd,empty" doc:"Capabilities to add."`
	CapDrop         []string          `arg:"cap_drop" pos:"24" body:"CapabilityDrop,empty" doc:"Capabilities to drop."`
	Sysctls         map[string]string `arg:"sysctls" pos:"25" body:"Sysctls,empty" doc:"Kernel parameters."`
}

// ResourcesArgs are docker.types.Resources's parameters.
type ResourcesArgs struct {
	CPULimit         *int64           `arg:"cpu_limit" pos:"0" doc:"CPU limit in units of 1e-9 CPUs."`
	MemLimit         *ByteSize        `arg:"mem_limit" pos:"1" doc:"Memory limit: int bytes or a str with unit (\"512m\", \"1g\")."`
	CPUReservation   *int64           `arg:"cpu_reservation" pos:"2" doc:"CPU reservation in units of 1e-9 CPUs."`
	MemReservation   *ByteSize        `arg:"mem_reservation" pos:"3" doc:"Memory reservation: int bytes or a str with unit (\"512m\", \"1g\")."`
	GenericResources GenericResources `arg:"generic_resources" pos:"4" doc:"Generic resources {kind = int or str}, or the daemon's list."`
}

// UpdateConfigArgs are docker.types.UpdateConfig's (and RollbackConfig's)
// parameters.
type UpdateConfigArgs struct {
	Parallelism     int64    `arg:"parallelism" pos:"0" default:"0" doc:"Tasks updated at once (0: all)."`
	Delay           *int64   `arg:"delay" pos:"1" doc:"Nanoseconds between updates."`
	FailureAction   string   `arg:"failure_action" pos:"2" default:"\"continue\"" doc:"continue, pause or rollback."`
	Monitor         *int64   `arg:"monitor" pos:"3" doc:"Nanoseconds to watch each task after its update."`
	MaxFailureRatio *float64 `arg:"max_failure_ratio" pos:"4" doc:"Failure ratio tolerated, from 0 to 1."`
	Order           *string  `arg:"order" pos:"5" doc:"start-first or stop-first."`
}

// DriverConfigArgs are docker.types.DriverConfig's parameters.
type DriverConfigArgs struct {
	Name    string            `arg:"name" pos:"0" req:"true" doc:"The driver's name."`
	Options map[string]string `arg:"options" pos:"1" doc:"The driver's options."`
}

// EndpointSpecArgs are docker.types.EndpointSpec's parameters.
type EndpointSpecArgs struct {
	Mode  *string      `arg:"mode" pos:"0" doc:"vip (default) or dnsrr."`
	Ports ServicePorts `arg:"ports" pos:"1" doc:"{published = target} or {published = {target, protocol, mode}}, or the daemon's list."`
}

// PlacementArgs are docker.types.Placement's parameters.
type PlacementArgs struct {
	Constraints []string       `arg:"constraints" pos:"0" doc:"Constraints such as \"node.role==manager\"."`
	Preferences PlacementPrefs `arg:"preferences" pos:"1" doc:"PlacementPreference values or (strategy, descriptor) pairs."`
	Platforms   Platforms      `arg:"platforms" pos:"2" doc:"(architecture, os) pairs."`
	MaxReplicas *int64         `arg:"maxreplicas" pos:"3" doc:"Tasks per node at most."`
}

// PlacementPreferenceArgs are docker.types.PlacementPreference's parameters.
type PlacementPreferenceArgs struct {
	Strategy   string `arg:"strategy" pos:"0" req:"true" doc:"The strategy: spread."`
	Descriptor string `arg:"descriptor" pos:"1" req:"true" doc:"The label to spread over, e.g. \"node.labels.zone\"."`
}

// ReferenceArgs are the parameters of docker.types.SecretReference and
// ConfigReference; their first two names differ.
type ReferenceArgs struct {
	Filename *string `arg:"filename" pos:"2" doc:"File name in the container (default: the name)."`
	UID      *string `arg:"uid" pos:"3" doc:"Owner's UID (default \"0\")."`
	GID      *string `arg:"gid" pos:"4" doc:"Owner's GID (default \"0\")."`
	Mode     int64   `arg:"mode" pos:"5" default:"292" doc:"Permission bits (default 0o444)."`
}

// SecretReferenceArgs are docker.types.SecretReference's parameters.
type SecretReferenceArgs struct {
	SecretID   Ref    `arg:"secret_id" pos:"0" req:"true" doc:"The secret's ID (or the Secret)."`
	SecretName string `arg:"secret_name" pos:"1" req:"true" doc:"The secret's name."`
	ReferenceArgs
}

// ConfigReferenceArgs are docker.types.ConfigReference's parameters.
type ConfigReferenceArgs struct {
	ConfigID   Ref    `arg:"config_id" pos:"0" req:"true" doc:"The config's ID (or the Config)."`
	ConfigName string `arg:"config_name" pos:"1" req:"true" doc:"The config's name."`
	ReferenceArgs
}

// NetworkAttachmentConfigArgs are docker.types.NetworkAttachmentConfig's
// parameters.
type NetworkAttachmentConfigArgs struct {
	Target  string            `arg:"target" pos:"0" req:"true" doc:"The network's name or ID."`
	Aliases []string          `arg:"aliases" pos:"1" doc:"Network-scoped aliases."`
	Options map[string]string `arg:"options" pos:"2" doc:"Driver options."`
}

// DNSConfigArgs are docker.types.DNSConfig's parameters.
type DNSConfigArgs struct {
	Nameservers []string `arg:"nameservers" pos:"0" doc:"Name server addresses."`
	Search      []string `arg:"search" pos:"1" doc:"Search domains."`
	Options     []string `arg:"options" pos:"2" doc:"Resolver options."`
}

// PrivilegesArgs are docker.types.Privileges's parameters.
type PrivilegesArgs struct {
	CredentialspecFile     *string `arg:"credentialspec_file" pos:"0" doc:"Credential spec file (Windows)."`
	CredentialspecRegistry *string `arg:"credentialspec_registry" pos:"1" doc:"Credential spec registry value (Windows)."`
	SelinuxDisable         *bool   `arg:"selinux_disable" pos:"2" doc:"Disable SELinux labeling."`
	SelinuxUser            *string `arg:"selinux_user" pos:"3" doc:"SELinux user label."`
	SelinuxRole            *string `arg:"selinux_role" pos:"4" doc:"SELinux role label."`
	SelinuxType            *string `arg:"selinux_type" pos:"5" doc:"SELinux type label."`
	SelinuxLevel           *string `arg:"selinux_level" pos:"6" doc:"SELinux level label."`
}

// SwarmSpecFields are docker.types.SwarmSpec's parameters after version:
// those of api.create_swarm_spec and of Swarm.init and Swarm.update.
type SwarmSpecFields struct {
	TaskHistoryRetentionLimit *int64            `arg:"task_history_retention_limit" pos:"1" doc:"Tasks kept in history per slot."`
	SnapshotInterval          *int64            `arg:"snapshot_interval" pos:"2" doc:"Raft log entries between snapshots."`
	KeepOldSnapshots          *int64            `arg:"keep_old_snapshots" pos:"3" doc:"Old snapshots kept."`
	LogEntriesForSlowFollower *int64            `arg:"log_entries_for_slow_followers" pos:"4" doc:"Log entries kept for slow followers."`
	HeartbeatTick             *int64            `arg:"heartbeat_tick" pos:"5" doc:"Ticks between heartbeats."`
	ElectionTick              *int64            `arg:"election_tick" pos:"6" doc:"Ticks before an election."`
	DispatcherHeartbeatPeriod *int64            `arg:"dispatcher_heartbeat_period" pos:"7" doc:"Nanoseconds between node heartbeats."`
	NodeCertExpiry            *int64            `arg:"node_cert_expiry" pos:"8" doc:"Node certificates' lifetime in nanoseconds."`
	ExternalCAs               ExternalCAs       `arg:"external_cas" pos:"9" doc:"SwarmExternalCA values (or dicts)."`
	Name                      *string           `arg:"name" pos:"10" doc:"The swarm's name."`
	Labels                    map[string]string `arg:"labels" pos:"11" doc:"The swarm's labels."`
	SigningCACert             *string           `arg:"signing_ca_cert" pos:"12" doc:"Root CA certificate (PEM)."`
	SigningCAKey              *string           `arg:"signing_ca_key" pos:"13" doc:"Root CA key (PEM)."`
	CAForceRotate             *int64            `arg:"ca_force_rotate" pos:"14" doc:"A counter that forces a CA rotation when changed."`
	AutolockManagers          *bool             `arg:"autolock_managers" pos:"15" doc:"Lock managers' keys with an unlock key."`
	LogDriver                 DriverConfig      `arg:"log_driver" pos:"16" kind:"DriverConfig|dict" doc:"Default logging driver of tasks."`
}

// SwarmSpecArgs are docker.types.SwarmSpec's parameters.
type SwarmSpecArgs struct {
	Version string `arg:"version" pos:"0" req:"true" doc:"The API version the spec is for, e.g. \"1.41\"."`
	SwarmSpecFields
}

// SwarmExternalCAArgs are docker.types.SwarmExternalCA's parameters.
type SwarmExternalCAArgs struct {
	URL      string            `arg:"url" pos:"0" req:"true" doc:"The CA's URL."`
	Protocol *string           `arg:"protocol" pos:"1" doc:"The protocol: cfssl."`
	Options  map[string]string `arg:"options" pos:"2" doc:"Protocol options."`
	CACert   *string           `arg:"ca_cert" pos:"3" doc:"The CA's certificate (PEM)."`
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

func newTaskTemplate(a *TaskTemplateArgs) (*TaskTemplate, error) {
	v := map[string]any{"ContainerSpec": map[string]any(a.ContainerSpec)}
	if len(a.Resources) > 0 {
		v["Resources"] = map[string]any(a.Resources)
	}
	if len(a.RestartPolicy) > 0 {
		v["RestartPolicy"] = map[string]any(a.RestartPolicy)
	}
	if len(a.Placement) > 0 {
		v["Placement"] = map[string]any(a.Placement)
	}
	if len(a.LogDriver) > 0 {
		v["LogDriver"] = map[string]any(a.LogDriver)
	}
	if len(a.Networks) > 0 {
		v["Networks"] = []any(a.Networks)
	}
	if a.ForceUpdate != nil {
		v["ForceUpdate"] = *a.ForceUpdate
	}
	return &TaskTemplate{dockerType{v}}, nil
}

func newContainerSpec(a *ContainerSpecArgs) (*ContainerSpec, error) {
	v := map[string]any{"Image": a.Image, "Command": nil, "Args": optStrings(a.Args)}
	if a.Command.Given() {
		v["Command"] = stringsAny(a.Command.Args)
	}
	return &ContainerSpec{dockerType{requestBody(a, v)}}, nil
}

func newResources(a *ResourcesArgs) (*Resources, error) {
	limits, reservations := map[string]any{}, map[string]any{}
	for _, f := range []struct {
		m   map[string]any
		key string
		v   *int64
	}{{limits, "NanoCPUs", a.CPULimit}, {limits, "MemoryBytes", (*int64)(a.MemLimit)}, {reservations, "NanoCPUs", a.CPUReservation}, {reservations, "MemoryBytes", (*int64)(a.MemReservation)}} {
		if f.v != nil {
			f.m[f.key] = *f.v
		}
	}
	if a.GenericResources != nil {
		reservations["GenericResources"] = []any(a.GenericResources)
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

func updateConfigValue(a *UpdateConfigArgs) (map[string]any, error) {
	v := map[string]any{"Parallelism": a.Parallelism}
	if a.Delay != nil {
		v["Delay"] = *a.Delay
	}
	switch a.FailureAction {
	case "pause", "continue", "rollback":
	default:
		return nil, fmt.Errorf("failure_action must be one of `pause`, `continue`, `rollback`, not %q", clip(a.FailureAction))
	}
	v["FailureAction"] = a.FailureAction
	if a.Monitor != nil {
		v["Monitor"] = *a.Monitor
	}
	if a.MaxFailureRatio != nil {
		f := *a.MaxFailureRatio
		if !(f >= 0 && f <= 1) {
			return nil, fmt.Errorf("max_failure_ratio must be a number between 0 and 1, not %v", f)
		}
		v["MaxFailureRatio"] = toJSONable(f)
	}
	if a.Order != nil {
		if *a.Order != "start-first" && *a.Order != "stop-first" {
			return nil, fmt.Errorf("order must be either `start-first` or `stop-first`, not %q", clip(*a.Order))
		}
		v["Order"] = *a.Order
	}
	return v, nil
}

func newDriverConfig(a *DriverConfigArgs) *DriverConfigValue {
	v := map[string]any{"Name": a.Name}
	if len(a.Options) > 0 {
		v["Options"] = stringMapAny(a.Options)
	}
	return &DriverConfigValue{dockerType{v}}
}

func newEndpointSpec(a *EndpointSpecArgs) (*EndpointSpec, error) {
	v := map[string]any{}
	if len(a.Ports) > 0 {
		v["Ports"] = []any(a.Ports)
	}
	if a.Mode != nil && *a.Mode != "" {
		v["Mode"] = *a.Mode
	}
	return &EndpointSpec{dockerType{v}}, nil
}

func newPlacement(a *PlacementArgs) (*Placement, error) {
	v := map[string]any{}
	if a.Constraints != nil {
		v["Constraints"] = stringsAny(a.Constraints)
	}
	if a.Preferences != nil {
		v["Preferences"] = []any(a.Preferences)
	}
	if a.MaxReplicas != nil {
		v["MaxReplicas"] = *a.MaxReplicas
	}
	if len(a.Platforms) > 0 {
		v["Platforms"] = []any(a.Platforms)
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
		return nil, fmt.Errorf("PlacementPreference strategy value is invalid (%s): must be \"spread\"", clip(a.Strategy))
	}
	return &PlacementPreference{dockerType{map[string]any{"Spread": map[string]any{"SpreadDescriptor": a.Descriptor}}}}, nil
}

func referenceFile(name string, a *ReferenceArgs) map[string]any {
	or := func(v *string, d string) string {
		if v != nil && *v != "" {
			return *v
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
		cred["Registry"] = *a.CredentialspecRegistry
	}
	if a.CredentialspecFile != nil {
		cred["File"] = *a.CredentialspecFile
	}
	if len(cred) > 1 {
		return nil, fmt.Errorf("credentialspec_file and credentialspec_registry are mutually exclusive")
	}
	v := map[string]any{"SELinuxContext": map[string]any{
		"Disable": optBool(a.SelinuxDisable), "User": optStr(a.SelinuxUser), "Role": optStr(a.SelinuxRole),
		"Type": optStr(a.SelinuxType), "Level": optStr(a.SelinuxLevel),
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
	nonZero := func(p *int64) bool { return p != nil && *p != 0 }
	v := map[string]any{}
	if f.TaskHistoryRetentionLimit != nil {
		v["Orchestration"] = map[string]any{"TaskHistoryRetentionLimit": *f.TaskHistoryRetentionLimit}
	}
	if nonZero(f.SnapshotInterval) || nonZero(f.KeepOldSnapshots) || nonZero(f.LogEntriesForSlowFollower) || nonZero(f.HeartbeatTick) || nonZero(f.ElectionTick) {
		v["Raft"] = map[string]any{
			"SnapshotInterval": optInt(f.SnapshotInterval), "KeepOldSnapshots": optInt(f.KeepOldSnapshots),
			"LogEntriesForSlowFollowers": optInt(f.LogEntriesForSlowFollower), "HeartbeatTick": optInt(f.HeartbeatTick), "ElectionTick": optInt(f.ElectionTick),
		}
	}
	if nonZero(f.DispatcherHeartbeatPeriod) {
		v["Dispatcher"] = map[string]any{"HeartbeatPeriod": *f.DispatcherHeartbeatPeriod}
	}
	ca := map[string]any{}
	if f.NodeCertExpiry != nil {
		ca["NodeCertExpiry"] = *f.NodeCertExpiry
	}
	if len(f.ExternalCAs) > 0 {
		if older("1.25") {
			if len(f.ExternalCAs) > 1 {
				return nil, Errorf(InvalidVersion, "Support for multiple external CAs is not available for API version < 1.25")
			}
			ca["ExternalCA"] = f.ExternalCAs[0]
		} else {
			ca["ExternalCAs"] = []any(f.ExternalCAs)
		}
	}
	for _, x := range []struct {
		key, what string
		v         any
		set       bool
	}{{"SigningCAKey", "signing_ca_key", optStr(f.SigningCAKey), f.SigningCAKey != nil && *f.SigningCAKey != ""},
		{"SigningCACert", "signing_ca_cert", optStr(f.SigningCACert), f.SigningCACert != nil && *f.SigningCACert != ""},
		{"ForceRotate", "force_rotate", optInt(f.CAForceRotate), f.CAForceRotate != nil}} {
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
		v["EncryptionConfig"] = map[string]any{"AutoLockManagers": *f.AutolockManagers}
	}
	if f.LogDriver != nil {
		if older("1.25") {
			return nil, tooOld("log_driver", "1.25")
		}
		v["TaskDefaults"] = map[string]any{"LogDriver": map[string]any(f.LogDriver)}
	}
	if f.Name != nil {
		v["Name"] = *f.Name
	}
	if f.Labels != nil {
		v["Labels"] = stringMapAny(f.Labels)
	}
	return &SwarmSpec{dockerType{v}}, nil
}

func init() {
	serviceModeCtor = ctor("ServiceMode", "A service's mode: replicated (with replicas), global, replicated-job or global-job.", func(a *ServiceModeArgs) (Object, error) { return newServiceMode(a) })
	taskTemplateCtor = ctor("TaskTemplate", "The task specification of a service.", func(a *TaskTemplateArgs) (Object, error) { return newTaskTemplate(a) })
	containerSpecCtor = ctor("ContainerSpec", "The containers of a service's tasks.", func(a *ContainerSpecArgs) (Object, error) { return newContainerSpec(a) })
	resourcesCtor = ctor("Resources", "Resource limits and reservations of a service's containers.", func(a *ResourcesArgs) (Object, error) { return newResources(a) })
	updateConfigCtor = ctor("UpdateConfig", "How a service's tasks are updated.", func(a *UpdateConfigArgs) (Object, error) {
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
	endpointSpecCtor = ctor("EndpointSpec", "A service's endpoint: its mode and published ports.", func(a *EndpointSpecArgs) (Object, error) { return newEndpointSpec(a) })
	placementCtor = ctor("Placement", "Where a service's tasks may run.", func(a *PlacementArgs) (Object, error) { return newPlacement(a) })
	placementPrefCtor = ctor("PlacementPreference", "A placement preference: spread over a label.", func(a *PlacementPreferenceArgs) (Object, error) { return newPlacementPreference(a) })
	secretRefCtor = ctor("SecretReference", "A secret given to a service's containers as a file.", func(a *SecretReferenceArgs) (Object, error) { return newSecretReference(a), nil })
	configRefCtor = ctor("ConfigReference", "A config given to a service's containers as a file.", func(a *ConfigReferenceArgs) (Object, error) { return newConfigReference(a), nil })
	networkAttachmentCtor = ctor("NetworkAttachmentConfig", "A network a service's tasks attach to.", func(a *NetworkAttachmentConfigArgs) (Object, error) {
		return &NetworkAttachmentConfig{dockerType{map[string]any{"Target": a.Target, "Aliases": optStrings(a.Aliases), "DriverOpts": optStringMap(a.Options)}}}, nil
	})
	dnsConfigCtor = ctor("DNSConfig", "The resolver configuration of a service's containers.", func(a *DNSConfigArgs) (Object, error) {
		return &DNSConfig{dockerType{map[string]any{"Nameservers": optStrings(a.Nameservers), "Search": optStrings(a.Search), "Options": optStrings(a.Options)}}}, nil
	})
	privilegesCtor = ctor("Privileges", "Security options of a service's containers.", func(a *PrivilegesArgs) (Object, error) { return newPrivileges(a) })
	swarmSpecCtor = ctor("SwarmSpec", "A swarm's settings (api.create_swarm_spec makes one for the client's API version).", func(a *SwarmSpecArgs) (Object, error) { return newSwarmSpec(a) })
	externalCACtor = ctor("SwarmExternalCA", "An external CA that signs a swarm's node certificates.", func(a *SwarmExternalCAArgs) (Object, error) {
		return &SwarmExternalCA{dockerType{map[string]any{"URL": a.URL, "Protocol": optStr(a.Protocol), "Options": optStringMap(a.Options), "CACert": optStr(a.CACert)}}}, nil
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
