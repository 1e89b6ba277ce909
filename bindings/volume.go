package bindings

import (
	"encoding/json"
	"fmt"
)

// Volume is docker-py's Volume model; its ID is its name.
type Volume struct {
	Model
}

// VolumeClass describes Volume.
var VolumeClass = RegisterClass(NewClass("Volume", "A volume (docker-py's Volume model)."))

// Class implements Object.
func (v *Volume) Class() *Class { return VolumeClass }

// newVolume makes a Volume from an inspect answer.
func newVolume(cl *Client, raw json.RawMessage) (*Volume, error) {
	var x struct{ Name string }
	if err := json.Unmarshal(raw, &x); err != nil {
		return nil, fmt.Errorf("volume: decode inspect answer: %w", err)
	}
	v := &Volume{Model{client: cl, id: x.Name}}
	v.setRaw(raw)
	return v, nil
}

// volumeOf makes a Volume from a decoded answer (create_volume's, a list
// entry).
func volumeOf(c *Call, cl *Client, v any) (*Volume, error) {
	d, _ := v.(map[string]any)
	name, _ := d["Name"].(string)
	if name == "" {
		return nil, fmt.Errorf("%s: the daemon's answer has no Name", c.Name())
	}
	vol := &Volume{Model{client: cl, id: name}}
	vol.setDecoded(d, false)
	return vol, nil
}

func init() {
	cls := VolumeClass
	baseMembers(cls, modelKind[*Volume]{inspect: inspectVolume})
	Prop(cls, "name", "The volume's name.", func(_ *Call, v *Volume) (any, error) { return v.attr("Name"), nil })
	Bind[*Volume](cls, "remove", apiRemoveVolume, Derived{Doc: "Remove this volume."})
}
