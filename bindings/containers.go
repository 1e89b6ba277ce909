package bindings

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

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
	ContainerID Ref `arg:"container_id" pos:"0" req:"true" doc:"The container's ID or name."`
}

// ListArgs are containers.list()'s parameters.
type ListArgs struct {
	All           bool           `arg:"all" doc:"Include stopped containers."`
	Since         string         `arg:"since" doc:"Only containers created after this ID or name."`
	Before        string         `arg:"before" doc:"Only containers created before this ID or name."`
	Limit         int64          `arg:"limit" default:"-1" doc:"At most this many of the latest containers (-1: all)."`
	Filters       map[string]any `arg:"filters" doc:"Filters such as {status=\"exited\", label=\"app=web\"}."`
	Sparse        bool           `arg:"sparse" doc:"Do not inspect each container (attrs are the list's fields)."`
	IgnoreRemoved bool           `arg:"ignore_removed" doc:"Skip containers removed while listing."`
}

func init() {
	cls := ContainerCollectionClass
	Def(cls, "create", "Create a container without starting it.", func(c *Call, cc *ContainerCollection, a *CreateArgs) (any, error) {
		return cc.create(c, "ContainerCollection.create()", a)
	})
	Def(cls, "run", "Run a container; returns its logs, or the Container with detach=true.", func(c *Call, cc *ContainerCollection, a *RunArgs) (any, error) {
		return cc.run(c, a)
	})
	Def(cls, "get", "Get a container by ID or name.", func(c *Call, cc *ContainerCollection, a *GetArgs) (any, error) {
		return cc.get(c, string(a.ContainerID))
	})
	Def(cls, "list", "List containers (running ones unless all=true).", func(c *Call, cc *ContainerCollection, a *ListArgs) (any, error) {
		return cc.list(c, a)
	})
}

func (cc *ContainerCollection) create(c *Call, method string, a *CreateArgs) (*Container, error) {
	body, err := a.config(method)
	if err != nil {
		return nil, err
	}
	raw, err := cc.client.eng.ContainerCreate(c.Context(), engine.ContainerCreateOptions{Name: a.Name, Platform: a.Platform}, body)
	if err != nil {
		return nil, err
	}
	var created struct {
		ID string `json:"Id"`
	}
	if err := json.Unmarshal(raw, &created); err != nil {
		return nil, fmt.Errorf("%s: decode answer: %w", method, err)
	}
	return cc.get(c, created.ID)
}

func (cc *ContainerCollection) get(c *Call, id string) (*Container, error) {
	if id == "" {
		return nil, Errorf(NullResource, "Resource ID was not provided")
	}
	raw, err := cc.client.eng.ContainerInspect(c.Context(), id, false)
	if err != nil {
		return nil, err
	}
	return newContainer(cc.client, raw)
}

func (cc *ContainerCollection) run(c *Call, a *RunArgs) (any, error) {
	const method = "ContainerCollection.run()"
	if a.Detach && a.Remove {
		return nil, ArgError(method, "the options 'detach' and 'remove' cannot be used together; use 'auto_remove' instead")
	}
	ctr, err := cc.create(c, method, &a.CreateArgs)
	if err != nil {
		return nil, err
	}
	eng := cc.client.eng
	if err := eng.ContainerStart(c.Context(), ctr.id, ""); err != nil {
		return nil, err
	}
	if a.Detach {
		return ctr, nil
	}
	if a.Stream {
		it, err := containerLogs(c, eng, ctr.id, ctr.tty(), &LogsArgs{Stdout: a.Stdout, Stderr: a.Stderr, Stream: true, Follow: boolPtr(true), Tail: "all"})
		if err != nil {
			return nil, err
		}
		if a.Remove {
			iter := it.(*FuncIterator)
			closeLogs := iter.CloseFunc
			iter.CloseFunc = func() error {
				err := closeLogs()
				_ = removeContainer(c, eng, ctr.id, &RemoveArgs{Force: true})
				return err
			}
		}
		return it, nil
	}
	status, err := ctr.exitStatus(c)
	if err != nil {
		return nil, err
	}
	var out any
	if status != 0 {
		if !a.AutoRemove {
			if out, err = containerLogs(c, eng, ctr.id, ctr.tty(), &LogsArgs{Stderr: true, Tail: "all"}); err != nil {
				return nil, err
			}
		}
	} else {
		if out, err = containerLogs(c, eng, ctr.id, ctr.tty(), &LogsArgs{Stdout: a.Stdout, Stderr: a.Stderr, Tail: "all"}); err != nil {
			return nil, err
		}
	}
	if a.Remove {
		if err := removeContainer(c, eng, ctr.id, &RemoveArgs{}); err != nil {
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

func (cc *ContainerCollection) list(c *Call, a *ListArgs) (any, error) {
	const method = "ContainerCollection.list()"
	args := &APIListArgs{All: a.All, Since: strPtr(a.Since), Before: strPtr(a.Before), Limit: limitPtr(a.Limit), Filters: a.Filters}
	opts, err := args.options(method)
	if err != nil {
		return nil, err
	}
	raw, err := cc.client.eng.ContainerList(c.Context(), opts)
	if err != nil {
		return nil, err
	}
	if a.Sparse {
		v, err := DecodeJSON(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", method, err)
		}
		entries, _ := v.([]any)
		out := make([]any, len(entries))
		for i, e := range entries {
			d, _ := e.(map[string]any)
			ctr := &Container{client: cc.client}
			ctr.setDecoded(d)
			ctr.id, _ = d["Id"].(string)
			out[i] = ctr
		}
		return out, nil
	}
	// only the IDs are needed from the list: each container is inspected
	var entries []struct {
		ID string `json:"Id"`
	}
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("%s: decode answer: %w", method, err)
	}
	out := make([]any, len(entries))
	// Inspect every container, as docker-py does, but concurrently; each
	// keeps its raw JSON and decodes it only when the script looks.
	var wg sync.WaitGroup
	errs := make([]error, len(entries))
	sem := make(chan struct{}, 8)
	for i, e := range entries {
		id := e.ID
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			raw, err := cc.client.eng.ContainerInspect(c.Context(), id, false)
			if err != nil {
				errs[i] = err
				return
			}
			ctr := &Container{client: cc.client, id: id}
			ctr.raw = raw
			out[i] = ctr
		}()
	}
	wg.Wait()
	kept := out[:0]
	for i, v := range out {
		if errs[i] != nil {
			if a.IgnoreRemoved && errors.Is(errs[i], engine.ErrNotFound) {
				continue
			}
			return nil, errs[i]
		}
		kept = append(kept, v)
	}
	return kept, nil
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func limitPtr(n int64) *int64 {
	if n < 0 {
		return nil
	}
	return &n
}

func boolPtr(b bool) *bool { return &b }
