package engine

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
)

// ContainerExec creates an exec instance in a running container
// (POST /containers/{id}/exec) and returns {"Id": ...}. config is the
// JSON-encodable ExecConfig, e.g. {"Cmd": ["ls"], "AttachStdout": true,
// "AttachStderr": true, "Tty": false} (a json.RawMessage or []byte is sent
// as it is). Start it with ExecStart.
func (c *Client) ContainerExec(ctx context.Context, id string, config any) (json.RawMessage, error) {
	const op = "ContainerExec"
	body, err := jsonBody(config)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/containers/" + id + "/exec", body: body})
}

// ExecStartOptions are the body of ExecStart.
type ExecStartOptions struct {
	// Detach starts the command in the background: ExecStart returns once
	// it started, without a connection.
	Detach bool
	// Tty must match the exec's Tty: with a TTY the output is raw, else
	// multiplexed.
	Tty bool
	// ConsoleSize is the initial [height, width] of the TTY; it requires
	// API 1.42.
	ConsoleSize *[2]uint
}

// ExecStart starts an exec instance (POST /exec/{id}/start). Unless
// opts.Detach, it returns the hijacked connection of the exec: write to its
// stdin (if AttachStdin), read its output (multiplexed unless opts.Tty:
// wrap it with NewFrameReader(conn, opts.Tty)), CloseWrite to end stdin,
// Close to release the connection; the exit code is then in ExecInspect.
// With opts.Detach it returns a nil connection. No client timeout applies
// once started.
func (c *Client) ExecStart(ctx context.Context, id string, opts ExecStartOptions) (*HijackedConn, error) {
	const op = "ExecStart"
	cfg := map[string]any{"Detach": opts.Detach, "Tty": opts.Tty}
	if opts.ConsoleSize != nil {
		if err := c.RequireVersion(ctx, op+" (ConsoleSize)", "1.42"); err != nil {
			return nil, err
		}
		cfg["ConsoleSize"] = opts.ConsoleSize[:]
	}
	body, err := jsonBody(cfg)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	r := &request{op: op, method: http.MethodPost, path: "/exec/" + id + "/start", body: body}
	if opts.Detach {
		return nil, c.callNoBody(ctx, r)
	}
	return c.hijack(ctx, r)
}

// ExecResize resizes the TTY of an exec instance (POST /exec/{id}/resize)
// to height rows and width columns.
func (c *Client) ExecResize(ctx context.Context, id string, height, width int) error {
	q := url.Values{}
	q.Set("h", strconv.Itoa(height))
	q.Set("w", strconv.Itoa(width))
	return c.callNoBody(ctx, &request{op: "ExecResize", method: http.MethodPost, path: "/exec/" + id + "/resize", query: q})
}

// ExecInspect returns low-level information about an exec instance
// (GET /exec/{id}/json), including Running and ExitCode.
func (c *Client) ExecInspect(ctx context.Context, id string) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "ExecInspect", method: http.MethodGet, path: "/exec/" + id + "/json"})
}
