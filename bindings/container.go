package bindings

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/engine"
)

// Container is a container model object. It keeps the daemon's inspect
// answer as raw JSON and decodes it on first access to attrs.
type Container struct {
	lazyAttrs
	client *Client
	id     string
}

// ContainerClass describes Container.
var ContainerClass = RegisterClass(NewClass("Container", "A container (docker-py's Container model)."))

func newContainer(cl *Client, raw json.RawMessage) (*Container, error) {
	id, err := idOf(raw)
	if err != nil {
		return nil, fmt.Errorf("container: %w", err)
	}
	ct := &Container{client: cl, id: id}
	ct.raw = raw
	return ct, nil
}

// Class implements Object.
func (ct *Container) Class() *Class { return ContainerClass }

// ID implements Identifier.
func (ct *Container) ID() string { return ct.id }

func (ct *Container) tty() bool {
	b, _ := ct.attr("Config", "Tty").(bool)
	return b
}

func ttyOf(raw json.RawMessage) bool {
	var x struct{ Config struct{ Tty bool } }
	_ = json.Unmarshal(raw, &x)
	return x.Config.Tty
}

func (ct *Container) exitStatus(c *Call) (int64, error) {
	res, err := waitContainer(c, ct.client.eng, ct.id, &WaitArgs{})
	if err != nil {
		return 0, err
	}
	d, _ := res.(map[string]any)
	n, err := ToInt(d["StatusCode"])
	if err != nil {
		return 0, fmt.Errorf("container wait: StatusCode %v", d["StatusCode"])
	}
	return n, nil
}

// LogsArgs are logs()' parameters.
type LogsArgs struct {
	Stdout     bool      `arg:"stdout" default:"true" doc:"Include stdout."`
	Stderr     bool      `arg:"stderr" default:"true" doc:"Include stderr."`
	Stream     bool      `arg:"stream" doc:"Return an iterator of chunks instead of all the logs."`
	Timestamps bool      `arg:"timestamps" doc:"Prefix each line with its timestamp."`
	Tail       StrOrInt  `arg:"tail" default:"\"all\"" doc:"Only the last N lines (\"all\" for every line)."`
	Since      Timestamp `arg:"since" doc:"Only logs since this time (Unix seconds, RFC 3339 or Date)."`
	Follow     *bool     `arg:"follow" doc:"Keep streaming new output (default: the value of stream)."`
	Until      Timestamp `arg:"until" doc:"Only logs before this time."`
}

// WaitArgs are wait()'s parameters.
type WaitArgs struct {
	Timeout   *float64 `arg:"timeout" doc:"Seconds to wait at most."`
	Condition string   `arg:"condition" doc:"not-running (default), next-exit or removed."`
}

// StopArgs are stop()'s parameters.
type StopArgs struct {
	Timeout *int64 `arg:"timeout" pos:"0" doc:"Seconds to wait before killing (default 10)."`
}

// KillArgs are kill()'s parameters.
type KillArgs struct {
	Signal any `arg:"signal" pos:"0" kind:"str|int" doc:"Signal to send (default SIGKILL)."`
}

// RemoveArgs are remove()'s parameters.
type RemoveArgs struct {
	V     bool `arg:"v" doc:"Remove the container's anonymous volumes."`
	Link  bool `arg:"link" doc:"Remove the link, not the container."`
	Force bool `arg:"force" doc:"Kill a running container first."`
}

