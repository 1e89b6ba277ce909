package bindings

// HostConfigParams are the parameters that run/create and
// create_host_config share, named as docker-py names them; hostConfig()
// turns them into the daemon's HostConfig as docker-py's HostConfig does.
type HostConfigParams struct {
	AutoRemove        bool              `arg:"auto_remove" body:"AutoRemove" doc:"Remove the container when it exits (daemon side)."`
	BlkioWeightDevice WeightDevices     `arg:"blkio_weight_device" body:"BlkioWeightDevice" doc:"Relative block IO weight per device: {{Path=\"/dev/sda\", Weight=200}}."`
	BlkioWeight       *int64            `arg:"blkio_weight" body:"BlkioWeight,nonzero" doc:"Relative block IO weight, 10 to 1000."`
	CapAdd            []string          `arg:"cap_add" body:"CapAdd" doc:"Kernel capabilities to add, e.g. {\"NET_ADMIN\"}."`
	CapDrop           []string          `arg:"cap_drop" body:"CapDrop" doc:"Kernel capabilities to drop."`
	CgroupParent      *string           `arg:"cgroup_parent" body:"CgroupParent" doc:"Parent cgroup of the container."`
	Cgroupns          string            `arg:"cgroupns" body:"CgroupnsMode" doc:"Cgroup namespace mode: private or host."`
	CPUCount          *int64            `arg:"cpu_count" body:"CpuCount,nonzero" doc:"Number of usable CPUs (Windows)."`
	CPUPercent        *int64            `arg:"cpu_percent" body:"CpuPercent,nonzero" doc:"Usable percentage of the CPUs (Windows)."`
	CPUPeriod         *int64            `arg:"cpu_period" body:"CpuPeriod,nonzero" doc:"Length of a CPU period in microseconds."`
	CPUQuota          *int64            `arg:"cpu_quota" body:"CpuQuota,nonzero" doc:"Microseconds of CPU time per period."`
	CPUShares         *int64            `arg:"cpu_shares" body:"CpuShares,nonzero" doc:"CPU shares (relative weight)."`
	CpusetCpus        string            `arg:"cpuset_cpus" body:"CpusetCpus" doc:"CPUs to run on (\"0-3\", \"0,1\")."`
	CpusetMems        string            `arg:"cpuset_mems" body:"CpusetMems" doc:"Memory nodes to use (NUMA)."`
	CPURtPeriod       *int64            `arg:"cpu_rt_period" body:"CPURealtimePeriod,nonzero" doc:"CPU real-time period in microseconds."`
	CPURtRuntime      *int64            `arg:"cpu_rt_runtime" body:"CPURealtimeRuntime,nonzero" doc:"CPU real-time runtime in microseconds."`
	DeviceCgroupRules []string          `arg:"device_cgroup_rules" body:"DeviceCgroupRules,empty" doc:"Cgroup device rules, e.g. {\"c 1:3 mr\"}."`
	DeviceReadBps     RateDevices       `arg:"device_read_bps" body:"BlkioDeviceReadBps" doc:"Read rate limits: {{Path=\"/dev/sda\", Rate=\"1m\"}}."`
	DeviceReadIOps    RateDevices       `arg:"device_read_iops" body:"BlkioDeviceReadIOps" doc:"Read IO-per-second limits: {{Path=..., Rate=1000}}."`
	DeviceWriteBps    RateDevices       `arg:"device_write_bps" body:"BlkioDeviceWriteBps" doc:"Write rate limits: {{Path=..., Rate=\"1m\"}}."`
	DeviceWriteIOps   RateDevices       `arg:"device_write_iops" body:"BlkioDeviceWriteIOps" doc:"Write IO-per-second limits."`
	Devices           Devices           `arg:"devices" body:"Devices" doc:"Host devices: {\"/dev/sda:/dev/xvda:rwm\"}."`
	DeviceRequests    DeviceRequests    `arg:"device_requests" body:"DeviceRequests,empty" doc:"Device requests (GPUs): a list of DeviceRequest or dicts."`
	DNSOpt            []string          `arg:"dns_opt" body:"DnsOptions,empty" doc:"resolv.conf options."`
	DNSSearch         []string          `arg:"dns_search" body:"DnsSearch" doc:"DNS search domains."`
	DNS               []string          `arg:"dns" body:"Dns,empty" doc:"DNS servers."`
	ExtraHosts        ExtraHosts        `arg:"extra_hosts" body:"ExtraHosts,empty" doc:"Extra /etc/hosts entries: {hostname = ip} or {\"hostname:ip\"}."`
	GroupAdd          NamesOrIDs        `arg:"group_add" body:"GroupAdd" doc:"Additional groups (names or IDs)."`
	Init              *bool             `arg:"init" body:"Init" doc:"Run an init process as PID 1 that forwards signals and reaps processes."`
	InitPath          *string           `arg:"init_path" doc:"Path to docker-init (API < 1.29 only)."`
	IpcMode           string            `arg:"ipc_mode" body:"IpcMode" doc:"IPC mode: private, shareable, host, container:<name>."`
	Isolation         string            `arg:"isolation" body:"Isolation" doc:"Isolation technology (Windows)."`
	KernelMemory      *ByteSize         `arg:"kernel_memory" body:"KernelMemory,nonzero" doc:"Kernel memory limit: int bytes or \"64m\"."`
	Links             Links             `arg:"links" body:"Links,empty" doc:"Links: {container = alias} or a list of (container, alias)."`
	LogConfig         LogConfigSpec     `arg:"log_config" body:"LogConfig,empty" doc:"Logging: LogConfig or {type = \"json-file\", config = {[\"max-size\"] = \"10m\"}}."`
	LxcConf           LxcConf           `arg:"lxc_conf" body:"LxcConf,empty" doc:"LXC options (ignored by current daemons)."`
	MemLimit          *ByteSize         `arg:"mem_limit" body:"Memory" doc:"Memory limit: int bytes or a str with unit (\"512m\", \"1g\")."`
	MemReservation    *ByteSize         `arg:"mem_reservation" body:"MemoryReservation,nonzero" doc:"Memory soft limit: int bytes or \"256m\"."`
	MemSwappiness     *int64            `arg:"mem_swappiness" body:"MemorySwappiness" doc:"Memory swappiness, 0 to 100."`
	MemswapLimit      *ByteSize         `arg:"memswap_limit" body:"MemorySwap" doc:"Memory plus swap limit: int bytes or \"1g\" (-1: unlimited)."`
	Mounts            Mounts            `arg:"mounts" body:"Mounts,empty" doc:"Mounts: a list of docker.types.Mount, dicts or \"src:dst[:ro]\" strings."`
	NanoCPUs          *int64            `arg:"nano_cpus" body:"NanoCpus,nonzero" doc:"CPU quota in units of 1e-9 CPUs."`
	NetworkMode       string            `arg:"network_mode" body:"NetworkMode" doc:"Network mode: bridge, host, none, container:<name>."`
	OomKillDisable    bool              `arg:"oom_kill_disable" body:"OomKillDisable" doc:"Disable the OOM killer."`
	OomScoreAdj       *int64            `arg:"oom_score_adj" body:"OomScoreAdj,nonzero" doc:"OOM score adjustment."`
	PidMode           string            `arg:"pid_mode" body:"PidMode" doc:"PID namespace: host or container:<name>."`
	PidsLimit         *int64            `arg:"pids_limit" body:"PidsLimit,nonzero" doc:"Maximum number of processes (-1: unlimited)."`
	Privileged        bool              `arg:"privileged" body:"Privileged" doc:"Give extended privileges."`
	PublishAllPorts   bool              `arg:"publish_all_ports" body:"PublishAllPorts" doc:"Publish every exposed port to a random host port."`
	ReadOnly          *bool             `arg:"read_only" body:"ReadonlyRootfs" doc:"Mount the root filesystem read-only."`
	RestartPolicy     RestartPolicySpec `arg:"restart_policy" body:"RestartPolicy" doc:"Restart policy: {Name = \"on-failure\", MaximumRetryCount = 5}."`
	SecurityOpt       []string          `arg:"security_opt" body:"SecurityOpt,empty" doc:"Security options, e.g. {\"no-new-privileges\"}."`
	ShmSize           *ByteSize         `arg:"shm_size" body:"ShmSize" doc:"Size of /dev/shm: int bytes or \"64m\"."`
	StorageOpt        map[string]string `arg:"storage_opt" body:"StorageOpt,empty" doc:"Storage driver options."`
	Sysctls           map[string]string `arg:"sysctls" body:"Sysctls" doc:"Kernel parameters: {[\"net.ipv4.ip_forward\"] = \"1\"}."`
	Tmpfs             Tmpfs             `arg:"tmpfs" body:"Tmpfs" doc:"tmpfs mounts: {[\"/run\"] = \"size=64m\"} or {\"/run:size=64m\"}."`
	Ulimits           Ulimits           `arg:"ulimits" body:"Ulimits,empty" doc:"Ulimits: a list of Ulimit or {name=\"nofile\", soft=1024, hard=2048}."`
	UsernsMode        string            `arg:"userns_mode" body:"UsernsMode" doc:"User namespace mode: host."`
	UTSMode           string            `arg:"uts_mode" body:"UTSMode" doc:"UTS namespace mode: host."`
	Version           *string           `arg:"version" doc:"API version (accepted for docker-py compatibility)."`
	VolumeDriver      *string           `arg:"volume_driver" body:"VolumeDriver" doc:"Volume driver for the container's volumes."`
	VolumesFrom       CommaList         `arg:"volumes_from" body:"VolumesFrom,empty" doc:"Containers to take volumes from: {\"name[:ro]\"}."`
	Runtime           string            `arg:"runtime" body:"Runtime" doc:"OCI runtime to run the container with."`
}

