package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// ImageBuildOptions are the query parameters and headers of ImageBuild.
type ImageBuildOptions struct {
	Dockerfile string   // path of the Dockerfile in the context; "" means "Dockerfile"
	Tags       []string // names of the image, "repo:tag" (each a "t" parameter)
	ExtraHosts []string // "host:ip" entries added to /etc/hosts of build containers
	Remote     string   // URL of a Git repository or tar archive used instead of the body
	Quiet      bool     // suppress the verbose build output
	NoCache    bool     // do not use the cache
	CacheFrom  []string // images used as cache sources
	// Pull attempts to pull the base image even if an older one exists
	// locally; the daemon takes any non-empty value.
	Pull        bool
	Remove      *bool  // remove intermediate containers after a successful build; nil: the daemon's default (true)
	ForceRemove bool   // always remove intermediate containers
	Memory      int64  // memory limit of build containers, in bytes
	MemorySwap  int64  // memory plus swap; -1 means unlimited swap
	CPUShares   int64  // relative CPU weight
	CPUSetCPUs  string // CPUs build containers may use, e.g. "0-3" or "0,1"
	CPUPeriod   int64  // CPU CFS period, in microseconds
	CPUQuota    int64  // CPU CFS quota, in microseconds
	// BuildArgs are build-time variables; a nil value sends JSON null
	// (the variable's value is taken from the daemon's environment).
	BuildArgs   map[string]*string
	ShmSize     int64             // size of /dev/shm, in bytes
	Squash      bool              // squash the layers into one (experimental daemons)
	Labels      map[string]string // labels of the image
	NetworkMode string            // network mode of RUN containers: "bridge", "host", "none", "container:<id>" or a network
	Platform    string            // "os[/arch[/variant]]"; requires API 1.32
	Target      string            // build stage to stop at
	Outputs     string            // BuildKit output configuration (JSON)
	Version     string            // builder: "1" (classic) or "2" (BuildKit)
	Isolation   string            // isolation technology of build containers ("default", "process", "hyperv")
	// RegistryConfig is sent as X-Registry-Config: the credentials of the
	// registries the build may pull from, keyed by registry (see
	// DockerConfig.AllAuths).
	RegistryConfig map[string]AuthConfig
}

// query returns the query parameters of opts.
func (opts *ImageBuildOptions) query() (url.Values, error) {
	q := url.Values{}
	strParam(q, "dockerfile", opts.Dockerfile)
	for _, t := range opts.Tags {
		q.Add("t", t)
	}
	if len(opts.ExtraHosts) > 0 {
		q.Set("extrahosts", strings.Join(opts.ExtraHosts, ","))
	}
	strParam(q, "remote", opts.Remote)
	boolParam(q, "q", opts.Quiet)
	boolParam(q, "nocache", opts.NoCache)
	if len(opts.CacheFrom) > 0 {
		b, err := json.Marshal(opts.CacheFrom)
		if err != nil {
			return nil, fmt.Errorf("opts.CacheFrom: %w", err)
		}
		q.Set("cachefrom", string(b))
	}
	boolParam(q, "pull", opts.Pull)
	if opts.Remove != nil {
		q.Set("rm", strconv.FormatBool(*opts.Remove))
	}
	boolParam(q, "forcerm", opts.ForceRemove)
	for _, p := range []struct {
		key string
		v   int64
	}{
		{"memory", opts.Memory}, {"memswap", opts.MemorySwap}, {"cpushares", opts.CPUShares},
		{"cpuperiod", opts.CPUPeriod}, {"cpuquota", opts.CPUQuota}, {"shmsize", opts.ShmSize},
	} {
		if p.v != 0 {
			q.Set(p.key, strconv.FormatInt(p.v, 10))
		}
	}
	strParam(q, "cpusetcpus", opts.CPUSetCPUs)
	if len(opts.BuildArgs) > 0 {
		b, err := json.Marshal(opts.BuildArgs)
		if err != nil {
			return nil, fmt.Errorf("opts.BuildArgs: %w", err)
		}
		q.Set("buildargs", string(b))
	}
	boolParam(q, "squash", opts.Squash)
	if len(opts.Labels) > 0 {
		b, err := json.Marshal(opts.Labels)
		if err != nil {
			return nil, fmt.Errorf("opts.Labels: %w", err)
		}
		q.Set("labels", string(b))
	}
	strParam(q, "networkmode", opts.NetworkMode)
	strParam(q, "platform", opts.Platform)
	strParam(q, "target", opts.Target)
	strParam(q, "outputs", opts.Outputs)
	strParam(q, "version", opts.Version)
	strParam(q, "isolation", opts.Isolation)
	return q, nil
}

