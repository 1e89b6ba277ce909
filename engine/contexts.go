package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ContextNotFoundError reports a Docker CLI context that does not exist.
type ContextNotFoundError struct {
	Name string
	Dir  string
}

func (e *ContextNotFoundError) Error() string {
	return fmt.Sprintf("context %q not found (looked in %s)", e.Name, e.Dir)
}

// Endpoint is where a Docker CLI context points: its daemon address and,
// when the context stores TLS material, a TLS setting built from it.
type Endpoint struct {
	Host          string
	SkipTLSVerify bool
	// TLSDir holds ca.pem, cert.pem and key.pem when the context has them.
	TLSDir string
}

// ConfigDir is the docker CLI's configuration directory: $DOCKER_CONFIG,
// else ~/.docker.
func ConfigDir() string {
	if d := os.Getenv("DOCKER_CONFIG"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ".docker"
	}
	return filepath.Join(home, ".docker")
}

// CurrentContext is the context the docker CLI would use: $DOCKER_CONTEXT,
// else "currentContext" of config.json, else "default".
func CurrentContext(configDir string) string {
	if c := os.Getenv("DOCKER_CONTEXT"); c != "" {
		return c
	}
	b, err := os.ReadFile(filepath.Join(configDir, "config.json"))
	if err == nil {
		var cfg struct {
			CurrentContext string `json:"currentContext"`
		}
		if json.Unmarshal(b, &cfg) == nil && cfg.CurrentContext != "" {
			return cfg.CurrentContext
		}
	}
	return "default"
}

// LoadContext reads a context of the docker CLI's store
// (configDir/contexts/meta/<sha256 of the name>/meta.json). The "default"
// context has no entry: it means DOCKER_HOST or the default socket, and
// returns an empty Endpoint.
func LoadContext(configDir, name string) (Endpoint, error) {
	if name == "" || name == "default" {
		return Endpoint{}, nil
	}
	sum := sha256.Sum256([]byte(name))
	id := hex.EncodeToString(sum[:])
	metaDir := filepath.Join(configDir, "contexts", "meta", id)
	b, err := os.ReadFile(filepath.Join(metaDir, "meta.json"))
	if errors.Is(err, os.ErrNotExist) {
		return Endpoint{}, &ContextNotFoundError{Name: name, Dir: filepath.Join(configDir, "contexts")}
	}
	if err != nil {
		return Endpoint{}, fmt.Errorf("engine: context %q: %w", name, err)
	}
	var meta struct {
		Endpoints map[string]struct {
			Host          string
			SkipTLSVerify bool
		}
	}
	if err := json.Unmarshal(b, &meta); err != nil {
		return Endpoint{}, fmt.Errorf("engine: context %q: bad meta.json: %w", name, err)
	}
	ep, ok := meta.Endpoints["docker"]
	if !ok || ep.Host == "" {
		return Endpoint{}, fmt.Errorf("engine: context %q has no docker endpoint", name)
	}
	out := Endpoint{Host: ep.Host, SkipTLSVerify: ep.SkipTLSVerify}
	tlsDir := filepath.Join(configDir, "contexts", "tls", id, "docker")
	if _, err := os.Stat(filepath.Join(tlsDir, "ca.pem")); err == nil {
		out.TLSDir = tlsDir
	}
	return out, nil
}

// applyContext fills the host (and TLS) of opts from a context when
// neither opts.Host nor $DOCKER_HOST gives one, as the docker CLI does.
func applyContext(opts *Options) error {
	if opts.Host != "" {
		return nil
	}
	dir := ConfigDir()
	name := opts.Context
	if name == "" {
		name = CurrentContext(dir)
	}
	ep, err := LoadContext(dir, name)
	if err != nil {
		return err
	}
	if ep.Host == "" {
		return nil
	}
	opts.Host = ep.Host
	if ep.TLSDir != "" && opts.TLSConfig == nil {
		cfg, err := TLSConfigFromFiles(filepath.Join(ep.TLSDir, "ca.pem"),
			filepath.Join(ep.TLSDir, "cert.pem"), filepath.Join(ep.TLSDir, "key.pem"), !ep.SkipTLSVerify)
		if err != nil {
			return fmt.Errorf("engine: context %q: %w", name, err)
		}
		opts.TLSConfig = cfg
	}
	return nil
}
