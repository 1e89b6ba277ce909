package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/distribution/reference"
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
	return c.ImageInspectWithOptions(ctx, name, ImageInspectOptions{})
}

// ImageInspectOptions are the query parameters of ImageInspectWithOptions.
type ImageInspectOptions struct {
	// Manifests adds the image's manifests (multi-platform image stores);
	// requires API 1.48.
	Manifests bool
	// Platform selects the variant of a multi-platform image, as a JSON
	// OCI platform such as {"os":"linux","architecture":"arm64"}; requires
	// API 1.49. It excludes Manifests.
	Platform string
}

// ImageInspectWithOptions is ImageInspect with the query parameters of
// newer daemons.
func (c *Client) ImageInspectWithOptions(ctx context.Context, name string, opts ImageInspectOptions) (json.RawMessage, error) {
	const op = "ImageInspect"
	q := url.Values{}
	if opts.Manifests && opts.Platform != "" {
		return nil, wrapOp(op, errors.New("opts: Manifests and Platform exclude each other"))
	}
	if opts.Manifests {
		if err := c.RequireVersion(ctx, op+" (manifests)", "1.48"); err != nil {
			return nil, err
		}
		q.Set("manifests", "1")
	}
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.49"); err != nil {
			return nil, err
		}
		q.Set("platform", opts.Platform)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/" + name + "/json", query: q, image: true})
}

// ImageListOptions are the query parameters of ImageList.
type ImageListOptions struct {
	All     bool    // include intermediate images
	Digests bool    // add RepoDigests
	Filters Filters // e.g. {"reference": ["busybox"]}, {"dangling": ["true"]}
	// SharedSize adds SharedSize to each image; requires API 1.42.
	SharedSize bool
	// Manifests adds each image's manifests; requires API 1.47.
	Manifests bool
}

// ImageList lists images (GET /images/json) as a JSON array.
func (c *Client) ImageList(ctx context.Context, opts ImageListOptions) (json.RawMessage, error) {
	const op = "ImageList"
	q := url.Values{}
	boolParam(q, "all", opts.All)
	boolParam(q, "digests", opts.Digests)
	for _, p := range []struct {
		key, min string
		v        bool
	}{{"shared-size", "1.42", opts.SharedSize}, {"manifests", "1.47", opts.Manifests}} {
		if !p.v {
			continue
		}
		if err := c.RequireVersion(ctx, op+" ("+p.key+")", p.min); err != nil {
			return nil, err
		}
		q.Set(p.key, "1")
	}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/json", query: q})
}

// ImageDeleteOptions are the query parameters of ImageDelete.
type ImageDeleteOptions struct {
	Force   bool // remove the image even if containers use it, and untag all its tags
	NoPrune bool // keep untagged parent images
	// Platforms select the platform-specific content to remove, each a
	// JSON OCI platform; requires API 1.50.
	Platforms []string
}

// ImageDelete removes an image (DELETE /images/{name}) and returns what was
// untagged and deleted, as a JSON array of {"Untagged": ...} and
// {"Deleted": ...} objects. A missing image gives an *APIError with Image
// set.
func (c *Client) ImageDelete(ctx context.Context, name string, opts ImageDeleteOptions) (json.RawMessage, error) {
	q := url.Values{}
	boolParam(q, "force", opts.Force)
	boolParam(q, "noprune", opts.NoPrune)
	if len(opts.Platforms) > 0 {
		if err := c.RequireVersion(ctx, "ImageDelete (platforms)", "1.50"); err != nil {
			return nil, err
		}
		for _, p := range opts.Platforms {
			q.Add("platforms", p)
		}
	}
	return c.callJSON(ctx, &request{op: "ImageDelete", method: http.MethodDelete, path: "/images/" + name, query: q, image: true})
}

