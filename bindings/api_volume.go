package bindings

import (
	"encoding/json"

	"github.com/dscript/dscript/engine"
)

// The volume operations of client.api, declared once with docker-py's
// names, positional order and defaults (docker-py's api/volume.py). The
// Volume model and client.volumes bind to them (volume.go, volumes.go).

// VolumesArgs are api.volumes()'s parameters.
type VolumesArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"Filters such as {name=\"data\", dangling=true, label=\"a=b\"}."`
}

// CreateVolumeArgs are api.create_volume()'s parameters; the json tags
// name the fields of the daemon's create body.
type CreateVolumeArgs struct {
	Name       *string           `arg:"name" pos:"0" json:"Name,omitempty" doc:"The volume's name (default: the daemon makes one up)."`
	Driver     *string           `arg:"driver" pos:"1" json:"Driver,omitempty" doc:"The volume driver (default local)."`
	DriverOpts map[string]string `arg:"driver_opts" pos:"2" json:"DriverOpts,omitempty" doc:"Driver options, e.g. {type=\"tmpfs\", device=\"tmpfs\"}."`
	Labels     map[string]string `arg:"labels" pos:"3" json:"Labels,omitempty" doc:"Labels of the volume."`
}

// VolumeArgs name one volume: the first parameter of the volume
// operations.
type VolumeArgs struct {
	Name Ref `arg:"name" pos:"0" req:"true" doc:"The volume: object or name."`
}

// RemoveVolumeArgs are api.remove_volume()'s parameters.
type RemoveVolumeArgs struct {
	VolumeArgs
	Force bool `arg:"force" pos:"1" doc:"Also forget a volume its driver already removed."`
}

// inspectVolume is api.inspect_volume's Go side, which models call.
func inspectVolume(c *Call, a *APIClient, name string) (json.RawMessage, error) {
	return a.eng.VolumeInspect(c.Context(), name)
}

// The api methods the models bind.
var (
	apiVolumes = Def(APIClientClass, "volumes", "List volumes: {Volumes, Warnings}.", func(c *Call, a *APIClient, x *VolumesArgs) (any, error) {
		return decodeRaw(a.eng.VolumeList(c.Context(), engine.VolumeListOptions{Filters: x.Filters}))
	})
	apiCreateVolume = Def(APIClientClass, "create_volume", "Create a volume; returns its inspect answer.", func(c *Call, a *APIClient, x *CreateVolumeArgs) (any, error) {
		return decodeRaw(a.eng.VolumeCreate(c.Context(), x))
	})
	apiRemoveVolume = Def(APIClientClass, "remove_volume", "Remove a volume.", func(c *Call, a *APIClient, x *RemoveVolumeArgs) (any, error) {
		return nil, a.eng.VolumeDelete(c.Context(), x.Name.ID, x.Force)
	})
	apiPruneVolumes = Def(APIClientClass, "prune_volumes", "Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}.", func(c *Call, a *APIClient, x *PruneArgs) (any, error) {
		return decodeRaw(a.eng.VolumePrune(c.Context(), engine.VolumePruneOptions{Filters: x.Filters}))
	})
)

func init() {
	Def(APIClientClass, "inspect_volume", "Inspect a volume.", func(c *Call, a *APIClient, x *VolumeArgs) (any, error) {
		return decodeRaw(inspectVolume(c, a, x.Name.ID))
	})
}
