package engine

import (
	"context"
	"net/http"
	"net/url"
)

// ContainerAttachOptions are the query parameters of ContainerAttach.
type ContainerAttachOptions struct {
	DetachKeys string // key sequence that detaches, e.g. "ctrl-p,ctrl-q"; "" = the daemon's default
	Logs       bool   // replay the output written so far first
	Stream     bool   // stream the output from now on (and accept stdin)
	Stdin      bool   // attach stdin (the container needs OpenStdin)
	Stdout     bool   // attach stdout
	Stderr     bool   // attach stderr
}

// attachQuery returns the query of an attach.
func attachQuery(detachKeys string, logs, stream, stdin, stdout, stderr bool) url.Values {
	q := url.Values{}
	strParam(q, "detachKeys", detachKeys)
	boolParam(q, "logs", logs)
	boolParam(q, "stream", stream)
	boolParam(q, "stdin", stdin)
	boolParam(q, "stdout", stdout)
	boolParam(q, "stderr", stderr)
	return q
}

// ContainerAttach attaches to a container (POST /containers/{id}/attach)
// over a hijacked connection: write to its stdin, read its output
// (multiplexed unless the container has a TTY: wrap it with
// NewFrameReader(conn, tty)), CloseWrite to end stdin, Close to detach and
// release the connection. No client timeout applies once attached.
func (c *Client) ContainerAttach(ctx context.Context, id string, opts ContainerAttachOptions) (*HijackedConn, error) {
	q := attachQuery(opts.DetachKeys, opts.Logs, opts.Stream, opts.Stdin, opts.Stdout, opts.Stderr)
	return c.hijack(ctx, &request{op: "ContainerAttach", method: http.MethodPost, path: "/containers/" + id + "/attach", query: q})
}

// ContainerAttachWebsocketOptions are the query parameters of
// ContainerAttachWebsocket.
type ContainerAttachWebsocketOptions struct {
	DetachKeys string // key sequence that detaches; "" = the daemon's default
	Logs       bool   // replay the output written so far first
	Stream     bool   // stream the output from now on (and accept stdin)
	// Stdin, Stdout and Stderr choose the streams to attach; nil attaches
	// all three (the only behavior before API 1.42). Setting any of them
	// requires API 1.42.
	Stdin, Stdout, Stderr *bool
}

// ContainerAttachWebsocket attaches to a container over a websocket
// (GET /containers/{id}/attach/ws). Output is never multiplexed: stdout
// and stderr arrive merged. Write sends one binary message to stdin;
// CloseWrite sends the close message (the end of stdin); Close releases
// the connection. No client timeout applies once attached.
func (c *Client) ContainerAttachWebsocket(ctx context.Context, id string, opts ContainerAttachWebsocketOptions) (*WebsocketConn, error) {
	const op = "ContainerAttachWebsocket"
	q := attachQuery(opts.DetachKeys, opts.Logs, opts.Stream, false, false, false)
	if opts.Stdin != nil || opts.Stdout != nil || opts.Stderr != nil {
		if err := c.RequireVersion(ctx, op+" (stdin, stdout, stderr)", "1.42"); err != nil {
			return nil, err
		}
		for name, v := range map[string]*bool{"stdin": opts.Stdin, "stdout": opts.Stdout, "stderr": opts.Stderr} {
			q.Set(name, "0")
			if v != nil && *v {
				q.Set(name, "1")
			}
		}
	} else if v, err := c.apiVersion(ctx); err == nil && VersionAtLeast(v, "1.42") {
		// Since 1.42 an absent parameter means false.
		q.Set("stdin", "1")
		q.Set("stdout", "1")
		q.Set("stderr", "1")
	}
	return c.websocket(ctx, &request{op: op, method: http.MethodGet, path: "/containers/" + id + "/attach/ws", query: q})
}
