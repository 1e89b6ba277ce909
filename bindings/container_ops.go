package bindings

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/dscript/dscript/engine"
)

// RestartArgs are restart()'s parameters.
type RestartArgs struct {
	Timeout *int64 `arg:"timeout" pos:"0" doc:"Seconds to wait before killing (default 10)."`
}

// RenameArgs are rename()'s parameters.
type RenameArgs struct {
	Name string `arg:"name" pos:"0" req:"true" doc:"The new name."`
}

// ResizeArgs are resize()'s parameters.
type ResizeArgs struct {
	Height int `arg:"height" pos:"0" req:"true" doc:"Rows of the TTY."`
	Width  int `arg:"width" pos:"1" req:"true" doc:"Columns of the TTY."`
}

// TopArgs are top()'s parameters.
type TopArgs struct {
	PsArgs *string `arg:"ps_args" pos:"0" doc:"Arguments of ps, e.g. \"aux\"."`
}

// UpdateArgs are update()'s parameters (docker-py's update_container).
type UpdateArgs struct {
	BlkioWeight    *int64             `arg:"blkio_weight" doc:"Block IO weight (10-1000)."`
	CPUPeriod      *int64             `arg:"cpu_period" doc:"CPU CFS period in microseconds."`
	CPUQuota       *int64             `arg:"cpu_quota" doc:"CPU CFS quota in microseconds."`
	CPUShares      *int64             `arg:"cpu_shares" doc:"CPU shares (relative weight)."`
	CpusetCpus     *string            `arg:"cpuset_cpus" doc:"CPUs allowed, e.g. \"0-3\"."`
	CpusetMems     *string            `arg:"cpuset_mems" doc:"Memory nodes allowed, e.g. \"0,1\"."`
	MemLimit       *ByteSize          `arg:"mem_limit" doc:"Memory limit: bytes, or a string such as \"512m\"."`
	MemReservation *ByteSize          `arg:"mem_reservation" doc:"Memory soft limit: bytes or \"256m\"."`
	MemswapLimit   *ByteSize          `arg:"memswap_limit" doc:"Memory plus swap limit (-1: unlimited swap)."`
	KernelMemory   *ByteSize          `arg:"kernel_memory" doc:"Kernel memory limit: bytes or \"64m\"."`
	RestartPolicy  RestartPolicyValue `arg:"restart_policy" doc:"Restart policy: {Name=\"on-failure\", MaximumRetryCount=3}."`
}

// ExecRunArgs are exec_run()'s parameters.
type ExecRunArgs struct {
	Cmd         Command   `arg:"cmd" pos:"0" req:"true" doc:"The command: a string (split like a shell) or a list."`
	Stdout      bool      `arg:"stdout" default:"true" doc:"Attach stdout."`
	Stderr      bool      `arg:"stderr" default:"true" doc:"Attach stderr."`
	Stdin       bool      `arg:"stdin" doc:"Attach stdin."`
	Tty         bool      `arg:"tty" doc:"Allocate a pseudo-TTY."`
	Privileged  bool      `arg:"privileged" doc:"Run with extended privileges."`
	User        string    `arg:"user" default:"\"\"" doc:"User to run as (user, user:group, uid...)."`
	Detach      bool      `arg:"detach" doc:"Start the command and return at once."`
	Stream      bool      `arg:"stream" doc:"Output is an iterator of chunks."`
	Socket      bool      `arg:"socket" doc:"Output is the connection as a Socket (read, write, close_write, close, chunks); exit_code is nil."`
	Environment KeyValues `arg:"environment" doc:"Environment variables: a dict or a list of \"KEY=value\"."`
	Workdir     *string   `arg:"workdir" doc:"Working directory of the command."`
	Demux       bool      `arg:"demux" doc:"Separate stdout and stderr: output is {stdout, stderr}."`
}

// PruneArgs are containers.prune()'s parameters.
type PruneArgs struct {
	Filters map[string]any `arg:"filters" pos:"0" doc:"Filters such as {until=\"24h\", label=\"a=b\"}."`
}

