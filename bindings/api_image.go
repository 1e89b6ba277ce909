package bindings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/distribution/reference"

	"github.com/dscript/dscript/engine"
)

// The image operations of client.api, declared once with docker-py's
// names, positional order and defaults (docker-py's api/image.py).

// ImageArgs name one image.
type ImageArgs struct {
	Image Ref `arg:"image" pos:"0" req:"true" json:"-" doc:"The image: object, ID or name."`
}

// ImagesArgs are api.images()'s parameters.
type ImagesArgs struct {
	Name    *string `arg:"name" pos:"0" doc:"Only images of this repository."`
	Quiet   bool    `arg:"quiet" pos:"1" doc:"Only return IDs."`
	All     bool    `arg:"all" pos:"2" doc:"Include intermediate images."`
	Filters Filters `arg:"filters" pos:"3" doc:"Filters such as {dangling=true}."`
}

// RemoveImageArgs are api.remove_image()'s parameters.
type RemoveImageArgs struct {
	ImageArgs
	Force   bool `arg:"force" pos:"1" doc:"Remove the image even if containers use it, and untag all its tags."`
	Noprune bool `arg:"noprune" pos:"2" doc:"Keep untagged parent images."`
}

// TagArgs are api.tag()'s parameters.
type TagArgs struct {
	ImageArgs
	Repository string  `arg:"repository" pos:"1" req:"true" doc:"The repository to tag into, e.g. \"127.0.0.1:5000/app\" (a \"repo:tag\" is split)."`
	Tag        *string `arg:"tag" pos:"2" doc:"The tag (default: the tag of repository, else \"latest\")."`
	Force      bool    `arg:"force" pos:"3" doc:"Accepted as docker-py has it; daemons since API 1.25 always move an existing tag."`
}

// GetImageArgs are api.get_image()'s parameters.
type GetImageArgs struct {
	ImageArgs
	ChunkSize int64 `arg:"chunk_size" pos:"1" default:"2097152" doc:"Bytes per chunk of the iterator."`
}

// LoadImageArgs are api.load_image()'s parameters.
type LoadImageArgs struct {
	Data  ByteStream `arg:"data" pos:"0" req:"true" doc:"The tar archive (as save makes it): str, bytes or an iterator of chunks."`
	Quiet *bool      `arg:"quiet" pos:"1" doc:"Only the \"Loaded image\" messages, no progress."`
}

// ImportArgs are the parameters every import_image variant shares after
// its source.
type ImportArgs struct {
	Repository *string   `arg:"repository" pos:"1" doc:"The repository of the new image."`
	Tag        *string   `arg:"tag" pos:"2" doc:"The tag of the new image (default \"latest\")."`
	Changes    StrOrList `arg:"changes" pos:"3" doc:"Dockerfile instructions to apply, e.g. {\"CMD [\\\"sh\\\"]\"}."`
}

// ImportImageArgs are api.import_image()'s parameters.
type ImportImageArgs struct {
	Src        any       `arg:"src" pos:"0" kind:"str|bytes|iterator" doc:"A URL or a file path (str), or the tar data (bytes or an iterator of chunks)."`
	Repository *string   `arg:"repository" pos:"1" doc:"The repository of the new image."`
	Tag        *string   `arg:"tag" pos:"2" doc:"The tag of the new image (default \"latest\")."`
	Image      *string   `arg:"image" pos:"3" doc:"An image to import from instead of src."`
	Changes    StrOrList `arg:"changes" pos:"4" doc:"Dockerfile instructions to apply, e.g. {\"CMD [\\\"sh\\\"]\"}."`
	StreamSrc  bool      `arg:"stream_src" pos:"5" doc:"src is a stream (sent chunked, as every body is)."`
	// srcArg names src in messages ("filename", "url"); fromURL sends src
	// for the daemon to download, never reading a file.
	srcArg  string
	fromURL bool
}

