package engine

import (
	"context"
	"encoding/json"
)

// ConfigListOptions are the query parameters of ConfigList.
type ConfigListOptions struct {
	Filters Filters // e.g. {"name": ["x"]}, {"label": ["a=b"]}
}

// ConfigList lists the swarm's configs (GET /configs) as a JSON array,
// with their data (base64).
func (c *Client) ConfigList(ctx context.Context, opts ConfigListOptions) (json.RawMessage, error) {
	return c.list(ctx, "ConfigList", "/configs", opts.Filters)
}

// ConfigCreate creates a config (POST /configs/create) and returns
// {"ID": ...}. spec is the JSON-encodable ConfigSpec, e.g. {"Name": "app.conf",
// "Data": "<base64>", "Labels": {...}}.
func (c *Client) ConfigCreate(ctx context.Context, spec any) (json.RawMessage, error) {
	return c.create(ctx, "ConfigCreate", "/configs/create", spec)
}

// ConfigInspect returns a config, with its data (GET /configs/{id}).
func (c *Client) ConfigInspect(ctx context.Context, id string) (json.RawMessage, error) {
	return c.inspect(ctx, "ConfigInspect", "/configs/", id)
}

// ConfigUpdate replaces a config's spec (POST /configs/{id}/update); only
// its Labels may change. version is the config's current Version.Index.
func (c *Client) ConfigUpdate(ctx context.Context, id string, version uint64, spec any) error {
	return c.update(ctx, "ConfigUpdate", "/configs/"+id+"/update", id, version, spec)
}

// ConfigDelete removes a config (DELETE /configs/{id}).
func (c *Client) ConfigDelete(ctx context.Context, id string) error {
	return c.remove(ctx, "ConfigDelete", "/configs/", id, nil)
}
