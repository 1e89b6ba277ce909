package bindings

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/distribution/reference"
	"github.com/dscript/dscript/engine"
)

// The container stream operations of client.api (attach, attach_socket,
// logs, export, get_archive, put_archive, stats) and commit, declared
// once with docker-py's names, positional order and defaults.

// AttachArgs are api.attach()'s parameters.
type AttachArgs struct {
	ContainerArgs
	Stdout bool `arg:"stdout" pos:"1" default:"true" doc:"Include stdout."`
	Stderr bool `arg:"stderr" pos:"2" default:"true" doc:"Include stderr."`
	Stream bool `arg:"stream" pos:"3" doc:"Return an iterator of chunks as they arrive instead of all the output."`
	Logs   bool `arg:"logs" pos:"4" doc:"Include the output written before attaching."`
	Demux  bool `arg:"demux" pos:"5" doc:"Separate stdout and stderr: (stdout, stderr) pairs."`
}

// AttachSocketArgs are api.attach_socket()'s parameters.
type AttachSocketArgs struct {
	ContainerArgs
	Params map[string]any `arg:"params" pos:"1" doc:"Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1})."`
	WS     bool           `arg:"ws" pos:"2" doc:"Attach over a websocket instead of a hijacked HTTP connection."`
}

// LogsArgs are api.logs()'s parameters.
type LogsArgs struct {
	ContainerArgs
	Stdout     bool      `arg:"stdout" pos:"1" default:"true" doc:"Include stdout."`
	Stderr     bool      `arg:"stderr" pos:"2" default:"true" doc:"Include stderr."`
	Stream     bool      `arg:"stream" pos:"3" doc:"Return an iterator of chunks instead of all the logs."`
	Timestamps bool      `arg:"timestamps" pos:"4" doc:"Prefix each line with its timestamp."`
	Tail       StrOrInt  `arg:"tail" pos:"5" default:"\"all\"" doc:"Only the last N lines (\"all\" for every line)."`
	Since      Timestamp `arg:"since" pos:"6" doc:"Only logs since this time (Unix seconds, RFC 3339 or Date)."`
	Follow     *bool     `arg:"follow" pos:"7" doc:"Keep streaming new output (default: the value of stream)."`
	Until      Timestamp `arg:"until" pos:"8" doc:"Only logs before this time."`
}

// CommitArgs are api.commit()'s parameters.
type CommitArgs struct {
	ContainerArgs
	Repository *string        `arg:"repository" pos:"1" doc:"Repository of the new image."`
	Tag        *string        `arg:"tag" pos:"2" doc:"Tag of the new image."`
	Message    *string        `arg:"message" pos:"3" doc:"Commit message."`
	Author     *string        `arg:"author" pos:"4" doc:"Author of the image."`
	Pause      bool           `arg:"pause" pos:"5" default:"true" doc:"Pause the container while committing."`
	Changes    StrOrList      `arg:"changes" pos:"6" doc:"Dockerfile instructions to apply, e.g. 'CMD [\"sh\"]'."`
	Conf       map[string]any `arg:"conf" pos:"7" doc:"Container configuration of the image."`
}

// ExportArgs are api.export()'s parameters.
type ExportArgs struct {
	ContainerArgs
	ChunkSize int64 `arg:"chunk_size" pos:"1" default:"2097152" doc:"Bytes per chunk of the iterator."`
}

// GetArchiveArgs are api.get_archive()'s parameters.
type GetArchiveArgs struct {
	ContainerArgs
	Path         string `arg:"path" pos:"1" req:"true" doc:"Path of the file or directory in the container."`
	ChunkSize    int64  `arg:"chunk_size" pos:"2" default:"2097152" doc:"Bytes per chunk of the iterator."`
	EncodeStream bool   `arg:"encode_stream" pos:"3" doc:"Decode an HTTP content encoding of the answer (the daemon sends none)."`
}

// PutArchiveArgs are api.put_archive()'s parameters.
type PutArchiveArgs struct {
	ContainerArgs
	Path string     `arg:"path" pos:"1" req:"true" doc:"Directory in the container to extract into (it must exist)."`
	Data ByteStream `arg:"data" pos:"2" req:"true" doc:"The tar archive: str, bytes or an iterator of chunks."`
}