// ImportFromDataArgs are api.import_image_from_data()'s parameters.
type ImportFromDataArgs struct {
	Data ByteStream `arg:"data" pos:"0" req:"true" doc:"The tar data: str, bytes or an iterator of chunks."`
	ImportArgs
}

// ImportFromFileArgs are api.import_image_from_file()'s parameters.
type ImportFromFileArgs struct {
	Filename string `arg:"filename" pos:"0" req:"true" doc:"Path of a tar archive (possibly compressed)."`
	ImportArgs
}

// ImportFromImageArgs are api.import_image_from_image()'s parameters.
type ImportFromImageArgs struct {
	Image string `arg:"image" pos:"0" req:"true" doc:"The image to import from."`
	ImportArgs
}

// ImportFromStreamArgs are api.import_image_from_stream()'s parameters.
type ImportFromStreamArgs struct {
	Stream ByteStream `arg:"stream" pos:"0" req:"true" doc:"The tar data: an iterator of chunks, str or bytes."`
	ImportArgs
}

// ImportFromURLArgs are api.import_image_from_url()'s parameters.
type ImportFromURLArgs struct {
	URL string `arg:"url" pos:"0" req:"true" doc:"URL of a tar archive the daemon downloads."`
	ImportArgs
}

// SearchArgs are api.search()'s parameters.
type SearchArgs struct {
	Term  string `arg:"term" pos:"0" req:"true" doc:"The search term."`
	Limit *int64 `arg:"limit" pos:"1" doc:"At most this many results."`
}

// PullArgs are api.pull()'s parameters.
type PullArgs struct {
	Repository string          `arg:"repository" pos:"0" req:"true" doc:"The repository, e.g. \"busybox\" or \"127.0.0.1:5000/app:v1\"."`
	Tag        *string         `arg:"tag" pos:"1" doc:"The tag or digest (default: the one of repository, else \"latest\")."`
	Stream     bool            `arg:"stream" pos:"2" doc:"Return an iterator of the progress messages."`
	AuthConfig AuthConfigValue `arg:"auth_config" pos:"3" doc:"Credentials for this pull: {username=..., password=...}."`
	Decode     bool            `arg:"decode" pos:"4" doc:"Yield decoded dicts (with stream)."`
	Platform   *string         `arg:"platform" pos:"5" doc:"Platform as os[/arch[/variant]]."`
	AllTags    bool            `arg:"all_tags" pos:"6" doc:"Pull every tag of the repository."`
}

// PushArgs are api.push()'s parameters.
type PushArgs struct {
	Repository string          `arg:"repository" pos:"0" req:"true" doc:"The repository, e.g. \"127.0.0.1:5000/app\" or \"127.0.0.1:5000/app:v1\"."`
	Tag        *string         `arg:"tag" pos:"1" doc:"The tag to push (default: the one of repository, else every tag)."`
	Stream     bool            `arg:"stream" pos:"2" doc:"Return an iterator of the progress messages."`
	AuthConfig AuthConfigValue `arg:"auth_config" pos:"3" doc:"Credentials for this push: {username=..., password=...}."`
	Decode     bool            `arg:"decode" pos:"4" doc:"Yield decoded dicts (with stream)."`
}

// InspectDistributionArgs are api.inspect_distribution()'s parameters.
type InspectDistributionArgs struct {
	Image      string          `arg:"image" pos:"0" req:"true" doc:"The image name, e.g. \"127.0.0.1:5000/app:v1\"."`
	AuthConfig AuthConfigValue `arg:"auth_config" pos:"1" doc:"Credentials for the registry: {username=..., password=...}."`
}

// PruneBuildsArgs are api.prune_builds()'s parameters.
type PruneBuildsArgs struct {
	Filters     Filters `arg:"filters" pos:"0" doc:"Filters such as {until=\"24h\"}."`
	KeepStorage *int64  `arg:"keep_storage" pos:"1" doc:"Bytes of cache to keep."`
	All         *bool   `arg:"all" pos:"2" doc:"Remove all unused cache, not only dangling entries."`
}

// inspectImage is api.inspect_image's Go side, which models call.
func inspectImage(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.ImageInspect(c.Context(), id)
}

