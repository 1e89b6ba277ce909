package bindings

import (
	"time"

	"github.com/dscript/dscript/engine"
)

// Version is dscript's version, docker.__version__.
const Version = "0.1.0"

// DockerModuleClass is the docker module. Its errors member (the exception
// classes) is rendered by each language adapter from ErrorClasses.
var DockerModuleClass = NewModule("docker", "Docker for scripts: the docker-py object model.")

// TypesModuleClass is docker.types.
var TypesModuleClass = NewModule("docker.types", "Typed configuration values (docker-py's docker.types).")

// Docker is the docker module's object.
var Docker = RegisterModule("docker", DockerModuleClass)

// Types is the docker.types module's object.
var Types = RegisterModule("docker.types", TypesModuleClass)

func init() {
	cls := DockerModuleClass
	Prop(cls, "types", "Typed configuration values.", func(*Call, *ModuleObject) (any, error) { return Types, nil })
	Prop(cls, "__version__", "dscript's version.", func(*Call, *ModuleObject) (any, error) { return Version, nil })
	Func(cls, "from_env", "A DockerClient configured from the environment (DOCKER_HOST, ...).", func(c *Call, a *FromEnvArgs) (any, error) {
		o := engine.Options{}
		if c.Env != nil {
			o = c.Env.Defaults
		}
		if a.Version != nil {
			o.Version = *a.Version
		}
		if a.Timeout != nil {
			o.Timeout = time.Duration(*a.Timeout)
		}
		if a.Environment != nil {
			env, err := ToStringMap(a.Environment)
			if err != nil {
				return nil, ArgError("docker.from_env()", "argument 'environment' %v", err)
			}
			o = engineOptionsFromMap(o, env)
		}
		eng, err := newEngine(c, o, a.Environment == nil)
		if err != nil {
			return nil, err
		}
		return NewClient(eng), nil
	})
	m := Func(cls, "DockerClient", "A client for the daemon at base_url.", func(c *Call, a *ClientArgs) (any, error) {
		o, err := a.options(c)
		if err != nil {
			return nil, err
		}
		eng, err := newEngine(c, o, false)
		if err != nil {
			return nil, err
		}
		return NewClient(eng), nil
	})
	m.Ctor = true
	m = Func(cls, "APIClient", "A low-level client for the daemon at base_url.", func(c *Call, a *ClientArgs) (any, error) {
		o, err := a.options(c)
		if err != nil {
			return nil, err
		}
		eng, err := newEngine(c, o, false)
		if err != nil {
			return nil, err
		}
		return &APIClient{eng: eng}, nil
	})
	m.Ctor = true
}

// engineOptionsFromMap applies DOCKER_* variables from an explicit
// environment dict (docker.from_env{environment=...}).
func engineOptionsFromMap(o engine.Options, env map[string]string) engine.Options {
	if h := env["DOCKER_HOST"]; h != "" {
		o.Host = h
	}
	if v := env["DOCKER_API_VERSION"]; v != "" && o.Version == "" {
		o.Version = v
	}
	return o
}
