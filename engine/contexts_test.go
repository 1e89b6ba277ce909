package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeContext stores a context the way the docker CLI does.
func writeContext(t *testing.T, dir, name, host string) {
	t.Helper()
	sum := sha256.Sum256([]byte(name))
	meta := filepath.Join(dir, "contexts", "meta", hex.EncodeToString(sum[:]))
	require.NoError(t, os.MkdirAll(meta, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(meta, "meta.json"),
		[]byte(`{"Name":"`+name+`","Metadata":{},"Endpoints":{"docker":{"Host":"`+host+`","SkipTLSVerify":false}}}`), 0o644))
}

func TestContexts(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DOCKER_CONFIG", dir)
	t.Setenv("DOCKER_HOST", "")
	t.Setenv("DOCKER_CONTEXT", "")
	writeContext(t, dir, "remote", "tcp://127.0.0.1:2375")
	writeContext(t, dir, "local", "unix:///tmp/ctx.sock")

	ep, err := LoadContext(dir, "remote")
	require.NoError(t, err)
	assert.Equal(t, Endpoint{Host: "tcp://127.0.0.1:2375"}, ep)

	_, err = LoadContext(dir, "nope")
	var nf *ContextNotFoundError
	require.ErrorAs(t, err, &nf)
	assert.Equal(t, "nope", nf.Name)

	assert.Equal(t, "default", CurrentContext(dir))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"currentContext":"local"}`), 0o644))
	assert.Equal(t, "local", CurrentContext(dir))
	t.Setenv("DOCKER_CONTEXT", "remote")
	assert.Equal(t, "remote", CurrentContext(dir))

	tests := []struct {
		name    string
		env     map[string]string
		opts    Options
		host    string
		wantErr string
	}{
		{"DOCKER_CONTEXT", map[string]string{"DOCKER_CONTEXT": "remote"}, Options{}, "tcp://127.0.0.1:2375", ""},
		{"current context", map[string]string{"DOCKER_CONTEXT": ""}, Options{}, "unix:///tmp/ctx.sock", ""},
		{"named in options", nil, Options{Context: "remote"}, "tcp://127.0.0.1:2375", ""},
		{"DOCKER_HOST wins", map[string]string{"DOCKER_HOST": "unix:///tmp/other.sock"}, Options{}, "unix:///tmp/other.sock", ""},
		{"default context", map[string]string{"DOCKER_CONTEXT": "default"}, Options{}, DefaultHost, ""},
		{"missing context", nil, Options{Context: "nope"}, "", `context "nope" not found`},
		{"host and context", map[string]string{"DOCKER_HOST": "unix:///tmp/other.sock"}, Options{Context: "remote"}, "", "both a host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DOCKER_HOST", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			c, err := FromEnv(tc.opts)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			defer c.Close()
			assert.Equal(t, tc.host, c.Host())
		})
	}
}