// The api methods the models bind.
var (
	apiRemoveImage = Def(APIClientClass, "remove_image", "Remove an image; returns the list of {Untagged} and {Deleted} entries.", func(c *Call, a *APIClient, x *RemoveImageArgs) (any, error) {
		return decodeRaw(a.eng.ImageDelete(c.Context(), x.Image.ID, engine.ImageDeleteOptions{Force: x.Force, NoPrune: x.Noprune}))
	})
	apiHistory = Def(APIClientClass, "history", "The layers of an image, newest first.", func(c *Call, a *APIClient, x *ImageArgs) (any, error) {
		return decodeRaw(a.eng.ImageHistory(c.Context(), x.Image.ID, engine.ImageHistoryOptions{}))
	})
	apiTag = Def(APIClientClass, "tag", "Tag an image into a repository; returns true.", func(c *Call, a *APIClient, x *TagArgs) (any, error) {
		repo, tag, err := splitRepoTag(c, x.Repository, x.Tag)
		if err != nil {
			return nil, err
		}
		if err := a.eng.ImageTag(c.Context(), x.Image.ID, repo, tag); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiSearch = Def(APIClientClass, "search", "Search the registry index (Docker Hub) for images: a list of {name, description, star_count, is_official, is_automated}.", func(c *Call, a *APIClient, x *SearchArgs) (any, error) {
		o := engine.ImageSearchOptions{Term: x.Term}
		if x.Limit != nil {
			if *x.Limit <= 0 {
				return nil, ArgError(c.Name(), "argument 'limit' must be positive, not %d", *x.Limit)
			}
			o.Limit = int(*x.Limit)
		}
		return decodeRaw(a.eng.ImageSearch(c.Context(), o))
	})
	apiPruneImages = Def(APIClientClass, "prune_images", "Delete unused images; returns {ImagesDeleted, SpaceReclaimed}.", func(c *Call, a *APIClient, x *PruneArgs) (any, error) {
		return decodeRaw(a.eng.ImagePrune(c.Context(), engine.ImagePruneOptions{Filters: x.Filters}))
	})
	apiPruneBuilds = Def(APIClientClass, "prune_builds", "Delete build cache; returns {CachesDeleted, SpaceReclaimed}.", func(c *Call, a *APIClient, x *PruneBuildsArgs) (any, error) {
		o := engine.BuildPruneOptions{Filters: x.Filters}
		if x.KeepStorage != nil {
			o.KeepStorage = *x.KeepStorage
		}
		if x.All != nil {
			o.All = *x.All
		}
		return decodeRaw(a.eng.BuildPrune(c.Context(), o))
	})
	apiPush = Def(APIClientClass, "push", "Push an image or a repository to its registry; returns the progress text, or an iterator of the messages with stream.", func(c *Call, a *APIClient, x *PushArgs) (any, error) {
		name, tag := x.Repository, ""
		if x.Tag != nil {
			tag = *x.Tag
		}
		auth, err := a.registryAuthHeader(c, name, x.AuthConfig)
		if err != nil {
			return nil, err
		}
		msgs, err := a.eng.ImagePush(c.Context(), name, engine.ImagePushOptions{Tag: tag, RegistryAuth: auth})
		if err != nil {
			return nil, streamError(c, name, err)
		}
		v, err := streamOrText(msgs, x.Stream, x.Decode, progress(c, "Pushing "+name))
		return v, streamError(c, name, err)
	})
)

// The api methods no model binds.
func init() {
	Def(APIClientClass, "inspect_image", "Inspect an image.", func(c *Call, a *APIClient, x *ImageArgs) (any, error) {
		return decodeRaw(inspectImage(c, a, x.Image.ID))
	})
	Def(APIClientClass, "images", "List images as the daemon reports them.", func(c *Call, a *APIClient, x *ImagesArgs) (any, error) {
		v, err := decodeRaw(a.eng.ImageList(c.Context(), x.options()))
		if err != nil || !x.Quiet {
			return v, err
		}
		return pluck(v, "Id"), nil
	})
	Def(APIClientClass, "get_image", "The image (with its tags and parents) as a tar archive: an iterator of chunks.", func(c *Call, a *APIClient, x *GetImageArgs) (any, error) {
		return getImageArchive(c, a, x.Image.ID, x.ChunkSize)
	})
	Def(APIClientClass, "load_image", "Load images from a tar archive (as save makes it); returns an iterator of the decoded progress messages.", func(c *Call, a *APIClient, x *LoadImageArgs) (any, error) {
		msgs, done, err := a.loadImage(c, x)
		if err != nil {
			return nil, err
		}
		return newMessageIterator(msgs, true, done), nil
	})
	Def(APIClientClass, "pull", "Pull an image; returns the progress text, or an iterator of the messages with stream.", func(c *Call, a *APIClient, x *PullArgs) (any, error) {
		ref, opts, err := a.pullRequest(c, x.Repository, x.Tag, x.AllTags, x.Platform, x.AuthConfig)
		if err != nil {
			return nil, err
		}
		msgs, err := a.eng.ImagePull(c.Context(), ref, opts)
		if err != nil {
			return nil, streamError(c, ref, err)
		}
		v, err := streamOrText(msgs, x.Stream, x.Decode, progress(c, "Pulling "+ref))
		return v, streamError(c, ref, err)
	})
	Def(APIClientClass, "inspect_distribution", "The manifest descriptor and platforms of an image in its registry: {Descriptor, Platforms}.", func(c *Call, a *APIClient, x *InspectDistributionArgs) (any, error) {
		return decodeRaw(a.inspectDistribution(c, x.Image, x.AuthConfig))
	})
}
func init() {
	cls := APIClientClass
	Def(cls, "import_image", "Import an image from a URL, a file, tar data or another image; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportImageArgs) (any, error) {
		return a.importImage(c, x)
	})
	Def(cls, "import_image_from_data", "Import an image from tar data; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportFromDataArgs) (any, error) {
		return a.importImage(c, &ImportImageArgs{Src: x.Data, Repository: x.Repository, Tag: x.Tag, Changes: x.Changes, srcArg: "data"})
	})
	Def(cls, "import_image_from_file", "Import an image from a tar file; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportFromFileArgs) (any, error) {
		return a.importImage(c, &ImportImageArgs{Src: x.Filename, Repository: x.Repository, Tag: x.Tag, Changes: x.Changes, srcArg: "filename"})
	})
	Def(cls, "import_image_from_image", "Import an image from another image; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportFromImageArgs) (any, error) {
		return a.importImage(c, &ImportImageArgs{Image: &x.Image, Repository: x.Repository, Tag: x.Tag, Changes: x.Changes})
	})
	Def(cls, "import_image_from_stream", "Import an image from a stream of tar data; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportFromStreamArgs) (any, error) {
		return a.importImage(c, &ImportImageArgs{Src: x.Stream, Repository: x.Repository, Tag: x.Tag, Changes: x.Changes, StreamSrc: true, srcArg: "stream"})
	})
	Def(cls, "import_image_from_url", "Import an image from a URL the daemon downloads; returns the daemon's answer text.", func(c *Call, a *APIClient, x *ImportFromURLArgs) (any, error) {
		return a.importImage(c, &ImportImageArgs{Src: x.URL, Repository: x.Repository, Tag: x.Tag, Changes: x.Changes, srcArg: "url", fromURL: true})
	})
}

