package engine

import (
	"context"
	"encoding/json"
	"io"
)

// TaskListOptions are the query parameters of TaskList.
type TaskListOptions struct {
	Filters Filters // e.g. {"service": ["web"]}, {"desired-state": ["running"]}, {"node": ["self"]}
}

// TaskList lists the swarm's tasks (GET /tasks) as a JSON array.
func (c *Client) TaskList(ctx context.Context, opts TaskListOptions) (json.RawMessage, error) {
	return c.list(ctx, "TaskList", "/tasks", opts.Filters)
}

// TaskInspect returns low-level information about a task (GET /tasks/{id}).
func (c *Client) TaskInspect(ctx context.Context, id string) (json.RawMessage, error) {
	return c.inspect(ctx, "TaskInspect", "/tasks/", id)
}

// TaskLogs returns the logs of a task as a raw stream
// (GET /tasks/{id}/logs), multiplexed unless its container has a TTY:
// wrap it with NewFrameReader(rc, tty). Closing the stream releases the
// connection. No client timeout applies.
func (c *Client) TaskLogs(ctx context.Context, id string, opts ServiceLogsOptions) (io.ReadCloser, error) {
	return c.swarmLogs(ctx, "TaskLogs", "/tasks/", id, opts)
}
