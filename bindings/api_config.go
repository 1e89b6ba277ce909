package bindings

// NetworkingConfigArgs are api.create_networking_config()'s parameters.
type NetworkingConfigArgs struct {
	EndpointsConfig map[string]any `arg:"endpoints_config" pos:"0" doc:"Endpoint settings per network: {net = api:create_endpoint_config{...}}."`
}

// APIEndpointConfigArgs are api.create_endpoint_config()'s parameters:
// docker.types.EndpointConfig's, the API version being the client's.
type APIEndpointConfigArgs struct {
	Aliases      []string          `arg:"aliases" pos:"0" doc:"Network-scoped aliases of the container."`
	Links        Links             `arg:"links" pos:"1" doc:"Links: {container = alias} or a list of (container, alias)."`
	IPv4Address  *string           `arg:"ipv4_address" pos:"2" doc:"IPv4 address on the network."`
	IPv6Address  *string           `arg:"ipv6_address" pos:"3" doc:"IPv6 address on the network."`
	LinkLocalIPs []string          `arg:"link_local_ips" pos:"4" doc:"Link-local addresses."`
	DriverOpt    map[string]string `arg:"driver_opt" pos:"5" doc:"Driver options of the endpoint."`
	MacAddress   *string           `arg:"mac_address" pos:"6" doc:"MAC address on the network."`
}

func init() {
	cls := APIClientClass
	Def(cls, "create_host_config", "Build a HostConfig dict for create_container(host_config=...).", func(_ *Call, _ *APIClient, a *HostConfigArgs) (any, error) {
		return a.hostConfig("APIClient.create_host_config()", a.Binds, a.PortBindings)
	})
	Def(cls, "create_networking_config", "Build a NetworkingConfig dict for create_container(networking_config=...).", func(_ *Call, _ *APIClient, a *NetworkingConfigArgs) (any, error) {
		if len(a.EndpointsConfig) == 0 {
			return map[string]any{}, nil
		}
		ec, err := toEndpoints(a.EndpointsConfig)
		if err != nil {
			return nil, ArgError("APIClient.create_networking_config()", "argument 'endpoints_config' %v", err)
		}
		return map[string]any{"EndpointsConfig": map[string]any(ec)}, nil
	})
	Def(cls, "create_endpoint_config", "Build an EndpointConfig dict for create_networking_config().", func(_ *Call, _ *APIClient, a *APIEndpointConfigArgs) (any, error) {
		ep := newEndpointConfig(&EndpointConfigArgs{Aliases: a.Aliases, Links: a.Links, IPv4Address: a.IPv4Address,
			IPv6Address: a.IPv6Address, LinkLocalIPs: a.LinkLocalIPs, DriverOpt: a.DriverOpt, MacAddress: a.MacAddress})
		return ep.JSONValue(), nil
	})
}
