package engine

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// NetworkListOptions are the query parameters of NetworkList.
type NetworkListOptions struct {
	Filters Filters // e.g. {"name": ["x"]}, {"driver": ["bridge"]}, {"label": ["a=b"]}
}

// NetworkList lists networks (GET /networks) as a JSON array.
func (c *Client) NetworkList(ctx context.Context, opts NetworkListOptions) (json.RawMessage, error) {
	const op = "NetworkList"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/networks", query: q})
}

// NetworkInspectOptions are the query parameters of NetworkInspect.
type NetworkInspectOptions struct {
	Verbose bool   // add the service and task details of a swarm network
	Scope   string // "swarm", "global" or "local"; "" = any
}

// NetworkInspect returns low-level information about a network
// (GET /networks/{id}).
func (c *Client) NetworkInspect(ctx context.Context, id string, opts NetworkInspectOptions) (json.RawMessage, error) {
	const op = "NetworkInspect"
	if err := needArg(op, "id", id); err != nil {
		return nil, err
	}
	q := url.Values{}
	boolParam(q, "verbose", opts.Verbose)
	strParam(q, "scope", opts.Scope)
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/networks/" + id, query: q})
}

// NetworkCreate creates a network (POST /networks/create). config is the
// JSON-encodable body, e.g. {"Name": "net", "Driver": "bridge", "IPAM":
// {...}, "Labels": {...}} (a json.RawMessage or []byte is sent as it is).
// It returns {"Id": ..., "Warning": ...}.
func (c *Client) NetworkCreate(ctx context.Context, config any) (json.RawMessage, error) {
	const op = "NetworkCreate"
	body, err := jsonBody(config)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/networks/create", body: body})
}

// NetworkDelete removes a network (DELETE /networks/{id}).
func (c *Client) NetworkDelete(ctx context.Context, id string) error {
	const op = "NetworkDelete"
	if err := needArg(op, "id", id); err != nil {
		return err
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodDelete, path: "/networks/" + id})
}

// NetworkConnect connects a container to a network
// (POST /networks/{id}/connect). endpointConfig is the JSON-encodable
// EndpointSettings, e.g. {"Aliases": ["db"], "IPAMConfig": {"IPv4Address":
// "10.1.0.5"}}; nil sends none.
func (c *Client) NetworkConnect(ctx context.Context, network, container string, endpointConfig any) error {
	const op = "NetworkConnect"
	if err := needArgs(op, "network", network, "container", container); err != nil {
		return err
	}
	req := map[string]any{"Container": container}
	if endpointConfig != nil {
		req["EndpointConfig"] = rawIfBytes(endpointConfig)
	}
	body, err := jsonBody(req)
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/networks/" + network + "/connect", body: body})
}

// NetworkDisconnect disconnects a container from a network
// (POST /networks/{id}/disconnect); force disconnects it even when it is
// not running or the network is gone from the container's view.
func (c *Client) NetworkDisconnect(ctx context.Context, network, container string, force bool) error {
	const op = "NetworkDisconnect"
	if err := needArgs(op, "network", network, "container", container); err != nil {
		return err
	}
	body, err := jsonBody(map[string]any{"Container": container, "Force": force})
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/networks/" + network + "/disconnect", body: body})
}

// NetworkPruneOptions are the query parameters of NetworkPrune.
type NetworkPruneOptions struct {
	Filters Filters // e.g. {"label": ["a=b"]}, {"until": ["24h"]}
}

// NetworkPrune deletes unused networks (POST /networks/prune) and returns
// {"NetworksDeleted": [...]}.
func (c *Client) NetworkPrune(ctx context.Context, opts NetworkPruneOptions) (json.RawMessage, error) {
	const op = "NetworkPrune"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callPrune(ctx, &request{op: op, method: http.MethodPost, path: "/networks/prune", query: q})
}
