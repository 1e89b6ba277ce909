package bindings

import (
	"encoding/json"

	"github.com/dscript/dscript/engine"
)

// APIClient is docker.APIClient (client.api): one method per Engine API
// operation, with docker-py's low-level names and signatures.
type APIClient struct {
	eng *engine.Client
}

// APIClientClass describes APIClient.
var APIClientClass = RegisterClass(NewClass("APIClient", "The low-level client: one method per Engine API operation (docker-py's APIClient)."))

// Class implements Object.
func (a *APIClient) Class() *Class { return APIClientClass }

// Engine returns the underlying Engine API client.
func (a *APIClient) Engine() *engine.Client { return a.eng }

// VersionArgs are version()'s parameters.
type VersionArgs struct {
	APIVersion bool `arg:"api_version" pos:"0" default:"true" doc:"Include the API version in the request path."`
}

func (a *APIClient) version(c *Call, _ *VersionArgs) (any, error) {
	raw, err := a.eng.SystemVersion(c.Context())
	if err != nil {
		return nil, err
	}
	return DecodeJSON(raw)
}

func (a *APIClient) info(c *Call) (any, error) {
	raw, err := a.eng.SystemInfo(c.Context())
	if err != nil {
		return nil, err
	}
	return DecodeJSON(raw)
}

// decodeRaw decodes an engine result or passes its error on.
func decodeRaw(raw json.RawMessage, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, nil
	}
	return DecodeJSON(raw)
}

// ContainerRefArgs name one container.
type ContainerRefArgs struct {
	Container IDRef `arg:"container" pos:"0" req:"true" doc:"The container: object, ID, name or the {Id} dict from create_container."`
}

// APIListArgs are api.containers()'s parameters.
type APIListArgs struct {
	Quiet   bool           `arg:"quiet" pos:"0" doc:"Only return IDs."`
	All     bool           `arg:"all" pos:"1" doc:"Include stopped containers."`
	Trunc   bool           `arg:"trunc" pos:"2" doc:"Truncate IDs."`
	Latest  bool           `arg:"latest" pos:"3" doc:"Only the latest created container."`
	Since   *string        `arg:"since" pos:"4" doc:"Only containers created after this one."`
	Before  *string        `arg:"before" pos:"5" doc:"Only containers created before this one."`
	Limit   *int64         `arg:"limit" pos:"6" doc:"At most this many containers."`
	Size    bool           `arg:"size" pos:"7" doc:"Include sizes."`
	Filters map[string]any `arg:"filters" pos:"8" doc:"Filters such as {status=\"running\"}."`
}

// APICreateArgs are api.create_container()'s parameters.
type APICreateArgs struct {
	CreateArgs
	HostConfig any `arg:"host_config" kind:"dict" doc:"A HostConfig dict (from create_host_config)."`
}

// config builds the create request body (see withHostConfig).
func (x *APICreateArgs) config(method string) (map[string]any, error) {
	return withHostConfig(method, &x.ContainerConfigArgs, x.HostConfig)
}

// withHostConfig builds a create request body: the container configuration
// of the parameters, with host_config, when given, as its HostConfig.
func withHostConfig(method string, a *ContainerConfigArgs, hostConfig any) (map[string]any, error) {
	body, err := a.config(method)
	if err != nil {
		return nil, err
	}
	if hostConfig != nil {
		hc, ok := hostConfig.(map[string]any)
		if !ok {
			return nil, ArgError(method, "argument 'host_config' must be dict, not %s", typeName(hostConfig))
		}
		body["HostConfig"] = toJSONable(hc)
	}
	return body, nil
}

// APIStopArgs are api.stop()'s parameters.
type APIStopArgs struct {
	ContainerRefArgs
	Timeout *int64 `arg:"timeout" pos:"1" doc:"Seconds to wait before killing."`
}

// APIKillArgs are api.kill()'s parameters.
type APIKillArgs struct {
	ContainerRefArgs
	Signal any `arg:"signal" pos:"1" kind:"str|int" doc:"Signal to send (default SIGKILL)."`
}

// APIWaitArgs are api.wait()'s parameters.
type APIWaitArgs struct {
	ContainerRefArgs
	WaitArgs
}

// APIRemoveArgs are api.remove_container()'s parameters.
type APIRemoveArgs struct {
	ContainerRefArgs
	RemoveArgs
}

// APILogsArgs are api.logs()'s parameters.
type APILogsArgs struct {
	ContainerRefArgs
	LogsArgs
}

// APIInspectImageArgs name an image.
type APIInspectImageArgs struct {
	Image Ref `arg:"image" pos:"0" req:"true" doc:"The image (object, ID or name)."`
}

// APIImagesArgs are api.images()'s parameters.
type APIImagesArgs struct {
	Name    *string        `arg:"name" pos:"0" doc:"Only images of this repository."`
	Quiet   bool           `arg:"quiet" pos:"1" doc:"Only return IDs."`
	All     bool           `arg:"all" pos:"2" doc:"Include intermediate images."`
	Filters map[string]any `arg:"filters" pos:"3" doc:"Filters such as {dangling=true}."`
}

