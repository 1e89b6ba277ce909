package bindings

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/dscript/dscript/engine"
)

// The container operations of client.api, declared once with docker-py's
// names, positional order and defaults (docker-py's api/container.py).
// The Container model binds its ID to them (container.go).

// ContainerArgs name one container: the first parameter of every
// container operation.
type ContainerArgs struct {
	Container Ref `arg:"container" pos:"0" req:"true" json:"-" doc:"The container: object, ID, name or the {Id} dict from create_container."`
}

// ContainersArgs are api.containers()'s parameters.
type ContainersArgs struct {
	Quiet   bool    `arg:"quiet" pos:"0" doc:"Only return IDs."`
	All     bool    `arg:"all" pos:"1" doc:"Include stopped containers."`
	Trunc   bool    `arg:"trunc" pos:"2" doc:"Truncate IDs."`
	Latest  bool    `arg:"latest" pos:"3" doc:"Only the latest created container."`
	Since   *string `arg:"since" pos:"4" doc:"Only containers created after this ID or name."`
	Before  *string `arg:"before" pos:"5" doc:"Only containers created before this ID or name."`
	Limit   int64   `arg:"limit" pos:"6" default:"-1" doc:"At most this many of the latest containers (-1: all)."`
	Size    bool    `arg:"size" pos:"7" doc:"Include sizes."`
	Filters Filters `arg:"filters" pos:"8" doc:"Filters such as {status=\"running\", label=\"app=web\"}."`
}

// StopArgs are api.stop()'s parameters.
type StopArgs struct {
	ContainerArgs
	Timeout *int64 `arg:"timeout" pos:"1" doc:"Seconds to wait before killing (default: the container's stop timeout, else 10)."`
}

// KillArgs are api.kill()'s parameters.
type KillArgs struct {
	ContainerArgs
	Signal Signal `arg:"signal" pos:"1" doc:"Signal to send, a name or a number (default SIGKILL)."`
}

// WaitArgs are api.wait()'s parameters.
type WaitArgs struct {
	ContainerArgs
	Timeout   *Seconds `arg:"timeout" pos:"1" doc:"Seconds to wait at most."`
	Condition *string  `arg:"condition" pos:"2" doc:"not-running (default), next-exit or removed."`
}

// RemoveContainerArgs are api.remove_container()'s parameters.
type RemoveContainerArgs struct {
	ContainerArgs
	V     bool `arg:"v" pos:"1" doc:"Remove the container's anonymous volumes."`
	Link  bool `arg:"link" pos:"2" doc:"Remove the link, not the container."`
	Force bool `arg:"force" pos:"3" doc:"Kill a running container first."`
}

// RenameArgs are api.rename()'s parameters.
type RenameArgs struct {
	ContainerArgs
	Name string `arg:"name" pos:"1" req:"true" doc:"The new name."`
}

// ResizeArgs are api.resize()'s parameters.
type ResizeArgs struct {
	ContainerArgs
	Height int `arg:"height" pos:"1" req:"true" doc:"Rows of the TTY."`
	Width  int `arg:"width" pos:"2" req:"true" doc:"Columns of the TTY."`
}

// RestartArgs are api.restart()'s parameters.
type RestartArgs struct {
	ContainerArgs
	Timeout int64 `arg:"timeout" pos:"1" default:"10" doc:"Seconds to wait before killing."`
}

// TopArgs are api.top()'s parameters.
type TopArgs struct {
	ContainerArgs
	PsArgs *string `arg:"ps_args" pos:"1" doc:"Arguments of ps, e.g. \"aux\"."`
}

// UpdateContainerArgs are api.update_container()'s parameters; the json
// tags name the fields of the daemon's update body.
type UpdateContainerArgs struct {
	ContainerArgs
	BlkioWeight    *int64            `arg:"blkio_weight" pos:"1" json:"BlkioWeight,omitempty" doc:"Block IO weight (10-1000)."`
	CPUPeriod      *int64            `arg:"cpu_period" pos:"2" json:"CpuPeriod,omitempty" doc:"CPU CFS period in microseconds."`
	CPUQuota       *int64            `arg:"cpu_quota" pos:"3" json:"CpuQuota,omitempty" doc:"CPU CFS quota in microseconds."`
	CPUShares      *int64            `arg:"cpu_shares" pos:"4" json:"CpuShares,omitempty" doc:"CPU shares (relative weight)."`
	CpusetCpus     *string           `arg:"cpuset_cpus" pos:"5" json:"CpusetCpus,omitempty" doc:"CPUs allowed, e.g. \"0-3\"."`
	CpusetMems     *string           `arg:"cpuset_mems" pos:"6" json:"CpusetMems,omitempty" doc:"Memory nodes allowed, e.g. \"0,1\"."`
	MemLimit       *ByteSize         `arg:"mem_limit" pos:"7" json:"Memory,omitempty" doc:"Memory limit: bytes, or a string such as \"512m\"."`
	MemReservation *ByteSize         `arg:"mem_reservation" pos:"8" json:"MemoryReservation,omitempty" doc:"Memory soft limit: bytes or \"256m\"."`
	MemswapLimit   *ByteSize         `arg:"memswap_limit" pos:"9" json:"MemorySwap,omitempty" doc:"Memory plus swap limit (-1: unlimited swap)."`
	KernelMemory   *ByteSize         `arg:"kernel_memory" pos:"10" json:"KernelMemory,omitempty" doc:"Kernel memory limit: bytes or \"64m\"."`
	RestartPolicy  RestartPolicySpec `arg:"restart_policy" pos:"11" json:"RestartPolicy,omitempty" doc:"Restart policy: {Name=\"on-failure\", MaximumRetryCount=3}."`
}

