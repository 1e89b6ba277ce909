package engine

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/distribution/reference"
	credclient "github.com/docker/docker-credential-helpers/client"
	"github.com/docker/docker-credential-helpers/credentials"
)

// DefaultRegistryAuthKey is the key under which the docker CLI stores the
// credentials of Docker Hub (docker.io, index.docker.io).
const DefaultRegistryAuthKey = "https://index.docker.io/v1/"

// tokenUsername is the user name a credential helper stores with an
// identity token instead of a password.
const tokenUsername = "<token>"

// DockerConfig is the registry part of a docker CLI configuration file
// (config.json): stored auths, the default credential store and the
// per-registry credential helpers.
type DockerConfig struct {
	// Path is the file the configuration was read from ("" when none
	// existed).
	Path string
	// Auths are the credentials stored in the file, keyed as there
	// (e.g. "127.0.0.1:5000", "https://index.docker.io/v1/"), with
	// Username and Password decoded from "auth".
	Auths map[string]AuthConfig
	// CredsStore names the default credential helper
	// ("docker-credential-<name>"), or "".
	CredsStore string
	// CredHelpers maps a registry host to the credential helper that
	// holds its credentials.
	CredHelpers map[string]string
	// HelperEnv are variables ("KEY=value") added to the environment of
	// the credential helpers (docker-py's credstore_env).
	HelperEnv []string
}

// String describes the configuration without its secrets.
func (c *DockerConfig) String() string {
	keys := make([]string, 0, len(c.Auths))
	for k := range c.Auths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("DockerConfig{Path: %q, Auths for: %q, CredsStore: %q, CredHelpers: %v}", c.Path, keys, c.CredsStore, c.CredHelpers)
}

// GoString is String: %#v shows no secret either.
func (c *DockerConfig) GoString() string { return "&engine." + c.String() }

// DockerConfigDir returns the docker CLI's configuration directory:
// $DOCKER_CONFIG, else ~/.docker.
func DockerConfigDir() (string, error) {
	if d := os.Getenv("DOCKER_CONFIG"); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("engine: docker configuration directory: %w", err)
	}
	return filepath.Join(home, ".docker"), nil
}

