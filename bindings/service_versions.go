package bindings

import (
	"fmt"

	"github.com/dscript/dscript/engine"
)

// checkServiceFeatures is docker-py's _check_api_features: a create or
// update of a service that uses a field the daemon's API version lacks is
// refused before any request.
func (a *APIClient) checkServiceFeatures(c *Call, tt map[string]any, uc, es, rollbackConfig map[string]any) error {
	v, err := a.eng.APIVersion(c.Context())
	if err != nil {
		return err
	}
	older := func(min string) bool { return !engine.VersionAtLeast(v, min) }
	type need struct {
		used    bool
		feature string
		min     string
	}
	has := func(d map[string]any, k string) bool { _, ok := d[k]; return ok }
	set := func(d map[string]any, k string) bool { return d[k] != nil }
	checks := []need{
		{has(uc, "MaxFailureRatio"), "UpdateConfig.max_failure_ratio", "1.25"},
		{has(uc, "Monitor"), "UpdateConfig.monitor", "1.25"},
		{uc["FailureAction"] == "rollback", "UpdateConfig.failure_action rollback", "1.28"},
		{has(uc, "Order"), "UpdateConfig.order", "1.29"},
		{rollbackConfig != nil, "rollback_config", "1.28"},
		{has(rollbackConfig, "Order"), "RollbackConfig.order", "1.29"},
		{has(tt, "ForceUpdate"), "force_update", "1.25"},
	}
	if ports, ok := es["Ports"].([]any); ok {
		for _, p := range ports {
			if pyTrue(dictOf(p)["PublishMode"]) {
				checks = append(checks, need{true, "EndpointSpec.Ports[].mode", "1.32"})
			}
		}
	}
	pl := dictOf(tt["Placement"])
	checks = append(checks, need{pyTrue(pl["Platforms"]), "Placement.platforms", "1.30"}, need{pyTrue(pl["Preferences"]), "Placement.preferences", "1.27"})
	if cs := dictOf(tt["ContainerSpec"]); cs != nil {
		checks = append(checks,
			need{pyTrue(cs["TTY"]), "ContainerSpec.tty", "1.25"},
			need{set(cs, "Hostname"), "ContainerSpec.hostname", "1.25"},
			need{set(cs, "Hosts"), "ContainerSpec.hosts", "1.25"},
			need{set(cs, "Groups"), "ContainerSpec.groups", "1.25"},
			need{set(cs, "DNSConfig"), "ContainerSpec.dns_config", "1.25"},
			need{set(cs, "Healthcheck"), "ContainerSpec.healthcheck", "1.25"},
			need{set(cs, "ReadOnly"), "ContainerSpec.read_only", "1.28"},
			need{set(cs, "StopSignal"), "ContainerSpec.stop_signal", "1.28"},
			need{set(cs, "Configs"), "ContainerSpec.configs", "1.30"},
			need{set(cs, "Privileges"), "ContainerSpec.privileges", "1.30"},
			need{set(cs, "Isolation"), "ContainerSpec.isolation", "1.35"},
			need{set(cs, "Init"), "ContainerSpec.init", "1.38"},
		)
	}
	checks = append(checks, need{pyTrue(dictOf(tt["Resources"])["GenericResources"]), "Resources.generic_resources", "1.32"})
	for _, n := range checks {
		if n.used && older(n.min) {
			return &Error{Class: InvalidVersion, Message: fmt.Sprintf("%s: %s is not supported in API version < %s", c.Name(), n.feature, n.min)}
		}
	}
	return nil
}
