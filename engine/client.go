package engine

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// MaxAPIVersion is the newest Engine API version the client speaks. A
// negotiated version never exceeds it.
const MaxAPIVersion = "1.56"

// DefaultTimeout bounds each non-stream request when Options.Timeout is 0.
const DefaultTimeout = 60 * time.Second

// DefaultHost is the daemon address used when neither Options.Host nor
// $DOCKER_HOST is set.
const DefaultHost = "unix:///var/run/docker.sock"

// DefaultMaxPoolSize is the number of idle connections kept for reuse
// when Options.MaxPoolSize is 0.
const DefaultMaxPoolSize = 32

// fallbackAPIVersion is used when the daemon's /_ping answer carries no
// API-Version header (daemons older than API 1.25), as the docker CLI does.
const fallbackAPIVersion = "1.24"

// DefaultUserAgent is the User-Agent header sent when Options.UserAgent is
// empty.
var DefaultUserAgent = "dscript/0.1.0"

// Options configures a Client. The zero value talks to $DOCKER_HOST (or the
// default unix socket), negotiates the API version and bounds requests by
// DefaultTimeout.
type Options struct {
	// Host is the daemon address: unix:///path, tcp://host:port,
	// http://host:port, https://host:port or ssh://[user@]host[:port]
	// (through the system ssh client and `docker system dial-stdio` on
	// the remote host). "" means $DOCKER_HOST, then DefaultHost.
	Host string
	// Version is the API version: "" or "auto" negotiates it through
	// GET /_ping once, lazily, on the first request; anything else (such as
	// "1.41") pins it.
	Version string
	// Timeout bounds each non-stream request. 0 means DefaultTimeout; a
	// negative value means no bound (only the context applies).
	Timeout time.Duration
	// TLSConfig enables TLS for tcp:// hosts (which then use https) and
	// configures it for https:// hosts.
	TLSConfig *tls.Config
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// MaxResponseBytes bounds what is read whole: the body of a
	// non-stream answer and one progress message. 0 means
	// MaxResponseBytes.
	MaxResponseBytes int64
	// MaxPoolSize is how many idle connections are kept for reuse; 0
	// means DefaultMaxPoolSize.
	MaxPoolSize int
	// SSHArgs are extra arguments for the ssh client of ssh:// hosts,
	// e.g. {"-i", keyFile} or {"-F", configFile}.
	SSHArgs []string
	// Context names a docker CLI context (FromEnv only): used when neither
	// Host nor $DOCKER_HOST is set. "" means $DOCKER_CONTEXT, then the
	// configuration's current context.
	Context string
}

// Client is a Docker Engine API client. It is safe for concurrent use by
// multiple goroutines.
type Client struct {
	host      string // normalized host, e.g. "unix:///var/run/docker.sock"
	network   string // "unix" or "tcp"
	addr      string // socket path or host:port
	scheme    string // "http" or "https" (request URLs)
	urlHost   string // Host part of request URLs
	basePath  string // path prefix of http(s) hosts, without trailing "/"
	baseURL   string // as docker-py prints it
	timeout   time.Duration
	maxBody   int64
	userAgent string
	pinned    string

	transport *http.Transport
	http      *http.Client
	conns     *connSet   // every dialed connection, for Shutdown
	ssh       *sshDialer // ssh:// hosts

	negotiated atomic.Pointer[string]
	negMu      sync.Mutex
	negCall    *negotiation
}

// negotiation is one in-flight version negotiation shared by concurrent
// callers.
type negotiation struct {
	done           chan struct{}
	version        string
	err            error
	leaderCanceled bool
}

