package engine

import (
	"context"
	"encoding/json"
	"errors"
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
// "not-running", "next-exit" or "removed". The client timeout bounds the
// wait for the answer's header, which daemons send at once since API 1.30
// (older ones only when the container stops: then only ctx applies); only
// ctx bounds the wait itself.
func (c *Client) ContainerWait(ctx context.Context, id, condition string) (json.RawMessage, error) {
	q := url.Values{}
	strParam(q, "condition", condition)
	r := &request{op: "ContainerWait", method: http.MethodPost, path: "/containers/" + id + "/wait", query: q, noTimeout: true}
	if v, err := c.apiVersion(ctx); err == nil && VersionAtLeast(v, "1.30") {
		r.noTimeout, r.unboundedBody = false, true
	}
	return c.callJSON(ctx, r)
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
// releases the connection. The client timeout bounds the wait for the
// answer's header and, without Follow, the whole answer; with Follow only
// ctx bounds the stream.
func (c *Client) ContainerLogs(ctx context.Context, id string, opts ContainerLogsOptions) (io.ReadCloser, error) {
	q := url.Values{}
	boolParam(q, "stdout", opts.Stdout)
	boolParam(q, "stderr", opts.Stderr)
	boolParam(q, "follow", opts.Follow)
	boolParam(q, "timestamps", opts.Timestamps)
	strParam(q, "since", opts.Since)
	strParam(q, "until", opts.Until)
	strParam(q, "tail", opts.Tail)
	rc, _, err := c.callStream(ctx, &request{op: "ContainerLogs", method: http.MethodGet, path: "/containers/" + id + "/logs", query: q, boundedBody: !opts.Follow})
	return rc, err
}

// ContainerStop stops a container (POST /containers/{id}/stop), killing it
// after timeout seconds (nil: the container's StopTimeout, default 10). The
// request may take the client timeout plus the stop timeout. A container
// that is already stopped (304) is not an error. ContainerStopWithOptions
// also sets the stop signal.
func (c *Client) ContainerStop(ctx context.Context, id string, timeout *int) error {
	return c.ContainerStopWithOptions(ctx, id, ContainerStopOptions{Timeout: timeout})
}

// ContainerStopOptions are the query parameters of ContainerStop and
// ContainerRestart.
type ContainerStopOptions struct {
	// Timeout is the number of seconds to wait before killing the
	// container; nil means the container's StopTimeout (default 10).
	Timeout *int
	// Signal is the signal sent to stop the container, e.g. "SIGINT"; ""
	// means the container's StopSignal. It requires API 1.42.
	Signal string
}

// stopQuery returns the query and the extra request time of a stop or
// restart.
func (c *Client) stopQuery(ctx context.Context, op string, opts ContainerStopOptions) (url.Values, time.Duration, error) {
	q := url.Values{}
	extra := 10 * time.Second
	if opts.Timeout != nil {
		q.Set("t", strconv.Itoa(*opts.Timeout))
		extra = time.Duration(max(*opts.Timeout, 0)) * time.Second
	}
	if opts.Signal != "" {
		if err := c.RequireVersion(ctx, op+" (signal)", "1.42"); err != nil {
			return nil, 0, err
		}
		q.Set("signal", opts.Signal)
	}
	return q, extra, nil
}

// ContainerStopWithOptions is ContainerStop with a stop signal
// (opts.Signal requires API 1.42).
func (c *Client) ContainerStopWithOptions(ctx context.Context, id string, opts ContainerStopOptions) error {
	const op = "ContainerStop"
	q, extra, err := c.stopQuery(ctx, op, opts)
	if err != nil {
		return err
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/containers/" + id + "/stop", query: q, extraTimeout: extra})
}

// ContainerRestart restarts a container (POST /containers/{id}/restart):
// it stops it as ContainerStop does (opts.Signal requires API 1.42), then
// starts it. The request may take the client timeout plus the stop
// timeout.
func (c *Client) ContainerRestart(ctx context.Context, id string, opts ContainerStopOptions) error {
	const op = "ContainerRestart"
	q, extra, err := c.stopQuery(ctx, op, opts)
	if err != nil {
		return err
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/containers/" + id + "/restart", query: q, extraTimeout: extra})
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

// ContainerTop lists the processes running in a container
// (GET /containers/{id}/top) as {"Titles": [...], "Processes": [[...]]}.
// psArgs are the arguments of ps, e.g. "-ef"; "" means the daemon's
// default.
func (c *Client) ContainerTop(ctx context.Context, id, psArgs string) (json.RawMessage, error) {
	q := url.Values{}
	strParam(q, "ps_args", psArgs)
	return c.callJSON(ctx, &request{op: "ContainerTop", method: http.MethodGet, path: "/containers/" + id + "/top", query: q})
}

// ContainerChanges lists the changes to a container's filesystem
// (GET /containers/{id}/changes) as a JSON array of {"Path", "Kind"}
// (Kind 0: modified, 1: added, 2: deleted), or null when there are none.
func (c *Client) ContainerChanges(ctx context.Context, id string) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "ContainerChanges", method: http.MethodGet, path: "/containers/" + id + "/changes"})
}

// ContainerExport returns the filesystem of a container as a raw tar
// stream (GET /containers/{id}/export). Closing the stream releases the
// connection. The client timeout bounds the wait for the answer's header,
// then only ctx applies.
func (c *Client) ContainerExport(ctx context.Context, id string) (io.ReadCloser, error) {
	rc, _, err := c.callStream(ctx, &request{op: "ContainerExport", method: http.MethodGet, path: "/containers/" + id + "/export"})
	return rc, err
}

// ContainerStats returns resource usage statistics of a container
// (GET /containers/{id}/stats) as a stream of JSON objects: one per second
// while stream is true (decode it with NewJSONMessages), else a single
// one. oneShot (only with stream false; requires API 1.41) answers at once
// without the second sample that fills "precpu_stats". Closing the stream
// releases the connection. The client timeout bounds the wait for the
// answer's header and, with stream false, the whole answer; a stream is
// then bounded by ctx only.
func (c *Client) ContainerStats(ctx context.Context, id string, stream, oneShot bool) (io.ReadCloser, error) {
	const op = "ContainerStats"
	q := url.Values{}
	if !stream {
		q.Set("stream", "0")
	}
	if oneShot {
		if stream {
			return nil, wrapOp(op, errors.New("one-shot requires stream=false"))
		}
		if err := c.RequireVersion(ctx, op+" (one-shot)", "1.41"); err != nil {
			return nil, err
		}
		q.Set("one-shot", "1")
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: "/containers/" + id + "/stats", query: q, boundedBody: !stream})
	return rc, err
}

// ContainerResize resizes the TTY of a container
// (POST /containers/{id}/resize) to height rows and width columns.
func (c *Client) ContainerResize(ctx context.Context, id string, height, width int) error {
	q := url.Values{}
	q.Set("h", strconv.Itoa(height))
	q.Set("w", strconv.Itoa(width))
	return c.callNoBody(ctx, &request{op: "ContainerResize", method: http.MethodPost, path: "/containers/" + id + "/resize", query: q})
}

// ContainerUpdate changes the resources and restart policy of a container
// (POST /containers/{id}/update). update is the JSON-encodable body, e.g.
// {"Memory": 67108864, "CpuShares": 512} (a json.RawMessage or []byte is
// sent as it is). It returns {"Warnings": [...]}.
func (c *Client) ContainerUpdate(ctx context.Context, id string, update any) (json.RawMessage, error) {
	const op = "ContainerUpdate"
	body, err := jsonBody(update)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/containers/" + id + "/update", body: body})
}

// ContainerRename renames a container (POST /containers/{id}/rename).
func (c *Client) ContainerRename(ctx context.Context, id, name string) error {
	q := url.Values{}
	q.Set("name", name)
	return c.callNoBody(ctx, &request{op: "ContainerRename", method: http.MethodPost, path: "/containers/" + id + "/rename", query: q})
}

// ContainerPause suspends all processes of a container
// (POST /containers/{id}/pause).
func (c *Client) ContainerPause(ctx context.Context, id string) error {
	return c.callNoBody(ctx, &request{op: "ContainerPause", method: http.MethodPost, path: "/containers/" + id + "/pause"})
}

// ContainerUnpause resumes the processes of a paused container
// (POST /containers/{id}/unpause).
func (c *Client) ContainerUnpause(ctx context.Context, id string) error {
	return c.callNoBody(ctx, &request{op: "ContainerUnpause", method: http.MethodPost, path: "/containers/" + id + "/unpause"})
}

// ContainerPruneOptions are the query parameters of ContainerPrune.
type ContainerPruneOptions struct {
	Filters Filters // e.g. {"label": ["a=b"]}, {"until": ["24h"]}
}

// ContainerPrune deletes stopped containers (POST /containers/prune) and
// returns {"ContainersDeleted": [...], "SpaceReclaimed": ...}.
func (c *Client) ContainerPrune(ctx context.Context, opts ContainerPruneOptions) (json.RawMessage, error) {
	const op = "ContainerPrune"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callPrune(ctx, &request{op: op, method: http.MethodPost, path: "/containers/prune", query: q})
}