func init() {
	cls := ContainerClass
	cls.Repr = func(o Object) string { return repr("Container", o.(*Container).id) }
	Prop(cls, "id", "The container's full ID.", func(_ *Call, ct *Container) (any, error) { return ct.id, nil })
	Prop(cls, "short_id", "The first 12 characters of the ID.", func(_ *Call, ct *Container) (any, error) { return shortID(ct.id), nil })
	Prop(cls, "name", "The container's name, without the leading slash.", func(_ *Call, ct *Container) (any, error) {
		if n, ok := ct.attr("Name").(string); ok {
			return strings.TrimPrefix(n, "/"), nil
		}
		if ns, ok := ct.attr("Names").([]any); ok && len(ns) > 0 {
			n, _ := ns[0].(string)
			return strings.TrimPrefix(n, "/"), nil
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
	Prop(cls, "attrs", "The daemon's inspect answer.", func(_ *Call, ct *Container) (any, error) { return ct.Attrs(), nil })
	Prop(cls, "labels", "The container's labels.", func(_ *Call, ct *Container) (any, error) {
		if l, ok := ct.attr("Config", "Labels").(map[string]any); ok {
			return l, nil
		}
		if l, ok := ct.attr("Labels").(map[string]any); ok {
			return l, nil
		}
		return map[string]any{}, nil
	})
	Def(cls, "reload", "Refresh attrs from the daemon.", func(c *Call, ct *Container, _ *NoArgs) (any, error) {
		raw, err := ct.client.eng.ContainerInspect(c.Context(), ct.id, false)
		if err != nil {
			return nil, err
		}
		ct.setRaw(raw)
		return nil, nil
	})
	Def(cls, "start", "Start the container.", func(c *Call, ct *Container, _ *NoArgs) (any, error) {
		return nil, ct.client.eng.ContainerStart(c.Context(), ct.id, "")
	})
	Def(cls, "stop", "Stop the container (SIGTERM, then SIGKILL after timeout).", func(c *Call, ct *Container, a *StopArgs) (any, error) {
		return nil, stopContainer(c, ct.client.eng, ct.id, a.Timeout)
	})
	Def(cls, "kill", "Kill the container or send it a signal.", func(c *Call, ct *Container, a *KillArgs) (any, error) {
		return nil, killContainer(c, ct.client.eng, "Container.kill()", ct.id, a.Signal)
	})
	Def(cls, "wait", "Block until the container stops; returns {StatusCode, Error}.", func(c *Call, ct *Container, a *WaitArgs) (any, error) {
		return waitContainer(c, ct.client.eng, ct.id, a)
	})
	Def(cls, "remove", "Remove the container.", func(c *Call, ct *Container, a *RemoveArgs) (any, error) {
		return nil, removeContainer(c, ct.client.eng, ct.id, a)
	})
	Def(cls, "logs", "The container's logs: a string, or an iterator with stream=true.", func(c *Call, ct *Container, a *LogsArgs) (any, error) {
		return containerLogs(c, ct.client.eng, ct.id, ct.tty(), a)
	})
}

func stopContainer(c *Call, eng *engine.Client, id string, timeout *int64) error {
	var t *int
	if timeout != nil {
		n := int(*timeout)
		t = &n
	}
	return eng.ContainerStop(c.Context(), id, t)
}

func killContainer(c *Call, eng *engine.Client, method, id string, signal any) error {
	sig := ""
	if signal != nil {
		s, ok := scalarString(signal)
		if _, isBool := signal.(bool); !ok || isBool {
			return ArgError(method, "argument 'signal' must be str or int, not %s", typeName(signal))
		}
		sig = s
	}
	return eng.ContainerKill(c.Context(), id, sig)
}

func removeContainer(c *Call, eng *engine.Client, id string, a *RemoveArgs) error {
	return eng.ContainerDelete(c.Context(), id, engine.ContainerDeleteOptions{Volumes: a.V, Link: a.Link, Force: a.Force})
}

func waitContainer(c *Call, eng *engine.Client, id string, a *WaitArgs) (any, error) {
	ctx := c.Context()
	if a.Timeout != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Duration(*a.Timeout*float64(time.Second)))
		defer cancel()
	}
	raw, err := eng.ContainerWait(ctx, id, a.Condition)
	if err != nil && a.Timeout != nil && ctx.Err() == context.DeadlineExceeded {
		return nil, Errorf(DockerException, "wait for container %s timed out after %gs", shortID(id), *a.Timeout)
	}
	return decodeRaw(raw, err)
}

func logsOptions(a *LogsArgs) engine.ContainerLogsOptions {
	o := engine.ContainerLogsOptions{Stdout: a.Stdout, Stderr: a.Stderr, Timestamps: a.Timestamps,
		Since: string(a.Since), Until: string(a.Until), Follow: a.Stream}
	if a.Follow != nil {
		o.Follow = *a.Follow
	}
	if a.Tail != "" && a.Tail != "all" {
		if _, err := strconv.Atoi(string(a.Tail)); err == nil {
			o.Tail = string(a.Tail)
		}
	}
	return o
}

// containerLogs returns the logs as one string, or with stream=true an
// iterator that yields each chunk as the daemon sends it.
func containerLogs(c *Call, eng *engine.Client, id string, tty bool, a *LogsArgs) (any, error) {
	if a.Tail != "" && a.Tail != "all" {
		if _, err := strconv.Atoi(string(a.Tail)); err != nil {
			return nil, ArgError("Container.logs()", "argument 'tail' must be \"all\" or a number, not %q", string(a.Tail))
		}
	}
	rc, err := eng.ContainerLogs(c.Context(), id, logsOptions(a))
	if err != nil {
		return nil, err
	}
	fr := engine.NewFrameReader(rc, tty)
	if a.Stream {
		return frameStream(fr, false), nil
	}
	return frameCollect(fr, false)
}
