package bindings

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/dscript/dscript/engine"
)

// The registry operations of client.api: login and reload_config
// (docker-py's api/daemon.py), and the credentials every pull, push,
// distribution inspect and build sends, chosen per registry as the docker
// CLI does.

// AuthConfigValue is an auth_config argument: a dict with docker-py's
// keys (username, password, email, serveraddress, auth, identitytoken,
// registrytoken). Conversion errors name keys, never values.
type AuthConfigValue = *engine.AuthConfig

func toAuthConfig(v any) (AuthConfigValue, error) {
	d, ok := v.(map[string]any)
	if !ok {
		return nil, typeError("dict", v)
	}
	a := &engine.AuthConfig{}
	fields := map[string]*string{
		"username": &a.Username, "password": &a.Password, "email": &a.Email,
		"serveraddress": &a.ServerAddress, "auth": &a.Auth,
		"identitytoken": &a.IdentityToken, "registrytoken": &a.RegistryToken,
	}
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, known := fields[k]
		if !known {
			return nil, fmt.Errorf("has the unknown key '%s' (username, password, email, serveraddress, auth, identitytoken, registrytoken)", k)
		}
		if d[k] == nil {
			continue
		}
		s, isStr := d[k].(string)
		if !isStr {
			return nil, fmt.Errorf("key '%s' must be str, not %s", k, typeName(d[k]))
		}
		*p = s
	}
	return a, nil
}

var _ = registerAuthKinds()

func registerAuthKinds() bool {
	RegisterKind("dict", true, toAuthConfig)
	return true
}

// registryAuth is what an APIClient knows of registry credentials: the
// docker CLI's configuration, read on first use, and what login added.
type registryAuth struct {
	mu     sync.Mutex
	cfg    *engine.DockerConfig
	logins map[string]engine.AuthConfig // by registry key
	env    []string                     // credstore_env, for the credential helpers
}

// configDir is the docker CLI's configuration directory as the script's
// environment gives it: $DOCKER_CONFIG, else ~/.docker.
func configDir(c *Call) (string, error) {
	if c.Env != nil && c.Env.Getenv != nil {
		if d := c.Env.Getenv("DOCKER_CONFIG"); d != "" {
			return d, nil
		}
	}
	return engine.DockerConfigDir()
}

// checkFiles refuses a host path named by a script whose runtime's policy
// does not let scripts read files; Go callers without a runtime policy
// may.
func checkFiles(c *Call, arg, path string) error {
	if c.Env == nil || c.Env.Capabilities == nil || c.Env.Allows(CapFiles) {
		return nil
	}
	return ArgError(c.Name(), "argument '%s': %q is a host path, and this runtime's policy does not let scripts read files", arg, path)
}

// loadConfigFile reads a config.json given by its path.
func loadConfigFile(path string) (*engine.DockerConfig, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg, err := engine.ParseDockerConfig(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg.Path = path
	return cfg, nil
}

// load (re)reads the configuration: the file at path when given and
// present, else the default one. It drops what login added.
func (r *registryAuth) load(c *Call, path string) error {
	var cfg *engine.DockerConfig
	var err error
	if path != "" {
		if _, statErr := os.Stat(path); statErr == nil {
			cfg, err = loadConfigFile(path)
		}
	}
	if cfg == nil && err == nil {
		var dir string
		if dir, err = configDir(c); err == nil {
			cfg, err = engine.LoadDockerConfig(dir)
		}
	}
	if err != nil {
		return &Error{Class: InvalidConfigFile, Message: c.Name() + ": " + err.Error(), cause: err}
	}
	if len(r.env) > 0 {
		cfg.HelperEnv = r.env
	}
	r.cfg, r.logins = cfg, nil
	return nil
}

// config returns the configuration, reading it on first use.
func (r *registryAuth) config(c *Call) (*engine.DockerConfig, error) {
	if r.cfg == nil {
		if err := r.load(c, ""); err != nil {
			return nil, err
		}
	}
	return r.cfg, nil
}

// authFor returns the credentials of a registry key: what login stored,
// else the configuration's (credential helper, store or auths).
func (r *registryAuth) authFor(c *Call, key string) (engine.AuthConfig, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if a, ok := r.logins[key]; ok {
		return a, nil
	}
	cfg, err := r.config(c)
	if err != nil {
		return engine.AuthConfig{}, err
	}
	a, err := cfg.AuthFor(c.Context(), key)
	if err != nil {
		return engine.AuthConfig{}, fmt.Errorf("%s: %w", c.Name(), err)
	}
	return a, nil
}

// all returns the credentials of every registry known, for a build's
// X-Registry-Config; nil when there are none.
func (r *registryAuth) all(c *Call) (map[string]engine.AuthConfig, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	cfg, err := r.config(c)
	if err != nil {
		return nil, err
	}
	out, err := cfg.AllAuths(c.Context())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Name(), err)
	}
	for k, a := range r.logins {
		out[k] = a
	}
	if len(out) == 0 {
		return nil, nil
	}
	if a, ok := out[engine.DefaultRegistryAuthKey]; ok {
		if _, ok := out["docker.io"]; !ok {
			out["docker.io"] = a
		}
	}
	return out, nil
}

