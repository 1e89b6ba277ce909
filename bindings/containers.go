package bindings

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dscript/dscript/engine"
)

// ContainerCollection is client.containers.
type ContainerCollection struct {
	client *Client
}

// ContainerCollectionClass describes client.containers.
var ContainerCollectionClass = RegisterClass(NewClass("ContainerCollection", "The containers of the daemon (client.containers)."))

// Class implements Object.
func (cc *ContainerCollection) Class() *Class { return ContainerCollectionClass }

// RunArgs are containers.run()'s parameters: create's plus its own.
type RunArgs struct {
	CreateArgs
	Stdout bool `arg:"stdout" pos:"2" default:"true" doc:"Return stdout logs (when not detached)."`
	Stderr bool `arg:"stderr" pos:"3" default:"false" doc:"Return stderr logs (when not detached)."`
	Remove bool `arg:"remove" pos:"4" doc:"Remove the container once it has exited (client side)."`
	Stream bool `arg:"stream" doc:"Return a log iterator instead of the logs (when not detached)."`
}

// GetArgs name one container.
type GetArgs struct {
	ContainerID string `arg:"container_id" pos:"0" req:"true" doc:"The container's ID or name."`
}

// ListArgs are containers.list()'s parameters.
type ListArgs struct {
	All           bool    `arg:"all" pos:"0" doc:"Include stopped containers."`
	Before        *string `arg:"before" pos:"1" doc:"Only containers created before this ID or name."`
	Filters       Filters `arg:"filters" pos:"2" doc:"Filters such as {status=\"exited\", label=\"app=web\"}."`
	Limit         int64   `arg:"limit" pos:"3" default:"-1" doc:"At most this many of the latest containers (-1: all)."`
	Since         *string `arg:"since" pos:"4" doc:"Only containers created after this ID or name."`
	Sparse        bool    `arg:"sparse" pos:"5" doc:"Do not inspect the containers: attrs are the list's fields."`
	IgnoreRemoved bool    `arg:"ignore_removed" pos:"6" doc:"Accepted as docker-py has it: the list never fails for a container removed meanwhile, as it inspects none; reading full attrs of one raises NotFound."`
}

func init() {
	cls := ContainerCollectionClass
	Def(cls, "create", "Create a container without starting it.", func(c *Call, cc *ContainerCollection, a *CreateArgs) (any, error) {
		return cc.create(c, a)
	})
	Def(cls, "get", "Get a container by ID or name.", func(c *Call, cc *ContainerCollection, a *GetArgs) (any, error) {
		return cc.get(c, a.ContainerID)
	})
	Def(cls, "list", "List containers (running ones unless all=true).", func(c *Call, cc *ContainerCollection, a *ListArgs) (any, error) {
		return cc.list(c, a)
	})
	Forward[*ContainerCollection](cls, "prune", apiPruneContainers, Derived{})
	Def(cls, "run", "Run a container; returns its logs, or the Container with detach=true.", func(c *Call, cc *ContainerCollection, a *RunArgs) (any, error) {
		return cc.run(c, a)
	})
}

// API implements APIUser.
func (cc *ContainerCollection) API() *APIClient { return cc.client.api }

func (cc *ContainerCollection) create(c *Call, a *CreateArgs) (*Container, error) {
	body, err := a.config(c.Name())
	if err != nil {
		return nil, err
	}
	raw, err := cc.client.eng.ContainerCreate(c.Context(), engine.ContainerCreateOptions{Name: a.Name, Platform: a.Platform}, body)
	if err != nil {
		return nil, err
	}
	id, err := idOf(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Name(), err)
	}
	return cc.get(c, id)
}

func (cc *ContainerCollection) get(c *Call, id string) (*Container, error) {
	return getModel(c, cc.client, id, inspectContainer, newContainer)
}

