package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// ServiceListOptions are the query parameters of ServiceList.
type ServiceListOptions struct {
	Filters Filters // e.g. {"name": ["x"]}, {"label": ["a=b"]}, {"mode": ["replicated"]}
	Status  bool    // add ServiceStatus (running and desired tasks)
}

// ServiceList lists the swarm's services (GET /services) as a JSON array.
func (c *Client) ServiceList(ctx context.Context, opts ServiceListOptions) (json.RawMessage, error) {
	const op = "ServiceList"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	boolParam(q, "status", opts.Status)
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/services", query: q})
}

// ServiceCreateOptions are the header parameters of ServiceCreate.
type ServiceCreateOptions struct {
	RegistryAuth string // base64url X-Registry-Auth header value for the image's registry (never logged)
}

// ServiceCreate creates a service (POST /services/create) and returns
// {"ID": ..., "Warnings": [...]}. spec is the JSON-encodable ServiceSpec,
// e.g. {"Name": "web", "TaskTemplate": {"ContainerSpec": {"Image":
// "busybox"}}, "Mode": {"Replicated": {"Replicas": 2}}, "EndpointSpec":
// {...}}.
func (c *Client) ServiceCreate(ctx context.Context, opts ServiceCreateOptions, spec any) (json.RawMessage, error) {
	const op = "ServiceCreate"
	body, err := jsonBody(spec)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/services/create", body: body, header: authHeader(opts.RegistryAuth)})
}

// ServiceInspect returns low-level information about a service
// (GET /services/{id}); insertDefaults fills the spec's unset fields with
// their default values.
func (c *Client) ServiceInspect(ctx context.Context, id string, insertDefaults bool) (json.RawMessage, error) {
	const op = "ServiceInspect"
	if err := needArg(op, "id", id); err != nil {
		return nil, err
	}
	q := url.Values{}
	boolParam(q, "insertDefaults", insertDefaults)
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/services/" + id, query: q})
}

// ServiceDelete removes a service and its tasks (DELETE /services/{id}).
func (c *Client) ServiceDelete(ctx context.Context, id string) error {
	return c.remove(ctx, "ServiceDelete", "/services/", id, nil)
}

// ServiceUpdateOptions are the query and header parameters of
// ServiceUpdate.
type ServiceUpdateOptions struct {
	// Version is the service's current Version.Index; it is required.
	Version uint64
	// RegistryAuthFrom says where the registry credentials come from when
	// RegistryAuth is "": "spec" (default) or "previous-spec".
	RegistryAuthFrom string
	// Rollback "previous" rolls back to the previous spec (then spec is
	// the current one, unchanged).
	Rollback string
	// RegistryAuth is the base64url X-Registry-Auth header value (never
	// logged).
	RegistryAuth string
}

// ServiceUpdate replaces a service's spec (POST /services/{id}/update)
// and returns {"Warnings": [...]}. spec is the whole JSON-encodable
// ServiceSpec (fields left out are reset), e.g. the Spec of
// ServiceInspect with changes.
func (c *Client) ServiceUpdate(ctx context.Context, id string, opts ServiceUpdateOptions, spec any) (json.RawMessage, error) {
	const op = "ServiceUpdate"
	if err := needArg(op, "id", id); err != nil {
		return nil, err
	}
	if err := needVersion(op, opts.Version); err != nil {
		return nil, err
	}
	switch opts.RegistryAuthFrom {
	case "", "spec", "previous-spec":
	default:
		return nil, wrapOp(op, fmt.Errorf("registryAuthFrom %q is neither \"spec\" nor \"previous-spec\"", opts.RegistryAuthFrom))
	}
	switch opts.Rollback {
	case "", "previous":
	default:
		return nil, wrapOp(op, fmt.Errorf("rollback %q is not \"previous\"", opts.Rollback))
	}
	body, err := jsonBody(spec)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	q := versionQuery(opts.Version)
	strParam(q, "registryAuthFrom", opts.RegistryAuthFrom)
	strParam(q, "rollback", opts.Rollback)
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/services/" + id + "/update", query: q, body: body, header: authHeader(opts.RegistryAuth)})
}

// ServiceLogsOptions are the query parameters of ServiceLogs and TaskLogs.
type ServiceLogsOptions struct {
	Stdout     bool   // include stdout
	Stderr     bool   // include stderr
	Follow     bool   // keep streaming new output
	Timestamps bool   // prefix each line with an RFC 3339 timestamp
	Details    bool   // prefix each line with its details (e.g. com.docker.swarm.task.id=...)
	Since      string // Unix time in seconds (may be fractional) as a string; "" = from the start
	Tail       string // number of lines from the end, or "" / "all" for all
}

// ServiceLogs returns the logs of a service's tasks as a raw stream
// (GET /services/{id}/logs). Unless the service's containers have a TTY,
// the stream is multiplexed: wrap it with NewFrameReader(rc, tty). Closing
// the stream releases the connection. No client timeout applies.
func (c *Client) ServiceLogs(ctx context.Context, id string, opts ServiceLogsOptions) (io.ReadCloser, error) {
	return c.swarmLogs(ctx, "ServiceLogs", "/services/", id, opts)
}

// swarmLogs gets the logs of a service or task.
func (c *Client) swarmLogs(ctx context.Context, op, prefix, id string, opts ServiceLogsOptions) (io.ReadCloser, error) {
	if err := needArg(op, "id", id); err != nil {
		return nil, err
	}
	if !opts.Stdout && !opts.Stderr {
		return nil, wrapOp(op, errors.New("choose stdout, stderr or both"))
	}
	q := url.Values{}
	boolParam(q, "stdout", opts.Stdout)
	boolParam(q, "stderr", opts.Stderr)
	boolParam(q, "follow", opts.Follow)
	boolParam(q, "timestamps", opts.Timestamps)
	boolParam(q, "details", opts.Details)
	strParam(q, "since", opts.Since)
	strParam(q, "tail", opts.Tail)
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: prefix + id + "/logs", query: q})
	return rc, err
}

// authHeader returns the X-Registry-Auth header for auth, or nil.
func authHeader(auth string) http.Header {
	if auth == "" {
		return nil
	}
	return http.Header{"X-Registry-Auth": {auth}}
}
