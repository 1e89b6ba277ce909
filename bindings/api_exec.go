package bindings

import (
	"github.com/dscript/dscript/engine"
)

// APIExecCreateArgs are api.exec_create()'s parameters.
type APIExecCreateArgs struct {
	ContainerRefArgs
	Cmd         Command   `arg:"cmd" pos:"1" req:"true" doc:"The command: a string (split like a shell) or a list."`
	Stdout      bool      `arg:"stdout" pos:"2" default:"true" doc:"Attach stdout."`
	Stderr      bool      `arg:"stderr" pos:"3" default:"true" doc:"Attach stderr."`
	Stdin       bool      `arg:"stdin" pos:"4" doc:"Attach stdin."`
	Tty         bool      `arg:"tty" pos:"5" doc:"Allocate a pseudo-TTY."`
	Privileged  bool      `arg:"privileged" pos:"6" doc:"Run with extended privileges."`
	User        string    `arg:"user" pos:"7" default:"\"\"" doc:"User to run as (user, user:group, uid...)."`
	Environment KeyValues `arg:"environment" pos:"8" doc:"Environment variables: a dict or a list of \"KEY=value\"."`
	Workdir     *string   `arg:"workdir" pos:"9" doc:"Working directory of the command."`
	DetachKeys  *string   `arg:"detach_keys" pos:"10" doc:"Key sequence that detaches, e.g. \"ctrl-p,ctrl-q\"."`
}

// ExecRefArgs name one exec instance.
type ExecRefArgs struct {
	ExecID any `arg:"exec_id" pos:"0" req:"true" kind:"str|dict" doc:"The exec instance: its ID, or the {Id} dict from exec_create."`
}

// APIExecResizeArgs are api.exec_resize()'s parameters.
type APIExecResizeArgs struct {
	ExecRefArgs
	Height *int64 `arg:"height" pos:"1" doc:"Rows of the TTY."`
	Width  *int64 `arg:"width" pos:"2" doc:"Columns of the TTY."`
}

// APIExecStartArgs are api.exec_start()'s parameters.
type APIExecStartArgs struct {
	ExecRefArgs
	Detach bool `arg:"detach" pos:"1" doc:"Start the command and return at once."`
	Tty    bool `arg:"tty" pos:"2" doc:"The exec has a pseudo-TTY (its output is not multiplexed)."`
	Stream bool `arg:"stream" pos:"3" doc:"Return an iterator of output chunks."`
	Socket bool `arg:"socket" pos:"4" doc:"Return the connection as a Socket (read, write, close_write, close)."`
	Demux  bool `arg:"demux" pos:"5" doc:"Separate stdout and stderr: (stdout, stderr)."`
}

// execID is docker-py's handling of exec_id: a str, or a dict whose Id is
// taken.
func execID(method string, v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case map[string]any:
		if id, ok := x["Id"].(string); ok {
			return id, nil
		}
		return "", ArgError(method, "argument 'exec_id' is a dict without an 'Id' str")
	}
	return "", ArgError(method, "argument 'exec_id' must be str or dict, not %s", typeName(v))
}

func init() {
	cls := APIClientClass
	Def(cls, "exec_create", "Set up a command to run in a running container; returns {Id}.", func(c *Call, a *APIClient, x *APIExecCreateArgs) (any, error) {
		return a.execCreate(c, x)
	})
	Def(cls, "exec_inspect", "Inspect an exec instance: Running, ExitCode, ProcessConfig, ...", func(c *Call, a *APIClient, x *ExecRefArgs) (any, error) {
		id, err := execID("APIClient.exec_inspect()", x.ExecID)
		if err != nil {
			return nil, err
		}
		return decodeRaw(a.eng.ExecInspect(c.Context(), id))
	})
	Def(cls, "exec_resize", "Resize the TTY of a running exec instance.", func(c *Call, a *APIClient, x *APIExecResizeArgs) (any, error) {
		const method = "APIClient.exec_resize()"
		id, err := execID(method, x.ExecID)
		if err != nil {
			return nil, err
		}
		if x.Height == nil || x.Width == nil {
			return nil, ArgError(method, "arguments 'height' and 'width' must both be given")
		}
		return nil, a.eng.ExecResize(c.Context(), id, int(*x.Height), int(*x.Width))
	})
	Def(cls, "exec_start", "Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, \"\" with detach).", func(c *Call, a *APIClient, x *APIExecStartArgs) (any, error) {
		return a.execStart(c, x)
	})
}

func (a *APIClient) execCreate(c *Call, x *APIExecCreateArgs) (any, error) {
	const method = "APIClient.exec_create()"
	cfg := map[string]any{
		"Cmd": x.Cmd.Args, "AttachStdout": x.Stdout, "AttachStderr": x.Stderr, "AttachStdin": x.Stdin,
		"Tty": x.Tty, "Privileged": x.Privileged, "User": x.User,
	}
	if x.Environment != nil {
		if err := a.eng.RequireVersion(c.Context(), method+" (environment)", "1.25"); err != nil {
			return nil, err
		}
		cfg["Env"] = []string(x.Environment)
	}
	if x.Workdir != nil {
		if err := a.eng.RequireVersion(c.Context(), method+" (workdir)", "1.35"); err != nil {
			return nil, err
		}
		cfg["WorkingDir"] = *x.Workdir
	}
	if x.DetachKeys != nil && *x.DetachKeys != "" {
		cfg["DetachKeys"] = *x.DetachKeys
	}
	return decodeRaw(a.eng.ContainerExec(c.Context(), string(x.Container), cfg))
}

// execStart is docker-py's exec_start: the output collected, an iterator
// of chunks with stream, the connection as a Socket with socket, "" with
// detach (which wins over socket, as in docker-py); with demux, (stdout,
// stderr) pairs, an absent side being nil.
func (a *APIClient) execStart(c *Call, x *APIExecStartArgs) (any, error) {
	const method = "APIClient.exec_start()"
	id, err := execID(method, x.ExecID)
	if err != nil {
		return nil, err
	}
	conn, err := a.eng.ExecStart(c.Context(), id, engine.ExecStartOptions{Detach: x.Detach, Tty: x.Tty})
	if err != nil {
		return nil, err
	}
	if conn == nil {
		return "", nil
	}
	if x.Socket {
		return NewSocket(conn, x.Tty), nil
	}
	fr := engine.NewFrameReader(conn, x.Tty)
	if x.Stream {
		return frameStream(fr, x.Demux), nil
	}
	return frameCollect(fr, x.Demux)
}
