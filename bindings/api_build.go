package bindings

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/engine"
)

// BuildArgs are api.build()'s parameters (docker-py's api/build.py).
type BuildArgs struct {
	Path            *string    `arg:"path" pos:"0" doc:"The context directory, or the URL of a Git repository or tar archive."`
	Tag             *string    `arg:"tag" pos:"1" doc:"A name for the image, \"repo:tag\"."`
	Quiet           bool       `arg:"quiet" pos:"2" doc:"Only the image ID in the output."`
	Fileobj         ByteStream `arg:"fileobj" pos:"3" doc:"A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks)."`
	Nocache         bool       `arg:"nocache" pos:"4" doc:"Do not use the build cache."`
	Rm              bool       `arg:"rm" pos:"5" doc:"Remove intermediate containers after a successful build (docker-py's default is False)."`
	Timeout         *Seconds   `arg:"timeout" pos:"6" doc:"Seconds the whole build may take."`
	CustomContext   bool       `arg:"custom_context" pos:"7" doc:"fileobj is the context's tar archive, not a Dockerfile."`
	Encoding        *string    `arg:"encoding" pos:"8" doc:"Compression of a custom context (\"gzip\", \"bzip2\", \"xz\"; the daemon detects it)."`
	Pull            bool       `arg:"pull" pos:"9" doc:"Pull newer versions of the FROM images."`
	Forcerm         bool       `arg:"forcerm" pos:"10" doc:"Always remove intermediate containers, even after a failure."`
	Dockerfile      *string    `arg:"dockerfile" pos:"11" doc:"Path of the Dockerfile, relative to path (it may lie outside the context)."`
	ContainerLimits any        `arg:"container_limits" pos:"12" kind:"dict" doc:"Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}."`
	Decode          bool       `arg:"decode" pos:"13" doc:"Yield decoded dicts instead of JSON text."`
	Buildargs       any        `arg:"buildargs" pos:"14" kind:"dict" doc:"Build-time variables: {NAME=\"value\"}."`
	Gzip            bool       `arg:"gzip" pos:"15" doc:"Compress the context with gzip while it is sent."`
	Shmsize         *int64     `arg:"shmsize" pos:"16" doc:"Size of /dev/shm of the build containers, in bytes."`
	Labels          Labels     `arg:"labels" pos:"17" doc:"Labels of the image."`
	CacheFrom       []string   `arg:"cache_from" pos:"18" doc:"Images used as cache sources."`
	Target          *string    `arg:"target" pos:"19" doc:"The build stage to stop at."`
	NetworkMode     *string    `arg:"network_mode" pos:"20" doc:"Network of the RUN steps: bridge, host, none or a network name."`
	Squash          *bool      `arg:"squash" pos:"21" doc:"Squash the new layers into one (experimental daemons)."`
	ExtraHosts      any        `arg:"extra_hosts" pos:"22" kind:"dict|list" doc:"Extra /etc/hosts entries: {host=\"ip\"} or {\"host:ip\"}."`
	Platform        *string    `arg:"platform" pos:"23" doc:"Platform as os[/arch[/variant]]."`
	Isolation       *string    `arg:"isolation" pos:"24" doc:"Isolation technology of the build containers."`
	UseConfigProxy  bool       `arg:"use_config_proxy" pos:"25" default:"true" doc:"Pass the proxies of the docker config as build arguments."`
}

// containerLimitKeys are the keys container_limits accepts.
var containerLimitKeys = []string{"memory", "memswap", "cpushares", "cpusetcpus"}

// remoteContextPrefixes mark a path that the daemon fetches itself.
var remoteContextPrefixes = []string{"http://", "https://", "git://", "github.com/", "git@"}

var apiBuild = Def(APIClientClass, "build", "Build an image; returns an iterator of the build's messages (JSON text, or dicts with decode).", func(c *Call, a *APIClient, x *BuildArgs) (any, error) {
	ctx, cancel := c.Context(), context.CancelFunc(func() {})
	if x.Timeout != nil {
		ctx, cancel = context.WithTimeout(ctx, time.Duration(*x.Timeout))
	}
	msgs, err := a.build(c, ctx, x)
	if err != nil {
		cancel()
		return nil, err
	}
	return newMessageIterator(msgs, x.Decode, cancel), nil
})

// build checks the arguments, prepares the context and starts the build;
// nothing is sent when an argument is wrong.
func (a *APIClient) build(c *Call, ctx context.Context, x *BuildArgs) (*engine.JSONMessages, error) {
	o, err := x.options(c)
	if err != nil {
		return nil, err
	}
	body, err := x.context(c, &o)
	if err != nil {
		return nil, err
	}
	if body != nil && x.Gzip {
		body = gzipStream(body)
	}
	if x.UseConfigProxy {
		if err := a.addProxyArgs(c, &o); err != nil {
			closeBody(body)
			return nil, err
		}
	}
	if o.RegistryConfig, err = a.auth.all(c); err != nil {
		closeBody(body)
		return nil, err
	}
	var r io.Reader
	if body != nil {
		r = body
	}
	return a.eng.ImageBuild(ctx, r, o)
}

