package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ImageSaveOptions are the query parameters of ImageGet and ImageGetAll.
type ImageSaveOptions struct {
	// Platforms select the variants of multi-platform images to save, each
	// a JSON OCI platform such as {"os":"linux","architecture":"arm64"};
	// requires API 1.48.
	Platforms []string
}

// ImageGet exports an image with its tags and parents as a tar archive
// (GET /images/{name}/get), returned as a stream. No client timeout
// applies; closing the stream releases the connection. A missing image
// gives an *APIError with Image set.
func (c *Client) ImageGet(ctx context.Context, name string, opts ImageSaveOptions) (io.ReadCloser, error) {
	const op = "ImageGet"
	if name == "" {
		return nil, wrapOp(op, errors.New("name: empty image name"))
	}
	q := url.Values{}
	if err := c.platformsParam(ctx, op, q, opts.Platforms); err != nil {
		return nil, err
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: "/images/" + name + "/get", query: q, image: true})
	return rc, err
}

// ImageGetAll exports several images into one tar archive
// (GET /images/get), returned as a stream. No client timeout applies;
// closing the stream releases the connection.
func (c *Client) ImageGetAll(ctx context.Context, names []string, opts ImageSaveOptions) (io.ReadCloser, error) {
	const op = "ImageGetAll"
	if len(names) == 0 {
		return nil, wrapOp(op, errors.New("names: no image names"))
	}
	q := url.Values{}
	for i, n := range names {
		if n == "" {
			return nil, wrapOp(op, fmt.Errorf("names[%d]: empty image name", i))
		}
		q.Add("names", n)
	}
	if err := c.platformsParam(ctx, op, q, opts.Platforms); err != nil {
		return nil, err
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: "/images/get", query: q, image: true})
	return rc, err
}

// ImageLoadOptions are the query parameters of ImageLoad.
type ImageLoadOptions struct {
	Quiet bool // no progress, only the "Loaded image: ..." messages
	// Platforms select the variants of multi-platform images to load, as
	// in ImageSaveOptions; requires API 1.48.
	Platforms []string
}

// ImageLoad loads images from a tar archive read from body, such as
// ImageGet makes (POST /images/load), and returns the progress messages,
// among them {"stream": "Loaded image: <name>\n"} or
// {"stream": "Loaded image ID: sha256:...\n"}. No client timeout applies;
// close the messages to release the connection.
func (c *Client) ImageLoad(ctx context.Context, body io.Reader, opts ImageLoadOptions) (*JSONMessages, error) {
	const op = "ImageLoad"
	if body == nil {
		return nil, wrapOp(op, errors.New("body: no archive"))
	}
	q := url.Values{}
	boolParam(q, "quiet", opts.Quiet)
	if err := c.platformsParam(ctx, op, q, opts.Platforms); err != nil {
		return nil, err
	}
	hdr := http.Header{}
	hdr.Set("Content-Type", "application/x-tar")
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: "/images/load", query: q, body: body, header: hdr})
	if err != nil {
		return nil, err
	}
	return NewJSONMessages(rc), nil
}

// LoadedImages returns the names (or, for untagged images, the ids) that
// the "Loaded image" messages of an ImageLoad answer report. It reads
// and closes msgs.
func LoadedImages(msgs *JSONMessages) ([]string, error) {
	var out []string
	err := msgs.Wait(func(raw json.RawMessage) {
		var m struct {
			Stream string `json:"stream"`
		}
		if json.Unmarshal(raw, &m) != nil {
			return
		}
		for _, line := range strings.Split(m.Stream, "\n") {
			if s, ok := strings.CutPrefix(line, "Loaded image: "); ok {
				out = append(out, strings.TrimSpace(s))
			} else if s, ok := strings.CutPrefix(line, "Loaded image ID: "); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
	})
	if err != nil {
		return nil, wrapOp("ImageLoad", err)
	}
	return out, nil
}

// platformsParam adds one "platform" parameter per platform, after
// checking that the API version is at least 1.48.
func (c *Client) platformsParam(ctx context.Context, op string, q url.Values, platforms []string) error {
	if len(platforms) == 0 {
		return nil
	}
	if err := c.RequireVersion(ctx, op+" (platform)", "1.48"); err != nil {
		return err
	}
	for _, p := range platforms {
		q.Add("platform", p)
	}
	return nil
}