// registryAuthHeader is the X-Registry-Auth value for an image: given (an
// auth_config argument) when not nil, else the credentials known for the
// image's registry; "" when there are none.
func (a *APIClient) registryAuthHeader(c *Call, image string, given AuthConfigValue) (string, error) {
	var ac engine.AuthConfig
	if given != nil {
		ac = *given
	} else {
		key, err := engine.RegistryOf(image)
		if err != nil {
			return "", Errorf(InvalidRepository, "%s: %v", c.Name(), err)
		}
		if ac, err = a.auth.authFor(c, key); err != nil {
			return "", err
		}
		if ac.IsZero() {
			return "", nil
		}
	}
	h, err := engine.EncodeAuth(ac)
	if err != nil {
		return "", fmt.Errorf("%s: %w", c.Name(), err)
	}
	return h, nil
}

// LoginArgs are api.login()'s parameters.
type LoginArgs struct {
	Username      string  `arg:"username" pos:"0" req:"true" doc:"The registry user name."`
	Password      *string `arg:"password" pos:"1" doc:"The password (never shown in messages)."`
	Email         *string `arg:"email" pos:"2" doc:"The e-mail address of the account."`
	Registry      *string `arg:"registry" pos:"3" doc:"The registry, e.g. \"127.0.0.1:5000\" (default: Docker Hub)."`
	Reauth        bool    `arg:"reauth" pos:"4" doc:"Log in again even when credentials for this user are known."`
	DockercfgPath *string `arg:"dockercfg_path" pos:"5" doc:"Path of a docker config.json to read credentials from."`
}

// ReloadConfigArgs are api.reload_config()'s parameters.
type ReloadConfigArgs struct {
	DockercfgPath *string `arg:"dockercfg_path" pos:"0" doc:"Path of a docker config.json (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)."`
}

var apiLogin = Def(APIClientClass, "login", "Log in to a registry: checks the credentials with the daemon and keeps them for this client's pulls, pushes and builds.", func(c *Call, a *APIClient, x *LoginArgs) (any, error) {
	return a.login(c, x)
})

func init() {
	Def(APIClientClass, "reload_config", "Read the docker configuration (registry credentials) again, forgetting logins.", func(c *Call, a *APIClient, x *ReloadConfigArgs) (any, error) {
		a.auth.mu.Lock()
		defer a.auth.mu.Unlock()
		path := ""
		if x.DockercfgPath != nil {
			path = *x.DockercfgPath
			if err := checkFiles(c, "dockercfg_path", path); err != nil {
				return nil, err
			}
		}
		return nil, a.auth.load(c, path)
	})
}

// login is docker-py's APIClient.login: known credentials of the same user
// are returned (without their secrets) unless reauth; otherwise the daemon
// checks them and, when it accepts them, this client keeps them.
func (a *APIClient) login(c *Call, x *LoginArgs) (any, error) {
	registry := ""
	if x.Registry != nil {
		registry = *x.Registry
	}
	key := engine.DefaultRegistryAuthKey
	if registry != "" {
		key = registryKeyOf(registry)
	}
	if x.DockercfgPath != nil {
		if err := checkFiles(c, "dockercfg_path", *x.DockercfgPath); err != nil {
			return nil, err
		}
	}
	a.auth.mu.Lock()
	if x.DockercfgPath != nil && *x.DockercfgPath != "" {
		if _, err := os.Stat(*x.DockercfgPath); err == nil {
			if err := a.auth.load(c, *x.DockercfgPath); err != nil {
				a.auth.mu.Unlock()
				return nil, err
			}
		}
	}
	a.auth.mu.Unlock()
	known, err := a.auth.authFor(c, key)
	if err != nil {
		return nil, err
	}
	if known.Username != "" && known.Username == x.Username && !x.Reauth {
		return publicAuth(known), nil
	}
	req := engine.AuthConfig{Username: x.Username, ServerAddress: registry}
	if x.Password != nil {
		req.Password = *x.Password
	}
	if x.Email != nil {
		req.Email = *x.Email
	}
	raw, err := a.eng.SystemAuth(c.Context(), req)
	if err != nil {
		return nil, err
	}
	stored := req
	var res struct{ IdentityToken string }
	if json.Unmarshal(raw, &res) == nil && res.IdentityToken != "" {
		stored.IdentityToken = res.IdentityToken
	}
	a.auth.mu.Lock()
	if a.auth.logins == nil {
		a.auth.logins = map[string]engine.AuthConfig{}
	}
	a.auth.logins[key] = stored
	a.auth.mu.Unlock()
	return decodeRaw(raw, nil)
}

// registryKeyOf maps a registry as login takes it ("127.0.0.1:5000",
// "https://127.0.0.1:5000/v2/", "docker.io") to its credential key.
func registryKeyOf(registry string) string {
	host := strings.TrimPrefix(strings.TrimPrefix(registry, "https://"), "http://")
	host, _, _ = strings.Cut(host, "/")
	if k, err := engine.RegistryOf(host + "/x"); err == nil {
		return k
	}
	return registry
}

// publicAuth is a known login as login returns it: who and where, never
// the secrets.
func publicAuth(a engine.AuthConfig) map[string]any {
	out := map[string]any{"username": a.Username, "serveraddress": a.ServerAddress}
	if a.Email != "" {
		out["email"] = a.Email
	}
	return out
}
