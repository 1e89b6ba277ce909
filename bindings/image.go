package bindings

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Image is an image model object (docker-py's Image): what container.image
// and container.commit() return.
type Image struct {
	lazyAttrs
	client *Client
	id     string
}

// ImageClass describes Image.
var ImageClass = RegisterClass(NewClass("Image", "An image (docker-py's Image model)."))

// Class implements Object.
func (im *Image) Class() *Class { return ImageClass }

// ID implements Identifier.
func (im *Image) ID() string { return im.id }

func newImage(cl *Client, raw json.RawMessage) (*Image, error) {
	id, err := idOf(raw)
	if err != nil {
		return nil, fmt.Errorf("image: %w", err)
	}
	im := &Image{client: cl, id: id}
	im.raw = raw
	return im, nil
}

// getImage inspects an image by name or ID.
func getImage(c *Call, cl *Client, name string) (*Image, error) {
	if name == "" {
		return nil, Errorf(NullResource, "Resource ID was not provided")
	}
	raw, err := cl.eng.ImageInspect(c.Context(), name)
	if err != nil {
		return nil, err
	}
	return newImage(cl, raw)
}

// tags are the image's repository tags, without "<none>:<none>".
func (im *Image) tags() []any {
	out := []any{}
	l, _ := im.attr("RepoTags").([]any)
	for _, t := range l {
		if s, ok := t.(string); ok && s != "<none>:<none>" {
			out = append(out, s)
		}
	}
	return out
}

func init() {
	cls := ImageClass
	cls.Repr = func(o Object) string {
		im := o.(*Image)
		tags := make([]string, 0, 2)
		for _, t := range im.tags() {
			tags = append(tags, t.(string))
		}
		return "<Image: '" + strings.Join(tags, "', '") + "'>"
	}
	Prop(cls, "id", "The image's full ID (\"sha256:...\").", func(_ *Call, im *Image) (any, error) { return im.id, nil })
	Prop(cls, "short_id", "The ID shortened to sha256: and 12 hex digits.", func(_ *Call, im *Image) (any, error) { return shortID(im.id), nil })
	Prop(cls, "tags", "The image's tags (\"name:tag\").", func(_ *Call, im *Image) (any, error) { return im.tags(), nil })
	Prop(cls, "labels", "The image's labels.", func(_ *Call, im *Image) (any, error) {
		if l, ok := im.attr("Config", "Labels").(map[string]any); ok {
			return l, nil
		}
		return map[string]any{}, nil
	})
	Prop(cls, "attrs", "The daemon's inspect answer.", func(_ *Call, im *Image) (any, error) { return im.Attrs(), nil })
	Def(cls, "reload", "Refresh attrs from the daemon.", func(c *Call, im *Image, _ *NoArgs) (any, error) {
		raw, err := im.client.eng.ImageInspect(c.Context(), im.id)
		if err != nil {
			return nil, err
		}
		im.setRaw(raw)
		return nil, nil
	})
}
