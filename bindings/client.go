package bindings

import (
	"crypto/tls"
	"time"

	"github.com/dscript/dscript/engine"
)

// Client is docker.DockerClient: the high-level client with collections.
type Client struct {
	eng        *engine.Client
	containers *ContainerCollection
	api        *APIClient
}

// ClientClass describes DockerClient.
var ClientClass = RegisterClass(NewClass("DockerClient", "A client for the Docker daemon (docker-py's DockerClient)."))

// NewClient wraps an engine client.
func NewClient(eng *engine.Client) *Client {
	c := &Client{eng: eng}
	c.containers = &ContainerCollection{client: c}
	c.api = &APIClient{eng: eng}
	return c
}

// Class implements Object.
func (c *Client) Class() *Class { return ClientClass }

// Engine returns the underlying Engine API client.
func (c *Client) Engine() *engine.Client { return c.eng }

// ClientArgs are docker.DockerClient's and docker.APIClient's parameters.
type ClientArgs struct {
	BaseURL   *string  `arg:"base_url" pos:"0" doc:"URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375."`
	Version   *string  `arg:"version" pos:"1" doc:"API version to use, or \"auto\" to negotiate."`
	Timeout   *Seconds `arg:"timeout" pos:"2" doc:"Seconds each request may take (default 60)."`
	TLS       any      `arg:"tls" pos:"3" kind:"bool" doc:"true: speak TLS (https) verified against the system's CAs."`
	UserAgent *string  `arg:"user_agent" pos:"4" doc:"User-Agent header sent with each request."`
}

// FromEnvArgs are docker.from_env's parameters.
type FromEnvArgs struct {
	Version     *string  `arg:"version" doc:"API version to use, or \"auto\" to negotiate."`
	Timeout     *Seconds `arg:"timeout" doc:"Seconds each request may take (default 60)."`
	Environment any      `arg:"environment" kind:"dict" doc:"Variables to read instead of the process environment."`
}

func (a *ClientArgs) options(c *Call) (engine.Options, error) {
	env := c.Env
	o := engine.Options{}
	if env != nil {
		o = env.Defaults
	}
	if a.BaseURL != nil {
		o.Host = *a.BaseURL
	}
	if a.Version != nil {
		o.Version = *a.Version
	}
	if a.Timeout != nil {
		o.Timeout = time.Duration(*a.Timeout)
	}
	if a.UserAgent != nil {
		o.UserAgent = *a.UserAgent
	}
	switch t := a.TLS.(type) {
	case nil, bool:
		if t == true {
			o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		}
	default:
		return o, ArgError(c.Name(), "argument 'tls' must be bool, not %s", typeName(a.TLS))
	}
	return o, nil
}

func newEngine(c *Call, o engine.Options, fromEnv bool) (*engine.Client, error) {
	if fromEnv {
		if c.Env != nil && c.Env.Client != nil && o == c.Env.Defaults {
			return c.Env.Client, nil
		}
		return c.Env.client(o, true, func() (*engine.Client, error) { return engine.FromEnv(o) })
	}
	if o.Host == "" && c.Env != nil && c.Env.Client != nil {
		return c.Env.Client, nil
	}
	return c.Env.client(o, false, func() (*engine.Client, error) { return engine.New(o) })
}

// API implements APIUser.
func (c *Client) API() *APIClient { return c.api }

func init() {
	Prop(ClientClass, "containers", "The containers collection.", func(_ *Call, c *Client) (any, error) { return c.containers, nil })
	Prop(ClientClass, "api", "The low-level API client.", func(_ *Call, c *Client) (any, error) { return c.api, nil })
	Forward[*Client](ClientClass, "ping", apiPing, Derived{})
	Forward[*Client](ClientClass, "version", apiVersion, Derived{})
	Forward[*Client](ClientClass, "info", apiInfo, Derived{})
	Def(ClientClass, "close", "Close the client's idle connections.", func(c *Call, cl *Client, _ *NoArgs) (any, error) {
		return nil, cl.eng.Close()
	})
}
