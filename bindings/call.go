package bindings

import (
	"context"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/dscript/dscript/engine"
)

// Call carries what a method needs besides its arguments: the context that
// bounds the request and the runtime it was called from.
type Call struct {
	Ctx context.Context
	// Camel is set by the JavaScript adapter: camelCase keyword arguments
	// are accepted.
	Camel bool
	Env   *Env
	// Guard, when set, checks every method call against the runtime's
	// policy and tracks the clients scripts open (see policy.go).
	Guard *Guard
	// method is the method being called, set by Method.Invoke: messages
	// name it (Name) without each implementation spelling it out.
	method *Method
}

// Name is the called method as messages show it, "Container.logs()"; ""
// outside a method call.
func (c *Call) Name() string {
	if c == nil || c.method == nil {
		return ""
	}
	return c.method.FullName() + "()"
}

// Context returns the call's context (never nil).
func (c *Call) Context() context.Context {
	if c == nil || c.Ctx == nil {
		return context.Background()
	}
	return c.Ctx
}

// Env is what a runtime gives the object model: how to reach the daemon,
// where scripts write, and the default client when one was injected.
type Env struct {
	// Engine options used by docker.from_env() before the environment
	// variables (CLI flags such as --host).
	Defaults engine.Options
	// Client, if set, is returned by docker.from_env() (embedding).
	Client *engine.Client
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Getenv reads the environment (os.Getenv unless the policy hides it).
	Getenv func(string) string
	// Capabilities granted to scripts beyond Docker (see CapNetwork).
	Capabilities map[string]bool
	// Progress, when set, is a terminal where pulls, pushes and builds
	// that a script does not stream itself draw their progress per layer.
	Progress io.Writer

	// clients are the engine clients scripts made (docker.from_env(),
	// docker.DockerClient()), one per set of options: a script that makes
	// a client in a loop reuses it, and Close releases them all.
	clientsMu sync.Mutex
	clients   map[clientKey]*engine.Client
	unshared  []*engine.Client
}

// clientKey tells sets of options apart. A TLS configuration is not
// compared (its pointer could be a freed one's address again): a client
// with one is never shared.
type clientKey struct {
	host, version, userAgent, context string
	timeout                           time.Duration
	maxResponse                       int64
	maxPool                           int
	sshArgs                           string
	fromEnv                           bool
}

func keyOf(o engine.Options, fromEnv bool) (clientKey, bool) {
	if o.TLSConfig != nil {
		return clientKey{}, false
	}
	return clientKey{o.Host, o.Version, o.UserAgent, o.Context, o.Timeout, o.MaxResponseBytes, o.MaxPoolSize,
		strings.Join(o.SSHArgs, "\x00"), fromEnv}, true
}

// client returns the engine client for o made earlier in this Env, or
// makes one with mk.
func (e *Env) client(o engine.Options, fromEnv bool, mk func() (*engine.Client, error)) (*engine.Client, error) {
	if e == nil {
		return mk()
	}
	e.clientsMu.Lock()
	defer e.clientsMu.Unlock()
	k, shared := keyOf(o, fromEnv)
	if c, ok := e.clients[k]; ok && shared {
		return c, nil
	}
	c, err := mk()
	if err != nil {
		return nil, err
	}
	if !shared {
		e.unshared = append(e.unshared, c) // closed with the others
		return c, nil
	}
	if e.clients == nil {
		e.clients = map[clientKey]*engine.Client{}
	}
	e.clients[k] = c
	return c, nil
}

// Close closes the idle connections of the clients scripts made; the
// adapters call it when their runtime closes. Env.Client, the host's, is
// left alone.
func (e *Env) Close() error {
	e.clientsMu.Lock()
	defer e.clientsMu.Unlock()
	for k, c := range e.clients {
		_ = c.Close()
		delete(e.clients, k)
	}
	for _, c := range e.unshared {
		_ = c.Close()
	}
	e.unshared = nil
	return nil
}

// Allows reports whether a capability is granted.
func (e *Env) Allows(capability string) bool { return e.Capabilities[capability] }
