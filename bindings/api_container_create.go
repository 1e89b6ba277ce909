package bindings

import (
	"encoding/json"
	"fmt"

	"github.com/dscript/dscript/engine"
)

// The container creation operations of client.api and the configuration
// builders that go with them, declared once. Their parameter sets are the
// container configuration ones (container_config.go), in docker-py's
// positional order.

// CreateContainerArgs are api.create_container()'s parameters: docker-py's
// 25, in its order; host settings come as the host_config dict.
type CreateContainerArgs struct {
	_ struct{} `order:"image,command,hostname,user,detach,stdin_open,tty,ports,environment,volumes,network_disabled,name,entrypoint,working_dir,domainname,host_config,mac_address,labels,stop_signal,networking_config,healthcheck,stop_timeout,runtime,use_config_proxy,platform" only:"true"`
	CreateArgs
	HostConfig any `arg:"host_config" kind:"dict" doc:"A HostConfig dict (from create_host_config)."`
}

// CreateContainerConfigArgs are api.create_container_config()'s
// parameters: create_container's without name and platform (which
// create_container_from_config takes).
type CreateContainerConfigArgs struct {
	ContainerConfigArgs
	HostConfig any `arg:"host_config" kind:"dict" doc:"A HostConfig dict (from create_host_config)."`
}

// CreateContainerFromConfigArgs are api.create_container_from_config()'s
// parameters.
type CreateContainerFromConfigArgs struct {
	Config   map[string]any `arg:"config" pos:"0" req:"true" doc:"The container configuration, e.g. from create_container_config."`
	Name     *string        `arg:"name" pos:"1" doc:"A name for the container."`
	Platform *string        `arg:"platform" pos:"2" doc:"Platform of the image (os[/arch[/variant]])."`
}

// CreateNetworkingConfigArgs are api.create_networking_config()'s
// parameters.
type CreateNetworkingConfigArgs struct {
	EndpointsConfig map[string]any `arg:"endpoints_config" pos:"0" doc:"Endpoint settings per network: {net = api:create_endpoint_config{...}}."`
}

// CreateEndpointConfigArgs are api.create_endpoint_config()'s parameters:
// docker.types.EndpointConfig's, the API version being the client's.
type CreateEndpointConfigArgs struct {
	_ struct{} `order:"aliases,links,ipv4_address,ipv6_address,link_local_ips,driver_opt,mac_address" only:"true"`
	EndpointConfigArgs
}

var _ = Def(APIClientClass, "create_container", "Create a container; returns {Id, Warnings}.", func(c *Call, a *APIClient, x *CreateContainerArgs) (any, error) {
	body, err := withHostConfig(c.Name(), &x.ContainerConfigArgs, x.HostConfig)
	if err != nil {
		return nil, err
	}
	return decodeRaw(a.eng.ContainerCreate(c.Context(), engine.ContainerCreateOptions{Name: x.Name, Platform: x.Platform}, body))
})

func init() {
	cls := APIClientClass
	Def(cls, "create_container_config", "The container configuration dict that create_container would send (for create_container_from_config).", func(c *Call, _ *APIClient, x *CreateContainerConfigArgs) (any, error) {
		body, err := withHostConfig(c.Name(), &x.ContainerConfigArgs, x.HostConfig)
		if err != nil {
			return nil, err
		}
		// what is sent, as the daemon would read it
		raw, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name(), err)
		}
		return DecodeJSON(raw)
	})
	Def(cls, "create_container_from_config", "Create a container from a configuration dict (create_container_config's); returns {Id, Warnings}.", func(c *Call, a *APIClient, x *CreateContainerFromConfigArgs) (any, error) {
		var opts engine.ContainerCreateOptions
		if x.Name != nil {
			opts.Name = *x.Name
		}
		if x.Platform != nil {
			opts.Platform = *x.Platform
		}
		return decodeRaw(a.eng.ContainerCreate(c.Context(), opts, toJSONable(x.Config)))
	})
	Def(cls, "create_host_config", "Build a HostConfig dict for create_container(host_config=...).", func(c *Call, _ *APIClient, a *HostConfigArgs) (any, error) {
		return a.hostConfig(c.Name(), a.Binds, a.PortBindings)
	})
	Def(cls, "create_networking_config", "Build a NetworkingConfig dict for create_container(networking_config=...).", func(c *Call, _ *APIClient, a *CreateNetworkingConfigArgs) (any, error) {
		if len(a.EndpointsConfig) == 0 {
			return map[string]any{}, nil
		}
		ec, err := toEndpoints(a.EndpointsConfig)
		if err != nil {
			return nil, ArgError(c.Name(), "argument 'endpoints_config' %v", err)
		}
		return map[string]any{"EndpointsConfig": map[string]any(ec)}, nil
	})
	Def(cls, "create_endpoint_config", "Build an EndpointConfig dict for create_networking_config().", func(_ *Call, _ *APIClient, a *CreateEndpointConfigArgs) (any, error) {
		return newEndpointConfig(&a.EndpointConfigArgs).JSONValue(), nil
	})
}

// withHostConfig builds a create request body: the container configuration
// of the parameters, with host_config, when given, as its HostConfig.
func withHostConfig(method string, a *ContainerConfigArgs, hostConfig any) (map[string]any, error) {
	body, err := a.config(method)
	if err != nil {
		return nil, err
	}
	if hostConfig != nil {
		hc, ok := hostConfig.(map[string]any)
		if !ok {
			return nil, ArgError(method, "argument 'host_config' must be dict, not %s", typeName(hostConfig))
		}
		body["HostConfig"] = toJSONable(hc)
	}
	return body, nil
}