// StatsArgs are api.stats()' parameters.
type StatsArgs struct {
	ContainerArgs
	Decode  *bool `arg:"decode" pos:"1" doc:"Yield decoded dicts instead of JSON text (stream=true only)."`
	Stream  bool  `arg:"stream" pos:"2" default:"true" doc:"An iterator of samples (one a second); false returns one dict."`
	OneShot *bool `arg:"one_shot" pos:"3" doc:"Answer at once without the second sample for precpu_stats (stream=false only)."`
}

// The api methods the Container model binds.
var (
	apiAttach = Def(APIClientClass, "attach", "Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true.", func(c *Call, a *APIClient, x *AttachArgs) (any, error) {
		tty, err := a.ttyOf(c, x.Container)
		if err != nil {
			return nil, err
		}
		return attachContainer(c, a.eng, x.Container.ID, tty, x)
	})
	apiAttachSocket = Def(APIClientClass, "attach_socket", "Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks).", func(c *Call, a *APIClient, x *AttachSocketArgs) (any, error) {
		if _, _, err := attachParams(c.Name(), x.Params); err != nil {
			return nil, err
		}
		tty := false
		if !x.WS {
			var err error
			if tty, err = a.ttyOf(c, x.Container); err != nil {
				return nil, err
			}
		}
		return attachSocket(c, a.eng, x.Container.ID, tty, x)
	})
	apiLogs = Def(APIClientClass, "logs", "A container's logs: a string, or an iterator of chunks with stream=true.", func(c *Call, a *APIClient, x *LogsArgs) (any, error) {
		if x.Tail != "all" {
			if _, err := strconv.ParseUint(string(x.Tail), 10, 63); err != nil {
				return nil, ArgError(c.Name(), "argument 'tail' must be \"all\" or a number, not %q", string(x.Tail))
			}
		}
		tty, err := a.ttyOf(c, x.Container)
		if err != nil {
			return nil, err
		}
		return containerLogs(c, a.eng, x.Container.ID, tty, x)
	})
	apiCommit = Def(APIClientClass, "commit", "Commit a container to an image; returns the daemon's answer {Id}.", func(c *Call, a *APIClient, x *CommitArgs) (any, error) {
		return commitContainer(c, a.eng, x.Container.ID, x)
	})
	apiExport = Def(APIClientClass, "export", "A container's filesystem as a tar archive: an iterator of bytes chunks.", func(c *Call, a *APIClient, x *ExportArgs) (any, error) {
		return exportContainer(c, a.eng, x.Container.ID, x)
	})
	apiGetArchive = Def(APIClientClass, "get_archive", "A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict).", func(c *Call, a *APIClient, x *GetArchiveArgs) (any, error) {
		return getArchive(c, a.eng, x.Container.ID, x)
	})
	apiPutArchive = Def(APIClientClass, "put_archive", "Extract a tar archive into a directory of a container; returns true.", func(c *Call, a *APIClient, x *PutArchiveArgs) (any, error) {
		return putArchive(c, a.eng, x.Container.ID, x)
	})
	apiStats = Def(APIClientClass, "stats", "A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false.", func(c *Call, a *APIClient, x *StatsArgs) (any, error) {
		return containerStats(c, a.eng, x.Container.ID, x)
	})
)

func logsOptions(a *LogsArgs) engine.ContainerLogsOptions {
	o := engine.ContainerLogsOptions{Stdout: a.Stdout, Stderr: a.Stderr, Timestamps: a.Timestamps,
		Since: string(a.Since), Until: string(a.Until), Follow: a.Stream}
	if a.Follow != nil {
		o.Follow = *a.Follow
	}
	if a.Tail != "all" {
		o.Tail = string(a.Tail)
	}
	return o
}

// containerLogs returns the logs as one string, or with stream=true an
// iterator that yields each chunk as the daemon sends it.
func containerLogs(c *Call, eng *engine.Client, id string, tty bool, a *LogsArgs) (any, error) {
	rc, err := eng.ContainerLogs(c.Context(), id, logsOptions(a))
	if err != nil {
		return nil, err
	}
	fr := engine.NewFrameReader(rc, tty)
	if a.Stream {
		return frameStream(fr, false), nil
	}
	return frameCollect(fr, false)
}