// ExecResult is exec_run()'s result, docker-py's ExecResult namedtuple:
// exit_code and output, also indexable by position ([1]/[2] in Lua,
// [0]/[1] in JavaScript).
type ExecResult struct {
	ExitCode any
	Output   any
}

// ExecResultClass describes ExecResult.
var ExecResultClass = RegisterClass(NewClass("ExecResult", "The result of exec_run(): exit_code and output (docker-py's ExecResult)."))

// Class implements Object.
func (r *ExecResult) Class() *Class { return ExecResultClass }

// Items implements Sequence: (exit_code, output), like the namedtuple.
func (r *ExecResult) Items() []any { return []any{r.ExitCode, r.Output} }

func init() {
	er := ExecResultClass
	er.Repr = func(o Object) string {
		r := o.(*ExecResult)
		code := "None"
		if r.ExitCode != nil {
			code = fmt.Sprint(r.ExitCode)
		}
		out := "None"
		switch x := r.Output.(type) {
		case string:
			out = strconv.Quote(x)
		case Tuple:
			out = "(...)"
		case Iterator:
			out = "<generator>"
		case *Socket:
			out = SocketClass.Repr(x)
		}
		return "ExecResult(exit_code=" + code + ", output=" + out + ")"
	}
	Prop(er, "exit_code", "The command's exit code (nil for stream, socket and detach).", func(_ *Call, r *ExecResult) (any, error) { return r.ExitCode, nil })
	Prop(er, "output", "The output: a string, {stdout, stderr} with demux, an iterator with stream, a Socket with socket.", func(_ *Call, r *ExecResult) (any, error) { return r.Output, nil })

	cls := ContainerClass
	Def(cls, "pause", "Pause all processes of the container.", func(c *Call, ct *Container, _ *NoArgs) (any, error) {
		return nil, ct.client.eng.ContainerPause(c.Context(), ct.id)
	})
	Def(cls, "unpause", "Resume the processes of a paused container.", func(c *Call, ct *Container, _ *NoArgs) (any, error) {
		return nil, ct.client.eng.ContainerUnpause(c.Context(), ct.id)
	})
	Def(cls, "restart", "Restart the container (stop with timeout, then start).", func(c *Call, ct *Container, a *RestartArgs) (any, error) {
		var opts engine.ContainerStopOptions
		if a.Timeout != nil {
			n := int(*a.Timeout)
			opts.Timeout = &n
		}
		return nil, ct.client.eng.ContainerRestart(c.Context(), ct.id, opts)
	})
	Def(cls, "rename", "Rename the container.", func(c *Call, ct *Container, a *RenameArgs) (any, error) {
		return nil, ct.client.eng.ContainerRename(c.Context(), ct.id, a.Name)
	})
	Def(cls, "resize", "Resize the container's TTY.", func(c *Call, ct *Container, a *ResizeArgs) (any, error) {
		return nil, ct.client.eng.ContainerResize(c.Context(), ct.id, a.Height, a.Width)
	})
	Def(cls, "top", "The processes of the container: {Titles, Processes}.", func(c *Call, ct *Container, a *TopArgs) (any, error) {
		ps := ""
		if a.PsArgs != nil {
			ps = *a.PsArgs
		}
		return decodeRaw(ct.client.eng.ContainerTop(c.Context(), ct.id, ps))
	})
	Def(cls, "diff", "Changes to the filesystem: a list of {Path, Kind} (nil when none).", func(c *Call, ct *Container, _ *NoArgs) (any, error) {
		return decodeRaw(ct.client.eng.ContainerChanges(c.Context(), ct.id))
	})
	Def(cls, "update", "Update the container's resource limits and restart policy; returns {Warnings}.", func(c *Call, ct *Container, a *UpdateArgs) (any, error) {
		return decodeRaw(ct.client.eng.ContainerUpdate(c.Context(), ct.id, a.body()))
	})
	Def(cls, "exec_run", "Run a command in the container; returns an ExecResult (exit_code, output).", func(c *Call, ct *Container, a *ExecRunArgs) (any, error) {
		return execRun(c, ct.client.eng, ct.id, a)
	})

	Def(ContainerCollectionClass, "prune", "Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.", func(c *Call, cc *ContainerCollection, a *PruneArgs) (any, error) {
		f, err := toFilters("ContainerCollection.prune()", a.Filters)
		if err != nil {
			return nil, err
		}
		return decodeRaw(cc.client.eng.ContainerPrune(c.Context(), engine.ContainerPruneOptions{Filters: f}))
	})
}

