package bindings

// HostConfigParams are the parameters that run/create and
// create_host_config share, named as docker-py names them; hostConfig()
// turns them into the daemon's HostConfig as docker-py's HostConfig does.
type HostConfigParams struct {
	AutoRemove        bool               `arg:"auto_remove" doc:"Remove the container when it exits (daemon side)."`
	BlkioWeightDevice WeightDevices      `arg:"blkio_weight_device" doc:"Relative block IO weight per device: {{Path=\"/dev/sda\", Weight=200}}."`
	BlkioWeight       *int64             `arg:"blkio_weight" doc:"Relative block IO weight, 10 to 1000."`
	CapAdd            []string           `arg:"cap_add" doc:"Kernel capabilities to add, e.g. {\"NET_ADMIN\"}."`
	CapDrop           []string           `arg:"cap_drop" doc:"Kernel capabilities to drop."`
	CgroupParent      *string            `arg:"cgroup_parent" doc:"Parent cgroup of the container."`
	Cgroupns          string             `arg:"cgroupns" doc:"Cgroup namespace mode: private or host."`
	CPUCount          *int64             `arg:"cpu_count" doc:"Number of usable CPUs (Windows)."`
	CPUPercent        *int64             `arg:"cpu_percent" doc:"Usable percentage of the CPUs (Windows)."`
	CPUPeriod         *int64             `arg:"cpu_period" doc:"Length of a CPU period in microseconds."`
	CPUQuota          *int64             `arg:"cpu_quota" doc:"Microseconds of CPU time per period."`
	CPUShares         *int64             `arg:"cpu_shares" doc:"CPU shares (relative weight)."`
	CpusetCpus        string             `arg:"cpuset_cpus" doc:"CPUs to run on (\"0-3\", \"0,1\")."`
	CpusetMems        string             `arg:"cpuset_mems" doc:"Memory nodes to use (NUMA)."`
	CPURtPeriod       *int64             `arg:"cpu_rt_period" doc:"CPU real-time period in microseconds."`
	CPURtRuntime      *int64             `arg:"cpu_rt_runtime" doc:"CPU real-time runtime in microseconds."`
	DeviceCgroupRules []string           `arg:"device_cgroup_rules" doc:"Cgroup device rules, e.g. {\"c 1:3 mr\"}."`
	DeviceReadBps     RateDevices        `arg:"device_read_bps" doc:"Read rate limits: {{Path=\"/dev/sda\", Rate=\"1m\"}}."`
	DeviceReadIOps    RateDevices        `arg:"device_read_iops" doc:"Read IO-per-second limits: {{Path=..., Rate=1000}}."`
	DeviceWriteBps    RateDevices        `arg:"device_write_bps" doc:"Write rate limits: {{Path=..., Rate=\"1m\"}}."`
	DeviceWriteIOps   RateDevices        `arg:"device_write_iops" doc:"Write IO-per-second limits."`
	Devices           Devices            `arg:"devices" doc:"Host devices: {\"/dev/sda:/dev/xvda:rwm\"}."`
	DeviceRequests    DeviceRequests     `arg:"device_requests" doc:"Device requests (GPUs): a list of DeviceRequest or dicts."`
	DNSOpt            []string           `arg:"dns_opt" doc:"resolv.conf options."`
	DNSSearch         []string           `arg:"dns_search" doc:"DNS search domains."`
	DNS               []string           `arg:"dns" doc:"DNS servers."`
	ExtraHosts        ExtraHosts         `arg:"extra_hosts" doc:"Extra /etc/hosts entries: {hostname = ip} or {\"hostname:ip\"}."`
	GroupAdd          []string           `arg:"group_add" doc:"Additional groups (names or IDs)."`
	Init              *bool              `arg:"init" doc:"Run an init process as PID 1 that forwards signals and reaps processes."`
	InitPath          *string            `arg:"init_path" doc:"Path to docker-init (API < 1.29 only)."`
	IpcMode           string             `arg:"ipc_mode" doc:"IPC mode: private, shareable, host, container:<name>."`
	Isolation         string             `arg:"isolation" doc:"Isolation technology (Windows)."`
	KernelMemory      *ByteSize          `arg:"kernel_memory" doc:"Kernel memory limit: int bytes or \"64m\"."`
	Links             Links              `arg:"links" doc:"Links: {container = alias} or a list of (container, alias)."`
	LogConfig         LogConfigValue     `arg:"log_config" doc:"Logging: LogConfig or {type = \"json-file\", config = {[\"max-size\"] = \"10m\"}}."`
	LxcConf           LxcConf            `arg:"lxc_conf" doc:"LXC options (ignored by current daemons)."`
	MemLimit          *ByteSize          `arg:"mem_limit" doc:"Memory limit: int bytes or a str with unit (\"512m\", \"1g\")."`
	MemReservation    *ByteSize          `arg:"mem_reservation" doc:"Memory soft limit: int bytes or \"256m\"."`
	MemSwappiness     *int64             `arg:"mem_swappiness" doc:"Memory swappiness, 0 to 100."`
	MemswapLimit      *ByteSize          `arg:"memswap_limit" doc:"Memory plus swap limit: int bytes or \"1g\" (-1: unlimited)."`
	Mounts            Mounts             `arg:"mounts" doc:"Mounts: a list of docker.types.Mount, dicts or \"src:dst[:ro]\" strings."`
	NanoCPUs          *int64             `arg:"nano_cpus" doc:"CPU quota in units of 1e-9 CPUs."`
	NetworkMode       string             `arg:"network_mode" doc:"Network mode: bridge, host, none, container:<name>."`
	OomKillDisable    bool               `arg:"oom_kill_disable" doc:"Disable the OOM killer."`
	OomScoreAdj       *int64             `arg:"oom_score_adj" doc:"OOM score adjustment."`
	PidMode           string             `arg:"pid_mode" doc:"PID namespace: host or container:<name>."`
	PidsLimit         *int64             `arg:"pids_limit" doc:"Maximum number of processes (-1: unlimited)."`
	Privileged        bool               `arg:"privileged" doc:"Give extended privileges."`
	PublishAllPorts   bool               `arg:"publish_all_ports" doc:"Publish every exposed port to a random host port."`
	ReadOnly          *bool              `arg:"read_only" doc:"Mount the root filesystem read-only."`
	RestartPolicy     RestartPolicyValue `arg:"restart_policy" doc:"Restart policy: {Name = \"on-failure\", MaximumRetryCount = 5}."`
	SecurityOpt       []string           `arg:"security_opt" doc:"Security options, e.g. {\"no-new-privileges\"}."`
	ShmSize           *ByteSize          `arg:"shm_size" doc:"Size of /dev/shm: int bytes or \"64m\"."`
	StorageOpt        map[string]string  `arg:"storage_opt" doc:"Storage driver options."`
	Sysctls           map[string]string  `arg:"sysctls" doc:"Kernel parameters: {[\"net.ipv4.ip_forward\"] = \"1\"}."`
	Tmpfs             Tmpfs              `arg:"tmpfs" doc:"tmpfs mounts: {[\"/run\"] = \"size=64m\"} or {\"/run:size=64m\"}."`
	Ulimits           Ulimits            `arg:"ulimits" doc:"Ulimits: a list of Ulimit or {name=\"nofile\", soft=1024, hard=2048}."`
	UsernsMode        string             `arg:"userns_mode" doc:"User namespace mode: host."`
	UTSMode           string             `arg:"uts_mode" doc:"UTS namespace mode: host."`
	Version           *string            `arg:"version" doc:"API version (accepted for docker-py compatibility)."`
	VolumeDriver      *string            `arg:"volume_driver" doc:"Volume driver for the container's volumes."`
	VolumesFrom       CommaList          `arg:"volumes_from" doc:"Containers to take volumes from: {\"name[:ro]\"}."`
	Runtime           string             `arg:"runtime" doc:"OCI runtime to run the container with."`
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
	Healthcheck      HealthcheckValue `arg:"healthcheck" doc:"Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}."`
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
		return nil, ArgError(method, "invalid value for userns_mode param: %s (host)", h.UsernsMode)
	}
	if h.UTSMode != "" && h.UTSMode != "host" {
		return nil, ArgError(method, "invalid value for uts_mode param: %s (host)", h.UTSMode)
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
	sizes := []struct {
		key  string
		v    *ByteSize
		zero bool // sent when 0
	}{{"Memory", h.MemLimit, true}, {"MemorySwap", h.MemswapLimit, true}, {"MemoryReservation", h.MemReservation, false},
		{"KernelMemory", h.KernelMemory, false}, {"ShmSize", h.ShmSize, true}}
	for _, s := range sizes {
		if s.v != nil && (s.zero || *s.v != 0) {
			hc[s.key] = int64(*s.v)
		}
	}
	if h.MemSwappiness != nil {
		hc["MemorySwappiness"] = *h.MemSwappiness
	}
	ints := []struct {
		key string
		v   *int64
	}{{"OomScoreAdj", h.OomScoreAdj}, {"CpuQuota", h.CPUQuota}, {"CpuPeriod", h.CPUPeriod}, {"CpuShares", h.CPUShares},
		{"CPURealtimePeriod", h.CPURtPeriod}, {"CPURealtimeRuntime", h.CPURtRuntime}, {"BlkioWeight", h.BlkioWeight},
		{"PidsLimit", h.PidsLimit}, {"CpuCount", h.CPUCount}, {"CpuPercent", h.CPUPercent}, {"NanoCpus", h.NanoCPUs}}
	for _, i := range ints {
		if nonZero(i.v) {
			hc[i.key] = *i.v
		}
	}
	strs := []struct{ key, v string }{{"PidMode", h.PidMode}, {"IpcMode", h.IpcMode}, {"CpusetCpus", h.CpusetCpus},
		{"CpusetMems", h.CpusetMems}, {"UsernsMode", h.UsernsMode}, {"UTSMode", h.UTSMode}, {"Isolation", h.Isolation},
		{"Runtime", h.Runtime}, {"CgroupnsMode", h.Cgroupns}, {"NetworkMode", h.NetworkMode}}
	for _, s := range strs {
		setNonEmpty(hc, s.key, s.v)
	}
	bools := []struct {
		key string
		v   bool
	}{{"Privileged", h.Privileged}, {"OomKillDisable", h.OomKillDisable}, {"PublishAllPorts", h.PublishAllPorts}, {"AutoRemove", h.AutoRemove}}
	for _, b := range bools {
		if b.v {
			hc[b.key] = true
		}
	}
	if h.ReadOnly != nil {
		hc["ReadonlyRootfs"] = *h.ReadOnly
	}
	if h.Init != nil {
		hc["Init"] = *h.Init
	}
	if h.CgroupParent != nil {
		hc["CgroupParent"] = *h.CgroupParent
	}
	if h.VolumeDriver != nil {
		hc["VolumeDriver"] = *h.VolumeDriver
	}
	lists := []struct {
		key   string
		v     []string
		empty bool // sent when given empty
	}{{"CapAdd", h.CapAdd, false}, {"CapDrop", h.CapDrop, false}, {"GroupAdd", h.GroupAdd, false},
		{"DnsSearch", h.DNSSearch, false}, {"Dns", h.DNS, true}, {"DnsOptions", h.DNSOpt, true},
		{"SecurityOpt", h.SecurityOpt, true}, {"DeviceCgroupRules", h.DeviceCgroupRules, true},
		{"VolumesFrom", h.VolumesFrom, true}, {"ExtraHosts", h.ExtraHosts, true}, {"Links", h.Links, true}}
	for _, l := range lists {
		if l.v != nil && (l.empty || len(l.v) > 0) {
			hc[l.key] = stringsAny(l.v)
		}
	}
	anyLists := []struct {
		key   string
		v     []any
		empty bool
	}{{"BlkioWeightDevice", h.BlkioWeightDevice, false}, {"BlkioDeviceReadBps", h.DeviceReadBps, false},
		{"BlkioDeviceWriteBps", h.DeviceWriteBps, false}, {"BlkioDeviceReadIOps", h.DeviceReadIOps, false},
		{"BlkioDeviceWriteIOps", h.DeviceWriteIOps, false}, {"Devices", h.Devices, false},
		{"Ulimits", h.Ulimits, true}, {"Mounts", h.Mounts, true}, {"DeviceRequests", h.DeviceRequests, true},
		{"LxcConf", h.LxcConf, true}}
	for _, l := range anyLists {
		if l.v != nil && (l.empty || len(l.v) > 0) {
			hc[l.key] = l.v
		}
	}
	if len(h.RestartPolicy) > 0 {
		hc["RestartPolicy"] = map[string]any(h.RestartPolicy)
	}
	if h.LogConfig != nil {
		hc["LogConfig"] = map[string]any(h.LogConfig)
	}
	if len(h.Sysctls) > 0 {
		hc["Sysctls"] = stringMapAny(h.Sysctls)
	}
	if h.StorageOpt != nil {
		hc["StorageOpt"] = stringMapAny(h.StorageOpt)
	}
	if len(h.Tmpfs) > 0 {
		hc["Tmpfs"] = stringMapAny(h.Tmpfs)
	}
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