func closeBody(body io.ReadCloser) {
	if body != nil {
		_ = body.Close()
	}
}

// options converts the arguments to the engine's build options.
func (x *BuildArgs) options(c *Call) (engine.ImageBuildOptions, error) {
	name := c.Name()
	rm := x.Rm
	o := engine.ImageBuildOptions{
		Quiet: x.Quiet, NoCache: x.Nocache, Remove: &rm, ForceRemove: x.Forcerm, Pull: x.Pull,
		Labels: x.Labels, CacheFrom: x.CacheFrom,
	}
	switch {
	case x.Path == nil && !x.Fileobj.Given():
		return o, ArgError(name, "either path or fileobj must be given")
	case x.CustomContext && !x.Fileobj.Given():
		return o, ArgError(name, "custom_context needs fileobj, the context's tar archive")
	case x.Gzip && x.Encoding != nil:
		return o, ArgError(name, "encoding cannot be used with gzip")
	}
	if x.Tag != nil {
		o.Tags = []string{*x.Tag}
	}
	for _, p := range []struct {
		dst *string
		src *string
	}{{&o.Target, x.Target}, {&o.NetworkMode, x.NetworkMode}, {&o.Platform, x.Platform}, {&o.Isolation, x.Isolation}} {
		if p.src != nil {
			*p.dst = *p.src
		}
	}
	if x.Shmsize != nil {
		if *x.Shmsize <= 0 {
			return o, ArgError(name, "argument 'shmsize' must be positive, not %d", *x.Shmsize)
		}
		o.ShmSize = *x.Shmsize
	}
	if x.Squash != nil {
		o.Squash = *x.Squash
	}
	if err := x.limits(name, &o); err != nil {
		return o, err
	}
	var err error
	if o.BuildArgs, err = buildArgValues(name, x.Buildargs); err != nil {
		return o, err
	}
	if o.ExtraHosts, err = extraHosts(name, x.ExtraHosts); err != nil {
		return o, err
	}
	return o, nil
}

// limits reads container_limits into o.
func (x *BuildArgs) limits(name string, o *engine.ImageBuildOptions) error {
	if x.ContainerLimits == nil {
		return nil
	}
	d, ok := x.ContainerLimits.(map[string]any)
	if !ok {
		return ArgError(name, "argument 'container_limits' must be dict, not %s", typeName(x.ContainerLimits))
	}
	for k, v := range d {
		if k == "cpusetcpus" {
			s, ok := scalarString(v)
			if !ok {
				return ArgError(name, "argument 'container_limits': cpusetcpus must be str, not %s", typeName(v))
			}
			o.CPUSetCPUs = s
			continue
		}
		dst := map[string]*int64{"memory": &o.Memory, "memswap": &o.MemorySwap, "cpushares": &o.CPUShares}[k]
		if dst == nil {
			return ArgError(name, "argument 'container_limits': unknown key '%s' (%s)", k, strings.Join(containerLimitKeys, ", "))
		}
		n, err := toByteSize(v)
		if err != nil {
			return ArgError(name, "argument 'container_limits': %s %v", k, err)
		}
		*dst = n
	}
	return nil
}

// buildArgValues reads buildargs: str values (numbers are written as
// text); None sends null, the daemon's environment value.
func buildArgValues(name string, v any) (map[string]*string, error) {
	if v == nil {
		return nil, nil
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, ArgError(name, "argument 'buildargs' must be dict, not %s", typeName(v))
	}
	out := make(map[string]*string, len(d))
	for k, e := range d {
		if e == nil {
			out[k] = nil
			continue
		}
		s, ok := scalarString(e)
		if !ok {
			return nil, ArgError(name, "argument 'buildargs': '%s' must be str, not %s", k, typeName(e))
		}
		out[k] = &s
	}
	return out, nil
}

// extraHosts reads extra_hosts: {host = ip} or a list of "host:ip".
func extraHosts(name string, v any) ([]string, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]string, 0, len(x))
		for _, k := range keys {
			s, ok := scalarString(x[k])
			if !ok {
				return nil, ArgError(name, "argument 'extra_hosts': '%s' must be str, not %s", k, typeName(x[k]))
			}
			out = append(out, k+":"+s)
		}
		return out, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, ArgError(name, "argument 'extra_hosts' must be dict or list of str, not %s", typeName(v))
	}
	return l, nil
}

