package engine

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// ImageCommitOptions are the query parameters of ImageCommit.
type ImageCommitOptions struct {
	Container string // ID or name of the container to commit (required)
	Repo      string // repository of the new image; "" leaves it untagged
	Tag       string // tag of the new image; "" means "latest" when Repo is set
	Comment   string // commit message
	Author    string // author, e.g. "Jane Doe <jane@example.com>"
	// Pause tells whether the container is paused while committing; nil
	// means the daemon's default (true).
	Pause *bool
	// Changes are Dockerfile instructions applied to the image, e.g.
	// `CMD ["sh"]`; each is sent as one "changes" parameter.
	Changes []string
}

// ImageCommit creates an image from a container's changes (POST /commit)
// and returns {"Id": "sha256:..."}. config is the JSON-encodable container
// Config applied to the image (nil sends {}; a json.RawMessage or []byte
// is sent as it is). A missing container gives an *APIError
// (errors.Is(err, ErrNotFound)).
func (c *Client) ImageCommit(ctx context.Context, opts ImageCommitOptions, config any) (json.RawMessage, error) {
	const op = "ImageCommit"
	q := url.Values{}
	q.Set("container", opts.Container)
	strParam(q, "repo", opts.Repo)
	strParam(q, "tag", opts.Tag)
	strParam(q, "comment", opts.Comment)
	strParam(q, "author", opts.Author)
	if opts.Pause != nil {
		if *opts.Pause {
			q.Set("pause", "1")
		} else {
			q.Set("pause", "0")
		}
	}
	for _, ch := range opts.Changes {
		q.Add("changes", ch)
	}
	body, err := jsonBody(config)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/commit", query: q, body: body})
}
