package engine

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
)

// ImageAttestationsOptions are the query parameters of ImageAttestations.
type ImageAttestationsOptions struct {
	// Platform selects the image variant, as a JSON OCI platform; ""
	// means the daemon's platform.
	Platform string
	// Types keep only statements of these in-toto predicate types.
	Types []string
	// Statement includes each statement's body.
	Statement bool
}

// ImageAttestations returns the in-toto attestation statements attached to
// an image (GET /images/{name}/attestations) as a JSON array; it requires
// API 1.56. A missing image gives an *APIError with Image set.
func (c *Client) ImageAttestations(ctx context.Context, name string, opts ImageAttestationsOptions) (json.RawMessage, error) {
	const op = "ImageAttestations"
	if name == "" {
		return nil, wrapOp(op, errors.New("name: empty image name"))
	}
	if err := c.RequireVersion(ctx, op, "1.56"); err != nil {
		return nil, err
	}
	q := url.Values{}
	strParam(q, "platform", opts.Platform)
	for _, t := range opts.Types {
		q.Add("type", t)
	}
	boolParam(q, "statement", opts.Statement)
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/" + name + "/attestations", query: q, image: true})
}
