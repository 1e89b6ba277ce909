package bindings

import (
	"encoding/json"

	"github.com/dscript/dscript/engine"
)

// The network operations of client.api, declared once with docker-py's
// names, positional order and defaults (docker-py's api/network.py). The
// Network model and client.networks bind to them (network.go,
// networks.go).

// NetworksArgs are api.networks()'s parameters.
type NetworksArgs struct {
	Names   []string `arg:"names" pos:"0" doc:"Only the networks of these names."`
	IDs     []string `arg:"ids" pos:"1" doc:"Only the networks of these IDs."`
	Filters Filters  `arg:"filters" pos:"2" doc:"Filters such as {driver=\"bridge\", label=\"a=b\", type=\"custom\"}."`
}

// filters merges names and ids into the filters, as docker-py does.
func (x *NetworksArgs) filters() Filters {
	f := x.Filters
	if len(x.Names) > 0 {
		f = f.Add("name", x.Names...)
	}
	if len(x.IDs) > 0 {
		f = f.Add("id", x.IDs...)
	}
	return f
}

// NetworkArgs name one network: the first parameter of most network
// operations.
type NetworkArgs struct {
	NetID Ref `arg:"net_id" pos:"0" req:"true" doc:"The network: object, ID or name."`
}

// NetworkScopeArgs are the options of a network inspect.
type NetworkScopeArgs struct {
	Verbose *bool   `arg:"verbose" pos:"1" doc:"Add the service details across the cluster (swarm mode)."`
	Scope   *string `arg:"scope" pos:"2" doc:"Only a network of this scope: swarm, global or local."`
}

func (x *NetworkScopeArgs) options() engine.NetworkInspectOptions {
	var o engine.NetworkInspectOptions
	if x.Verbose != nil {
		o.Verbose = *x.Verbose
	}
	if x.Scope != nil {
		o.Scope = *x.Scope
	}
	return o
}

// InspectNetworkArgs are api.inspect_network()'s parameters.
type InspectNetworkArgs struct {
	NetworkArgs
	NetworkScopeArgs
}

// CreateNetworkArgs are api.create_network()'s parameters; the json tags
// name the fields of the daemon's create body.
type CreateNetworkArgs struct {
	Name           string            `arg:"name" pos:"0" req:"true" json:"Name" doc:"The network's name."`
	Driver         *string           `arg:"driver" pos:"1" json:"Driver,omitempty" doc:"The driver: bridge (default), overlay, macvlan, ..."`
	Options        map[string]string `arg:"options" pos:"2" json:"Options,omitempty" doc:"Driver options, e.g. {[\"com.docker.network.bridge.name\"]=\"br0\"}."`
	IPAM           IPAMSpec          `arg:"ipam" pos:"3" json:"IPAM,omitempty" doc:"The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments)."`
	CheckDuplicate *bool             `arg:"check_duplicate" pos:"4" json:"CheckDuplicate,omitempty" doc:"Ask the daemon to refuse a second network of the same name."`
	Internal       bool              `arg:"internal" pos:"5" json:"Internal,omitempty" doc:"Restrict external access to the network."`
	Labels         map[string]string `arg:"labels" pos:"6" json:"Labels,omitempty" doc:"Labels of the network."`
	EnableIPv6     bool              `arg:"enable_ipv6" pos:"7" json:"EnableIPv6,omitempty" doc:"Enable IPv6."`
	Attachable     *bool             `arg:"attachable" pos:"8" json:"Attachable,omitempty" doc:"Let standalone containers attach to a swarm-scoped network."`
	Scope          *string           `arg:"scope" pos:"9" json:"Scope,omitempty" doc:"The network's scope: local, global or swarm."`
	Ingress        *bool             `arg:"ingress" pos:"10" json:"Ingress,omitempty" doc:"Create the swarm's ingress (routing-mesh) network."`
}