// ContainerConfigArgs are docker-py's parameters that make a container's
// configuration (api.create_container_config()), converted to the daemon's
// Config, HostConfig and NetworkingConfig by config().
type ContainerConfigArgs struct {
	Image            string           `arg:"image" pos:"0" req:"true" doc:"The image to run."`
	Command          Command          `arg:"command" pos:"1" doc:"The command to run (str or list)."`
	Environment      KeyValues        `arg:"environment" doc:"Environment variables: a dict or a list of \"KEY=value\"."`
	Ports            *PortMap         `arg:"ports" doc:"Ports to publish: {[\"80/tcp\"]=8080}, {[\"80/tcp\"]={\"127.0.0.1\", 8080}}, {[\"53/udp\"]=false} (random); a list only exposes."`
	Volumes          *Volumes         `arg:"volumes" doc:"Binds: {[\"/host\"] = {bind = \"/ctr\", mode = \"ro\"}} or {\"/host:/ctr:ro\", \"name:/data\"}."`
	Labels           Labels           `arg:"labels" doc:"Labels: a dict or a list of names."`
	Entrypoint       Command          `arg:"entrypoint" doc:"The entrypoint (str or list)."`
	WorkingDir       string           `arg:"working_dir" doc:"The working directory inside the container."`
	Hostname         string           `arg:"hostname" doc:"The container's host name."`
	Domainname       string           `arg:"domainname" doc:"The container's domain name."`
	User             StrOrInt         `arg:"user" doc:"User (name or UID) to run as."`
	TTY              bool             `arg:"tty" doc:"Allocate a pseudo-TTY."`
	StdinOpen        bool             `arg:"stdin_open" doc:"Keep STDIN open."`
	Detach           bool             `arg:"detach" doc:"Run in the background and return the Container (run)."`
	StopSignal       string           `arg:"stop_signal" doc:"The signal that stops the container."`
	StopTimeout      *int64           `arg:"stop_timeout" doc:"Seconds to wait for the stop signal before killing."`
	Healthcheck      HealthcheckSpec  `arg:"healthcheck" doc:"Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}."`
	MacAddress       string           `arg:"mac_address" doc:"MAC address of the container."`
	NetworkDisabled  bool             `arg:"network_disabled" doc:"Disable networking."`
	Network          string           `arg:"network" doc:"Name of the network to connect the container to at creation."`
	NetworkingConfig NetworkingConfig `arg:"networking_config" doc:"Endpoint settings per network: {net = docker.types.EndpointConfig{...}}."`
	HostConfigParams
}

