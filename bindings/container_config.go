package bindings

// CreateArgs are the parameters of containers.create() (and, through
// embedding, of containers.run() and api.create_container()): docker-py's
// names, converted to the daemon's container configuration by config().
type CreateArgs struct {
	Image       string         `arg:"image" pos:"0" req:"true" doc:"The image to run."`
	Command     Command        `arg:"command" pos:"1" doc:"The command to run (str or list)."`
	Name        string         `arg:"name" doc:"A name for the container."`
	Environment KeyValues      `arg:"environment" doc:"Environment variables: a dict or a list of \"KEY=value\"."`
	Ports       map[string]any `arg:"ports" doc:"Ports to publish: {[\"80/tcp\"]=8080} or {[\"80/tcp\"]={\"127.0.0.1\", 8080}}."`
	Labels      Labels         `arg:"labels" doc:"Labels: a dict or a list of names."`
	Entrypoint  Command        `arg:"entrypoint" doc:"The entrypoint (str or list)."`
	WorkingDir  string         `arg:"working_dir" doc:"The working directory inside the container."`
	Hostname    string         `arg:"hostname" doc:"The container's host name."`
	User        StrOrInt       `arg:"user" doc:"User (name or UID) to run as."`
	TTY         bool           `arg:"tty" doc:"Allocate a pseudo-TTY."`
	StdinOpen   bool           `arg:"stdin_open" doc:"Keep STDIN open."`
	Init        *bool          `arg:"init" doc:"Run an init process as PID 1 that forwards signals and reaps processes."`
	AutoRemove  bool           `arg:"auto_remove" doc:"Remove the container when it exits (daemon side)."`
	Detach      bool           `arg:"detach" doc:"Run in the background and return the Container (run)."`
	StopSignal  string         `arg:"stop_signal" doc:"The signal that stops the container."`
	NetworkMode string         `arg:"network_mode" doc:"Network mode: bridge, host, none, container:<name>."`
	Network     string         `arg:"network" doc:"Name of the network to connect the container to at creation."`
	Privileged  bool           `arg:"privileged" doc:"Give extended privileges."`
	Platform    string         `arg:"platform" doc:"Platform of the image (os[/arch[/variant]])."`
	ReadOnly    bool           `arg:"read_only" doc:"Mount the root filesystem read-only."`
}

// config builds the create request body.
func (a *CreateArgs) config(method string) (map[string]any, error) {
	cfg := map[string]any{"Image": a.Image}
	hc := map[string]any{}
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
		l := make(map[string]any, len(a.Labels))
		for k, v := range a.Labels {
			l[k] = v
		}
		cfg["Labels"] = l
	}
	setNonEmpty(cfg, "WorkingDir", a.WorkingDir)
	setNonEmpty(cfg, "Hostname", a.Hostname)
	setNonEmpty(cfg, "User", string(a.User))
	setNonEmpty(cfg, "StopSignal", a.StopSignal)
	if a.TTY {
		cfg["Tty"] = true
	}
	if a.StdinOpen {
		cfg["OpenStdin"] = true
		cfg["AttachStdin"] = !a.Detach
		cfg["StdinOnce"] = !a.Detach
	}
	if a.Ports != nil {
		exposed, bindings, err := convertPorts(method, a.Ports)
		if err != nil {
			return nil, err
		}
		cfg["ExposedPorts"] = exposed
		hc["PortBindings"] = bindings
	}
	if a.Init != nil {
		hc["Init"] = *a.Init
	}
	if a.AutoRemove {
		hc["AutoRemove"] = true
	}
	if a.Privileged {
		hc["Privileged"] = true
	}
	if a.ReadOnly {
		hc["ReadonlyRootfs"] = true
	}
	if a.Network != "" && a.NetworkMode == "" {
		hc["NetworkMode"] = a.Network
		cfg["NetworkingConfig"] = map[string]any{"EndpointsConfig": map[string]any{a.Network: map[string]any{}}}
	}
	setNonEmpty(hc, "NetworkMode", a.NetworkMode)
	cfg["HostConfig"] = hc
	return cfg, nil
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