// PortArgs are api.port()'s parameters.
type PortArgs struct {
	ContainerArgs
	PrivatePort StrOrInt `arg:"private_port" pos:"1" req:"true" doc:"The container port: 80 (tcp, then udp) or \"53/udp\"."`
}

// PruneArgs are the parameters of the prune operations.
type PruneArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"Filters such as {until=\"24h\", label=\"a=b\"}."`
}

// ArchiveStatArgs are api.archive_stat()'s parameters.
type ArchiveStatArgs struct {
	ContainerArgs
	Path string `arg:"path" pos:"1" req:"true" doc:"Path of the file or directory in the container."`
}

// inspectContainer is api.inspect_container's Go side, which models call.
func inspectContainer(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.ContainerInspect(c.Context(), id, false)
}

// The api methods the models bind.
var (
	_ = Def(APIClientClass, "inspect_container", "Inspect a container.", func(c *Call, a *APIClient, x *ContainerArgs) (any, error) {
		return decodeRaw(inspectContainer(c, a, x.Container.ID))
	})
	apiStart = Def(APIClientClass, "start", "Start a container.", func(c *Call, a *APIClient, x *ContainerArgs) (any, error) {
		return nil, a.eng.ContainerStart(c.Context(), x.Container.ID, "")
	})
	apiStop = Def(APIClientClass, "stop", "Stop a container (its stop signal, then SIGKILL after timeout).", func(c *Call, a *APIClient, x *StopArgs) (any, error) {
		var t *int
		if x.Timeout != nil {
			n := int(*x.Timeout)
			t = &n
		}
		return nil, a.eng.ContainerStop(c.Context(), x.Container.ID, t)
	})
	apiKill = Def(APIClientClass, "kill", "Kill a container or send it a signal.", func(c *Call, a *APIClient, x *KillArgs) (any, error) {
		return nil, a.eng.ContainerKill(c.Context(), x.Container.ID, string(x.Signal))
	})
	apiWait = Def(APIClientClass, "wait", "Block until a container stops; returns {StatusCode, Error}.", func(c *Call, a *APIClient, x *WaitArgs) (any, error) {
		return a.wait(c, x)
	})
	apiRemoveContainer = Def(APIClientClass, "remove_container", "Remove a container.", func(c *Call, a *APIClient, x *RemoveContainerArgs) (any, error) {
		return nil, a.eng.ContainerDelete(c.Context(), x.Container.ID, engine.ContainerDeleteOptions{Volumes: x.V, Link: x.Link, Force: x.Force})
	})
	apiDiff = Def(APIClientClass, "diff", "Changes to a container's filesystem: a list of {Path, Kind} (nil when none).", func(c *Call, a *APIClient, x *ContainerArgs) (any, error) {
		return decodeRaw(a.eng.ContainerChanges(c.Context(), x.Container.ID))
	})
	apiPause = Def(APIClientClass, "pause", "Pause all processes of a container.", func(c *Call, a *APIClient, x *ContainerArgs) (any, error) {
		return nil, a.eng.ContainerPause(c.Context(), x.Container.ID)
	})
	apiUnpause = Def(APIClientClass, "unpause", "Resume the processes of a paused container.", func(c *Call, a *APIClient, x *ContainerArgs) (any, error) {
		return nil, a.eng.ContainerUnpause(c.Context(), x.Container.ID)
	})
	apiRename = Def(APIClientClass, "rename", "Rename a container.", func(c *Call, a *APIClient, x *RenameArgs) (any, error) {
		return nil, a.eng.ContainerRename(c.Context(), x.Container.ID, x.Name)
	})
	apiResize = Def(APIClientClass, "resize", "Resize a container's TTY.", func(c *Call, a *APIClient, x *ResizeArgs) (any, error) {
		return nil, a.eng.ContainerResize(c.Context(), x.Container.ID, x.Height, x.Width)
	})
	apiRestart = Def(APIClientClass, "restart", "Restart a container (stop with timeout, then start).", func(c *Call, a *APIClient, x *RestartArgs) (any, error) {
		t := int(x.Timeout)
		return nil, a.eng.ContainerRestart(c.Context(), x.Container.ID, engine.ContainerStopOptions{Timeout: &t})
	})
	apiTop = Def(APIClientClass, "top", "The processes of a container: {Titles, Processes}.", func(c *Call, a *APIClient, x *TopArgs) (any, error) {
		ps := ""
		if x.PsArgs != nil {
			ps = *x.PsArgs
		}
		return decodeRaw(a.eng.ContainerTop(c.Context(), x.Container.ID, ps))
	})
	apiUpdateContainer = Def(APIClientClass, "update_container", "Update a container's resource limits and restart policy; returns {Warnings}.", func(c *Call, a *APIClient, x *UpdateContainerArgs) (any, error) {
		if x.RestartPolicy != nil {
			if err := a.eng.RequireVersion(c.Context(), c.Name()+" (restart_policy)", "1.23"); err != nil {
				return nil, err
			}
		}
		return decodeRaw(a.eng.ContainerUpdate(c.Context(), x.Container.ID, x))
	})
	apiPruneContainers = Def(APIClientClass, "prune_containers", "Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.", func(c *Call, a *APIClient, x *PruneArgs) (any, error) {
		return decodeRaw(a.eng.ContainerPrune(c.Context(), engine.ContainerPruneOptions{Filters: x.Filters}))
	})
)

func init() {
	cls := APIClientClass
	Def(cls, "containers", "List containers as the daemon reports them.", func(c *Call, a *APIClient, x *ContainersArgs) (any, error) {
		v, err := decodeRaw(a.eng.ContainerList(c.Context(), x.options()))
		if err != nil || !x.Quiet {
			return v, err
		}
		return pluck(v, "Id"), nil
	})
	Def(cls, "port", "The host bindings of a container port: a list of {HostIp, HostPort}, or nil.", func(c *Call, a *APIClient, x *PortArgs) (any, error) {
		return a.port(c.Context(), x.Container.ID, string(x.PrivatePort))
	})
	Def(cls, "archive_stat", "The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition.", func(c *Call, a *APIClient, x *ArchiveStatArgs) (any, error) {
		st, err := a.eng.ContainerArchiveInfo(c.Context(), x.Container.ID, x.Path)
		if err != nil {
			return nil, err
		}
		return DecodeJSON(st.Raw)
	})
}

// waitConditions are the conditions the daemon knows.
var waitConditions = map[string]bool{"not-running": true, "next-exit": true, "removed": true}

func (a *APIClient) wait(c *Call, x *WaitArgs) (any, error) {
	cond := ""
	if x.Condition != nil {
		cond = *x.Condition
		if !waitConditions[cond] {
			return nil, ArgError(c.Name(), "argument 'condition' must be not-running, next-exit or removed, not %q", cond)
		}
	}
	ctx := c.Context()
	if x.Timeout != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Duration(*x.Timeout))
		defer cancel()
	}
	raw, err := a.eng.ContainerWait(ctx, x.Container.ID, cond)
	if err != nil && x.Timeout != nil && ctx.Err() == context.DeadlineExceeded {
		return nil, Errorf(DockerException, "%s: container %s did not stop within %s", c.Name(), shortID(x.Container.ID), *x.Timeout)
	}
	return decodeRaw(raw, err)
}

// options converts the arguments to the engine's list options.
func (x *ContainersArgs) options() engine.ContainerListOptions {
	f := x.Filters
	if x.Since != nil {
		f = f.Add("since", *x.Since)
	}
	if x.Before != nil {
		f = f.Add("before", *x.Before)
	}
	opts := engine.ContainerListOptions{All: x.All, Size: x.Size, Filters: f}
	if x.Limit >= 0 {
		opts.Limit = int(x.Limit)
	}
	if x.Latest {
		opts.Limit = 1
	}
	return opts
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

// ttyOf tells whether a container has a TTY (its output is then not
// multiplexed), as docker-py's _check_is_tty does; a Container model that
// holds its inspect answer answers without a request.
func (a *APIClient) ttyOf(c *Call, ref Ref) (bool, error) {
	if ct, ok := ref.Model.(*Container); ok && !ct.isPartial() {
		b, _ := ct.attr("Config", "Tty").(bool)
		return b, nil
	}
	raw, err := a.eng.ContainerInspect(c.Context(), ref.ID, false)
	if err != nil {
		return false, err
	}
	var x struct{ Config struct{ Tty bool } }
	_ = json.Unmarshal(raw, &x)
	return x.Config.Tty, nil
}

// pluck turns a list of dicts into a list of {key=value} dicts (docker-py's
// quiet=True form).
func pluck(v any, key string) any {
	l, _ := v.([]any)
	out := make([]any, 0, len(l))
	for _, e := range l {
		if d, ok := e.(map[string]any); ok {
			out = append(out, map[string]any{key: d[key]})
		}
	}
	return out
}

// decodeRaw decodes an engine result or passes its error on.
func decodeRaw(raw json.RawMessage, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, nil
	}
	return DecodeJSON(raw)
}

func boolPtr(b bool) *bool { return &b }