// CreateArgs are the parameters of containers.create() (and, through
// embedding, of containers.run() and api.create_container()): the
// container configuration plus where and how the container is created.
type CreateArgs struct {
	ContainerConfigArgs
	Name           string `arg:"name" doc:"A name for the container."`
	Platform       string `arg:"platform" doc:"Platform of the image (os[/arch[/variant]])."`
	UseConfigProxy bool   `arg:"use_config_proxy" default:"true" doc:"Accepted for docker-py compatibility; proxy settings are not injected."`
}

// HostConfigArgs are api.create_host_config()'s parameters: the shared
// host-config set with docker-py's low-level names for binds and ports.
type HostConfigArgs struct {
	Binds        *Volumes     `arg:"binds" doc:"Binds: {[\"/host\"] = {bind = \"/ctr\", mode = \"ro\"}} or {\"/host:/ctr:ro\"}."`
	PortBindings PortBindings `arg:"port_bindings" doc:"Port bindings: {[\"80/tcp\"] = 8080} and the other ports forms."`
	HostConfigParams
}

// config builds the create request body.
func (a *ContainerConfigArgs) config(method string) (map[string]any, error) {
	if a.Network != "" && a.NetworkMode != "" {
		return nil, ArgError(method, "the options 'network' and 'network_mode' cannot be used together")
	}
	cfg := map[string]any{"Image": a.Image}
	if a.Command.Given() {
		cfg["Cmd"] = stringsAny(a.Command.Args)
	}
	if a.Entrypoint.Given() {
		cfg["Entrypoint"] = stringsAny(a.Entrypoint.Args)
	}
	if a.Environment != nil {
		cfg["Env"] = stringsAny(a.Environment)
	}
	if a.Labels != nil {
		cfg["Labels"] = stringMapAny(a.Labels)
	}
	setNonEmpty(cfg, "WorkingDir", a.WorkingDir)
	setNonEmpty(cfg, "Hostname", a.Hostname)
	setNonEmpty(cfg, "Domainname", a.Domainname)
	setNonEmpty(cfg, "User", string(a.User))
	setNonEmpty(cfg, "StopSignal", a.StopSignal)
	setNonEmpty(cfg, "MacAddress", a.MacAddress)
	if a.StopTimeout != nil {
		cfg["StopTimeout"] = *a.StopTimeout
	}
	if a.Healthcheck != nil {
		cfg["Healthcheck"] = map[string]any(a.Healthcheck)
	}
	if a.NetworkDisabled {
		cfg["NetworkDisabled"] = true
	}
	if a.TTY {
		cfg["Tty"] = true
	}
	if a.StdinOpen {
		cfg["OpenStdin"] = true
		cfg["AttachStdin"] = !a.Detach
		cfg["StdinOnce"] = !a.Detach
	}
	var ports PortBindings
	if a.Ports != nil {
		if len(a.Ports.Exposed) > 0 {
			cfg["ExposedPorts"] = a.Ports.Exposed
		}
		ports = a.Ports.Bindings
	}
	hc, err := a.HostConfigParams.hostConfig(method, a.Volumes, ports)
	if err != nil {
		return nil, err
	}
	if a.Volumes != nil && len(a.Volumes.Targets) > 0 {
		vols := make(map[string]any, len(a.Volumes.Targets))
		for _, t := range a.Volumes.Targets {
			vols[t] = map[string]any{}
		}
		cfg["Volumes"] = vols
	}
	endpoints := a.NetworkingConfig
	if a.Network != "" {
		hc["NetworkMode"] = a.Network
		if _, ok := endpoints[a.Network]; !ok {
			// docker-py drops a networking_config that does not name the network
			endpoints = NetworkingConfig{a.Network: map[string]any{}}
		}
	}
	if endpoints != nil {
		cfg["NetworkingConfig"] = map[string]any{"EndpointsConfig": map[string]any(endpoints)}
	}
	cfg["HostConfig"] = hc
	return cfg, nil
}

// hostConfig builds the daemon's HostConfig from the shared parameters and
// the binds and port bindings, as docker-py's HostConfig does: several
// fields are only sent when their value is not falsy.
func (h *HostConfigParams) hostConfig(method string, binds *Volumes, ports PortBindings) (map[string]any, error) {
	hc := map[string]any{}
	if h.NetworkMode == "host" && len(ports) > 0 {
		return nil, ArgError(method, "\"host\" network_mode is incompatible with port_bindings")
	}
	if h.UsernsMode != "" && h.UsernsMode != "host" {
		return nil, ArgError(method, "invalid value for userns_mode param: %s (host)", clip(h.UsernsMode))
	}
	if h.UTSMode != "" && h.UTSMode != "host" {
		return nil, ArgError(method, "invalid value for uts_mode param: %s (host)", clip(h.UTSMode))
	}
	if h.InitPath != nil {
		return nil, Errorf(InvalidVersion, "%s: init_path param is not supported in API versions > 1.29", method)
	}
	if binds != nil {
		hc["Binds"] = stringsAny(binds.Binds)
	}
	if ports != nil {
		hc["PortBindings"] = map[string]any(ports)
	}
	requestBody(h, hc)
	return hc, nil
}

func setNonEmpty(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func stringsAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