// New returns a client for opts. It validates the host (the error names
// it) but does not dial the daemon.
func New(opts Options) (*Client, error) {
	host := opts.Host
	if host == "" {
		host = os.Getenv("DOCKER_HOST")
	}
	if host == "" {
		host = DefaultHost
	}
	c := &Client{
		timeout:   opts.Timeout,
		maxBody:   opts.MaxResponseBytes,
		userAgent: opts.UserAgent,
	}
	if c.maxBody <= 0 {
		c.maxBody = MaxResponseBytes
	}
	if c.timeout == 0 {
		c.timeout = DefaultTimeout
	}
	if c.userAgent == "" {
		c.userAgent = DefaultUserAgent
	}
	switch v := strings.TrimPrefix(strings.TrimSpace(opts.Version), "v"); v {
	case "", "auto":
	default:
		if !validVersion(v) {
			return nil, fmt.Errorf("engine: invalid API version %q (want e.g. \"1.41\" or \"auto\")", opts.Version)
		}
		c.pinned = v
	}
	if err := c.parseHost(host, opts.TLSConfig != nil); err != nil {
		return nil, err
	}
	pool := opts.MaxPoolSize
	if pool < 0 {
		return nil, fmt.Errorf("engine: invalid MaxPoolSize %d (want 0 or more)", pool)
	}
	if pool == 0 {
		pool = DefaultMaxPoolSize
	}

	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	network, addr := c.network, c.addr
	dial := func(ctx context.Context, _, _ string) (net.Conn, error) {
		return dialer.DialContext(ctx, network, addr)
	}
	if c.ssh != nil {
		c.ssh.args = append([]string(nil), opts.SSHArgs...)
		dial = func(ctx context.Context, _, _ string) (net.Conn, error) {
			return c.ssh.dial(ctx)
		}
	}
	c.transport = &http.Transport{
		DialContext:            dial,
		MaxIdleConns:           pool,
		MaxIdleConnsPerHost:    pool,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ExpectContinueTimeout:  time.Second,
		DisableCompression:     true,
		MaxResponseHeaderBytes: MaxHeaderBytes,
	}
	if c.scheme == "https" {
		cfg := opts.TLSConfig
		if cfg == nil {
			cfg = &tls.Config{}
		}
		cfg = cfg.Clone()
		if cfg.ServerName == "" {
			if h, _, err := net.SplitHostPort(c.addr); err == nil {
				cfg.ServerName = h
			}
		}
		c.transport.TLSClientConfig = cfg
		// DialContext returns a plain connection; the transport performs
		// the TLS handshake itself for https URLs.
	}
	c.trackConns()
	c.http = &http.Client{
		Transport: c.transport,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	return c, nil
}

// parseHost fills the address fields of c from host.
func (c *Client) parseHost(host string, useTLS bool) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("engine: invalid Docker host %q: %s", host, fmt.Sprintf(format, args...))
	}
	scheme, rest, ok := strings.Cut(host, "://")
	if !ok {
		return bad("missing scheme (want unix://, tcp://, http://, https:// or ssh://)")
	}
	switch strings.ToLower(scheme) {
	case "unix":
		if rest == "" || !strings.HasPrefix(rest, "/") {
			return bad("unix socket path must be absolute")
		}
		c.network, c.addr = "unix", rest
		c.scheme, c.urlHost = "http", "docker"
		c.host = "unix://" + rest
		c.baseURL = "http+docker://localhost"
		return nil
	case "ssh":
		t, err := parseSSHHost(rest)
		if err != nil {
			return bad("%v", err)
		}
		c.ssh = &sshDialer{target: t}
		c.network, c.addr = "ssh", t.String()
		c.scheme, c.urlHost = "http", "docker"
		c.host = t.String()
		c.baseURL = "http+docker://ssh"
		return nil
	case "tcp", "http", "https":
		scheme = strings.ToLower(scheme)
	default:
		return bad("unsupported scheme %q (want unix://, tcp://, http://, https:// or ssh://)", scheme)
	}
	u, err := url.Parse("http://" + rest)
	if err != nil {
		return bad("%v", err)
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return bad("unexpected user info, query or fragment")
	}
	hostname, port := u.Hostname(), u.Port()
	if hostname == "" {
		if scheme != "tcp" {
			return bad("missing host name")
		}
		hostname = "127.0.0.1"
	}
	switch {
	case scheme == "https" || (scheme == "tcp" && useTLS):
		c.scheme = "https"
	default:
		c.scheme = "http"
	}
	if port == "" {
		switch {
		case scheme == "tcp" && useTLS:
			port = "2376"
		case scheme == "tcp":
			port = "2375"
		case c.scheme == "https":
			port = "443"
		default:
			port = "80"
		}
	}
	if _, err := fmt.Sscanf(port, "%d", new(int)); err != nil {
		return bad("invalid port %q", port)
	}
	c.network = "tcp"
	c.addr = net.JoinHostPort(hostname, port)
	c.urlHost = c.addr
	c.basePath = strings.TrimRight(u.Path, "/")
	c.host = scheme + "://" + c.addr + c.basePath
	c.baseURL = c.scheme + "://" + c.addr + c.basePath
	return nil
}

// FromEnv returns a client configured like the docker CLI and docker-py:
// fields of opts left empty are filled from DOCKER_HOST (else the docker
// CLI context: opts.Context, DOCKER_CONTEXT or the current one),
// DOCKER_API_VERSION, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (ca.pem,
// cert.pem, key.pem; ~/.docker when DOCKER_TLS_VERIFY is set without it).
func FromEnv(opts Options) (*Client, error) {
	if opts.Host == "" {
		opts.Host = os.Getenv("DOCKER_HOST")
	}
	if opts.Host != "" && opts.Context != "" {
		return nil, fmt.Errorf("engine: both a host (%s) and a context (%s) are given", opts.Host, opts.Context)
	}
	if err := applyContext(&opts); err != nil {
		return nil, err
	}
	if opts.Version == "" {
		opts.Version = os.Getenv("DOCKER_API_VERSION")
	}
	if opts.TLSConfig == nil {
		verify := os.Getenv("DOCKER_TLS_VERIFY") != ""
		certPath := os.Getenv("DOCKER_CERT_PATH")
		if verify || certPath != "" {
			if certPath == "" {
				home, err := os.UserHomeDir()
				if err != nil {
					return nil, fmt.Errorf("engine: DOCKER_TLS_VERIFY is set but DOCKER_CERT_PATH is not and the home directory is unknown: %w", err)
				}
				certPath = filepath.Join(home, ".docker")
			}
			cfg, err := TLSConfigFromFiles(filepath.Join(certPath, "ca.pem"),
				filepath.Join(certPath, "cert.pem"), filepath.Join(certPath, "key.pem"), verify)
			if err != nil {
				return nil, err
			}
			opts.TLSConfig = cfg
		}
	}
	return New(opts)
}

