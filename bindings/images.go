package bindings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/dscript/dscript/engine"
)

// ImageCollection is client.images.
type ImageCollection struct {
	client *Client
}

// ImageCollectionClass describes client.images.
var ImageCollectionClass = RegisterClass(NewClass("ImageCollection", "The images of the daemon (client.images)."))

// Class implements Object.
func (ic *ImageCollection) Class() *Class { return ImageCollectionClass }

// API implements APIUser.
func (ic *ImageCollection) API() *APIClient { return ic.client.api }

// ImageNameArgs name one image by name or ID.
type ImageNameArgs struct {
	Name string `arg:"name" pos:"0" req:"true" doc:"The image's name or ID."`
}

// RegistryDataArgs are images.get_registry_data()'s parameters.
type RegistryDataArgs struct {
	Name       string          `arg:"name" pos:"0" req:"true" doc:"The image name, e.g. \"127.0.0.1:5000/app:v1\"."`
	AuthConfig AuthConfigValue `arg:"auth_config" pos:"1" doc:"Credentials for the registry: {username=..., password=...}."`
}

// ImageListArgs are images.list()'s parameters.
type ImageListArgs struct {
	Name    *string `arg:"name" pos:"0" doc:"Only images of this repository."`
	All     bool    `arg:"all" pos:"1" doc:"Include intermediate images."`
	Filters Filters `arg:"filters" pos:"2" doc:"Filters such as {dangling=true, label=\"a=b\"}."`
}

// ImageLoadArgs are images.load()'s parameters.
type ImageLoadArgs struct {
	Data ByteStream `arg:"data" pos:"0" req:"true" doc:"The tar archive (as save makes it): str, bytes or an iterator of chunks."`
}

// ImagesPullArgs are images.pull()'s parameters.
type ImagesPullArgs struct {
	Repository string          `arg:"repository" pos:"0" req:"true" doc:"The repository, e.g. \"busybox\" or \"127.0.0.1:5000/app:v1\"."`
	Tag        *string         `arg:"tag" pos:"1" doc:"The tag or digest (default: the one of repository, else \"latest\")."`
	AllTags    bool            `arg:"all_tags" pos:"2" doc:"Pull every tag; returns the list of the repository's images."`
	AuthConfig AuthConfigValue `arg:"auth_config" doc:"Credentials for this pull: {username=..., password=...}."`
	Platform   *string         `arg:"platform" doc:"Platform as os[/arch[/variant]]."`
}

// CreateImageArgs are images.create()'s parameters.
type CreateImageArgs struct {
	Attrs map[string]any `arg:"attrs" pos:"0" doc:"Not used."`
}

func init() {
	cls := ImageCollectionClass
	Forward[*ImageCollection](cls, "build", apiBuild, Derived{
		KeywordOnly: true,
		Doc:         "Build an image; returns the Image and an iterator of the decoded build messages. Raises BuildError (msg, build_log) when the build fails.",
		Then: func(c *Call, self Object, v any) (any, error) {
			return self.(*ImageCollection).built(c, v.(*MessageIterator))
		},
	})
	Def(cls, "create", "Not supported, as in docker-py: images come from build, pull, import_image or load.", func(c *Call, _ *ImageCollection, _ *CreateImageArgs) (any, error) {
		return nil, Errorf(DockerException, "%s: images are not created from attributes; use build, pull, api.import_image or load", c.Name())
	})
	Def(cls, "get", "Get an image by name or ID.", func(c *Call, ic *ImageCollection, a *ImageNameArgs) (any, error) {
		return getImage(c, ic.client, a.Name)
	})
	Def(cls, "get_registry_data", "The registry's data of an image (its digest and platforms), without pulling it.", func(c *Call, ic *ImageCollection, a *RegistryDataArgs) (any, error) {
		return ic.registryData(c, a.Name, a.AuthConfig)
	})
	Def(cls, "list", "List images.", func(c *Call, ic *ImageCollection, a *ImageListArgs) (any, error) {
		return ic.list(c, &ImagesArgs{Name: a.Name, All: a.All, Filters: a.Filters})
	})
	Def(cls, "load", "Load images from a tar archive (as save makes it); returns the loaded images.", func(c *Call, ic *ImageCollection, a *ImageLoadArgs) (any, error) {
		return ic.load(c, a)
	})
	Forward[*ImageCollection](cls, "prune", apiPruneImages, Derived{})
	Forward[*ImageCollection](cls, "prune_builds", apiPruneBuilds, Derived{})
	Def(cls, "pull", "Pull an image; returns the Image, or with all_tags the list of the repository's images.", func(c *Call, ic *ImageCollection, a *ImagesPullArgs) (any, error) {
		return ic.pull(c, a)
	})
	Forward[*ImageCollection](cls, "push", apiPush, Derived{KeywordOnly: true, Positional: 2})
	Forward[*ImageCollection](cls, "remove", apiRemoveImage, Derived{})
	Forward[*ImageCollection](cls, "search", apiSearch, Derived{})
}