// body is the daemon's update request.
func (a *UpdateArgs) body() map[string]any {
	body := map[string]any{}
	ints := []struct {
		key string
		v   *int64
	}{
		{"BlkioWeight", a.BlkioWeight}, {"CpuPeriod", a.CPUPeriod}, {"CpuQuota", a.CPUQuota},
		{"CpuShares", a.CPUShares},
	}
	for _, e := range ints {
		if e.v != nil {
			body[e.key] = *e.v
		}
	}
	if a.CpusetCpus != nil {
		body["CpusetCpus"] = *a.CpusetCpus
	}
	if a.CpusetMems != nil {
		body["CpusetMems"] = *a.CpusetMems
	}
	sizes := []struct {
		key string
		v   *ByteSize
	}{
		{"Memory", a.MemLimit}, {"MemoryReservation", a.MemReservation},
		{"MemorySwap", a.MemswapLimit}, {"KernelMemory", a.KernelMemory},
	}
	for _, e := range sizes {
		if e.v != nil {
			body[e.key] = int64(*e.v)
		}
	}
	if a.RestartPolicy != nil {
		body["RestartPolicy"] = map[string]any(a.RestartPolicy)
	}
	return body
}

// execRun is docker-py's Container.exec_run: exec_create, exec_start and,
// unless streaming, exec_inspect for the exit code.
func execRun(c *Call, eng *engine.Client, id string, a *ExecRunArgs) (any, error) {
	const method = "Container.exec_run()"
	cfg := map[string]any{
		"Cmd": a.Cmd.Args, "AttachStdout": a.Stdout, "AttachStderr": a.Stderr, "AttachStdin": a.Stdin,
		"Tty": a.Tty, "Privileged": a.Privileged, "User": a.User,
	}
	if a.Environment != nil {
		cfg["Env"] = []string(a.Environment)
	}
	if a.Workdir != nil {
		cfg["WorkingDir"] = *a.Workdir
	}
	raw, err := eng.ContainerExec(c.Context(), id, cfg)
	if err != nil {
		return nil, err
	}
	var created struct {
		ID string `json:"Id"`
	}
	if err := json.Unmarshal(raw, &created); err != nil {
		return nil, fmt.Errorf("%s: decode answer: %w", method, err)
	}
	conn, err := eng.ExecStart(c.Context(), created.ID, engine.ExecStartOptions{Detach: a.Detach, Tty: a.Tty})
	if err != nil {
		return nil, err
	}
	var output any = ""
	switch {
	case conn == nil:
		// detached
	case a.Socket:
		// as in docker-py, socket wins over stream; the output is
		// multiplexed unless tty
		return &ExecResult{Output: NewSocket(conn, a.Tty)}, nil
	case a.Stream:
		return &ExecResult{Output: frameStream(engine.NewFrameReader(conn, a.Tty), a.Demux)}, nil
	default:
		fr := engine.NewFrameReader(conn, a.Tty)
		output, err = frameCollect(fr, a.Demux)
		if err != nil {
			return nil, err
		}
	}
	info, err := decodeRaw(eng.ExecInspect(c.Context(), created.ID))
	if err != nil {
		return nil, err
	}
	d, _ := info.(map[string]any)
	var code any
	if d != nil {
		code = d["ExitCode"]
		if running, _ := d["Running"].(bool); running && a.Detach {
			code = nil
		}
	}
	return &ExecResult{ExitCode: code, Output: output}, nil
}
