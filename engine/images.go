package engine

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ImageCreateOptions are the query parameters of ImageCreate.
type ImageCreateOptions struct {
	FromImage    string   // image to pull, e.g. "busybox"
	FromSrc      string   // URL to import from, or "-" to import the request body
	Repo         string   // repository of an imported image
	Tag          string   // tag (or digest) to pull, or tag of an imported image
	Message      string   // commit message of an imported image
	Platform     string   // "os[/arch[/variant]]"; requires API 1.32
	Changes      []string // Dockerfile instructions applied to an imported image, e.g. `CMD ["sh"]`
	RegistryAuth string   // base64url X-Registry-Auth header value (never logged)
}

// ImageCreate pulls (FromImage) or imports (FromSrc) an image
// (POST /images/create) and returns its progress messages; with FromSrc
// "-" the image is read from body (a tar archive, possibly compressed).
// The client timeout bounds the wait for the answer's header (reading body
// does not count), then only ctx applies; close the messages to release
// the connection.
func (c *Client) ImageCreate(ctx context.Context, opts ImageCreateOptions, body io.Reader) (*JSONMessages, error) {
	return c.imageCreate(ctx, "ImageCreate", opts, body)
}

// imageCreate is ImageCreate with op naming the operation in errors.
func (c *Client) imageCreate(ctx context.Context, op string, opts ImageCreateOptions, body io.Reader) (*JSONMessages, error) {
	q := url.Values{}
	strParam(q, "fromImage", opts.FromImage)
	strParam(q, "fromSrc", opts.FromSrc)
	strParam(q, "repo", opts.Repo)
	strParam(q, "tag", opts.Tag)
	strParam(q, "message", opts.Message)
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.32"); err != nil {
			return nil, err
		}
		q.Set("platform", opts.Platform)
	}
	for _, ch := range opts.Changes {
		q.Add("changes", ch)
	}
	hdr := http.Header{}
	if opts.RegistryAuth != "" {
		hdr.Set("X-Registry-Auth", opts.RegistryAuth)
	}
	if body != nil {
		hdr.Set("Content-Type", "application/x-tar")
	}
	if body == nil && opts.FromSrc == "-" {
		body = strings.NewReader("")
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: "/images/create", query: q, body: body, header: hdr, image: opts.FromImage != ""})
	if err != nil {
		return nil, err
	}
	return NewJSONMessages(rc), nil
}

// ImageImport imports a rootfs tar archive read from src as repo:tag
// (tag "" means "latest" when repo is set), applying changes such as
// `CMD ["sh"]`. It reads all progress messages and returns the new image's
// id ("sha256:..."); an error message of the daemon becomes the error.
func (c *Client) ImageImport(ctx context.Context, src io.Reader, repo, tag string, changes []string) (string, error) {
	const op = "ImageImport"
	msgs, err := c.imageCreate(ctx, op, ImageCreateOptions{FromSrc: "-", Repo: repo, Tag: tag, Changes: changes}, src)
	if err != nil {
		return "", err
	}
	defer msgs.Close()
	id := ""
	for {
		raw, err := msgs.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", wrapOp(op, err)
		}
		var m struct {
			Status string `json:"status"`
		}
		if json.Unmarshal(raw, &m) == nil && strings.HasPrefix(m.Status, "sha256:") {
			id = m.Status
		}
	}
	if id == "" {
		return "", wrapOp(op, errors.New("the daemon reported no image id"))
	}
	return id, nil
}

// ImageInspect returns low-level information about an image
// (GET /images/{name}/json). A missing image gives an *APIError with Image
// set (errors.Is(err, ErrImageNotFound)).
func (c *Client) ImageInspect(ctx context.Context, name string) (json.RawMessage, error) {
	return c.callJSON(ctx, &request{op: "ImageInspect", method: http.MethodGet, path: "/images/" + name + "/json", image: true})
}

// ImageListOptions are the query parameters of ImageList.
type ImageListOptions struct {
	All     bool    // include intermediate images
	Digests bool    // add RepoDigests
	Filters Filters // e.g. {"reference": ["busybox"]}, {"dangling": ["true"]}
}

// ImageList lists images (GET /images/json) as a JSON array.
func (c *Client) ImageList(ctx context.Context, opts ImageListOptions) (json.RawMessage, error) {
	const op = "ImageList"
	q := url.Values{}
	boolParam(q, "all", opts.All)
	boolParam(q, "digests", opts.Digests)
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/json", query: q})
}

// ImageDeleteOptions are the query parameters of ImageDelete.
type ImageDeleteOptions struct {
	Force   bool // remove the image even if containers use it, and untag all its tags
	NoPrune bool // keep untagged parent images
}

// ImageDelete removes an image (DELETE /images/{name}) and returns what was
// untagged and deleted, as a JSON array of {"Untagged": ...} and
// {"Deleted": ...} objects. A missing image gives an *APIError with Image
// set.
func (c *Client) ImageDelete(ctx context.Context, name string, opts ImageDeleteOptions) (json.RawMessage, error) {
	q := url.Values{}
	boolParam(q, "force", opts.Force)
	boolParam(q, "noprune", opts.NoPrune)
	return c.callJSON(ctx, &request{op: "ImageDelete", method: http.MethodDelete, path: "/images/" + name, query: q, image: true})
}
