package bindings

import (
	"encoding/json"
	"fmt"

	"github.com/dscript/dscript/engine"
)

// The low-level counterparts of Container's attach, attach_socket, commit,
// export, get_archive, put_archive and stats: the same behaviour (the
// helpers of container_streams.go), with the container as the first
// parameter and docker-py's APIClient positional order. Each *Fields struct
// has the fields of the Container method's arguments, so one converts to
// the other.

// APIAttachFields are the settings of api.attach(), positional.
type APIAttachFields struct {
	Stdout bool `arg:"stdout" pos:"1" default:"true" doc:"Include stdout."`
	Stderr bool `arg:"stderr" pos:"2" default:"true" doc:"Include stderr."`
	Stream bool `arg:"stream" pos:"3" doc:"Return an iterator of chunks as they arrive instead of all the output."`
	Logs   bool `arg:"logs" pos:"4" doc:"Include the output written before attaching."`
	Demux  bool `arg:"demux" pos:"5" doc:"Separate stdout and stderr: (stdout, stderr) pairs."`
}

// APIAttachArgs are api.attach()'s parameters.
type APIAttachArgs struct {
	ContainerRefArgs
	APIAttachFields
}

// APIAttachSocketFields are the settings of api.attach_socket(), positional.
type APIAttachSocketFields struct {
	Params map[string]any `arg:"params" pos:"1" doc:"Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1})."`
	WS     bool           `arg:"ws" pos:"2" doc:"Attach over a websocket instead of a hijacked HTTP connection."`
}

// APIAttachSocketArgs are api.attach_socket()'s parameters.
type APIAttachSocketArgs struct {
	ContainerRefArgs
	APIAttachSocketFields
}

// APICommitFields are the settings of api.commit(), positional.
type APICommitFields struct {
	Repository *string        `arg:"repository" pos:"1" doc:"Repository of the new image."`
	Tag        *string        `arg:"tag" pos:"2" doc:"Tag of the new image."`
	Message    *string        `arg:"message" pos:"3" doc:"Commit message."`
	Author     *string        `arg:"author" pos:"4" doc:"Author of the image."`
	Pause      bool           `arg:"pause" pos:"5" default:"true" doc:"Pause the container while committing."`
	Changes    StrOrList      `arg:"changes" pos:"6" doc:"Dockerfile instructions to apply, e.g. 'CMD [\"sh\"]'."`
	Conf       map[string]any `arg:"conf" pos:"7" doc:"Container configuration of the image."`
}

// APICommitArgs are api.commit()'s parameters.
type APICommitArgs struct {
	ContainerRefArgs
	APICommitFields
}

// APIExportFields are the settings of api.export(), positional.
type APIExportFields struct {
	ChunkSize int64 `arg:"chunk_size" pos:"1" default:"2097152" doc:"Bytes per chunk of the iterator."`
}

// APIExportArgs are api.export()'s parameters.
type APIExportArgs struct {
	ContainerRefArgs
	APIExportFields
}

// APIGetArchiveFields are the settings of api.get_archive(), positional.
type APIGetArchiveFields struct {
	Path         string `arg:"path" pos:"1" req:"true" doc:"Path of the file or directory in the container."`
	ChunkSize    int64  `arg:"chunk_size" pos:"2" default:"2097152" doc:"Bytes per chunk of the iterator."`
	EncodeStream bool   `arg:"encode_stream" pos:"3" doc:"Decode an HTTP content encoding of the answer (the daemon sends none)."`
}

// APIGetArchiveArgs are api.get_archive()'s parameters.
type APIGetArchiveArgs struct {
	ContainerRefArgs
	APIGetArchiveFields
}

// APIPutArchiveFields are the settings of api.put_archive(), positional.
type APIPutArchiveFields struct {
	Path string     `arg:"path" pos:"1" req:"true" doc:"Directory in the container to extract into (it must exist)."`
	Data ByteStream `arg:"data" pos:"2" req:"true" doc:"The tar archive: str, bytes or an iterator of chunks."`
}

// APIPutArchiveArgs are api.put_archive()'s parameters.
type APIPutArchiveArgs struct {
	ContainerRefArgs
	APIPutArchiveFields
}

// APIStatsFields are the settings of api.stats(), positional.
type APIStatsFields struct {
	Decode  *bool `arg:"decode" pos:"1" doc:"Yield decoded dicts instead of JSON text (stream=true only)."`
	Stream  bool  `arg:"stream" pos:"2" default:"true" doc:"An iterator of samples (one a second); false returns one dict."`
	OneShot *bool `arg:"one_shot" pos:"3" doc:"Answer at once without the second sample for precpu_stats (stream=false only)."`
}

// APIStatsArgs are api.stats()'s parameters.
type APIStatsArgs struct {
	ContainerRefArgs
	APIStatsFields
}