// ImageBuild builds an image (POST /build) from body, a tar archive of the
// build context (possibly compressed; see NewBuildContext), sent as it is
// read; body may be nil with opts.Remote. It returns the build's progress
// messages: a failed build ends with a message that Next returns with a
// *JSONMessageError. No client timeout applies; close the messages to
// release the connection. body is closed when it is an io.Closer, on
// every path.
func (c *Client) ImageBuild(ctx context.Context, body io.Reader, opts ImageBuildOptions) (*JSONMessages, error) {
	const op = "ImageBuild"
	closeBody := func() {
		if cl, ok := body.(io.Closer); ok {
			_ = cl.Close()
		}
	}
	if body == nil && opts.Remote == "" {
		return nil, wrapOp(op, errors.New("body: no build context and no Remote"))
	}
	q, err := opts.query()
	if err != nil {
		closeBody()
		return nil, wrapOp(op, err)
	}
	if opts.Platform != "" {
		if err := c.RequireVersion(ctx, op+" (platform)", "1.32"); err != nil {
			closeBody()
			return nil, err
		}
	}
	hdr := http.Header{}
	hdr.Set("Content-Type", "application/x-tar")
	if opts.RegistryConfig != nil {
		v, err := EncodeRegistryConfig(opts.RegistryConfig)
		if err != nil {
			closeBody()
			return nil, wrapOp(op, err)
		}
		hdr.Set("X-Registry-Config", v)
	}
	if body == nil {
		body = strings.NewReader("")
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: "/build", query: q, body: body, header: hdr})
	if err != nil {
		closeBody() // the request may have failed before the transport took the body
		return nil, err
	}
	return NewJSONMessages(rc), nil
}

// ImageBuildWait builds an image like ImageBuild and reads the whole
// build, passing each progress message to progress (when not nil). It
// returns the new image's id ("sha256:..."). A failed build gives an error
// carrying the daemon's message (a *JSONMessageError in the chain).
func (c *Client) ImageBuildWait(ctx context.Context, body io.Reader, opts ImageBuildOptions, progress func(json.RawMessage)) (string, error) {
	const op = "ImageBuild"
	msgs, err := c.ImageBuild(ctx, body, opts)
	if err != nil {
		return "", err
	}
	defer msgs.Close()
	id, lastStream := "", ""
	err = msgs.Wait(func(raw json.RawMessage) {
		if progress != nil {
			progress(raw)
		}
		var m struct {
			Stream string `json:"stream"`
			Aux    struct {
				ID string `json:"ID"`
			} `json:"aux"`
		}
		if json.Unmarshal(raw, &m) != nil {
			return
		}
		if m.Aux.ID != "" {
			id = m.Aux.ID
		}
		if s := strings.TrimSpace(m.Stream); s != "" {
			lastStream = s
		}
	})
	if err != nil {
		return "", wrapOp(op, err)
	}
	if id == "" {
		// Quiet builds print only the id, older daemons only
		// "Successfully built <short id>".
		if strings.HasPrefix(lastStream, "sha256:") {
			id = lastStream
		} else if short, ok := strings.CutPrefix(lastStream, "Successfully built "); ok {
			id = short
		}
	}
	if id == "" {
		return "", wrapOp(op, errors.New("the daemon reported no image id"))
	}
	return id, nil
}

// BuildPruneOptions are the query parameters of BuildPrune.
type BuildPruneOptions struct {
	All         bool    // remove all unused build cache, not only dangling entries
	KeepStorage int64   // bytes of cache to keep (API < 1.48; later daemons take ReservedSpace)
	Filters     Filters // "until", "id", "parent", "type", "description", "inuse", "shared", "private"
	// ReservedSpace, MaxUsedSpace and MinFreeSpace (bytes) require API
	// 1.48.
	ReservedSpace int64
	MaxUsedSpace  int64
	MinFreeSpace  int64
}

// BuildPrune removes build cache (POST /build/prune) and returns
// {"CachesDeleted": [...], "SpaceReclaimed": n}.
func (c *Client) BuildPrune(ctx context.Context, opts BuildPruneOptions) (json.RawMessage, error) {
	const op = "BuildPrune"
	q := url.Values{}
	boolParam(q, "all", opts.All)
	if opts.KeepStorage != 0 {
		q.Set("keep-storage", strconv.FormatInt(opts.KeepStorage, 10))
	}
	for _, p := range []struct {
		key string
		v   int64
	}{{"reserved-space", opts.ReservedSpace}, {"max-used-space", opts.MaxUsedSpace}, {"min-free-space", opts.MinFreeSpace}} {
		if p.v == 0 {
			continue
		}
		if err := c.RequireVersion(ctx, op+" ("+p.key+")", "1.48"); err != nil {
			return nil, err
		}
		q.Set(p.key, strconv.FormatInt(p.v, 10))
	}
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	return c.callPrune(ctx, &request{op: op, method: http.MethodPost, path: "/build/prune", query: q, noTimeout: true})
}
