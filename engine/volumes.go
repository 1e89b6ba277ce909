package engine

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
)

// VolumeListOptions are the query parameters of VolumeList.
type VolumeListOptions struct {
	Filters Filters // e.g. {"name": ["x"]}, {"dangling": ["true"]}, {"label": ["a=b"]}
}

// VolumeList lists volumes (GET /volumes) as {"Volumes": [...],
// "Warnings": [...]}.
func (c *Client) VolumeList(ctx context.Context, opts VolumeListOptions) (json.RawMessage, error) {
	const op = "VolumeList"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/volumes", query: q})
}

// VolumeCreate creates a volume (POST /volumes/create) and returns it.
// config is the JSON-encodable body, e.g. {"Name": "data", "Driver":
// "local", "DriverOpts": {...}, "Labels": {...}} (a json.RawMessage or
// []byte is sent as it is; nil sends {}, letting the daemon name the
// volume).
func (c *Client) VolumeCreate(ctx context.Context, config any) (json.RawMessage, error) {
	const op = "VolumeCreate"
	body, err := jsonBody(config)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/volumes/create", body: body})
}

// VolumeInspect returns low-level information about a volume
// (GET /volumes/{name}).
func (c *Client) VolumeInspect(ctx context.Context, name string) (json.RawMessage, error) {
	const op = "VolumeInspect"
	if err := needArg(op, "name", name); err != nil {
		return nil, err
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/volumes/" + name})
}

// VolumeDelete removes a volume (DELETE /volumes/{name}); force also
// removes it from the daemon's records when its driver fails to.
func (c *Client) VolumeDelete(ctx context.Context, name string, force bool) error {
	const op = "VolumeDelete"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	q := url.Values{}
	boolParam(q, "force", force)
	return c.callNoBody(ctx, &request{op: op, method: http.MethodDelete, path: "/volumes/" + name, query: q})
}

// VolumePruneOptions are the query parameters of VolumePrune.
type VolumePruneOptions struct {
	// Filters such as {"label": ["a=b"]}; since API 1.42 the daemon prunes
	// only anonymous volumes unless {"all": ["true"]} is given.
	Filters Filters
}

// VolumePrune deletes unused volumes (POST /volumes/prune) and returns
// {"VolumesDeleted": [...], "SpaceReclaimed": ...}.
func (c *Client) VolumePrune(ctx context.Context, opts VolumePruneOptions) (json.RawMessage, error) {
	const op = "VolumePrune"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callPrune(ctx, &request{op: op, method: http.MethodPost, path: "/volumes/prune", query: q})
}

// VolumeUpdate updates a cluster volume (PUT /volumes/{name}); it
// requires API 1.42 and a swarm manager. version is the volume's current
// Version.Index; update is the JSON-encodable body, {"Spec": {...}} with
// the ClusterVolumeSpec (only its Availability may change).
func (c *Client) VolumeUpdate(ctx context.Context, name string, version uint64, update any) error {
	const op = "VolumeUpdate"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	if err := needVersion(op, version); err != nil {
		return err
	}
	if err := c.RequireVersion(ctx, op, "1.42"); err != nil {
		return err
	}
	body, err := jsonBody(update)
	if err != nil {
		return wrapOp(op, err)
	}
	q := url.Values{}
	q.Set("version", strconv.FormatUint(version, 10))
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPut, path: "/volumes/" + name, query: q, body: body})
}