// options converts the arguments to the engine's list options.
func (x *ImagesArgs) options() engine.ImageListOptions {
	f := x.Filters
	if x.Name != nil {
		f = f.Add("reference", *x.Name)
	}
	return engine.ImageListOptions{All: x.All, Filters: f}
}

// splitRepoTag reads a repository and tag as docker-py's tag takes them: a
// "repo:tag" repository gives its tag when tag is not given.
func splitRepoTag(c *Call, repository string, tag *string) (string, string, error) {
	named, err := reference.ParseNormalizedNamed(repository)
	if err != nil {
		return "", "", Errorf(InvalidRepository, "%s: invalid repository %q: %v", c.Name(), repository, err)
	}
	repo, t := repository, ""
	if tagged, ok := named.(reference.NamedTagged); ok {
		t = tagged.Tag()
		repo = repository[:len(repository)-len(t)-1]
	}
	if tag != nil {
		t = *tag
	}
	return repo, t, nil
}

// parseRepositoryTag is docker-py's utils.parse_repository_tag: a
// "name@digest" or "name:tag" (the colon after the last slash) split in
// two; the tag is "" when there is none.
func parseRepositoryTag(name string) (string, string) {
	if repo, digest, ok := strings.Cut(name, "@"); ok {
		return repo, digest
	}
	i := strings.LastIndexByte(name, ':')
	if i >= 0 && !strings.Contains(name[i+1:], "/") {
		return name[:i], name[i+1:]
	}
	return name, ""
}

