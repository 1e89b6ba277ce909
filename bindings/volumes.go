package bindings

import "fmt"

// VolumeCollection is client.volumes.
type VolumeCollection struct {
	client *Client
}

// VolumeCollectionClass describes client.volumes.
var VolumeCollectionClass = RegisterClass(NewClass("VolumeCollection", "The volumes of the daemon (client.volumes)."))

// Class implements Object.
func (vc *VolumeCollection) Class() *Class { return VolumeCollectionClass }

// API implements APIUser.
func (vc *VolumeCollection) API() *APIClient { return vc.client.api }

// GetVolumeArgs are volumes.get()'s parameters.
type GetVolumeArgs struct {
	VolumeID string `arg:"volume_id" pos:"0" req:"true" doc:"The volume's name."`
}

func init() {
	cls := VolumeCollectionClass
	Forward[*VolumeCollection](cls, "create", apiCreateVolume, Derived{KeywordOnly: true, Positional: 1, Doc: "Create a volume; returns the Volume.",
		Then: func(c *Call, self Object, v any) (any, error) {
			return volumeOf(c, self.(*VolumeCollection).client, v)
		}})
	Def(cls, "get", "Get a volume by name.", func(c *Call, vc *VolumeCollection, a *GetVolumeArgs) (any, error) {
		return getModel(c, vc.client, a.VolumeID, inspectVolume, newVolume)
	})
	Forward[*VolumeCollection](cls, "list", apiVolumes, Derived{KeywordOnly: true, Doc: "List volumes, as Volume objects.",
		Then: func(c *Call, self Object, v any) (any, error) {
			d, _ := v.(map[string]any)
			entries, _ := d["Volumes"].([]any)
			out := make([]any, 0, len(entries))
			for _, e := range entries {
				vol, err := volumeOf(c, self.(*VolumeCollection).client, e)
				if err != nil {
					return nil, fmt.Errorf("list entry: %w", err)
				}
				out = append(out, vol)
			}
			return out, nil
		}})
	Forward[*VolumeCollection](cls, "prune", apiPruneVolumes, Derived{})
}
