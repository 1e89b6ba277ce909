package bindings

import (
	"github.com/dscript/dscript/engine"
)

// ExecCreateArgs are api.exec_create()'s parameters.
type ExecCreateArgs struct {
	ContainerArgs
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

// ExecArgs name one exec instance.
type ExecArgs struct {
	ExecID Ref `arg:"exec_id" pos:"0" req:"true" doc:"The exec instance: its ID, or the {Id} dict from exec_create."`
}

// ExecResizeArgs are api.exec_resize()'s parameters.
type ExecResizeArgs struct {
	ExecArgs
	Height *int64 `arg:"height" pos:"1" doc:"Rows of the TTY."`
	Width  *int64 `arg:"width" pos:"2" doc:"Columns of the TTY."`
}

// ExecStartArgs are api.exec_start()'s parameters.
type ExecStartArgs struct {
	ExecArgs
	Detach bool `arg:"detach" pos:"1" doc:"Start the command and return at once."`
	Tty    bool `arg:"tty" pos:"2" doc:"The exec has a pseudo-TTY (its output is not multiplexed)."`
	Stream bool `arg:"stream" pos:"3" doc:"Return an iterator of output chunks."`
	Socket bool `arg:"socket" pos:"4" doc:"Return the connection as a Socket (read, write, close_write, close)."`
	Demux  bool `arg:"demux" pos:"5" doc:"Separate stdout and stderr: (stdout, stderr)."`
}

func init() {
	cls := APIClientClass
	Def(cls, "exec_create", "Set up a command to run in a running container; returns {Id}.", func(c *Call, a *APIClient, x *ExecCreateArgs) (any, error) {
		return a.execCreate(c, x)
	})
	Def(cls, "exec_inspect", "Inspect an exec instance: Running, ExitCode, ProcessConfig, ...", func(c *Call, a *APIClient, x *ExecArgs) (any, error) {
		return decodeRaw(a.eng.ExecInspect(c.Context(), x.ExecID.ID))
	})
	Def(cls, "exec_resize", "Resize the TTY of a running exec instance.", func(c *Call, a *APIClient, x *ExecResizeArgs) (any, error) {
		if x.Height == nil || x.Width == nil {
			return nil, ArgError(c.Name(), "arguments 'height' and 'width' must both be given")
		}
		return nil, a.eng.ExecResize(c.Context(), x.ExecID.ID, int(*x.Height), int(*x.Width))
	})
	Def(cls, "exec_start", "Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, \"\" with detach).", func(c *Call, a *APIClient, x *ExecStartArgs) (any, error) {
		return a.execStart(c, x)
	})
}

func (a *APIClient) execCreate(c *Call, x *ExecCreateArgs) (any, error) {
	method := c.Name()
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
	return decodeRaw(a.eng.ContainerExec(c.Context(), x.Container.ID, cfg))
}

// execStart is docker-py's exec_start: the output collected, an iterator
// of chunks with stream, the connection as a Socket with socket, "" with
// detach (which wins over socket, as in docker-py); with demux, (stdout,
// stderr) pairs, an absent side being nil.
func (a *APIClient) execStart(c *Call, x *ExecStartArgs) (any, error) {
	conn, err := a.eng.ExecStart(c.Context(), x.ExecID.ID, engine.ExecStartOptions{Detach: x.Detach, Tty: x.Tty})
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
