package bindings

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCredstoreEnv runs a real credential helper: credstore_env reaches
// its environment, and only that client's.
func TestCredstoreEnv(t *testing.T) {
	dir := t.TempDir()
	helper := "#!/bin/sh\nread server\nprintf '{\"ServerURL\":\"%s\",\"Username\":\"u\",\"Secret\":\"%s\"}' \"$server\" \"${DSCRIPT_HELPER_SECRET:-unset}\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "docker-credential-envtest"), []byte(helper), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"credHelpers":{"127.0.0.1:5999":"envtest"}}`), 0o600))
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("DOCKER_CONFIG", dir)
	t.Setenv("DSCRIPT_HELPER_SECRET", "")
	for _, tc := range []struct {
		name string
		kw   map[string]any
		want string
	}{
		{"with credstore_env", map[string]any{"credstore_env": map[string]any{"DSCRIPT_HELPER_SECRET": "from-credstore-env"}}, "from-credstore-env"},
		{"without", map[string]any{}, "unset"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := testCall(t)
			kw := map[string]any{"base_url": "unix:///nonexistent.sock"}
			for k, v := range tc.kw {
				kw[k] = v
			}
			v, err := DockerModuleClass.Lookup("APIClient", false).(*Method).Invoke(c, Docker, []any{kw})
			require.NoError(t, err)
			api := v.(*APIClient)
			a, err := api.auth.authFor(c, "127.0.0.1:5999")
			require.NoError(t, err)
			assert.Equal(t, "u", a.Username)
			assert.Equal(t, tc.want, a.Password)
		})
	}
}
