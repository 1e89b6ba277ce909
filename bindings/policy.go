package bindings

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/dscript/dscript/engine"
)

// PolicyDenied is raised when a runtime's policy refuses an operation.
var PolicyDenied = newErrorClass("PolicyDenied", DockerException, "The runtime's policy does not allow the operation.")

// DockerPolicy restricts what scripts may ask of the Docker daemon. It is
// checked when a method is called, before its arguments are bound and
// before any request.
type DockerPolicy struct {
	// ReadOnly allows only the operations that read (inspect, list, logs,
	// stats, ...) and the value builders; see ReadOnlyOperations.
	ReadOnly bool
	// Allow, when not empty, lists the only operations scripts may call, by
	// full name ("ContainerCollection.run", "Container.exec_run",
	// "APIClient.create_container") or by class ("Container.*").
	Allow []string
	// Deny lists operations scripts may not call, named as in Allow.
	Deny []string
	// VetoCreate, when set, sees what every container creation asks for
	// (containers.run, containers.create, api.create_container); an error
	// refuses the creation.
	VetoCreate func(CreateRequest) error
}

// CreateRequest is what a container creation asks of the host, read from
// the exact request body that would be sent.
type CreateRequest struct {
	// Operation is the method's full name.
	Operation string
	Image     string
	// Binds are the host paths mounted into the container: volume binds
	// ("/host:/ctr:ro") and mounts of type bind (their source).
	Binds        []string
	Privileged   bool
	Devices      []string // host device paths
	CapAdd       []string
	NetworkMode  string
	PidMode      string
	IpcMode      string
	UTSMode      string
	UsernsMode   string
	CgroupnsMode string
}

// HostNamespaces lists the namespaces of the host the request joins
// ("network", "pid", "ipc", "uts", "userns", "cgroup").
func (r CreateRequest) HostNamespaces() []string {
	var out []string
	for _, ns := range []struct{ name, mode string }{
		{"network", r.NetworkMode}, {"pid", r.PidMode}, {"ipc", r.IpcMode},
		{"uts", r.UTSMode}, {"userns", r.UsernsMode}, {"cgroup", r.CgroupnsMode},
	} {
		if ns.mode == "host" {
			out = append(out, ns.name)
		}
	}
	return out
}

// DenyHostAccess is a VetoCreate that refuses what reaches the host from a
// container: binds of host paths, privileged mode, devices, added
// capabilities and the host's namespaces.
func DenyHostAccess(r CreateRequest) error {
	switch {
	case len(r.Binds) > 0:
		return fmt.Errorf("binds of host paths are not allowed (%s)", strings.Join(r.Binds, ", "))
	case r.Privileged:
		return fmt.Errorf("privileged containers are not allowed")
	case len(r.Devices) > 0:
		return fmt.Errorf("host devices are not allowed (%s)", strings.Join(r.Devices, ", "))
	case len(r.CapAdd) > 0:
		return fmt.Errorf("added capabilities are not allowed (%s)", strings.Join(r.CapAdd, ", "))
	case len(r.HostNamespaces()) > 0:
		return fmt.Errorf("the host's namespaces are not allowed (%s)", strings.Join(r.HostNamespaces(), ", "))
	}
	return nil
}

// ReadOnlyOperations are the method names a read-only policy allows: they
// read the daemon's state or build values without a request.
var ReadOnlyOperations = []string{
	// clients and value builders
	"from_env", "DockerClient", "APIClient", "Mount", "Ulimit", "LogConfig", "RestartPolicy",
	"Healthcheck", "DeviceRequest", "EndpointConfig", "create_host_config",
	"create_networking_config", "create_endpoint_config", "create_container_config", "close",
	// reads
	"ping", "version", "info", "get", "list", "containers", "images", "inspect_container",
	"inspect_image", "logs", "stats", "top", "diff", "port", "reload", "wait", "archive_stat",
	"get_archive", "export", "exec_inspect", "events", "df",
	// reading an open stream
	"read", "recv", "chunks",
}

// Guard is a runtime's watch over the methods its scripts call: the
// Docker policy, the clients scripts open (closed with the runtime) and
// which daemons they may reach.
type Guard struct {
	// Docker is the policy over Docker operations (nil allows all).
	Docker *DockerPolicy
	// Network lets scripts open clients to any daemon; without it they
	// reach only Home.
	Network bool
	// Home is the host of the daemon the embedding configured.
	Home string

	mu      sync.Mutex
	clients []*engine.Client
	closed  bool
}

// invokeGuarded runs m under the call's guard, if any.
func invokeGuarded(c *Call, m *Method, self Object, args []any) (any, error) {
	if c == nil || c.Guard == nil {
		return m.invoke(c, self, args)
	}
	g := c.Guard
	if err := g.check(c, m, args); err != nil {
		return nil, err
	}
	v, err := m.invoke(c, self, args)
	if err != nil {
		return v, err
	}
	if err := g.adopt(c, m, v); err != nil {
		return nil, err
	}
	return v, nil
}

