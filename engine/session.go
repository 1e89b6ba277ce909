package engine

import (
	"context"
	"net/http"
)

// SessionOptions are the headers of Session that describe what the client
// exposes to the daemon.
type SessionOptions struct {
	// ID identifies the session (X-Docker-Expose-Session-Uuid); builds
	// name it to use it. It is required.
	ID string
	// Name is a human-readable name (X-Docker-Expose-Session-Name).
	Name string
	// SharedKey scopes what the session shares, such as a build context's
	// directory (X-Docker-Expose-Session-Sharedkey).
	SharedKey string
	// Methods are the gRPC methods the client serves on the connection,
	// e.g. "/moby.filesync.v1.FileSync/DiffCopy"
	// (X-Docker-Expose-Session-Grpc-Method, one per method).
	Methods []string
}

// Session opens an interactive session (POST /session): the daemon
// upgrades the connection to HTTP/2 (h2c) and then calls the gRPC services
// the client serves on it, as BuildKit does to read build contexts and
// credentials. The returned connection carries that HTTP/2 stream; Close
// ends the session. No client timeout applies once upgraded.
func (c *Client) Session(ctx context.Context, opts SessionOptions) (*HijackedConn, error) {
	const op = "Session"
	if err := needArg(op, "ID", opts.ID); err != nil {
		return nil, err
	}
	hdr := http.Header{}
	hdr.Set("Connection", "Upgrade")
	hdr.Set("Upgrade", "h2c")
	hdr.Set("X-Docker-Expose-Session-Uuid", opts.ID)
	if opts.Name != "" {
		hdr.Set("X-Docker-Expose-Session-Name", opts.Name)
	}
	if opts.SharedKey != "" {
		hdr.Set("X-Docker-Expose-Session-Sharedkey", opts.SharedKey)
	}
	for _, m := range opts.Methods {
		hdr.Add("X-Docker-Expose-Session-Grpc-Method", m)
	}
	return c.hijack(ctx, &request{op: op, method: http.MethodPost, path: "/session", header: hdr})
}
