package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"github.com/distribution/reference"
)

// ImagePushOptions configure ImagePush.
type ImagePushOptions struct {
	// Tag is the tag to push; "" pushes the tag of the name, or every tag
	// of the repository when the name has none.
	Tag string
	// Platform selects the variant of a multi-platform image, as a JSON
	// OCI platform such as {"os":"linux","architecture":"arm64"};
	// requires API 1.46.
	Platform string
	// RegistryAuth is the X-Registry-Auth value (see EncodeAuth); ""
	// sends no credentials.
	RegistryAuth string
}

// ImagePush pushes an image to its registry (POST /images/{name}/push) and
// returns the progress messages; a failure (such as missing credentials)
// is a message that Next returns with a *JSONMessageError. name is a
// reference such as "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1" (not a
// digest). No client timeout applies; close the messages to release the
// connection.
func (c *Client) ImagePush(ctx context.Context, name string, opts ImagePushOptions) (*JSONMessages, error) {
	const op = "ImagePush"
	named, err := reference.ParseNormalizedNamed(name)
	if err != nil {
		return nil, wrapOp(op, fmt.Errorf("name: invalid image reference %q: %w", name, err))
	}
	if _, ok := named.(reference.Canonical); ok {
		return nil, wrapOp(op, fmt.Errorf("name: %q: a digest reference cannot be pushed", name))
	}
	tag := opts.Tag
	if t, ok := named.(reference.NamedTagged); ok {
		if tag != "" && tag != t.Tag() {
			return nil, wrapOp(op, fmt.Errorf("name %q has the tag %q, but Tag is %q", name, t.Tag(), tag))
		}
		tag = t.Tag()
	}
	q := url.Values{}
	strParam(q, "tag", tag)
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.46"); err != nil {
			return nil, err
		}
		q.Set("platform", opts.Platform)
	}
	hdr := http.Header{}
	hdr.Set("X-Registry-Auth", emptyAuth)
	if opts.RegistryAuth != "" {
		hdr.Set("X-Registry-Auth", opts.RegistryAuth)
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: "/images/" + reference.FamiliarName(named) + "/push", query: q, header: hdr, image: true})
	if err != nil {
		return nil, wrapOp(op, imageRefError(named, err))
	}
	return NewJSONMessages(rc), nil
}

// ImagePushWait pushes an image like ImagePush and reads the whole push,
// passing each progress message to progress (when not nil). It returns
// the digest ("sha256:...") the registry gave the last tag pushed. A
// failure gives an error naming the image and the registry, with the
// *JSONMessageError in its chain.
func (c *Client) ImagePushWait(ctx context.Context, name string, opts ImagePushOptions, progress func(json.RawMessage)) (string, error) {
	const op = "ImagePush"
	msgs, err := c.ImagePush(ctx, name, opts)
	if err != nil {
		return "", err
	}
	digest := ""
	err = msgs.Wait(func(raw json.RawMessage) {
		if progress != nil {
			progress(raw)
		}
		var m struct {
			Aux struct {
				Digest string `json:"Digest"`
			} `json:"aux"`
		}
		if json.Unmarshal(raw, &m) == nil && m.Aux.Digest != "" {
			digest = m.Aux.Digest
		}
	})
	if err != nil {
		named, _ := reference.ParseNormalizedNamed(name)
		return "", wrapOp(op, imageRefError(named, err))
	}
	return digest, nil
}
