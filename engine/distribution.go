package engine

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

// DistributionInspect asks the registry of an image for its manifest
// descriptor and platforms (GET /distribution/{name}/json) and returns
// {"Descriptor": {"mediaType", "digest", "size"}, "Platforms": [...]}.
// registryAuth is the X-Registry-Auth value (see EncodeAuth), or "".
func (c *Client) DistributionInspect(ctx context.Context, name, registryAuth string) (json.RawMessage, error) {
	const op = "DistributionInspect"
	if name == "" {
		return nil, wrapOp(op, errors.New("name: empty image name"))
	}
	hdr := http.Header{}
	if registryAuth != "" {
		hdr.Set("X-Registry-Auth", registryAuth)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/distribution/" + name + "/json", header: hdr, image: true})
}