func init() {
	cls := APIClientClass
	Def(cls, "ping", "Check that the daemon answers; returns true.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		if _, err := a.eng.SystemPing(c.Context()); err != nil {
			return nil, err
		}
		return true, nil
	})
	Def(cls, "version", "The daemon's version information.", func(c *Call, a *APIClient, v *VersionArgs) (any, error) { return a.version(c, v) })
	Def(cls, "info", "System-wide information about the daemon.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) { return a.info(c) })
	Def(cls, "containers", "List containers as the daemon reports them.", func(c *Call, a *APIClient, x *APIListArgs) (any, error) {
		return a.containers(c, x)
	})
	Def(cls, "inspect_container", "Inspect a container.", func(c *Call, a *APIClient, x *ContainerRefArgs) (any, error) {
		return decodeRaw(a.eng.ContainerInspect(c.Context(), string(x.Container), false))
	})
	Def(cls, "create_container", "Create a container; returns {Id, Warnings}.", func(c *Call, a *APIClient, x *APICreateArgs) (any, error) {
		body, err := x.config("APIClient.create_container()")
		if err != nil {
			return nil, err
		}
		return decodeRaw(a.eng.ContainerCreate(c.Context(), engine.ContainerCreateOptions{Name: x.Name, Platform: x.Platform}, body))
	})
	Def(cls, "start", "Start a container.", func(c *Call, a *APIClient, x *ContainerRefArgs) (any, error) {
		return nil, a.eng.ContainerStart(c.Context(), string(x.Container), "")
	})
	Def(cls, "stop", "Stop a container.", func(c *Call, a *APIClient, x *APIStopArgs) (any, error) {
		return nil, stopContainer(c, a.eng, string(x.Container), x.Timeout)
	})
	Def(cls, "kill", "Kill a container or send it a signal.", func(c *Call, a *APIClient, x *APIKillArgs) (any, error) {
		return nil, killContainer(c, a.eng, "APIClient.kill()", string(x.Container), x.Signal)
	})
	Def(cls, "wait", "Block until a container stops; returns {StatusCode, Error}.", func(c *Call, a *APIClient, x *APIWaitArgs) (any, error) {
		return waitContainer(c, a.eng, string(x.Container), &x.WaitArgs)
	})
	Def(cls, "remove_container", "Remove a container.", func(c *Call, a *APIClient, x *APIRemoveArgs) (any, error) {
		return nil, removeContainer(c, a.eng, string(x.Container), &x.RemoveArgs)
	})
	Def(cls, "logs", "A container's logs: bytes, or an iterator with stream=true.", func(c *Call, a *APIClient, x *APILogsArgs) (any, error) {
		tty, err := a.ttyOf(c, string(x.Container))
		if err != nil {
			return nil, err
		}
		return containerLogs(c, a.eng, string(x.Container), tty, &x.LogsArgs)
	})
	Def(cls, "images", "List images as the daemon reports them.", func(c *Call, a *APIClient, x *APIImagesArgs) (any, error) {
		f, err := toFilters("APIClient.images()", x.Filters)
		if err != nil {
			return nil, err
		}
		if x.Name != nil {
			if f == nil {
				f = engine.Filters{}
			}
			f["reference"] = append(f["reference"], *x.Name)
		}
		v, err := decodeRaw(a.eng.ImageList(c.Context(), engine.ImageListOptions{All: x.All, Filters: f}))
		if err != nil || !x.Quiet {
			return v, err
		}
		return pluck(v, "Id"), nil
	})
	Def(cls, "inspect_image", "Inspect an image.", func(c *Call, a *APIClient, x *APIInspectImageArgs) (any, error) {
		return decodeRaw(a.eng.ImageInspect(c.Context(), string(x.Image)))
	})
}

func (a *APIClient) containers(c *Call, x *APIListArgs) (any, error) {
	opts, err := x.options("APIClient.containers()")
	if err != nil {
		return nil, err
	}
	v, err := decodeRaw(a.eng.ContainerList(c.Context(), opts))
	if err != nil || !x.Quiet {
		return v, err
	}
	return pluck(v, "Id"), nil
}

// options converts the arguments to the engine's list options.
func (x *APIListArgs) options(method string) (engine.ContainerListOptions, error) {
	f, err := toFilters(method, x.Filters)
	if err != nil {
		return engine.ContainerListOptions{}, err
	}
	if x.Since != nil || x.Before != nil {
		if f == nil {
			f = engine.Filters{}
		}
		if x.Since != nil {
			f["since"] = []string{*x.Since}
		}
		if x.Before != nil {
			f["before"] = []string{*x.Before}
		}
	}
	opts := engine.ContainerListOptions{All: x.All, Size: x.Size, Filters: f}
	if x.Limit != nil {
		opts.Limit = int(*x.Limit)
	}
	if x.Latest {
		opts.Limit = 1
	}
	return opts, nil
}

// pluck turns a list of dicts into a list of {key=value} dicts (docker-py's
// quiet=True form).
func pluck(v any, key string) any {
	l, _ := v.([]any)
	out := make([]any, 0, len(l))
	for _, e := range l {
		if d, ok := e.(map[string]any); ok {
			out = append(out, map[string]any{key: d[key]})
		}
	}
	return out
}
