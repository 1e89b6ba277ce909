package bindings

import (
	"crypto/tls"
	"reflect"
	"sort"
	"time"

	"github.com/dscript/dscript/engine"
)

// Client is docker.DockerClient: the high-level client with collections.
type Client struct {
	eng        *engine.Client
	containers *ContainerCollection
	images     *ImageCollection
	networks   *NetworkCollection
	volumes    *VolumeCollection
	api        *APIClient
}

// ClientClass describes DockerClient.
var ClientClass = RegisterClass(NewClass("DockerClient", "A client for the Docker daemon (docker-py's DockerClient)."))

// NewClient wraps an engine client.
func NewClient(eng *engine.Client) *Client {
	return newClientWith(eng, &APIClient{eng: eng})
}

// newClientWith wraps an engine client and its low-level client.
func newClientWith(eng *engine.Client, api *APIClient) *Client {
	c := &Client{eng: eng}
	c.containers = &ContainerCollection{client: c}
	c.images = &ImageCollection{client: c}
	c.networks = &NetworkCollection{client: c}
	c.volumes = &VolumeCollection{client: c}
	c.api = api
	return c
}

// Class implements Object.
func (c *Client) Class() *Class { return ClientClass }

// Engine returns the underlying Engine API client.
func (c *Client) Engine() *engine.Client { return c.eng }

// ClientArgs are docker.DockerClient's and docker.APIClient's parameters,
// in docker-py's order.
type ClientArgs struct {
	BaseURL      *string  `arg:"base_url" pos:"0" doc:"URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port]."`
	Version      *string  `arg:"version" pos:"1" doc:"API version to use, or \"auto\" to negotiate."`
	Timeout      *Seconds `arg:"timeout" pos:"2" doc:"Seconds each request may take (default 60)."`
	TLS          any      `arg:"tls" pos:"3" kind:"bool|TLSConfig" doc:"true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates."`
	UserAgent    *string  `arg:"user_agent" pos:"4" doc:"User-Agent header sent with each request."`
	NumPools     *int64   `arg:"num_pools" pos:"5" doc:"Accepted for compatibility: a client talks to one daemon, so it keeps one pool."`
	CredstoreEnv any      `arg:"credstore_env" pos:"6" kind:"dict" doc:"Variables added to the environment of the credential helpers."`
	UseSSHClient bool     `arg:"use_ssh_client" pos:"7" doc:"Accepted for compatibility: ssh:// hosts always use the system's ssh client."`
	MaxPoolSize  *int64   `arg:"max_pool_size" pos:"8" doc:"How many idle connections to keep for reuse (default 32)."`
}

// FromEnvArgs are docker.from_env's parameters.
type FromEnvArgs struct {
	Version      *string  `arg:"version" doc:"API version to use, or \"auto\" to negotiate."`
	Timeout      *Seconds `arg:"timeout" doc:"Seconds each request may take (default 60)."`
	MaxPoolSize  *int64   `arg:"max_pool_size" doc:"How many idle connections to keep for reuse (default 32)."`
	Environment  any      `arg:"environment" kind:"dict" doc:"Variables to read instead of the process environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION)."`
	CredstoreEnv any      `arg:"credstore_env" kind:"dict" doc:"Variables added to the environment of the credential helpers."`
	UseSSHClient bool     `arg:"use_ssh_client" doc:"Accepted for compatibility: ssh:// hosts always use the system's ssh client."`
}

// clientSetup is what the constructors' arguments make: the engine
// options and the credential helpers' environment.
type clientSetup struct {
	opts     engine.Options
	credsEnv []string
	// custom is set when an argument asks for a client of its own (the
	// runtime's client is used otherwise).
	custom bool
}

func (a *ClientArgs) options(c *Call) (clientSetup, error) {
	var st clientSetup
	if c.Env != nil {
		st.opts = c.Env.Defaults
	}
	o := &st.opts
	if a.BaseURL != nil {
		o.Host = *a.BaseURL
		st.custom = true
	}
	if a.Version != nil {
		o.Version = *a.Version
	}
	if a.Timeout != nil {
		o.Timeout = time.Duration(*a.Timeout)
	}
	if a.UserAgent != nil {
		o.UserAgent = *a.UserAgent
		st.custom = true
	}
	if a.NumPools != nil && *a.NumPools < 1 {
		return st, ArgError(c.Name(), "argument 'num_pools' must be at least 1, not %d", *a.NumPools)
	}
	if err := poolSize(c, o, a.MaxPoolSize, &st.custom); err != nil {
		return st, err
	}
	env, err := credstoreEnv(c, a.CredstoreEnv)
	if err != nil {
		return st, err
	}
	st.credsEnv = env
	switch t := a.TLS.(type) {
	case nil:
	case bool:
		if t {
			o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		}
	case *TLSConfig:
		cfg, err := t.settings.Config()
		if err != nil {
			return st, Errorf(TLSParameterError, "%s: %s", c.Name(), err)
		}
		o.TLSConfig = cfg
	default:
		return st, ArgError(c.Name(), "argument 'tls' must be bool or TLSConfig, not %s", typeName(a.TLS))
	}
	if o.TLSConfig != nil {
		if a.BaseURL == nil {
			return st, Errorf(TLSParameterError, "%s: If using TLS, the base_url argument must be provided.", c.Name())
		}
		st.custom = true
	}
	return st, nil
}