func checkChunkSize(method string, n int64) error {
	if n <= 0 || n > 1<<30 {
		return ArgError(method, "argument 'chunk_size' must be from 1 to 1073741824, not %d", n)
	}
	return nil
}

// chunkIterator yields rc as Bytes chunks of size bytes (the last may be
// shorter); only one chunk is held at a time. Closing it closes rc.
func chunkIterator(rc io.ReadCloser, size int64) Iterator {
	var buf []byte
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			if buf == nil {
				buf = make([]byte, min(size, 64<<10))
			}
			n := 0
			for n < int(size) {
				if n == len(buf) {
					buf = append(buf, make([]byte, min(int(size)-n, len(buf)))...)
				}
				m, err := rc.Read(buf[n:])
				n += m
				if err == io.EOF {
					break
				}
				if err != nil {
					return nil, false, err
				}
			}
			if n == 0 {
				return nil, false, nil
			}
			return Bytes(append([]byte(nil), buf[:n]...)), true, nil
		},
		CloseFunc: rc.Close,
	}
}

func exportContainer(c *Call, eng *engine.Client, id string, a *ExportArgs) (any, error) {
	if err := checkChunkSize(c.Name(), a.ChunkSize); err != nil {
		return nil, err
	}
	rc, err := eng.ContainerExport(c.Context(), id)
	if err != nil {
		return nil, err
	}
	return chunkIterator(rc, a.ChunkSize), nil
}

func getArchive(c *Call, eng *engine.Client, id string, a *GetArchiveArgs) (any, error) {
	if err := checkChunkSize(c.Name(), a.ChunkSize); err != nil {
		return nil, err
	}
	rc, st, err := eng.ContainerArchive(c.Context(), id, a.Path)
	if err != nil {
		return nil, err
	}
	stat, err := DecodeJSON(st.Raw)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("%s: decode stat: %w", c.Name(), err)
	}
	return Tuple{chunkIterator(rc, a.ChunkSize), stat}, nil
}

func putArchive(c *Call, eng *engine.Client, id string, a *PutArchiveArgs) (any, error) {
	r := a.Data.Reader(c)
	defer r.Close()
	if err := eng.PutContainerArchive(c.Context(), id, a.Path, r, engine.PutContainerArchiveOptions{}); err != nil {
		return nil, err
	}
	return true, nil
}

func attachContainer(c *Call, eng *engine.Client, id string, tty bool, a *AttachArgs) (any, error) {
	conn, err := eng.ContainerAttach(c.Context(), id, engine.ContainerAttachOptions{
		Logs: a.Logs, Stream: a.Stream, Stdout: a.Stdout, Stderr: a.Stderr,
	})
	if err != nil {
		return nil, err
	}
	fr := engine.NewFrameReader(conn, tty)
	if a.Stream {
		return frameStream(fr, a.Demux), nil
	}
	return frameCollect(fr, a.Demux)
}

// attachParams reads docker-py's attach_socket params: flags given as
// bool, 0/1 or "0"/"1"/"true"/"false", and detachKeys.
func attachParams(method string, params map[string]any) (engine.ContainerAttachOptions, map[string]bool, error) {
	var o engine.ContainerAttachOptions
	given := map[string]bool{}
	if params == nil {
		o.Stdout, o.Stderr, o.Stream = true, true, true
		return o, given, nil
	}
	flags := map[string]*bool{"logs": &o.Logs, "stream": &o.Stream, "stdin": &o.Stdin, "stdout": &o.Stdout, "stderr": &o.Stderr}
	for k, v := range params {
		if k == "detachKeys" || k == "detach_keys" {
			s, ok := v.(string)
			if !ok {
				return o, nil, ArgError(method, "argument 'params': detachKeys must be str, not %s", typeName(v))
			}
			o.DetachKeys = s
			continue
		}
		p, ok := flags[k]
		if !ok {
			return o, nil, ArgError(method, "argument 'params': unknown attach parameter '%s' (logs, stream, stdin, stdout, stderr, detachKeys)", k)
		}
		b, ok := truthy(v)
		if !ok {
			return o, nil, ArgError(method, "argument 'params': %s must be a bool or 0/1, not %s", k, typeName(v))
		}
		*p = b
		given[k] = true
	}
	return o, given, nil
}