// ConnectContainerArgs are api.connect_container_to_network()'s
// parameters; the json tags name the fields of the endpoint settings.
type ConnectContainerArgs struct {
	ContainerArgs
	NetID        Ref               `arg:"net_id" pos:"1" req:"true" json:"-" doc:"The network: object, ID or name."`
	IPv4Address  *string           `arg:"ipv4_address" pos:"2" json:"-" doc:"The container's IPv4 address on the network."`
	IPv6Address  *string           `arg:"ipv6_address" pos:"3" json:"-" doc:"The container's IPv6 address on the network."`
	Aliases      []string          `arg:"aliases" pos:"4" json:"Aliases,omitempty" doc:"Names that reach the container on this network."`
	Links        Links             `arg:"links" pos:"5" json:"Links,omitempty" doc:"Links: {container = alias} or a list of (container, alias)."`
	LinkLocalIPs []string          `arg:"link_local_ips" pos:"6" json:"-" doc:"Link-local (IPv4/IPv6) addresses."`
	DriverOpt    map[string]string `arg:"driver_opt" pos:"7" json:"DriverOpts,omitempty" doc:"Options for the network driver."`
	MacAddress   *string           `arg:"mac_address" pos:"8" json:"MacAddress,omitempty" doc:"The container's MAC address on the network."`
	// IPAMConfig is filled from the addresses by endpoint.
	IPAMConfig map[string]any `json:"IPAMConfig,omitempty"`
}

// endpoint returns the endpoint settings the daemon wants (docker-py's
// create_endpoint_config).
func (x *ConnectContainerArgs) endpoint() *ConnectContainerArgs {
	ipam := map[string]any{}
	if x.IPv4Address != nil && *x.IPv4Address != "" {
		ipam["IPv4Address"] = *x.IPv4Address
	}
	if x.IPv6Address != nil && *x.IPv6Address != "" {
		ipam["IPv6Address"] = *x.IPv6Address
	}
	if x.LinkLocalIPs != nil {
		ipam["LinkLocalIPs"] = x.LinkLocalIPs
	}
	if len(ipam) > 0 {
		x.IPAMConfig = ipam
	}
	if x.MacAddress != nil && *x.MacAddress == "" {
		x.MacAddress = nil
	}
	return x
}

// DisconnectContainerArgs are api.disconnect_container_from_network()'s
// parameters.
type DisconnectContainerArgs struct {
	ContainerArgs
	NetID Ref  `arg:"net_id" pos:"1" req:"true" doc:"The network: object, ID or name."`
	Force bool `arg:"force" pos:"2" doc:"Disconnect even when the container is not running."`
}

// inspectNetwork is api.inspect_network's Go side, which models call.
func inspectNetwork(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.NetworkInspect(c.Context(), id, engine.NetworkInspectOptions{})
}

// The api methods the models bind.
var (
	apiCreateNetwork = Def(APIClientClass, "create_network", "Create a network; returns {Id, Warning}.", func(c *Call, a *APIClient, x *CreateNetworkArgs) (any, error) {
		return decodeRaw(a.eng.NetworkCreate(c.Context(), x))
	})
	apiRemoveNetwork = Def(APIClientClass, "remove_network", "Remove a network.", func(c *Call, a *APIClient, x *NetworkArgs) (any, error) {
		return nil, a.eng.NetworkDelete(c.Context(), x.NetID.ID)
	})
	apiConnectContainer = Def(APIClientClass, "connect_container_to_network", "Connect a container to a network.", func(c *Call, a *APIClient, x *ConnectContainerArgs) (any, error) {
		return nil, a.eng.NetworkConnect(c.Context(), x.NetID.ID, x.Container.ID, x.endpoint())
	})
	apiDisconnectContainer = Def(APIClientClass, "disconnect_container_from_network", "Disconnect a container from a network.", func(c *Call, a *APIClient, x *DisconnectContainerArgs) (any, error) {
		return nil, a.eng.NetworkDisconnect(c.Context(), x.NetID.ID, x.Container.ID, x.Force)
	})
	apiPruneNetworks = Def(APIClientClass, "prune_networks", "Delete unused networks; returns {NetworksDeleted}.", func(c *Call, a *APIClient, x *PruneArgs) (any, error) {
		return decodeRaw(a.eng.NetworkPrune(c.Context(), engine.NetworkPruneOptions{Filters: x.Filters}))
	})
)

func init() {
	Def(APIClientClass, "networks", "List networks as the daemon reports them.", func(c *Call, a *APIClient, x *NetworksArgs) (any, error) {
		return decodeRaw(a.eng.NetworkList(c.Context(), engine.NetworkListOptions{Filters: x.filters()}))
	})
	Def(APIClientClass, "inspect_network", "Inspect a network.", func(c *Call, a *APIClient, x *InspectNetworkArgs) (any, error) {
		return decodeRaw(a.eng.NetworkInspect(c.Context(), x.NetID.ID, x.options()))
	})
}