// LoadDockerConfig reads config.json from dir ("" means DockerConfigDir).
// A missing file gives an empty configuration, as for the docker CLI.
func LoadDockerConfig(dir string) (*DockerConfig, error) {
	if dir == "" {
		d, err := DockerConfigDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	path := filepath.Join(dir, "config.json")
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return &DockerConfig{Auths: map[string]AuthConfig{}, CredHelpers: map[string]string{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("engine: reading docker configuration: %w", err)
	}
	defer f.Close()
	cfg, err := ParseDockerConfig(f)
	if err != nil {
		return nil, fmt.Errorf("engine: reading docker configuration %s: %w", path, err)
	}
	cfg.Path = path
	return cfg, nil
}

// ParseDockerConfig decodes a config.json. Errors never quote the file's
// content.
func ParseDockerConfig(r io.Reader) (*DockerConfig, error) {
	var file struct {
		Auths map[string]struct {
			Auth          string `json:"auth"`
			Username      string `json:"username"`
			Password      string `json:"password"`
			Email         string `json:"email"`
			IdentityToken string `json:"identitytoken"`
			RegistryToken string `json:"registrytoken"`
		} `json:"auths"`
		CredsStore  string            `json:"credsStore"`
		CredHelpers map[string]string `json:"credHelpers"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&file); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("invalid JSON at offset %d", syn.Offset)
		}
		return nil, errors.New("invalid configuration file (not a JSON object of the expected shape)")
	}
	cfg := &DockerConfig{Auths: map[string]AuthConfig{}, CredsStore: file.CredsStore, CredHelpers: file.CredHelpers}
	if cfg.CredHelpers == nil {
		cfg.CredHelpers = map[string]string{}
	}
	for key, a := range file.Auths {
		ac := AuthConfig{
			Username: a.Username, Password: a.Password, Email: a.Email,
			IdentityToken: a.IdentityToken, RegistryToken: a.RegistryToken,
			ServerAddress: key,
		}
		if a.Auth != "" {
			user, pass, err := decodeAuthField(a.Auth)
			if err != nil {
				return nil, fmt.Errorf("auths[%q]: %w", key, err)
			}
			ac.Username, ac.Password = user, pass
		}
		cfg.Auths[key] = ac
	}
	return cfg, nil
}

// decodeAuthField splits a base64 "user:password" auth field.
func decodeAuthField(s string) (user, password string, err error) {
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", "", errors.New("the auth field is not valid base64")
	}
	user, password, ok := strings.Cut(string(data), ":")
	if !ok {
		return "", "", errors.New("the auth field is not base64 of user:password")
	}
	return user, strings.Trim(password, "\x00"), nil
}

// RegistryOf returns the registry of an image reference as the credential
// lookup keys it: the host (with port) for "127.0.0.1:5000/app:1", and
// DefaultRegistryAuthKey for Docker Hub images such as "busybox".
func RegistryOf(image string) (string, error) {
	named, err := reference.ParseNormalizedNamed(image)
	if err != nil {
		return "", fmt.Errorf("engine: invalid image reference %q: %w", image, err)
	}
	return registryKey(reference.Domain(named)), nil
}

// registryKey maps a registry host to its credential key.
func registryKey(host string) string {
	switch host {
	case "docker.io", "index.docker.io", "registry-1.docker.io":
		return DefaultRegistryAuthKey
	}
	return host
}

// hostnameOf strips the scheme and path of a config.json key, as the
// docker CLI's ConvertToHostname does.
func hostnameOf(key string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(key, "http://"), "https://")
	host, _, _ := strings.Cut(s, "/")
	return host
}

// AuthFor returns the credentials of registry (a host[:port] such as
// "127.0.0.1:5000", an address such as "https://index.docker.io/v1/", or
// "docker.io") chosen as the docker CLI does: the credential helper of
// credHelpers for that host, else credsStore, else the file's auths (an
// exact key first, then a key with the same host name, such as
// "https://127.0.0.1:5000/v2/"). No credentials give a zero AuthConfig
// with ServerAddress set, and no error.
func (c *DockerConfig) AuthFor(ctx context.Context, registry string) (AuthConfig, error) {
	key := registryKey(hostnameOf(registry))
	helper := c.CredHelpers[key]
	if helper == "" {
		helper = c.CredHelpers[hostnameOf(key)]
	}
	if helper != "" {
		return c.helperAuth(ctx, helper, key)
	}
	if c.CredsStore != "" {
		return c.helperAuth(ctx, c.CredsStore, key)
	}
	return c.fileAuth(key), nil
}

// fileAuth looks key up in the file's auths.
func (c *DockerConfig) fileAuth(key string) AuthConfig {
	if a, ok := c.Auths[key]; ok {
		return a
	}
	host := hostnameOf(key)
	keys := make([]string, 0, len(c.Auths))
	for k := range c.Auths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if hostnameOf(k) == host {
			return c.Auths[k]
		}
	}
	return AuthConfig{ServerAddress: key}
}

// helperAuth asks the credential helper docker-credential-<helper> for the
// credentials of key.
func (c *DockerConfig) helperAuth(ctx context.Context, helper, key string) (AuthConfig, error) {
	creds, err := credclient.Get(helperProgram(ctx, c.HelperEnv, helper), key)
	if credentials.IsErrCredentialsNotFound(err) {
		a := c.fileAuth(key)
		return AuthConfig{ServerAddress: key, Email: a.Email}, nil
	}
	if err != nil {
		return AuthConfig{}, fmt.Errorf("engine: credential helper docker-credential-%s for %s: %w", helper, key, err)
	}
	a := AuthConfig{ServerAddress: key, Email: c.fileAuth(key).Email}
	if creds.Username == tokenUsername {
		a.IdentityToken = creds.Secret
	} else {
		a.Username, a.Password = creds.Username, creds.Secret
	}
	return a, nil
}

// AllAuths returns the credentials of every registry the configuration
// knows (its auths, its credHelpers and, when credsStore is set, what the
// store lists), keyed by registry: the X-Registry-Config of a build.
func (c *DockerConfig) AllAuths(ctx context.Context) (map[string]AuthConfig, error) {
	out := map[string]AuthConfig{}
	for k, a := range c.Auths {
		out[k] = a
	}
	if c.CredsStore != "" {
		list, err := credclient.List(helperProgram(ctx, c.HelperEnv, c.CredsStore))
		if err != nil {
			return nil, fmt.Errorf("engine: credential helper docker-credential-%s: listing: %w", c.CredsStore, err)
		}
		for k := range list {
			out[k] = AuthConfig{}
		}
	}
	for host := range c.CredHelpers {
		out[host] = AuthConfig{}
	}
	for k := range out {
		a, err := c.AuthFor(ctx, k)
		if err != nil {
			return nil, err
		}
		out[k] = a
	}
	return out, nil
}

// helperProgram runs docker-credential-<name> (found in $PATH) under ctx,
// keeping its standard error for error messages.
func helperProgram(ctx context.Context, env []string, name string) credclient.ProgramFunc {
	return func(args ...string) credclient.Program {
		cmd := exec.CommandContext(ctx, "docker-credential-"+name, args...)
		if len(env) > 0 {
			cmd.Env = append(os.Environ(), env...)
		}
		return &helperCmd{cmd: cmd}
	}
}

// helperCmd is one run of a credential helper.
type helperCmd struct {
	cmd *exec.Cmd
}

// Output runs the helper and returns its standard output; a failure that
// printed nothing there reports the helper's standard error instead.
func (h *helperCmd) Output() ([]byte, error) {
	var stderr bytes.Buffer
	h.cmd.Stderr = &stderr
	out, err := h.cmd.Output()
	if err != nil && len(bytes.TrimSpace(out)) == 0 && stderr.Len() > 0 {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 200 {
			msg = msg[:200] + "..."
		}
		err = fmt.Errorf("%w (stderr: %s)", err, msg)
	}
	return out, err
}

// Input sets the helper's standard input.
func (h *helperCmd) Input(in io.Reader) { h.cmd.Stdin = in }
