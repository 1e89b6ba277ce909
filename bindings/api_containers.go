package bindings

import (
	"context"
	"strings"

	"github.com/dscript/dscript/engine"
)

// APIRenameArgs are api.rename()'s parameters.
type APIRenameArgs struct {
	ContainerRefArgs
	Name string `arg:"name" pos:"1" req:"true" doc:"The new name."`
}

// APIResizeArgs are api.resize()'s parameters.
type APIResizeArgs struct {
	ContainerRefArgs
	Height int `arg:"height" pos:"1" req:"true" doc:"Rows of the TTY."`
	Width  int `arg:"width" pos:"2" req:"true" doc:"Columns of the TTY."`
}

// APIRestartArgs are api.restart()'s parameters.
type APIRestartArgs struct {
	ContainerRefArgs
	Timeout int64 `arg:"timeout" pos:"1" default:"10" doc:"Seconds to wait before killing."`
}

// APITopArgs are api.top()'s parameters.
type APITopArgs struct {
	ContainerRefArgs
	PsArgs *string `arg:"ps_args" pos:"1" doc:"Arguments of ps, e.g. \"aux\"."`
}

// APIUpdateFields are the settings of api.update_container(), positional
// in docker-py's order. It has the fields of UpdateArgs (the keyword-only
// parameters of Container.update), so one converts to the other.
type APIUpdateFields struct {
	BlkioWeight    *int64             `arg:"blkio_weight" pos:"1" doc:"Block IO weight (10-1000)."`
	CPUPeriod      *int64             `arg:"cpu_period" pos:"2" doc:"CPU CFS period in microseconds."`
	CPUQuota       *int64             `arg:"cpu_quota" pos:"3" doc:"CPU CFS quota in microseconds."`
	CPUShares      *int64             `arg:"cpu_shares" pos:"4" doc:"CPU shares (relative weight)."`
	CpusetCpus     *string            `arg:"cpuset_cpus" pos:"5" doc:"CPUs allowed, e.g. \"0-3\"."`
	CpusetMems     *string            `arg:"cpuset_mems" pos:"6" doc:"Memory nodes allowed, e.g. \"0,1\"."`
	MemLimit       *ByteSize          `arg:"mem_limit" pos:"7" doc:"Memory limit: bytes, or a string such as \"512m\"."`
	MemReservation *ByteSize          `arg:"mem_reservation" pos:"8" doc:"Memory soft limit: bytes or \"256m\"."`
	MemswapLimit   *ByteSize          `arg:"memswap_limit" pos:"9" doc:"Memory plus swap limit (-1: unlimited swap)."`
	KernelMemory   *ByteSize          `arg:"kernel_memory" pos:"10" doc:"Kernel memory limit: bytes or \"64m\"."`
	RestartPolicy  RestartPolicyValue `arg:"restart_policy" pos:"11" doc:"Restart policy: {Name=\"on-failure\", MaximumRetryCount=3}."`
}

// APIUpdateContainerArgs are api.update_container()'s parameters.
type APIUpdateContainerArgs struct {
	ContainerRefArgs
	APIUpdateFields
}

// APIPortArgs are api.port()'s parameters.
type APIPortArgs struct {
	ContainerRefArgs
	PrivatePort StrOrInt `arg:"private_port" pos:"1" req:"true" doc:"The container port: 80 (tcp, then udp) or \"53/udp\"."`
}

func init() {
	cls := APIClientClass
	Def(cls, "diff", "Changes to a container's filesystem: a list of {Path, Kind} (nil when none).", func(c *Call, a *APIClient, x *ContainerRefArgs) (any, error) {
		return decodeRaw(a.eng.ContainerChanges(c.Context(), string(x.Container)))
	})
	Def(cls, "pause", "Pause all processes of a container.", func(c *Call, a *APIClient, x *ContainerRefArgs) (any, error) {
		return nil, a.eng.ContainerPause(c.Context(), string(x.Container))
	})
	Def(cls, "unpause", "Resume the processes of a paused container.", func(c *Call, a *APIClient, x *ContainerRefArgs) (any, error) {
		return nil, a.eng.ContainerUnpause(c.Context(), string(x.Container))
	})
	Def(cls, "rename", "Rename a container.", func(c *Call, a *APIClient, x *APIRenameArgs) (any, error) {
		return nil, a.eng.ContainerRename(c.Context(), string(x.Container), x.Name)
	})
	Def(cls, "resize", "Resize a container's TTY.", func(c *Call, a *APIClient, x *APIResizeArgs) (any, error) {
		return nil, a.eng.ContainerResize(c.Context(), string(x.Container), x.Height, x.Width)
	})
	Def(cls, "restart", "Restart a container (stop with timeout, then start).", func(c *Call, a *APIClient, x *APIRestartArgs) (any, error) {
		t := int(x.Timeout)
		return nil, a.eng.ContainerRestart(c.Context(), string(x.Container), engine.ContainerStopOptions{Timeout: &t})
	})
	Def(cls, "top", "The processes of a container: {Titles, Processes}.", func(c *Call, a *APIClient, x *APITopArgs) (any, error) {
		ps := ""
		if x.PsArgs != nil {
			ps = *x.PsArgs
		}
		return decodeRaw(a.eng.ContainerTop(c.Context(), string(x.Container), ps))
	})
	Def(cls, "update_container", "Update a container's resource limits and restart policy; returns {Warnings}.", func(c *Call, a *APIClient, x *APIUpdateContainerArgs) (any, error) {
		const method = "APIClient.update_container()"
		u := UpdateArgs(x.APIUpdateFields)
		body := u.body()
		if u.RestartPolicy != nil {
			if err := a.eng.RequireVersion(c.Context(), method+" (restart_policy)", "1.23"); err != nil {
				return nil, err
			}
		}
		return decodeRaw(a.eng.ContainerUpdate(c.Context(), string(x.Container), body))
	})
	Def(cls, "port", "The host bindings of a container port: a list of {HostIp, HostPort}, or nil.", func(c *Call, a *APIClient, x *APIPortArgs) (any, error) {
		return a.port(c.Context(), string(x.Container), string(x.PrivatePort))
	})
	Def(cls, "prune_containers", "Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.", func(c *Call, a *APIClient, x *PruneArgs) (any, error) {
		f, err := toFilters("APIClient.prune_containers()", x.Filters)
		if err != nil {
			return nil, err
		}
		return decodeRaw(a.eng.ContainerPrune(c.Context(), engine.ContainerPruneOptions{Filters: f}))
	})
}

// port is docker-py's APIClient.port: the bindings of private ("80" tries
// 80/tcp, then 80/udp; "53/udp" is taken as it is) from the container's
// NetworkSettings.Ports, nil when it has none.
func (a *APIClient) port(ctx context.Context, id, private string) (any, error) {
	v, err := decodeRaw(a.eng.ContainerInspect(ctx, id, false))
	if err != nil {
		return nil, err
	}
	d, _ := v.(map[string]any)
	ns, _ := d["NetworkSettings"].(map[string]any)
	ports, _ := ns["Ports"].(map[string]any)
	if ports == nil {
		return nil, nil
	}
	if strings.Contains(private, "/") {
		return ports[private], nil
	}
	if h := ports[private+"/tcp"]; h != nil {
		return h, nil
	}
	return ports[private+"/udp"], nil
}
