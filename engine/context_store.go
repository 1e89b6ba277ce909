package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ContextMeta is the meta.json of a context in the docker CLI's store.
type ContextMeta struct {
	Name      string                    `json:"Name"`
	Metadata  map[string]any            `json:"Metadata"`
	Endpoints map[string]map[string]any `json:"Endpoints"`
}

// contextID is the directory name of a context: the hex SHA-256 of its
// name.
func contextID(name string) string {
	sum := sha256.Sum256([]byte(name))
	return hex.EncodeToString(sum[:])
}

// ContextMetaDir is the directory of a context's meta.json.
func ContextMetaDir(configDir, name string) string {
	return filepath.Join(configDir, "contexts", "meta", contextID(name))
}

// ContextTLSDir is the directory of a context's TLS material (one
// subdirectory per endpoint).
func ContextTLSDir(configDir, name string) string {
	return filepath.Join(configDir, "contexts", "tls", contextID(name))
}

// ReadContextMeta reads a context's meta.json; it returns nil and no error
// when the context does not exist.
func ReadContextMeta(configDir, name string) (*ContextMeta, error) {
	b, err := os.ReadFile(filepath.Join(ContextMetaDir(configDir, name), "meta.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("engine: context %q: %w", name, err)
	}
	var m ContextMeta
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("engine: context %q: bad meta.json: %w", name, err)
	}
	if m.Metadata == nil {
		m.Metadata = map[string]any{}
	}
	if m.Endpoints == nil {
		m.Endpoints = map[string]map[string]any{}
	}
	return &m, nil
}

// ListContexts returns the contexts of the store, by name.
func ListContexts(configDir string) ([]ContextMeta, error) {
	dir := filepath.Join(configDir, "contexts", "meta")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("engine: listing contexts: %w", err)
	}
	var out []ContextMeta
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "meta.json"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("engine: listing contexts: %w", err)
		}
		var m ContextMeta
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("engine: listing contexts: bad %s: %w", filepath.Join(dir, e.Name(), "meta.json"), err)
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// WriteContextMeta writes a context's meta.json, creating its directory.
func WriteContextMeta(configDir string, m ContextMeta) error {
	dir := ContextMetaDir(configDir, m.Name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("engine: context %q: %w", m.Name, err)
	}
	if m.Metadata == nil {
		m.Metadata = map[string]any{}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("engine: context %q: %w", m.Name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), b, 0o644); err != nil {
		return fmt.Errorf("engine: context %q: %w", m.Name, err)
	}
	return nil
}

// RemoveContext removes a context's metadata and TLS material.
func RemoveContext(configDir, name string) error {
	for _, d := range []string{ContextMetaDir(configDir, name), ContextTLSDir(configDir, name)} {
		if err := os.RemoveAll(d); err != nil {
			return fmt.Errorf("engine: removing context %q: %w", name, err)
		}
	}
	return nil
}

// SetCurrentContext records name as the current context in config.json
// (keeping its other settings); "" or "default" removes the setting.
func SetCurrentContext(configDir, name string) error {
	path := filepath.Join(configDir, "config.json")
	cfg := map[string]any{}
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := json.Unmarshal(b, &cfg); err != nil {
			return fmt.Errorf("engine: setting the current context: bad %s: %w", path, err)
		}
		if cfg == nil {
			cfg = map[string]any{}
		}
	case !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("engine: setting the current context: %w", err)
	}
	if name == "" || name == "default" {
		if _, ok := cfg["currentContext"]; !ok {
			return nil
		}
		delete(cfg, "currentContext")
	} else {
		cfg["currentContext"] = name
	}
	out, err := json.MarshalIndent(cfg, "", "\t")
	if err != nil {
		return fmt.Errorf("engine: setting the current context: %w", err)
	}
	if err := os.MkdirAll(configDir, 0o700); err != nil {
		return fmt.Errorf("engine: setting the current context: %w", err)
	}
	if err := os.WriteFile(path, append(out, '\n'), 0o600); err != nil {
		return fmt.Errorf("engine: setting the current context: %w", err)
	}
	return nil
}