// ImageHistoryOptions are the query parameters of ImageHistory.
type ImageHistoryOptions struct {
	// Platform selects the variant of a multi-platform image, as a JSON
	// OCI platform such as {"os":"linux","architecture":"arm64"};
	// requires API 1.48.
	Platform string
}

// ImageHistory returns the layers of an image, newest first
// (GET /images/{name}/history), as a JSON array. A missing image gives an
// *APIError with Image set.
func (c *Client) ImageHistory(ctx context.Context, name string, opts ImageHistoryOptions) (json.RawMessage, error) {
	const op = "ImageHistory"
	if name == "" {
		return nil, wrapOp(op, errors.New("name: empty image name"))
	}
	q := url.Values{}
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.48"); err != nil {
			return nil, err
		}
		q.Set("platform", opts.Platform)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/" + name + "/history", query: q, image: true})
}

// ImageTag gives the image name the new name repo:tag
// (POST /images/{name}/tag); tag "" means "latest". A missing image gives
// an *APIError with Image set.
func (c *Client) ImageTag(ctx context.Context, name, repo, tag string) error {
	const op = "ImageTag"
	switch {
	case name == "":
		return wrapOp(op, errors.New("name: empty image name"))
	case repo == "":
		return wrapOp(op, errors.New("repo: empty repository"))
	}
	named, err := reference.ParseNormalizedNamed(repo)
	if err != nil {
		return wrapOp(op, fmt.Errorf("repo: invalid repository %q: %w", repo, err))
	}
	if !reference.IsNameOnly(named) {
		return wrapOp(op, fmt.Errorf("repo: %q has a tag or digest; give the tag separately", repo))
	}
	if tag != "" {
		if _, err := reference.WithTag(named, tag); err != nil {
			return wrapOp(op, fmt.Errorf("tag: invalid tag %q: %w", tag, err))
		}
	}
	q := url.Values{}
	q.Set("repo", repo)
	strParam(q, "tag", tag)
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/images/" + name + "/tag", query: q, image: true})
}

// ImagePruneOptions are the query parameters of ImagePrune.
type ImagePruneOptions struct {
	// Filters: "dangling" ("true": only untagged images, the default;
	// "false": all unused images), "until", "label", "label!".
	Filters Filters
}

// ImagePrune removes unused images (POST /images/prune) and returns
// {"ImagesDeleted": [...], "SpaceReclaimed": n}.
func (c *Client) ImagePrune(ctx context.Context, opts ImagePruneOptions) (json.RawMessage, error) {
	const op = "ImagePrune"
	q := url.Values{}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callPrune(ctx, &request{op: op, method: http.MethodPost, path: "/images/prune", query: q, noTimeout: true})
}

// ImageSearchOptions are the query parameters and header of ImageSearch.
type ImageSearchOptions struct {
	Term         string  // search term (required)
	Limit        int     // at most this many results (0: the daemon's default, 25)
	Filters      Filters // "is-official", "is-automated", "stars"
	RegistryAuth string  // X-Registry-Auth value (see EncodeAuth)
}

// ImageSearch searches a registry's index for images (GET /images/search)
// and returns a JSON array of {"name", "description", "star_count",
// "is_official", "is_automated"}.
func (c *Client) ImageSearch(ctx context.Context, opts ImageSearchOptions) (json.RawMessage, error) {
	const op = "ImageSearch"
	if opts.Term == "" {
		return nil, wrapOp(op, errors.New("opts.Term: empty search term"))
	}
	if opts.Limit < 0 {
		return nil, wrapOp(op, fmt.Errorf("opts.Limit: negative limit %d", opts.Limit))
	}
	q := url.Values{}
	q.Set("term", opts.Term)
	if opts.Limit > 0 {
		q.Set("limit", strconv.Itoa(opts.Limit))
	}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	hdr := http.Header{}
	if opts.RegistryAuth != "" {
		hdr.Set("X-Registry-Auth", opts.RegistryAuth)
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/images/search", query: q, header: hdr})
}
