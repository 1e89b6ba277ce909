package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
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

// DataUsageOptions are the query parameters of SystemDataUsage.
type DataUsageOptions struct {
	// Types limits the answer to these kinds: "container", "image",
	// "volume", "build-cache"; nil means all. It requires API 1.42.
	Types []string
	// Verbose adds details of the space used; it requires API 1.52.
	Verbose bool
}

// SystemDataUsage returns how much disk space images, containers, volumes
// and the build cache use (GET /system/df), as {"LayersSize": ...,
// "Images": [...], "Containers": [...], "Volumes": [...], "BuildCache":
// [...]}.
func (c *Client) SystemDataUsage(ctx context.Context, opts DataUsageOptions) (json.RawMessage, error) {
	const op = "SystemDataUsage"
	q := url.Values{}
	if len(opts.Types) > 0 {
		for _, t := range opts.Types {
			switch t {
			case "container", "image", "volume", "build-cache":
			default:
				return nil, wrapOp(op, fmt.Errorf("unknown type %q (want container, image, volume or build-cache)", t))
			}
		}
		if err := c.RequireVersion(ctx, op+" (type)", "1.42"); err != nil {
			return nil, err
		}
		for _, t := range opts.Types {
			q.Add("type", t)
		}
	}
	if opts.Verbose {
		if err := c.RequireVersion(ctx, op+" (verbose)", "1.52"); err != nil {
			return nil, err
		}
		q.Set("verbose", "1")
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/system/df", query: q})
}
