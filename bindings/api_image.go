package bindings

import (
	"encoding/json"

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

// inspectImage is api.inspect_image's Go side, which models call.
func inspectImage(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.ImageInspect(c.Context(), id)
}

func init() {
	cls := APIClientClass
	Def(cls, "images", "List images as the daemon reports them.", func(c *Call, a *APIClient, x *ImagesArgs) (any, error) {
		f := x.Filters
		if x.Name != nil {
			f = f.Add("reference", *x.Name)
		}
		v, err := decodeRaw(a.eng.ImageList(c.Context(), engine.ImageListOptions{All: x.All, Filters: f}))
		if err != nil || !x.Quiet {
			return v, err
		}
		return pluck(v, "Id"), nil
	})
	Def(cls, "inspect_image", "Inspect an image.", func(c *Call, a *APIClient, x *ImageArgs) (any, error) {
		return decodeRaw(inspectImage(c, a, x.Image.ID))
	})
}