// check applies the Docker policy to a call.
func (g *Guard) check(c *Call, m *Method, args []any) error {
	p := g.Docker
	if p == nil {
		return nil
	}
	op := m.FullName()
	if matches(p.Deny, m) {
		return Errorf(PolicyDenied, "%s: denied by this runtime's policy (deny list)", op)
	}
	if len(p.Allow) > 0 && !matches(p.Allow, m) {
		return Errorf(PolicyDenied, "%s: denied by this runtime's policy (not in the allow list)", op)
	}
	if p.ReadOnly && !slices.Contains(ReadOnlyOperations, m.Name) && (m.api == nil || !slices.Contains(ReadOnlyOperations, m.api.Name)) {
		return Errorf(PolicyDenied, "%s: denied by this runtime's policy (read-only)", op)
	}
	if p.VetoCreate != nil {
		req, ok := createRequest(c, m, args)
		if ok {
			if err := p.VetoCreate(req); err != nil {
				return Errorf(PolicyDenied, "%s: denied by this runtime's policy (create veto: %v)", op, err)
			}
		}
	}
	return nil
}

// matches tells whether list names m: by its full name, its class
// ("Class.*") or "*"; a model method is also named by the api operation
// it derives from (a deny of APIClient.remove_container covers
// Container.remove).
func matches(list []string, m *Method) bool {
	for _, s := range list {
		if s == m.FullName() || s == m.Class.Name+".*" || s == "*" {
			return true
		}
		if m.api != nil && (s == m.api.FullName() || s == m.api.Class.Name+".*") {
			return true
		}
	}
	return false
}

// adopt records the clients a call opened and refuses those that point to
// another daemon than Home when the network is not granted.
func (g *Guard) adopt(c *Call, m *Method, v any) error {
	var eng *engine.Client
	switch x := v.(type) {
	case *Client:
		eng = x.eng
	case *APIClient:
		eng = x.eng
	default:
		return nil
	}
	if c.Env != nil && c.Env.Client == eng {
		return nil // the host's own client: the host closes it
	}
	if !g.Network && eng.Host() != g.Home {
		_ = eng.Close()
		return Errorf(PolicyDenied, "%s: %s is not the configured daemon, and this runtime's policy does not grant the network capability", m.FullName(), eng.Host())
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		_ = eng.Shutdown()
		return Errorf(DockerException, "%s: the runtime is closed", m.FullName())
	}
	if !slices.Contains(g.clients, eng) {
		g.clients = append(g.clients, eng)
	}
	return nil
}

// Close shuts down every client scripts opened (their connections, idle
// or not, are closed); later clients are refused.
func (g *Guard) Close() error {
	g.mu.Lock()
	clients := g.clients
	g.clients, g.closed = nil, true
	g.mu.Unlock()
	for _, c := range clients {
		_ = c.Shutdown()
	}
	return nil
}

// createRequest reads what a container creation asks for by building the
// request body the method would send. ok is false for other methods and
// for arguments the method itself will reject.
func createRequest(c *Call, m *Method, args []any) (CreateRequest, bool) {
	var body map[string]any
	var err error
	switch m.FullName() {
	case "ContainerCollection.run":
		var a RunArgs
		if m.bind(c, unsafe.Pointer(&a), args) != nil {
			return CreateRequest{}, false
		}
		body, err = a.config(m.FullName())
	case "ContainerCollection.create":
		var a CreateArgs
		if m.bind(c, unsafe.Pointer(&a), args) != nil {
			return CreateRequest{}, false
		}
		body, err = a.config(m.FullName())
	case "APIClient.create_container":
		var a CreateContainerArgs
		if m.bind(c, unsafe.Pointer(&a), args) != nil {
			return CreateRequest{}, false
		}
		body, err = withHostConfig(m.FullName(), &a.ContainerConfigArgs, a.HostConfig)
	case "APIClient.create_container_from_config":
		var a CreateContainerFromConfigArgs
		if m.bind(c, unsafe.Pointer(&a), args) != nil {
			return CreateRequest{}, false
		}
		body, _ = toJSONable(a.Config).(map[string]any)
	default:
		return CreateRequest{}, false
	}
	if err != nil {
		return CreateRequest{}, false
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return CreateRequest{}, false
	}
	var wire struct {
		Image      string
		HostConfig struct {
			Binds        []string
			Mounts       []struct{ Type, Source string }
			Privileged   bool
			Devices      []struct{ PathOnHost string }
			CapAdd       []string
			NetworkMode  string
			PidMode      string
			IpcMode      string
			UTSMode      string
			UsernsMode   string
			CgroupnsMode string
		}
	}
	if json.Unmarshal(raw, &wire) != nil {
		return CreateRequest{}, false
	}
	h := wire.HostConfig
	req := CreateRequest{Operation: m.FullName(), Image: wire.Image, Privileged: h.Privileged, CapAdd: h.CapAdd,
		NetworkMode: h.NetworkMode, PidMode: h.PidMode, IpcMode: h.IpcMode, UTSMode: h.UTSMode,
		UsernsMode: h.UsernsMode, CgroupnsMode: h.CgroupnsMode}
	for _, b := range h.Binds {
		if src, _, _ := strings.Cut(b, ":"); strings.HasPrefix(src, "/") || strings.HasPrefix(src, ".") {
			req.Binds = append(req.Binds, b)
		}
	}
	for _, mt := range h.Mounts {
		if strings.EqualFold(mt.Type, "bind") {
			req.Binds = append(req.Binds, mt.Source)
		}
	}
	for _, d := range h.Devices {
		req.Devices = append(req.Devices, d.PathOnHost)
	}
	return req, true
}
