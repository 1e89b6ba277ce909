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
	// docker-py returns an Image model; there is no Image model yet, so
	// this is the image's ID ("sha256:...") for now.
	Prop(cls, "image", "The container's image ID (\"sha256:...\"; an Image object once images are modelled).", func(_ *Call, ct *Container) (any, error) {
		if id, ok := ct.attr("ImageID").(string); ok && id != "" {
			return id, nil
		}
		return ct.attr("Image"), nil
	})
	Prop(cls, "health", "The healthcheck status: starting, healthy, unhealthy, or \"unknown\" without a healthcheck.", func(_ *Call, ct *Container) (any, error) {
		if s, ok := ct.attr("State", "Health", "Status").(string); ok {
			return s, nil
		}
		return "unknown", nil
	})
}
