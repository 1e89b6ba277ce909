package bindings

func init() {
	cls := ContainerClass
	Prop(cls, "ports", "The published ports: NetworkSettings.Ports, {[\"80/tcp\"]={{HostIp=..., HostPort=...}}}.", func(_ *Call, ct *Container) (any, error) {
		// docker-py: attrs.get('NetworkSettings', {}).get('Ports', {}); a
		// Ports that the daemon sent as null stays nil.
		ns, ok := ct.attr("NetworkSettings").(map[string]any)
		if !ok {
			return map[string]any{}, nil
		}
		p, ok := ns["Ports"]
		if !ok {
			return map[string]any{}, nil
		}
		return p, nil
	})
	Prop(cls, "image", "The container's Image.", func(c *Call, ct *Container) (any, error) {
		id, _ := ct.attr("ImageID").(string)
		if id == "" {
			id, _ = ct.attr("Image").(string)
		}
		if id == "" {
			return nil, nil
		}
		return getImage(c, ct.client, id)
	})
	Prop(cls, "health", "The healthcheck status: starting, healthy, unhealthy, or \"unknown\" without a healthcheck.", func(_ *Call, ct *Container) (any, error) {
		if s, ok := ct.attr("State", "Health", "Status").(string); ok {
			return s, nil
		}
		return "unknown", nil
	})
}