// pullRequest is what api.pull and images.pull send: the reference
// (repository with its tag or digest; the repository alone with allTags)
// and the options with the registry's credentials.
func (a *APIClient) pullRequest(c *Call, repository string, tag *string, allTags bool, platform *string, auth AuthConfigValue) (string, engine.ImagePullOptions, error) {
	repo, t := parseRepositoryTag(repository)
	if tag != nil && *tag != "" {
		t = *tag
	}
	if t == "" {
		t = "latest"
	}
	ref := repo
	if !allTags {
		ref = repoRef(repo, t)
	}
	opts := engine.ImagePullOptions{AllTags: allTags}
	if platform != nil {
		opts.Platform = *platform
	}
	var err error
	opts.RegistryAuth, err = a.registryAuthHeader(c, repo, auth)
	return ref, opts, err
}

// repoRef joins a repository and a tag, or a digest.
func repoRef(repo, tag string) string {
	if strings.Contains(tag, ":") {
		return repo + "@" + tag
	}
	return repo + ":" + tag
}

// streamError is the error of an image operation on a registry (pull,
// push, distribution inspect), naming the image and its registry: an
// error answer of the daemon keeps its class; an error reported in the
// messages becomes an APIError (ImageNotFound for a missing image).
func streamError(c *Call, ref string, err error) error {
	if err == nil {
		return nil
	}
	registry := "docker.io"
	if named, perr := reference.ParseNormalizedNamed(ref); perr == nil {
		ref, registry = reference.FamiliarString(named), reference.Domain(named)
	}
	prefix := fmt.Sprintf("%s: %s (registry %s): ", c.Name(), ref, registry)
	var jm *engine.JSONMessageError
	if errors.As(err, &jm) {
		cls := APIError
		if isNotFoundMessage(jm.Message) {
			cls = ImageNotFound
		}
		return &Error{Class: cls, Message: prefix + jm.Message, Explanation: jm.Message, cause: err}
	}
	var api *engine.APIError
	if !errors.As(err, &api) {
		return err
	}
	e := *Convert(api).(*Error)
	e.Message = prefix + e.Message
	return &e
}

// isNotFoundMessage tells a registry's "not found" answer in a message.
func isNotFoundMessage(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "not found") || strings.Contains(m, "manifest unknown") || strings.Contains(m, "does not exist")
}

// getImageArchive streams an image's tar archive in chunks.
func getImageArchive(c *Call, a *APIClient, name string, chunkSize int64) (any, error) {
	if err := checkChunkSize(c.Name(), chunkSize); err != nil {
		return nil, err
	}
	rc, err := a.eng.ImageGet(c.Context(), name, engine.ImageSaveOptions{})
	if err != nil {
		return nil, err
	}
	return archiveChunks(rc, chunkSize), nil
}

