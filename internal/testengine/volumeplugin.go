package testengine

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// VolumePlugin is the test volume-driver plugin (./volumeplugin) built as
// a static binary, ready to be packaged as a Docker plugin.
type VolumePlugin struct {
	binary []byte
}

// BuildVolumePlugin compiles the test volume-driver plugin.
func BuildVolumePlugin(t testing.TB) *VolumePlugin {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "plugin")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/dscript/dscript/internal/testengine/volumeplugin")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("testengine: build the volume plugin: %v: %s", err, out)
	}
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatalf("testengine: %v", err)
	}
	return &VolumePlugin{binary: b}
}

// config is the plugin's config.json; description tells versions apart.
func (p *VolumePlugin) config(description string) []byte {
	b, _ := json.Marshal(map[string]any{
		"description":   description,
		"documentation": "https://example.invalid/",
		"entrypoint":    []string{"/plugin"},
		"interface":     map[string]any{"types": []string{"docker.volumedriver/1.0"}, "socket": "vol.sock"},
		"network":       map[string]any{"type": "host"},
		"env":           []map[string]any{{"name": "GREETING", "description": "reported in volume status", "settable": []string{"value"}, "value": "hi"}},
	})
	return b
}

// Dir writes the plugin (config.json and rootfs) of the version described
// to a new directory and returns it; each version has a rootfs of its own.
func (p *VolumePlugin) Dir(t testing.TB, description string) string {
	t.Helper()
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatalf("testengine: write the volume plugin: %v", err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "config.json"), p.config(description), 0o644))
	for _, d := range []string{"dev", "proc", "sys", "etc", "tmp", "run/docker/plugins", "data"} {
		must(os.MkdirAll(filepath.Join(dir, "rootfs", d), 0o755))
	}
	must(os.WriteFile(filepath.Join(dir, "rootfs", "plugin"), p.binary, 0o755))
	must(os.WriteFile(filepath.Join(dir, "rootfs", "etc", "version"), []byte(description+"\n"), 0o644))
	return dir
}

// Tar returns the plugin of the version described as a tar context (what
// POST /plugins/create reads).
func (p *VolumePlugin) Tar(t testing.TB, description string) io.Reader {
	t.Helper()
	dir := p.Dir(t, description)
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			return tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: rel + "/", Mode: 0o755})
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: rel, Mode: int64(info.Mode().Perm()), Size: int64(len(data))}); err != nil {
			return err
		}
		_, err = tw.Write(data)
		return err
	})
	if err == nil {
		err = tw.Close()
	}
	if err != nil {
		t.Fatalf("testengine: tar the volume plugin: %v", err)
	}
	return &buf
}
