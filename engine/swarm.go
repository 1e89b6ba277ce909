package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// SwarmInspect returns the swarm this daemon manages (GET /swarm): ID,
// Version, Spec, JoinTokens and so on. A daemon that is not a manager
// answers 503.
func (c *Client) SwarmInspect(ctx context.Context) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "SwarmInspect", method: http.MethodGet, path: "/swarm"})
}

// SwarmInit makes this daemon the first manager of a new swarm
// (POST /swarm/init) and returns the id of its node. req is the
// JSON-encodable body, e.g. {"ListenAddr": "0.0.0.0:2377",
// "AdvertiseAddr": "127.0.0.1", "DataPathPort": 4789, "DefaultAddrPool":
// ["10.10.0.0/16"], "Spec": {...}} (a json.RawMessage or []byte is sent as
// it is).
func (c *Client) SwarmInit(ctx context.Context, req any) (string, error) {
	const op = "SwarmInit"
	body, err := jsonBody(req)
	if err != nil {
		return "", wrapOp(op, err)
	}
	raw, err := c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/swarm/init", body: body})
	if err != nil {
		return "", err
	}
	var id string
	if err := json.Unmarshal(raw, &id); err != nil {
		return "", wrapOp(op, fmt.Errorf("the answer %s is not a node id: %w", snippet(raw), err))
	}
	return id, nil
}

// SwarmJoin joins this daemon to an existing swarm (POST /swarm/join).
// req is the JSON-encodable body, e.g. {"ListenAddr": "0.0.0.0:2377",
// "AdvertiseAddr": "127.0.0.1", "RemoteAddrs": ["10.0.0.1:2377"],
// "JoinToken": "SWMTKN-..."}.
func (c *Client) SwarmJoin(ctx context.Context, req any) error {
	const op = "SwarmJoin"
	body, err := jsonBody(req)
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/swarm/join", body: body})
}

// SwarmLeave makes this daemon leave the swarm (POST /swarm/leave); force
// is needed for the last manager (it loses the swarm's state).
//
// A forced leave can race the daemon's own rewrite of its node keys (after
// autolock is turned on or off): the node stops, but removing its state
// fails with 500 "unlinkat …/swarm/certificates: directory not empty".
// SwarmLeave then asks again after a pause (three times at most); an
// answer that the node is not part of a swarm means the first request left
// it, and counts as success.
func (c *Client) SwarmLeave(ctx context.Context, force bool) error {
	q := url.Values{}
	boolParam(q, "force", force)
	r := &request{op: "SwarmLeave", method: http.MethodPost, path: "/swarm/leave", query: q}
	err := c.callNoBody(ctx, r)
	for try := 0; try < 3 && force && leaveRaced(err); try++ {
		t := time.NewTimer(time.Duration(try+1) * 100 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		again := c.callNoBody(ctx, r)
		var api *APIError
		if errors.As(again, &api) && api.StatusCode == http.StatusServiceUnavailable {
			return nil
		}
		err = again
	}
	return err
}

// leaveRaced tells whether err is the daemon's answer to a leave that
// raced its rewrite of the swarm's certificates.
func leaveRaced(err error) bool {
	var api *APIError
	return errors.As(err, &api) && api.StatusCode == http.StatusInternalServerError &&
		strings.Contains(api.Message, "swarm") && strings.Contains(api.Message, "directory not empty")
}

// SwarmUpdateOptions are the query parameters of SwarmUpdate.
type SwarmUpdateOptions struct {
	// Version is the swarm's current Version.Index (from SwarmInspect);
	// it is required.
	Version                uint64
	RotateWorkerToken      bool // issue a new worker join token
	RotateManagerToken     bool // issue a new manager join token
	RotateManagerUnlockKey bool // issue a new unlock key (with autolock)
}

// SwarmUpdate replaces the swarm's spec (POST /swarm/update). spec is the
// JSON-encodable SwarmSpec, the whole of it (fields left out are reset),
// e.g. the Spec of SwarmInspect with changes.
func (c *Client) SwarmUpdate(ctx context.Context, opts SwarmUpdateOptions, spec any) error {
	const op = "SwarmUpdate"
	if err := needVersion(op, opts.Version); err != nil {
		return err
	}
	body, err := jsonBody(spec)
	if err != nil {
		return wrapOp(op, err)
	}
	q := url.Values{}
	q.Set("version", strconv.FormatUint(opts.Version, 10))
	boolParam(q, "rotateWorkerToken", opts.RotateWorkerToken)
	boolParam(q, "rotateManagerToken", opts.RotateManagerToken)
	boolParam(q, "rotateManagerUnlockKey", opts.RotateManagerUnlockKey)
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/swarm/update", query: q, body: body})
}

// SwarmUnlockkey returns the key that unlocks a locked manager
// (GET /swarm/unlockkey; the name is the operation's) as {"UnlockKey": "SWMKEY-..."}; the key is ""
// when autolock is off.
func (c *Client) SwarmUnlockkey(ctx context.Context) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "SwarmUnlockkey", method: http.MethodGet, path: "/swarm/unlockkey"})
}

// SwarmUnlock unlocks a manager locked by autolock after a restart
// (POST /swarm/unlock).
func (c *Client) SwarmUnlock(ctx context.Context, key string) error {
	const op = "SwarmUnlock"
	if err := needArg(op, "key", key); err != nil {
		return err
	}
	body, err := jsonBody(map[string]string{"UnlockKey": key})
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/swarm/unlock", body: body})
}

// versionQuery returns the query of an update of an object at version.
func versionQuery(version uint64) url.Values {
	q := url.Values{}
	q.Set("version", strconv.FormatUint(version, 10))
	return q
}

// update sends the update of a swarm object: POST path?version=N with spec
// as the body.
func (c *Client) update(ctx context.Context, op, path, id string, version uint64, spec any) error {
	if err := needArg(op, "id", id); err != nil {
		return err
	}
	if err := needVersion(op, version); err != nil {
		return err
	}
	body, err := jsonBody(spec)
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: path, query: versionQuery(version), body: body})
}

// list sends GET path with filters and returns the JSON array.
func (c *Client) list(ctx context.Context, op, path string, f Filters) (json.RawMessage, error) {
	q := url.Values{}
	if err := f.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: path, query: q})
}

// create sends POST path with spec as the body and returns the answer.
func (c *Client) create(ctx context.Context, op, path string, spec any) (json.RawMessage, error) {
	body, err := jsonBody(spec)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: path, body: body})
}

// inspect sends GET prefix+id and returns the answer.
func (c *Client) inspect(ctx context.Context, op, prefix, id string) (json.RawMessage, error) {
	if err := needArg(op, "id", id); err != nil {
		return nil, err
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: prefix + id})
}

// remove sends DELETE prefix+id.
func (c *Client) remove(ctx context.Context, op, prefix, id string, q url.Values) error {
	if err := needArg(op, "id", id); err != nil {
		return err
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodDelete, path: prefix + id, query: q})
}