// APIContainerFromConfigArgs are api.create_container_from_config()'s
// parameters.
type APIContainerFromConfigArgs struct {
	Config   map[string]any `arg:"config" pos:"0" req:"true" doc:"The container configuration, e.g. from create_container_config."`
	Name     *string        `arg:"name" pos:"1" doc:"A name for the container."`
	Platform *string        `arg:"platform" pos:"2" doc:"Platform of the image (os[/arch[/variant]])."`
}

// APIContainerConfigArgs are api.create_container_config()'s parameters:
// create_container's without name and platform (create_container_from_config
// takes those) and use_config_proxy.
type APIContainerConfigArgs struct {
	ContainerConfigArgs
	HostConfig any `arg:"host_config" kind:"dict" doc:"A HostConfig dict (from create_host_config)."`
}

func init() {
	cls := APIClientClass
	Def(cls, "attach", "Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true.", func(c *Call, a *APIClient, x *APIAttachArgs) (any, error) {
		tty, err := a.ttyOf(c, string(x.Container))
		if err != nil {
			return nil, err
		}
		args := AttachArgs(x.APIAttachFields)
		return attachContainer(c, a.eng, string(x.Container), tty, &args)
	})
	Def(cls, "attach_socket", "Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks).", func(c *Call, a *APIClient, x *APIAttachSocketArgs) (any, error) {
		const method = "APIClient.attach_socket()"
		if _, _, err := attachParams(method, x.Params); err != nil {
			return nil, err
		}
		tty := false
		if !x.WS {
			var err error
			if tty, err = a.ttyOf(c, string(x.Container)); err != nil {
				return nil, err
			}
		}
		args := AttachSocketArgs(x.APIAttachSocketFields)
		return attachSocket(c, a.eng, method, string(x.Container), tty, &args)
	})
	Def(cls, "commit", "Commit a container to an image; returns the daemon's answer {Id}.", func(c *Call, a *APIClient, x *APICommitArgs) (any, error) {
		args := CommitArgs(x.APICommitFields)
		return commitContainer(c, a.eng, string(x.Container), &args)
	})
	Def(cls, "export", "A container's filesystem as a tar archive: an iterator of bytes chunks.", func(c *Call, a *APIClient, x *APIExportArgs) (any, error) {
		args := ExportArgs(x.APIExportFields)
		return exportContainer(c, a.eng, "APIClient.export()", string(x.Container), &args)
	})
	Def(cls, "get_archive", "A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict).", func(c *Call, a *APIClient, x *APIGetArchiveArgs) (any, error) {
		args := GetArchiveArgs(x.APIGetArchiveFields)
		return getArchive(c, a.eng, "APIClient.get_archive()", string(x.Container), &args)
	})
	Def(cls, "put_archive", "Extract a tar archive into a directory of a container; returns true.", func(c *Call, a *APIClient, x *APIPutArchiveArgs) (any, error) {
		args := PutArchiveArgs(x.APIPutArchiveFields)
		return putArchive(c, a.eng, string(x.Container), &args)
	})
	Def(cls, "stats", "A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false.", func(c *Call, a *APIClient, x *APIStatsArgs) (any, error) {
		args := StatsArgs(x.APIStatsFields)
		return containerStats(c, a.eng, "APIClient.stats()", string(x.Container), &args)
	})
	Def(cls, "create_container_config", "The container configuration dict that create_container would send (for create_container_from_config).", func(_ *Call, _ *APIClient, x *APIContainerConfigArgs) (any, error) {
		body, err := withHostConfig("APIClient.create_container_config()", &x.ContainerConfigArgs, x.HostConfig)
		if err != nil {
			return nil, err
		}
		// what is sent, as the daemon would read it
		raw, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("APIClient.create_container_config(): %w", err)
		}
		return DecodeJSON(raw)
	})
	Def(cls, "create_container_from_config", "Create a container from a configuration dict (create_container_config's); returns {Id, Warnings}.", func(c *Call, a *APIClient, x *APIContainerFromConfigArgs) (any, error) {
		var opts engine.ContainerCreateOptions
		if x.Name != nil {
			opts.Name = *x.Name
		}
		if x.Platform != nil {
			opts.Platform = *x.Platform
		}
		return decodeRaw(a.eng.ContainerCreate(c.Context(), opts, toJSONable(x.Config)))
	})
}

// ttyOf tells whether a container has a TTY (its output is then not
// multiplexed), as docker-py's _check_is_tty does.
func (a *APIClient) ttyOf(c *Call, id string) (bool, error) {
	raw, err := a.eng.ContainerInspect(c.Context(), id, false)
	if err != nil {
		return false, err
	}
	return ttyOf(raw), nil
}