// built reads a build to its end, as docker-py's images.build: the Image
// and the build's messages, or BuildError with the daemon's message.
func (ic *ImageCollection) built(c *Call, it *MessageIterator) (any, error) {
	defer it.Close()
	var log []any
	id := ""
	show := progress(c, "")
	for {
		raw, err := it.msgs.Next()
		if raw != nil && show != nil {
			show(raw)
		}
		if raw != nil {
			log = append(log, decodeMessage(raw))
			if s := builtImageID(raw); s != "" {
				id = s
			}
		}
		if err == io.EOF {
			break
		}
		if jm, ok := err.(*engine.JSONMessageError); ok {
			return nil, buildError(c, jm.Message, log)
		}
		if err != nil {
			return nil, err
		}
	}
	if id == "" {
		last := "Unknown"
		if n := len(log); n > 0 {
			if b, err := json.Marshal(toJSONable(log[n-1])); err == nil {
				last = string(b)
			}
		}
		return nil, buildError(c, last, log)
	}
	im, err := getImage(c, ic.client, id)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = []any{}
	}
	return Tuple{im, SliceIterator(log)}, nil
}

// list makes each Image from its list entry (RepoTags, Labels, Id);
// reading anything else inspects that image once.
func (ic *ImageCollection) list(c *Call, a *ImagesArgs) ([]any, error) {
	raw, err := ic.client.eng.ImageList(c.Context(), a.options())
	if err != nil {
		return nil, err
	}
	var entries []json.RawMessage
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("%s: decode answer: %w", c.Name(), err)
	}
	out := make([]any, 0, len(entries))
	for _, e := range entries {
		im := &Image{}
		if err := im.init(ic.client, e, true); err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name(), err)
		}
		out = append(out, im)
	}
	return out, nil
}

// load is docker-py's images.load: the images the daemon reports loaded,
// or ImageLoadError with its message.
func (ic *ImageCollection) load(c *Call, a *ImageLoadArgs) (any, error) {
	api := ic.client.api
	msgs, done, err := api.loadImage(c, &LoadImageArgs{Data: a.Data})
	if err != nil {
		return nil, err
	}
	defer done()
	names, err := engine.LoadedImages(msgs)
	if err != nil {
		msg := err.Error()
		var jm *engine.JSONMessageError
		if errors.As(err, &jm) {
			msg = jm.Message
		}
		return nil, &Error{Class: ImageLoadError, Message: c.Name() + ": " + msg, cause: err}
	}
	out := make([]any, 0, len(names))
	for _, n := range names {
		im, err := getImage(c, ic.client, n)
		if err != nil {
			return nil, err
		}
		out = append(out, im)
	}
	return out, nil
}

// pull is docker-py's images.pull: the pull read to its end, then the
// Image (or, with all_tags, the repository's images).
func (ic *ImageCollection) pull(c *Call, a *ImagesPullArgs) (any, error) {
	api := ic.client.api
	repo, t := parseRepositoryTag(a.Repository)
	if a.Tag != nil && *a.Tag != "" {
		t = *a.Tag
	}
	if t == "" {
		t = "latest"
	}
	ref, opts, err := api.pullRequest(c, repo, &t, a.AllTags, a.Platform, a.AuthConfig)
	if err != nil {
		return nil, err
	}
	msgs, err := ic.client.eng.ImagePull(c.Context(), ref, opts)
	if err != nil {
		return nil, streamError(c, ref, err)
	}
	if err := msgs.Wait(progress(c, "Pulling "+ref)); err != nil {
		return nil, streamError(c, ref, err)
	}
	if a.AllTags {
		return ic.list(c, &ImagesArgs{Name: &repo})
	}
	return getImage(c, ic.client, repoRef(repo, t))
}

// registryData inspects an image in its registry.
func (ic *ImageCollection) registryData(c *Call, name string, auth AuthConfigValue) (*RegistryData, error) {
	raw, err := ic.client.api.inspectDistribution(c, name, auth)
	if err != nil {
		return nil, err
	}
	return newRegistryData(c, ic.client, name, raw)
}
