package bindings

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Container is docker-py's Container model. Its methods are the client.api
// container operations with the container bound as their first argument.
type Container struct {
	Model
}

// ContainerClass describes Container.
var ContainerClass = RegisterClass(NewClass("Container", "A container (docker-py's Container model)."))

// Class implements Object.
func (ct *Container) Class() *Class { return ContainerClass }

func newContainer(cl *Client, raw json.RawMessage) (*Container, error) {
	ct := &Container{}
	if err := ct.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("container: %w", err)
	}
	return ct, nil
}

// fullAttr reads a path of the full inspect answer, inspecting once when
// the container came from a list.
func (ct *Container) fullAttr(c *Call, path ...string) (any, error) {
	if err := ct.full(c, inspectContainer); err != nil {
		return nil, err
	}
	return ct.attr(path...), nil
}

// ExecRunArgs are Container.exec_run()'s parameters: exec_create's and
// exec_start's, in docker-py's order.
type ExecRunArgs struct {
	Cmd         Command   `arg:"cmd" pos:"0" req:"true" doc:"The command: a string (split like a shell) or a list."`
	Stdout      bool      `arg:"stdout" pos:"1" default:"true" doc:"Attach stdout."`
	Stderr      bool      `arg:"stderr" pos:"2" default:"true" doc:"Attach stderr."`
	Stdin       bool      `arg:"stdin" pos:"3" doc:"Attach stdin."`
	Tty         bool      `arg:"tty" pos:"4" doc:"Allocate a pseudo-TTY."`
	Privileged  bool      `arg:"privileged" pos:"5" doc:"Run with extended privileges."`
	User        string    `arg:"user" pos:"6" default:"\"\"" doc:"User to run as (user, user:group, uid...)."`
	Detach      bool      `arg:"detach" pos:"7" doc:"Start the command and return at once."`
	Stream      bool      `arg:"stream" pos:"8" doc:"Output is an iterator of chunks."`
	Socket      bool      `arg:"socket" pos:"9" doc:"Output is the connection as a Socket (read, write, close_write, close, chunks); exit_code is nil."`
	Environment KeyValues `arg:"environment" pos:"10" doc:"Environment variables: a dict or a list of \"KEY=value\"."`
	Workdir     *string   `arg:"workdir" pos:"11" doc:"Working directory of the command."`
	Demux       bool      `arg:"demux" pos:"12" doc:"Separate stdout and stderr: output is {stdout, stderr}."`
}