// archiveChunks yields rc as Bytes chunks of size bytes (the last may be
// shorter), each read straight into its own buffer, which the script
// then owns: no copy, and one chunk held at a time. Closing it closes rc.
func archiveChunks(rc io.ReadCloser, size int64) Iterator {
	var pending error
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			if pending != nil {
				return nil, false, pending
			}
			buf := make([]byte, size)
			n, err := io.ReadFull(rc, buf)
			switch {
			case err == io.ErrUnexpectedEOF:
				err = io.EOF
			case err == nil:
			case err != io.EOF:
				pending = err
			}
			if n > 0 {
				return Bytes(buf[:n:n]), true, nil
			}
			if err == io.EOF {
				return nil, false, nil
			}
			return nil, false, err
		},
		CloseFunc: rc.Close,
	}
}

// loadImage sends a tar archive to the daemon and returns the answer's
// messages, and done, which releases the archive once they are read.
func (a *APIClient) loadImage(c *Call, x *LoadImageArgs) (*engine.JSONMessages, func(), error) {
	r := x.Data.Reader(c)
	o := engine.ImageLoadOptions{}
	if x.Quiet != nil {
		o.Quiet = *x.Quiet
	}
	msgs, err := a.eng.ImageLoad(c.Context(), r, o)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return msgs, func() { _ = r.Close() }, nil
}

// inspectDistribution asks the image's registry for its descriptor.
func (a *APIClient) inspectDistribution(c *Call, image string, given AuthConfigValue) (json.RawMessage, error) {
	auth, err := a.registryAuthHeader(c, image, given)
	if err != nil {
		return nil, err
	}
	raw, err := a.eng.DistributionInspect(c.Context(), image, auth)
	if err != nil {
		return nil, streamError(c, image, err)
	}
	return raw, nil
}

// importImage is docker-py's import_image: from another image, from a URL
// the daemon downloads, from a file, or from data.
func (a *APIClient) importImage(c *Call, x *ImportImageArgs) (any, error) {
	o := engine.ImageCreateOptions{Changes: x.Changes}
	if x.Repository != nil {
		o.Repo = *x.Repository
	}
	if x.Tag != nil {
		o.Tag = *x.Tag
	}
	var body io.ReadCloser
	srcArg := x.srcArg
	if srcArg == "" {
		srcArg = "src"
	}
	if x.Image != nil && x.Src != nil {
		return nil, ArgError(c.Name(), "give src or image, not both")
	}
	switch src := x.Src.(type) {
	case nil:
		if x.Image == nil {
			return nil, ArgError(c.Name(), "give src or image to import from")
		}
		o.FromImage = *x.Image
	case string:
		if x.fromURL {
			if src == "" || strings.ContainsRune(src, 0) {
				return nil, ArgError(c.Name(), "argument '%s' must be a URL, not %q", srcArg, clip(src))
			}
			o.FromSrc = src
			break
		}
		if isURL(src) {
			o.FromSrc = src
			break
		}
		if err := checkFiles(c, srcArg, src); err != nil {
			return nil, err
		}
		f, err := os.Open(src)
		if err != nil {
			return nil, ArgError(c.Name(), "argument '%s': cannot open %q: %v", srcArg, clip(src), pathErr(err))
		}
		o.FromSrc, body = "-", f
	case ByteStream:
		o.FromSrc, body = "-", src.Reader(c)
	default:
		bs, err := toByteStream(src)
		if err != nil {
			return nil, ArgError(c.Name(), "argument '%s' %v", srcArg, err)
		}
		o.FromSrc, body = "-", bs.Reader(c)
	}
	var msgs *engine.JSONMessages
	var err error
	if body != nil {
		defer body.Close()
		msgs, err = a.eng.ImageCreate(c.Context(), o, body)
	} else {
		msgs, err = a.eng.ImageCreate(c.Context(), o, nil)
	}
	if err != nil {
		return nil, err
	}
	return collectText(msgs, nil)
}

// isURL tells a URL the daemon downloads from a file path, as docker-py's
// _is_url does.
func isURL(s string) bool {
	for _, p := range []string{"http://", "https://"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// pathErr drops the path and operation of an *os.PathError (the message
// names the path itself).
func pathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
