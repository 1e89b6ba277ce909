package engine

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// ContainerCreateOptions are the query parameters of ContainerCreate.
type ContainerCreateOptions struct {
	Name     string // container name; "" lets the daemon choose
	Platform string // "os[/arch[/variant]]"; requires API 1.41
}

// ContainerCreate creates a container (POST /containers/create). config is
// the JSON-encodable body: the container Config fields plus "HostConfig" and
// "NetworkingConfig" (a json.RawMessage or []byte is sent as it is). It
// returns {"Id": ..., "Warnings": [...]}. A missing image gives an
// *APIError with Image set (errors.Is(err, ErrImageNotFound)).
func (c *Client) ContainerCreate(ctx context.Context, opts ContainerCreateOptions, config any) (json.RawMessage, error) {
	const op = "ContainerCreate"
	q := url.Values{}
	strParam(q, "name", opts.Name)
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.41"); err != nil {
			return nil, err
		}
		q.Set("platform", opts.Platform)
	}
	body, err := jsonBody(config)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/containers/create", query: q, body: body})
}

// ContainerInspect returns low-level information about a container
// (GET /containers/{id}/json); size adds SizeRw and SizeRootFs.
func (c *Client) ContainerInspect(ctx context.Context, id string, size bool) (json.RawMessage, error) {
	q := url.Values{}
	boolParam(q, "size", size)
	return c.callJSON(ctx, &request{op: "ContainerInspect", method: http.MethodGet, path: "/containers/" + id + "/json", query: q})
}

// ContainerListOptions are the query parameters of ContainerList.
type ContainerListOptions struct {
	All     bool    // include stopped containers
	Limit   int     // at most this many of the most recently created (0: no limit)
	Size    bool    // add SizeRw and SizeRootFs
	Filters Filters // e.g. {"label": ["a=b"]}, {"status": ["running"]}
}

// ContainerList lists containers (GET /containers/json) as a JSON array.
func (c *Client) ContainerList(ctx context.Context, opts ContainerListOptions) (json.RawMessage, error) {
	const op = "ContainerList"
	q := url.Values{}
	boolParam(q, "all", opts.All)
	if opts.Limit > 0 {
		q.Set("limit", strconv.Itoa(opts.Limit))
	}
	boolParam(q, "size", opts.Size)
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/containers/json", query: q})
}

// ContainerStart starts a container (POST /containers/{id}/start). A
// container that is already running (304) is not an error. detachKeys may
// be "".
func (c *Client) ContainerStart(ctx context.Context, id, detachKeys string) error {
	q := url.Values{}
	strParam(q, "detachKeys", detachKeys)
	return c.callNoBody(ctx, &request{op: "ContainerStart", method: http.MethodPost, path: "/containers/" + id + "/start", query: q})
}

// ContainerWait blocks until a container stops (POST /containers/{id}/wait)
// and returns {"StatusCode": ..., "Error": ...}. condition is "",
// "not-running", "next-exit" or "removed". Only ctx bounds the wait, not
// the client timeout.
func (c *Client) ContainerWait(ctx context.Context, id, condition string) (json.RawMessage, error) {
	q := url.Values{}
	strParam(q, "condition", condition)
	return c.callJSON(ctx, &request{op: "ContainerWait", method: http.MethodPost, path: "/containers/" + id + "/wait", query: q, noTimeout: true})
}

// ContainerLogsOptions are the query parameters of ContainerLogs.
type ContainerLogsOptions struct {
	Stdout     bool   // include stdout
	Stderr     bool   // include stderr
	Follow     bool   // keep streaming until the container stops
	Timestamps bool   // prefix each line with an RFC 3339 timestamp
	Since      string // Unix time in seconds (may be fractional) as a string; "" = from the start
	Until      string // Unix time in seconds (may be fractional) as a string; "" = up to now
	Tail       string // number of lines from the end, or "" / "all" for all
}

// ContainerLogs returns the logs of a container as a raw stream
// (GET /containers/{id}/logs). Unless the container has a TTY, the stream
// is multiplexed: wrap it with NewFrameReader(rc, tty). Closing the stream
// releases the connection. No client timeout applies.
func (c *Client) ContainerLogs(ctx context.Context, id string, opts ContainerLogsOptions) (io.ReadCloser, error) {
	q := url.Values{}
	boolParam(q, "stdout", opts.Stdout)
	boolParam(q, "stderr", opts.Stderr)
	boolParam(q, "follow", opts.Follow)
	boolParam(q, "timestamps", opts.Timestamps)
	strParam(q, "since", opts.Since)
	strParam(q, "until", opts.Until)
	strParam(q, "tail", opts.Tail)
	rc, _, err := c.callStream(ctx, &request{op: "ContainerLogs", method: http.MethodGet, path: "/containers/" + id + "/logs", query: q})
	return rc, err
}

// ContainerStop stops a container (POST /containers/{id}/stop), killing it
// after timeout seconds (nil: the container's StopTimeout, default 10). The
// request may take the client timeout plus the stop timeout. A container
// that is already stopped (304) is not an error.
func (c *Client) ContainerStop(ctx context.Context, id string, timeout *int) error {
	q := url.Values{}
	extra := 10 * time.Second
	if timeout != nil {
		q.Set("t", strconv.Itoa(*timeout))
		extra = time.Duration(max(*timeout, 0)) * time.Second
	}
	return c.callNoBody(ctx, &request{op: "ContainerStop", method: http.MethodPost, path: "/containers/" + id + "/stop", query: q, extraTimeout: extra})
}

// ContainerKill sends a signal to a container (POST /containers/{id}/kill);
// signal "" means SIGKILL.
func (c *Client) ContainerKill(ctx context.Context, id, signal string) error {
	q := url.Values{}
	strParam(q, "signal", signal)
	return c.callNoBody(ctx, &request{op: "ContainerKill", method: http.MethodPost, path: "/containers/" + id + "/kill", query: q})
}

// ContainerDeleteOptions are the query parameters of ContainerDelete.
type ContainerDeleteOptions struct {
	Volumes bool // remove anonymous volumes too
	Link    bool // remove the link instead of the container
	Force   bool // kill a running container first
}

// ContainerDelete removes a container (DELETE /containers/{id}).
func (c *Client) ContainerDelete(ctx context.Context, id string, opts ContainerDeleteOptions) error {
	q := url.Values{}
	boolParam(q, "v", opts.Volumes)
	boolParam(q, "link", opts.Link)
	boolParam(q, "force", opts.Force)
	return c.callNoBody(ctx, &request{op: "ContainerDelete", method: http.MethodDelete, path: "/containers/" + id, query: q})
}