// context returns the body of the build: the custom context, a context
// holding only the Dockerfile of fileobj, or the directory path archived
// as it is sent (nil for a remote context, whose URL goes into o).
func (x *BuildArgs) context(c *Call, o *engine.ImageBuildOptions) (io.ReadCloser, error) {
	name := c.Name()
	dockerfile := ""
	if x.Dockerfile != nil {
		dockerfile = *x.Dockerfile
	}
	switch {
	case x.CustomContext:
		o.Dockerfile = dockerfile
		return x.Fileobj.Reader(c), nil
	case x.Fileobj.Given():
		r := x.Fileobj.Reader(c)
		defer r.Close()
		bc, err := engine.DockerfileBuildContext(r)
		if err != nil {
			return nil, ArgError(name, "argument 'fileobj': %v", err)
		}
		o.Dockerfile = bc.Dockerfile
		if dockerfile != "" {
			o.Dockerfile = dockerfile
		}
		return bc, nil
	}
	path := *x.Path
	for _, p := range remoteContextPrefixes {
		if strings.HasPrefix(path, p) {
			o.Remote, o.Dockerfile = path, dockerfile
			return nil, nil
		}
	}
	if err := checkFiles(c, "path", path); err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, ArgError(name, "argument 'path': the context directory %q cannot be read: %v", path, pathErr(err))
	case !st.IsDir():
		return nil, ArgError(name, "argument 'path': %q is not a directory", path)
	}
	bc, err := engine.NewBuildContext(path, engine.BuildContextOptions{Dockerfile: dockerfile})
	if err != nil {
		return nil, ArgError(name, "%v", err)
	}
	o.Dockerfile = bc.Dockerfile
	return bc, nil
}

// gzipStream compresses r while it is read.
func gzipStream(r io.ReadCloser) io.ReadCloser {
	pr, pw := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		zw := gzip.NewWriter(pw)
		_, err := io.Copy(zw, r)
		if err == nil {
			err = zw.Close()
		}
		_ = r.Close()
		_ = pw.CloseWithError(err)
	}()
	return &pipeCloser{PipeReader: pr, done: done}
}

// pipeCloser closes the reading end and waits for the writer to stop.
type pipeCloser struct {
	*io.PipeReader
	done chan struct{}
}

// Close stops the compression and waits for it to end.
func (p *pipeCloser) Close() error {
	_ = p.PipeReader.CloseWithError(errors.New("build context closed"))
	<-p.done
	return nil
}

// addProxyArgs adds the proxies of the docker config's "proxies.default"
// as build arguments (HTTP_PROXY and http_proxy, ...), unless given.
func (a *APIClient) addProxyArgs(c *Call, o *engine.ImageBuildOptions) error {
	a.auth.mu.Lock()
	cfg, err := a.auth.config(c)
	a.auth.mu.Unlock()
	if err != nil || cfg.Path == "" {
		return err
	}
	data, err := os.ReadFile(cfg.Path)
	if err != nil {
		return &Error{Class: InvalidConfigFile, Message: c.Name() + ": " + err.Error(), cause: err}
	}
	var file struct {
		Proxies struct {
			Default map[string]string `json:"default"`
		} `json:"proxies"`
	}
	if json.Unmarshal(data, &file) != nil {
		return nil // the credentials part was read; a malformed proxies part is not used
	}
	for key, env := range map[string]string{"httpProxy": "HTTP_PROXY", "httpsProxy": "HTTPS_PROXY", "ftpProxy": "FTP_PROXY", "noProxy": "NO_PROXY"} {
		v, ok := file.Proxies.Default[key]
		if !ok || v == "" {
			continue
		}
		for _, k := range []string{env, strings.ToLower(env)} {
			if _, given := o.BuildArgs[k]; !given {
				if o.BuildArgs == nil {
					o.BuildArgs = map[string]*string{}
				}
				s := v
				o.BuildArgs[k] = &s
			}
		}
	}
	return nil
}

// builtImageID finds the image ID in a build message, as docker-py's
// images.build does ("Successfully built <id>", or "sha256:<id>" of a
// quiet build), or in its aux.ID.
func builtImageID(raw json.RawMessage) string {
	var m struct {
		Stream string `json:"stream"`
		Aux    struct {
			ID string `json:"ID"`
		} `json:"aux"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	if m.Aux.ID != "" {
		return m.Aux.ID
	}
	s := strings.TrimRight(m.Stream, "\n")
	for _, p := range []string{"Successfully built ", "sha256:"} {
		if i := strings.LastIndex(s, p); i >= 0 && (p == "sha256:" || i == 0) {
			id := s[i+len(p):]
			if id != "" && isHex(id) {
				return id
			}
		}
	}
	return ""
}

func isHex(s string) bool {
	_, err := strconv.ParseUint(s[:min(len(s), 15)], 16, 64)
	return err == nil && strings.Trim(s, "0123456789abcdef") == ""
}

// buildError is docker-py's BuildError: msg is the daemon's message,
// build_log the decoded messages up to it.
func buildError(c *Call, msg string, log []any) *Error {
	return &Error{Class: BuildError, Message: fmt.Sprintf("%s: %s", c.Name(), msg), Fields: map[string]any{"msg": msg, "build_log": log}}
}