func (cc *ContainerCollection) run(c *Call, a *RunArgs) (any, error) {
	if a.Detach && a.Remove {
		return nil, ArgError(c.Name(), "the options 'detach' and 'remove' cannot be used together; use 'auto_remove' instead")
	}
	ctr, err := cc.create(c, &a.CreateArgs)
	if err != nil {
		return nil, err
	}
	eng := cc.client.eng
	remove := func() error {
		return eng.ContainerDelete(c.Context(), ctr.id, engine.ContainerDeleteOptions{Force: true})
	}
	if err := eng.ContainerStart(c.Context(), ctr.id, ""); err != nil {
		if a.Remove {
			// what this call created goes with its failure
			_ = remove()
		}
		return nil, err
	}
	if a.Detach {
		return ctr, nil
	}
	tty, _ := ctr.attr("Config", "Tty").(bool)
	if a.Stream {
		it, err := containerLogs(c, eng, ctr.id, tty, &LogsArgs{Stdout: a.Stdout, Stderr: a.Stderr, Stream: true, Follow: boolPtr(true), Tail: "all"})
		if err != nil {
			return nil, err
		}
		if a.Remove {
			iter := it.(*FuncIterator)
			closeLogs := iter.CloseFunc
			iter.CloseFunc = func() error {
				err := closeLogs()
				_ = remove()
				return err
			}
		}
		return it, nil
	}
	res, err := cc.API().wait(c, &WaitArgs{ContainerArgs: ContainerArgs{Ref{ID: ctr.id}}})
	if err != nil {
		return nil, err
	}
	status, err := ToInt(res.(map[string]any)["StatusCode"])
	if err != nil {
		return nil, fmt.Errorf("%s: wait answer: StatusCode %w", c.Name(), err)
	}
	var out any
	if status != 0 {
		if !a.AutoRemove {
			if out, err = containerLogs(c, eng, ctr.id, tty, &LogsArgs{Stderr: true, Tail: "all"}); err != nil {
				return nil, err
			}
		}
	} else {
		if out, err = containerLogs(c, eng, ctr.id, tty, &LogsArgs{Stdout: a.Stdout, Stderr: a.Stderr, Tail: "all"}); err != nil {
			return nil, err
		}
	}
	if a.Remove {
		if err := eng.ContainerDelete(c.Context(), ctr.id, engine.ContainerDeleteOptions{}); err != nil {
			return nil, err
		}
	}
	if status != 0 {
		return nil, containerError(ctr, status, a.Command, a.Image, out)
	}
	return out, nil
}

// pyRepr renders a command as docker-py prints it in messages: a str as
// is, a list as Python's list repr.
func pyRepr(cmd Command) string {
	switch x := cmd.Raw.(type) {
	case nil:
		return "None"
	case string:
		return x
	}
	q := make([]string, len(cmd.Args))
	for i, s := range cmd.Args {
		q[i] = "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func containerError(ctr *Container, status int64, cmd Command, image string, stderr any) *Error {
	msg := fmt.Sprintf("Command '%s' in image '%s' returned non-zero exit status %d", pyRepr(cmd), image, status)
	if s, ok := stderr.(string); ok {
		msg += ": " + s
	}
	command := cmd.Raw
	return &Error{Class: ContainerError, Message: msg, Fields: map[string]any{
		"container": ctr, "exit_status": status, "command": command, "image": image, "stderr": stderr,
	}}
}

// list is docker-py's containers.list without its N+1: each Container is
// made from its list entry, which answers id, name, status, labels and
// image; reading anything else (attrs, ports, health...) inspects that
// container once. sparse keeps docker-py's meaning: attrs stay the list
// entry.
func (cc *ContainerCollection) list(c *Call, a *ListArgs) (any, error) {
	args := &ContainersArgs{All: a.All, Since: a.Since, Before: a.Before, Limit: a.Limit, Filters: a.Filters}
	raw, err := cc.client.eng.ContainerList(c.Context(), args.options())
	if err != nil {
		return nil, err
	}
	if a.Sparse {
		// docker-py's sparse: attrs are the whole list entry
		v, err := DecodeJSON(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: decode answer: %w", c.Name(), err)
		}
		entries, _ := v.([]any)
		out := make([]any, 0, len(entries))
		for _, e := range entries {
			d, _ := e.(map[string]any)
			id, _ := d["Id"].(string)
			if id == "" {
				return nil, fmt.Errorf("%s: a list entry has no Id", c.Name())
			}
			ct := &Container{Model{client: cc.client, id: id}}
			ct.setDecoded(d, false)
			out = append(out, ct)
		}
		return out, nil
	}
	// only the fields the properties read without an inspect are decoded
	var entries []struct {
		ID      string `json:"Id"`
		Names   []string
		Image   string
		ImageID string
		State   string
		Labels  map[string]string
	}
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("%s: decode answer: %w", c.Name(), err)
	}
	out := make([]any, 0, len(entries))
	for _, e := range entries {
		if e.ID == "" {
			return nil, fmt.Errorf("%s: a list entry has no Id", c.Name())
		}
		names := make([]any, len(e.Names))
		for i, n := range e.Names {
			names[i] = n
		}
		labels := make(map[string]any, len(e.Labels))
		for k, v := range e.Labels {
			labels[k] = v
		}
		ct := &Container{Model{client: cc.client, id: e.ID}}
		ct.setDecoded(map[string]any{"Id": e.ID, "Names": names, "Image": e.Image, "ImageID": e.ImageID, "State": e.State, "Labels": labels}, true)
		out = append(out, ct)
	}
	return out, nil
}
