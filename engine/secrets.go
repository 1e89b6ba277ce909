package engine

import (
	"context"
	"encoding/json"
)

// SecretListOptions are the query parameters of SecretList.
type SecretListOptions struct {
	Filters Filters // e.g. {"name": ["x"]}, {"label": ["a=b"]}
}

// SecretList lists the swarm's secrets (GET /secrets) as a JSON array;
// their data is never returned.
func (c *Client) SecretList(ctx context.Context, opts SecretListOptions) (json.RawMessage, error) {
	return c.list(ctx, "SecretList", "/secrets", opts.Filters)
}

// SecretCreate creates a secret (POST /secrets/create) and returns
// {"ID": ...}. spec is the JSON-encodable SecretSpec, e.g. {"Name": "pw",
// "Data": "<base64>", "Labels": {...}}.
func (c *Client) SecretCreate(ctx context.Context, spec any) (json.RawMessage, error) {
	return c.create(ctx, "SecretCreate", "/secrets/create", spec)
}

// SecretInspect returns a secret's metadata (GET /secrets/{id}).
func (c *Client) SecretInspect(ctx context.Context, id string) (json.RawMessage, error) {
	return c.inspect(ctx, "SecretInspect", "/secrets/", id)
}

// SecretUpdate replaces a secret's spec (POST /secrets/{id}/update); only
// its Labels may change. version is the secret's current Version.Index.
func (c *Client) SecretUpdate(ctx context.Context, id string, version uint64, spec any) error {
	return c.update(ctx, "SecretUpdate", "/secrets/"+id+"/update", id, version, spec)
}

// SecretDelete removes a secret (DELETE /secrets/{id}).
func (c *Client) SecretDelete(ctx context.Context, id string) error {
	return c.remove(ctx, "SecretDelete", "/secrets/", id, nil)
}
