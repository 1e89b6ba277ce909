package bindings

import (
	"context"
	"io"

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
}

// Allows reports whether a capability is granted.
func (e *Env) Allows(capability string) bool { return e.Capabilities[capability] }