func init() {
	cls := ContainerClass
	baseMembers(cls, modelKind[*Container]{inspect: inspectContainer, labels: []string{"Config", "Labels"}})
	Prop(cls, "name", "The container's name, without the leading slash.", func(_ *Call, ct *Container) (any, error) {
		if n, ok := ct.attr("Name").(string); ok {
			return strings.TrimPrefix(n, "/"), nil
		}
		// a list entry: the name that is not a link alias (/other/alias)
		ns, _ := ct.attr("Names").([]any)
		for _, v := range ns {
			if n, ok := v.(string); ok && strings.Count(n, "/") == 1 {
				return strings.TrimPrefix(n, "/"), nil
			}
		}
		return nil, nil
	})
	Prop(cls, "status", "The status: created, running, exited, ...", func(_ *Call, ct *Container) (any, error) {
		switch s := ct.attr("State").(type) {
		case map[string]any:
			return s["Status"], nil
		case string:
			return s, nil
		}
		return nil, nil
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
	Prop(cls, "ports", "The published ports: NetworkSettings.Ports, {[\"80/tcp\"]={{HostIp=..., HostPort=...}}}.", func(c *Call, ct *Container) (any, error) {
		// docker-py: attrs.get('NetworkSettings', {}).get('Ports', {}); a
		// Ports that the daemon sent as null stays nil.
		v, err := ct.fullAttr(c, "NetworkSettings")
		if err != nil {
			return nil, err
		}
		ns, ok := v.(map[string]any)
		if !ok {
			return map[string]any{}, nil
		}
		p, ok := ns["Ports"]
		if !ok {
			return map[string]any{}, nil
		}
		return p, nil
	})
	Prop(cls, "health", "The healthcheck status: starting, healthy, unhealthy, or \"unknown\" without a healthcheck.", func(c *Call, ct *Container) (any, error) {
		v, err := ct.fullAttr(c, "State", "Health", "Status")
		if s, ok := v.(string); ok || err != nil {
			return s, err
		}
		return "unknown", nil
	})

	kw := Derived{KeywordOnly: true}
	Bind[*Container](cls, "attach", apiAttach, kw)
	Bind[*Container](cls, "attach_socket", apiAttachSocket, kw)
	Bind[*Container](cls, "commit", apiCommit, Derived{Positional: 2, KeywordOnly: true, Doc: "Commit the container to an image; returns the Image.",
		Then: func(c *Call, self Object, v any) (any, error) {
			id, _ := v.(map[string]any)["Id"].(string)
			return getImage(c, self.(*Container).client, id)
		}})
	Bind[*Container](cls, "diff", apiDiff, Derived{})
	Def(cls, "exec_run", "Run a command in the container; returns an ExecResult (exit_code, output).", func(c *Call, ct *Container, a *ExecRunArgs) (any, error) {
		return execRun(c, ct, a)
	})
	Bind[*Container](cls, "export", apiExport, Derived{})
	Bind[*Container](cls, "get_archive", apiGetArchive, Derived{})
	Bind[*Container](cls, "kill", apiKill, Derived{})
	Bind[*Container](cls, "logs", apiLogs, kw)
	Bind[*Container](cls, "pause", apiPause, Derived{})
	Bind[*Container](cls, "put_archive", apiPutArchive, Derived{})
	Bind[*Container](cls, "remove", apiRemoveContainer, kw)
	Bind[*Container](cls, "rename", apiRename, Derived{})
	Bind[*Container](cls, "resize", apiResize, Derived{})
	Bind[*Container](cls, "restart", apiRestart, kw)
	Bind[*Container](cls, "start", apiStart, kw)
	Bind[*Container](cls, "stats", apiStats, kw)
	Bind[*Container](cls, "stop", apiStop, kw)
	Bind[*Container](cls, "top", apiTop, kw)
	Bind[*Container](cls, "unpause", apiUnpause, Derived{})
	Bind[*Container](cls, "update", apiUpdateContainer, kw)
	Bind[*Container](cls, "wait", apiWait, kw)
}

// execRun is docker-py's Container.exec_run: api.exec_create, exec_start
// and, unless streaming, exec_inspect for the exit code.
func execRun(c *Call, ct *Container, a *ExecRunArgs) (any, error) {
	api := ct.API()
	created, err := api.execCreate(c, &ExecCreateArgs{ContainerArgs: ContainerArgs{Ref{ID: ct.id, Model: ct}},
		Cmd: a.Cmd, Stdout: a.Stdout, Stderr: a.Stderr, Stdin: a.Stdin, Tty: a.Tty, Privileged: a.Privileged,
		User: a.User, Environment: a.Environment, Workdir: a.Workdir})
	if err != nil {
		return nil, err
	}
	id, _ := created.(map[string]any)["Id"].(string)
	if id == "" {
		return nil, fmt.Errorf("%s: the daemon's answer has no Id", c.Name())
	}
	ref := ExecArgs{ExecID: Ref{ID: id}}
	output, err := api.execStart(c, &ExecStartArgs{ExecArgs: ref, Detach: a.Detach, Tty: a.Tty, Stream: a.Stream, Socket: a.Socket, Demux: a.Demux})
	if err != nil {
		return nil, err
	}
	if a.Socket || a.Stream {
		// the exit code is not known yet
		return &ExecResult{Output: output}, nil
	}
	info, err := decodeRaw(api.eng.ExecInspect(c.Context(), id))
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
	if a.Detach {
		output = ""
	}
	return &ExecResult{ExitCode: code, Output: output}, nil
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
}