// poolSize applies max_pool_size.
func poolSize(c *Call, o *engine.Options, n *int64, custom *bool) error {
	if n == nil {
		return nil
	}
	if *n < 1 {
		return ArgError(c.Name(), "argument 'max_pool_size' must be at least 1, not %d", *n)
	}
	o.MaxPoolSize = int(*n)
	*custom = true
	return nil
}

// credstoreEnv reads credstore_env as "KEY=value" entries.
func credstoreEnv(c *Call, v any) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	m, err := ToStringMap(v)
	if err != nil {
		return nil, ArgError(c.Name(), "argument 'credstore_env' %v", err)
	}
	out := make([]string, 0, len(m))
	for k, val := range m {
		out = append(out, k+"="+val)
	}
	sort.Strings(out)
	return out, nil
}

// newEngine returns the client for o: the runtime's own when nothing asks
// for another.
func newEngine(c *Call, st clientSetup, fromEnv bool) (*engine.Client, error) {
	o := st.opts
	if fromEnv {
		if c.Env != nil && c.Env.Client != nil && reflect.DeepEqual(o, c.Env.Defaults) {
			return c.Env.Client, nil
		}
		return c.Env.client(o, true, func() (*engine.Client, error) { return engine.FromEnv(o) })
	}
	if !st.custom && o.Host == "" && c.Env != nil && c.Env.Client != nil {
		return c.Env.Client, nil
	}
	return c.Env.client(o, false, func() (*engine.Client, error) { return engine.New(o) })
}

// API implements APIUser.
func (c *Client) API() *APIClient { return c.api }

func init() {
	Prop(ClientClass, "containers", "The containers collection.", func(_ *Call, c *Client) (any, error) { return c.containers, nil })
	Prop(ClientClass, "images", "The images collection.", func(_ *Call, c *Client) (any, error) { return c.images, nil })
	Forward[*Client](ClientClass, "login", apiLogin, Derived{})
	Prop(ClientClass, "networks", "The networks collection.", func(_ *Call, c *Client) (any, error) { return c.networks, nil })
	Prop(ClientClass, "volumes", "The volumes collection.", func(_ *Call, c *Client) (any, error) { return c.volumes, nil })
	Prop(ClientClass, "api", "The low-level API client.", func(_ *Call, c *Client) (any, error) { return c.api, nil })
	Forward[*Client](ClientClass, "df", apiDf, Derived{})
	Forward[*Client](ClientClass, "events", apiEvents, Derived{})
	Def(ClientClass, "from_env", "A new DockerClient configured from the environment, as docker.from_env().", func(c *Call, _ *Client, a *FromEnvArgs) (any, error) {
		// the same as docker.from_env, with the arguments given again
		kw := map[string]any{}
		if a.Version != nil {
			kw["version"] = *a.Version
		}
		if a.Timeout != nil {
			kw["timeout"] = time.Duration(*a.Timeout).Seconds()
		}
		if a.Environment != nil {
			kw["environment"] = a.Environment
		}
		if a.MaxPoolSize != nil {
			kw["max_pool_size"] = *a.MaxPoolSize
		}
		if a.CredstoreEnv != nil {
			kw["credstore_env"] = a.CredstoreEnv
		}
		if a.UseSSHClient {
			kw["use_ssh_client"] = true
		}
		return invokeFor(c, DockerModuleClass.Lookup("from_env", false).(*Method), Docker, []any{kw})
	})
	Forward[*Client](ClientClass, "ping", apiPing, Derived{})
	Forward[*Client](ClientClass, "version", apiVersion, Derived{})
	Forward[*Client](ClientClass, "info", apiInfo, Derived{})
	Def(ClientClass, "close", "Close the client's idle connections.", func(c *Call, cl *Client, _ *NoArgs) (any, error) {
		return nil, cl.eng.Close()
	})
}
