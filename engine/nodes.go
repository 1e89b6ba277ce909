package engine

import (
	"context"
	"encoding/json"
	"net/url"
)

// NodeListOptions are the query parameters of NodeList.
type NodeListOptions struct {
	Filters Filters // e.g. {"role": ["manager"]}, {"membership": ["accepted"]}, {"node.label": ["a=b"]}
}

// NodeList lists the nodes of the swarm (GET /nodes) as a JSON array.
func (c *Client) NodeList(ctx context.Context, opts NodeListOptions) (json.RawMessage, error) {
	return c.list(ctx, "NodeList", "/nodes", opts.Filters)
}

// NodeInspect returns low-level information about a node
// (GET /nodes/{id}); id is a node's id or host name (the node of this
// daemon is the NodeID of SystemInfo's Swarm).
func (c *Client) NodeInspect(ctx context.Context, id string) (json.RawMessage, error) {
	return c.inspect(ctx, "NodeInspect", "/nodes/", id)
}

// NodeUpdate replaces a node's spec (POST /nodes/{id}/update). version is
// the node's current Version.Index; spec is the JSON-encodable NodeSpec,
// the whole of it, e.g. {"Role": "manager", "Availability": "drain",
// "Labels": {...}}.
func (c *Client) NodeUpdate(ctx context.Context, id string, version uint64, spec any) error {
	return c.update(ctx, "NodeUpdate", "/nodes/"+id+"/update", id, version, spec)
}

// NodeDelete removes a node from the swarm (DELETE /nodes/{id}); force
// removes a node that is still up.
func (c *Client) NodeDelete(ctx context.Context, id string, force bool) error {
	q := url.Values{}
	boolParam(q, "force", force)
	return c.remove(ctx, "NodeDelete", "/nodes/", id, q)
}