// Host returns the daemon address, e.g. "unix:///var/run/docker.sock" or
// "tcp://127.0.0.1:2375".
func (c *Client) Host() string { return c.host }

// BaseURL returns the base URL as docker-py prints it:
// "http+docker://localhost" for unix sockets, "http://host:port" or
// "https://host:port" otherwise.
func (c *Client) BaseURL() string { return c.baseURL }

// Timeout returns the bound applied to each non-stream request (negative:
// none).
func (c *Client) Timeout() time.Duration { return c.timeout }

// APIVersion returns the pinned API version, or the negotiated one,
// negotiating it first if needed.
func (c *Client) APIVersion(ctx context.Context) (string, error) {
	v, err := c.apiVersion(ctx)
	if err != nil {
		return "", fmt.Errorf("engine: negotiating API version: %w", err)
	}
	return v, nil
}

// RequireVersion returns an *InvalidVersionError when the API version in
// use is older than min; op names the operation in the message.
func (c *Client) RequireVersion(ctx context.Context, op, min string) error {
	v, err := c.apiVersion(ctx)
	if err != nil {
		return fmt.Errorf("engine: %s: %w", op, err)
	}
	if CompareVersions(v, min) < 0 {
		return &InvalidVersionError{Operation: op, Required: min, Current: v}
	}
	return nil
}

// Close closes idle connections. The client stays usable; open streams are
// not affected (close them separately). For an ssh:// host with no
// connection left open, the ssh session ends too (the next request opens
// a new one).
func (c *Client) Close() error {
	c.transport.CloseIdleConnections()
	if c.ssh != nil && c.conns.count() == 0 {
		c.ssh.idle()
	}
	return nil
}

// apiVersion returns the version to put in URLs, negotiating it once. A
// failed negotiation is not cached: the next call tries again.
func (c *Client) apiVersion(ctx context.Context) (string, error) {
	if c.pinned != "" {
		return c.pinned, nil
	}
	for {
		if p := c.negotiated.Load(); p != nil {
			return *p, nil
		}
		c.negMu.Lock()
		if p := c.negotiated.Load(); p != nil {
			c.negMu.Unlock()
			return *p, nil
		}
		if call := c.negCall; call != nil {
			c.negMu.Unlock()
			select {
			case <-call.done:
				if call.err == nil {
					return call.version, nil
				}
				if call.leaderCanceled && ctx.Err() == nil {
					continue // the leader gave up; try ourselves
				}
				return "", call.err
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}
		call := &negotiation{done: make(chan struct{})}
		c.negCall = call
		c.negMu.Unlock()

		v, err := c.negotiate(ctx)
		call.version, call.err = v, err
		call.leaderCanceled = err != nil && ctx.Err() != nil
		c.negMu.Lock()
		if err == nil {
			c.negotiated.Store(&v)
		}
		c.negCall = nil
		c.negMu.Unlock()
		close(call.done)
		return v, err
	}
}

// negotiate pings the daemon and returns min(its API version, MaxAPIVersion).
func (c *Client) negotiate(ctx context.Context) (string, error) {
	resp, cancel, err := c.exec(ctx, &request{method: http.MethodGet, path: "/_ping", unversioned: true, keepErrorStatus: true}, false)
	if err != nil {
		return "", err
	}
	defer cancel()
	defer drainClose(resp.Body)
	v := resp.Header.Get("Api-Version")
	if v == "" {
		if resp.StatusCode >= 500 {
			return "", newAPIError(resp, nil, c.urlForDisplay(resp.Request.URL), false)
		}
		return fallbackAPIVersion, nil
	}
	return negotiatedVersion(v), nil
}

// negotiatedVersion clamps a daemon's version to MaxAPIVersion.
func negotiatedVersion(daemon string) string {
	daemon = strings.TrimSpace(daemon)
	if !validVersion(daemon) {
		return fallbackAPIVersion
	}
	if CompareVersions(daemon, MaxAPIVersion) > 0 {
		return MaxAPIVersion
	}
	return daemon
}

// noteVersion caches a version learned from an unversioned ping when no
// negotiation has completed yet.
func (c *Client) noteVersion(daemon string) {
	if c.pinned != "" || daemon == "" || c.negotiated.Load() != nil {
		return
	}
	v := negotiatedVersion(daemon)
	c.negotiated.CompareAndSwap(nil, &v)
}
