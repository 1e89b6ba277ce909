package engine_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// b64 returns base64("user:password") as config.json stores it.
func b64(user, password string) string {
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + password))
}

func TestDockerConfigAuthFor(t *testing.T) {
	cfg, err := engine.ParseDockerConfig(strings.NewReader(`{
		"auths": {
			"https://index.docker.io/v1/": {"auth": "` + b64("hubuser", "hub-secret") + `", "email": "hub@example.com"},
			"127.0.0.1:5000": {"auth": "` + b64("plain", "plain-secret") + `"},
			"https://registry.example.com/v2/": {"auth": "` + b64("prefixed", "prefixed-secret") + `"},
			"token.example.com": {"identitytoken": "refresh-token-secret"}
		}
	}`))
	require.NoError(t, err)
	tests := []struct {
		registry string
		want     engine.AuthConfig
	}{
		{"docker.io", engine.AuthConfig{Username: "hubuser", Password: "hub-secret", Email: "hub@example.com", ServerAddress: engine.DefaultRegistryAuthKey}},
		{"index.docker.io", engine.AuthConfig{Username: "hubuser", Password: "hub-secret", Email: "hub@example.com", ServerAddress: engine.DefaultRegistryAuthKey}},
		{engine.DefaultRegistryAuthKey, engine.AuthConfig{Username: "hubuser", Password: "hub-secret", Email: "hub@example.com", ServerAddress: engine.DefaultRegistryAuthKey}},
		{"127.0.0.1:5000", engine.AuthConfig{Username: "plain", Password: "plain-secret", ServerAddress: "127.0.0.1:5000"}},
		{"http://127.0.0.1:5000", engine.AuthConfig{Username: "plain", Password: "plain-secret", ServerAddress: "127.0.0.1:5000"}},
		{"registry.example.com", engine.AuthConfig{Username: "prefixed", Password: "prefixed-secret", ServerAddress: "https://registry.example.com/v2/"}},
		{"token.example.com", engine.AuthConfig{IdentityToken: "refresh-token-secret", ServerAddress: "token.example.com"}},
		{"127.0.0.1:5001", engine.AuthConfig{ServerAddress: "127.0.0.1:5001"}},
	}
	for _, tc := range tests {
		t.Run(tc.registry, func(t *testing.T) {
			got, err := cfg.AuthFor(context.Background(), tc.registry)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}

	for ref, want := range map[string]string{
		"busybox":                   engine.DefaultRegistryAuthKey,
		"library/busybox:1":         engine.DefaultRegistryAuthKey,
		"docker.io/library/busybox": engine.DefaultRegistryAuthKey,
		"127.0.0.1:5000/app:v1":     "127.0.0.1:5000",
		"registry.example.com/a/b@sha256:" + strings.Repeat("a", 64): "registry.example.com",
		"localhost/app": "localhost",
	} {
		got, err := engine.RegistryOf(ref)
		require.NoError(t, err, ref)
		assert.Equal(t, want, got, ref)
	}
	_, err = engine.RegistryOf("bad//ref")
	assert.ErrorContains(t, err, `invalid image reference "bad//ref"`)
}

func TestDockerConfigSecretsStayHidden(t *testing.T) {
	secret := "very-secret-password"
	a := engine.AuthConfig{Username: "u", Password: secret, Auth: b64("u", secret), IdentityToken: secret + "-id", RegistryToken: secret + "-reg", ServerAddress: "r"}
	cfg, err := engine.ParseDockerConfig(strings.NewReader(`{"auths": {"r": {"auth": "` + b64("u", secret) + `"}}}`))
	require.NoError(t, err)
	for _, s := range []string{
		a.String(), a.GoString(), fmt.Sprint(a), fmt.Sprintf("%v %+v %#v %s", a, a, a, a), fmt.Sprintf("%+v", struct{ A engine.AuthConfig }{a}),
		cfg.String(), fmt.Sprintf("%v %+v %#v", cfg, cfg, cfg),
	} {
		assert.NotContains(t, s, secret)
		assert.NotContains(t, s, b64("u", secret))
	}
	assert.Contains(t, a.String(), "Password: <redacted>")

	for _, bad := range []string{
		`{"auths": {"r": {"auth": "` + b64("u", secret)[:7] + `!"}}}`,
		`{"auths": {"r": {"auth": "` + base64.StdEncoding.EncodeToString([]byte(secret)) + `"}}}`,
		`{"auths": {"r": {"auth": "` + secret + `"`,
		`{"auths": ["` + secret + `"]}`,
	} {
		_, err := engine.ParseDockerConfig(strings.NewReader(bad))
		require.Error(t, err, bad)
		assert.NotContains(t, err.Error(), secret)
	}
}

func TestDockerConfigFile(t *testing.T) {
	dir := t.TempDir()
	cfg, err := engine.LoadDockerConfig(dir)
	require.NoError(t, err, "a missing file is an empty configuration")
	assert.Empty(t, cfg.Auths)
	assert.Equal(t, "", cfg.Path)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"auths": {"127.0.0.1:5000": {"auth": "`+b64("u", "p")+`"}}, "credsStore": "none"}`), 0o600))
	t.Setenv("DOCKER_CONFIG", dir)
	cfg, err = engine.LoadDockerConfig("")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "config.json"), cfg.Path)
	assert.Equal(t, "none", cfg.CredsStore)
	assert.Equal(t, "p", cfg.Auths["127.0.0.1:5000"].Password)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(`{"auths": `), 0o600))
	_, err = engine.LoadDockerConfig("")
	assert.ErrorContains(t, err, filepath.Join(dir, "config.json"))
}

// buildCredHelper builds testdata/credhelper as
// docker-credential-<name> in a directory put first in $PATH, serving
// store (server URL -> {Username, Secret}). The test must not be parallel.
func buildCredHelper(t *testing.T, name string, store map[string][2]string) {
	t.Helper()
	bin := t.TempDir()
	cmd := exec.Command("go", "build", "-o", filepath.Join(bin, "docker-credential-"+name), "./testdata/credhelper")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	entries := map[string]map[string]string{}
	for k, v := range store {
		entries[k] = map[string]string{"Username": v[0], "Secret": v[1]}
	}
	data, err := json.Marshal(entries)
	require.NoError(t, err)
	storeFile := filepath.Join(t.TempDir(), "store.json")
	require.NoError(t, os.WriteFile(storeFile, data, 0o600))
	t.Setenv("DSCRIPT_CREDHELPER_STORE", storeFile)
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

func TestCredentialHelper(t *testing.T) {
	ctx := testCtx(t)
	_, authReg := registries(t)
	e := testengine.Get()
	buildCredHelper(t, "dscripttest", map[string][2]string{
		authReg:                       {e.AuthUser, e.AuthPassword},
		engine.DefaultRegistryAuthKey: {"<token>", "hub-identity-token"},
		"store-only.example.com":      {"storeuser", "store-secret"},
	})
	cfg, err := engine.ParseDockerConfig(strings.NewReader(`{
		"auths": {"127.0.0.1:5999": {"email": "kept@example.com"}},
		"credsStore": "dscripttest",
		"credHelpers": {"` + authReg + `": "dscripttest", "broken.example.com": "nosuchhelper"}
	}`))
	require.NoError(t, err)

	auth, err := cfg.AuthFor(ctx, authReg)
	require.NoError(t, err)
	assert.Equal(t, engine.AuthConfig{Username: e.AuthUser, Password: e.AuthPassword, ServerAddress: authReg}, auth)

	hub, err := cfg.AuthFor(ctx, "docker.io")
	require.NoError(t, err)
	assert.Equal(t, engine.AuthConfig{IdentityToken: "hub-identity-token", ServerAddress: engine.DefaultRegistryAuthKey}, hub,
		"the <token> user name marks an identity token")

	none, err := cfg.AuthFor(ctx, "127.0.0.1:5999")
	require.NoError(t, err, "credentials not found is no error")
	assert.Equal(t, engine.AuthConfig{ServerAddress: "127.0.0.1:5999", Email: "kept@example.com"}, none)

	_, err = cfg.AuthFor(ctx, "broken.example.com")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "docker-credential-nosuchhelper")

	all, err := (&engine.DockerConfig{CredsStore: "dscripttest"}).AllAuths(ctx)
	require.NoError(t, err)
	assert.Equal(t, "store-secret", all["store-only.example.com"].Password)
	assert.Equal(t, e.AuthPassword, all[authReg].Password)

	// The helper's credentials log in and push to the registry.
	raw, err := client().SystemAuth(ctx, auth)
	require.NoError(t, err)
	assert.Contains(t, string(raw), "Login Succeeded")
	ref := tagBusybox(t, authReg+"/"+testengine.Name(t, "helper"), "v1")
	_, err = client().ImagePushWait(ctx, ref, engine.ImagePushOptions{RegistryAuth: encodeAuth(t, auth)}, nil)
	require.NoError(t, err)
}
