package bindings

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Image is docker-py's Image model: what container.image and
// container.commit() return.
type Image struct {
	Model
}

// ImageClass describes Image.
var ImageClass = RegisterClass(NewClass("Image", "An image (docker-py's Image model)."))

// Class implements Object.
func (im *Image) Class() *Class { return ImageClass }

func newImage(cl *Client, raw json.RawMessage) (*Image, error) {
	im := &Image{}
	if err := im.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("image: %w", err)
	}
	return im, nil
}

// getImage inspects an image by name or ID.
func getImage(c *Call, cl *Client, name string) (*Image, error) {
	return getModel(c, cl, name, inspectImage, newImage)
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
	baseMembers(cls, modelKind[*Image]{inspect: inspectImage, labels: []string{"Config", "Labels"}})
	Prop(cls, "tags", "The image's tags (\"name:tag\").", func(_ *Call, im *Image) (any, error) { return im.tags(), nil })
}
