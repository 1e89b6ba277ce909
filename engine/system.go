package engine

import (
	"context"
	"encoding/json"
	"net/http"
)

// PingResult is what GET or HEAD /_ping reports in its headers.
type PingResult struct {
	APIVersion     string // "Api-Version" header, e.g. "1.41"
	OSType         string // "Ostype" header, e.g. "linux"
	BuilderVersion string // "Builder-Version" header, e.g. "2"
	Experimental   bool   // "Docker-Experimental" header is "true"
}

// SystemPing checks that the daemon answers (GET /_ping). A ping also
// settles version negotiation if it has not happened yet.
func (c *Client) SystemPing(ctx context.Context) (PingResult, error) {
	return c.ping(ctx, "SystemPing", http.MethodGet)
}

// SystemPingHead is SystemPing with a HEAD request (HEAD /_ping).
func (c *Client) SystemPingHead(ctx context.Context) (PingResult, error) {
	return c.ping(ctx, "SystemPingHead", http.MethodHead)
}

func (c *Client) ping(ctx context.Context, op, method string) (PingResult, error) {
	// /_ping is unversioned, so that pinging does not require negotiation.
	_, resp, err := c.call(ctx, &request{op: op, method: method, path: "/_ping", unversioned: true})
	if err != nil {
		return PingResult{}, err
	}
	h := resp.Header
	res := PingResult{
		APIVersion:     h.Get("Api-Version"),
		OSType:         h.Get("Ostype"),
		BuilderVersion: h.Get("Builder-Version"),
		Experimental:   h.Get("Docker-Experimental") == "true",
	}
	c.noteVersion(res.APIVersion)
	return res, nil
}

// SystemVersion returns the daemon's version information (GET /version).
func (c *Client) SystemVersion(ctx context.Context) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "SystemVersion", method: http.MethodGet, path: "/version"})
}

// SystemInfo returns system-wide information (GET /info).
func (c *Client) SystemInfo(ctx context.Context) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "SystemInfo", method: http.MethodGet, path: "/info"})
}
