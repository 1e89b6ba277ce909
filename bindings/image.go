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
	Bind[*Image](cls, "history", apiHistory, Derived{})
	Bind[*Image](cls, "remove", apiRemoveImage, Derived{})
	Def(cls, "save", "The image as a tar archive (docker save): an iterator of chunks.", func(c *Call, im *Image, a *SaveArgs) (any, error) {
		name, err := im.saveName(c, a.Named)
		if err != nil {
			return nil, err
		}
		return getImageArchive(c, im.API(), name, a.ChunkSize)
	})
	Bind[*Image](cls, "tag", apiTag, Derived{KeywordOnly: true, Positional: 2})
}

// SaveArgs are Image.save()'s parameters.
type SaveArgs struct {
	ChunkSize int64 `arg:"chunk_size" pos:"0" default:"2097152" doc:"Bytes per chunk of the iterator."`
	Named     any   `arg:"named" pos:"1" kind:"bool|str" default:"false" doc:"true: name the archive's image by its first tag; a str: by that tag (one of tags)."`
}

// saveName is the name save exports the image under, as docker-py's
// Image.save: the ID, or with named the first tag or the tag given, so
// that the archive keeps the name.
func (im *Image) saveName(c *Call, named any) (string, error) {
	switch n := named.(type) {
	case nil, bool:
		if n != true {
			return im.id, nil
		}
		if tags := im.tags(); len(tags) > 0 {
			return tags[0].(string), nil
		}
		return im.id, nil
	case string:
		for _, t := range im.tags() {
			if t == n {
				return n, nil
			}
		}
		return "", ArgError(c.Name(), "argument 'named': %s is not a valid tag for this image", clip(n))
	}
	return "", ArgError(c.Name(), "argument 'named' must be bool or str, not %s", typeName(named))
}