// truthy reads a query flag as docker-py would send it.
func truthy(v any) (bool, bool) {
	switch x := v.(type) {
	case nil:
		return false, true
	case bool:
		return x, true
	case string:
		b, err := strconv.ParseBool(strings.TrimSpace(x))
		return b, err == nil
	}
	if n, err := ToFloat(v); err == nil {
		return n != 0, true
	}
	return false, false
}

func attachSocket(c *Call, eng *engine.Client, id string, tty bool, a *AttachSocketArgs) (any, error) {
	o, given, err := attachParams(c.Name(), a.Params)
	if err != nil {
		return nil, err
	}
	if !a.WS {
		conn, err := eng.ContainerAttach(c.Context(), id, o)
		if err != nil {
			return nil, err
		}
		return NewSocket(conn, tty), nil
	}
	wo := engine.ContainerAttachWebsocketOptions{DetachKeys: o.DetachKeys, Logs: o.Logs, Stream: o.Stream}
	if given["stdin"] || given["stdout"] || given["stderr"] {
		// Before API 1.42 the websocket always attaches all three streams.
		if v, err := eng.APIVersion(c.Context()); err == nil && engine.VersionAtLeast(v, "1.42") {
			wo.Stdin, wo.Stdout, wo.Stderr = &o.Stdin, &o.Stdout, &o.Stderr
		}
	}
	conn, err := eng.ContainerAttachWebsocket(c.Context(), id, wo)
	if err != nil {
		return nil, err
	}
	return NewSocket(conn, true), nil
}

func containerStats(c *Call, eng *engine.Client, id string, a *StatsArgs) (any, error) {
	method := c.Name()
	decode := a.Decode != nil && *a.Decode
	oneShot := a.OneShot != nil && *a.OneShot
	if a.Stream && oneShot {
		return nil, ArgError(method, "one_shot is only available in conjunction with stream=False")
	}
	if !a.Stream && decode {
		return nil, ArgError(method, "decode is only available in conjunction with stream=True")
	}
	rc, err := eng.ContainerStats(c.Context(), id, a.Stream, oneShot)
	if err != nil {
		return nil, err
	}
	msgs := engine.NewJSONMessages(rc)
	if !a.Stream {
		defer msgs.Close()
		raw, err := msgs.Next()
		if err != nil {
			return nil, err
		}
		return DecodeJSON(raw)
	}
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			raw, err := msgs.Next()
			if err != nil {
				if isEOF(err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			if !decode {
				return string(raw), true, nil
			}
			v, err := DecodeJSON(raw)
			return v, err == nil, err
		},
		CloseFunc: msgs.Close,
	}, nil
}

// tagPattern is the form of an image tag.
var tagPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`) })

func commitContainer(c *Call, eng *engine.Client, id string, a *CommitArgs) (any, error) {
	// an invalid name would leave the committed image untagged behind
	if a.Repository != nil {
		if _, err := reference.ParseNormalizedNamed(*a.Repository); err != nil {
			return nil, ArgError(c.Name(), "argument 'repository' %q is not a valid repository name: %v", *a.Repository, err)
		}
	}
	if a.Tag != nil && !tagPattern().MatchString(*a.Tag) {
		return nil, ArgError(c.Name(), "argument 'tag' %q is not a valid tag (letters, digits, _ . -, at most 128)", *a.Tag)
	}
	o := engine.ImageCommitOptions{Container: id, Pause: &a.Pause, Changes: a.Changes}
	for _, f := range []struct {
		dst *string
		src *string
	}{{&o.Repo, a.Repository}, {&o.Tag, a.Tag}, {&o.Comment, a.Message}, {&o.Author, a.Author}} {
		if f.src != nil {
			*f.dst = *f.src
		}
	}
	var conf any
	if a.Conf != nil {
		conf = toJSONable(a.Conf)
	}
	return decodeRaw(eng.ImageCommit(c.Context(), o, conf))
}
