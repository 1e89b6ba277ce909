package bindings

import (
	"os"
	"path/filepath"
	"strings"
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
	Func(cls, "from_env", "A DockerClient configured from the environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION).", func(c *Call, a *FromEnvArgs) (any, error) {
		var st clientSetup
		if c.Env != nil {
			st.opts = c.Env.Defaults
		}
		o := &st.opts
		if a.Version != nil {
			o.Version = *a.Version
		}
		if a.Timeout != nil {
			o.Timeout = time.Duration(*a.Timeout)
		}
		if err := poolSize(c, o, a.MaxPoolSize, &st.custom); err != nil {
			return nil, err
		}
		env, err := credstoreEnv(c, a.CredstoreEnv)
		if err != nil {
			return nil, err
		}
		st.credsEnv = env
		if a.Environment != nil {
			vars, err := ToStringMap(a.Environment)
			if err != nil {
				return nil, ArgError(c.Name(), "argument 'environment' %v", err)
			}
			if err := engineOptionsFromMap(c, o, vars); err != nil {
				return nil, err
			}
		}
		eng, err := newEngine(c, st, a.Environment == nil)
		if err != nil {
			return nil, err
		}
		return newClientWith(eng, &APIClient{eng: eng, auth: registryAuth{env: st.credsEnv}}), nil
	})
	m := Func(cls, "DockerClient", "A client for the daemon at base_url.", func(c *Call, a *ClientArgs) (any, error) {
		st, err := a.options(c)
		if err != nil {
			return nil, err
		}
		eng, err := newEngine(c, st, false)
		if err != nil {
			return nil, err
		}
		return newClientWith(eng, &APIClient{eng: eng, auth: registryAuth{env: st.credsEnv}}), nil
	})
	m.Ctor = true
	m = Func(cls, "APIClient", "A low-level client for the daemon at base_url.", func(c *Call, a *ClientArgs) (any, error) {
		st, err := a.options(c)
		if err != nil {
			return nil, err
		}
		eng, err := newEngine(c, st, false)
		if err != nil {
			return nil, err
		}
		return &APIClient{eng: eng, auth: registryAuth{env: st.credsEnv}}, nil
	})
	m.Ctor = true
}

// engineOptionsFromMap applies the DOCKER_* variables of an explicit
// environment dict (docker.from_env{environment=...}) as docker-py's
// kwargs_from_env does.
func engineOptionsFromMap(c *Call, o *engine.Options, env map[string]string) error {
	if h := env["DOCKER_HOST"]; h != "" {
		o.Host = h
	}
	if v := env["DOCKER_API_VERSION"]; v != "" && o.Version == "" {
		o.Version = v
	}
	certPath := env["DOCKER_CERT_PATH"]
	verify := env["DOCKER_TLS_VERIFY"] != ""
	if certPath == "" && !verify {
		return nil
	}
	if certPath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return Errorf(TLSParameterError, "%s: DOCKER_TLS_VERIFY is set without DOCKER_CERT_PATH and the home directory is unknown: %v", c.Name(), err)
		}
		certPath = filepath.Join(home, ".docker")
	}
	if err := checkFiles(c, "environment", certPath); err != nil {
		return err
	}
	cfg, err := engine.TLSConfigFromFiles(filepath.Join(certPath, "ca.pem"), filepath.Join(certPath, "cert.pem"), filepath.Join(certPath, "key.pem"), verify)
	if err != nil {
		return Errorf(TLSParameterError, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
	}
	o.TLSConfig = cfg
	return nil
}
