package bindings

import (
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// registries returns the plain and the htpasswd test registries.
func registries(t *testing.T) (plain, auth string) {
	t.Helper()
	e := testengine.Get()
	require.NotEmpty(t, e.Registry, "the test registry (%s)", testengine.EnvRegistry)
	require.NotEmpty(t, e.AuthRegistry, "the test auth registry (%s)", testengine.EnvAuthRegistry)
	return e.Registry, e.AuthRegistry
}

// envCall is a Call whose environment has DOCKER_CONFIG set to dir.
func envCall(t *testing.T, dir string) *Call {
	c := testCall(t)
	c.Env = &Env{Getenv: func(k string) string {
		if k == "DOCKER_CONFIG" {
			return dir
		}
		return os.Getenv(k)
	}}
	return c
}

// TestPushPull pushes busybox to the plain registry and pulls it back
// through the api and the collection, with its registry data.
func TestPushPull(t *testing.T) {
	plain, _ := registries(t)
	c := envCall(t, t.TempDir())
	cl := testClient()
	repo := plain + "/" + testengine.Name(t, "pushpull")
	removeImage(t, repo+":v1", repo+":v2")
	bb := mustInvoke(t, c, cl.images, "get", testengine.BusyboxImage).(*Image)
	mustInvoke(t, c, bb, "tag", repo, "v1")
	mustInvoke(t, c, bb, "tag", repo, "v2")

	// api.push(stream=True, decode=True) iterates the progress; the last
	// message carries the digest
	msgs := drain(t, mustInvoke(t, c, cl.api, "push", repo, "v1", kwargs("stream", true, "decode", true)))
	require.NotEmpty(t, msgs)
	digest := ""
	for _, m := range msgs {
		if aux, ok := m.(map[string]any)["aux"].(map[string]any); ok {
			digest, _ = aux["Digest"].(string)
		}
	}
	require.True(t, strings.HasPrefix(digest, "sha256:"), digest)
	// images.push returns the text; api.push(stream) without decode JSON lines
	text := mustInvoke(t, c, cl.images, "push", repo+":v2").(string)
	assert.Contains(t, text, `"status"`)
	lines := drain(t, mustInvoke(t, c, cl.api, "push", repo, kwargs("tag", "v2", "stream", true)))
	assert.True(t, strings.HasPrefix(lines[0].(string), "{"), lines[0])

	// get_registry_data: the digest and platforms, without pulling
	rd := mustInvoke(t, c, cl.images, "get_registry_data", repo+":v1").(*RegistryData)
	assert.Equal(t, digest, rd.id)
	assert.Equal(t, digest[:19], mustProp(t, c, rd, "short_id"))
	assert.Equal(t, "<RegistryData: "+digest[:19]+">", rd.Class().Repr(rd))
	attrs := mustProp(t, c, rd, "attrs").(map[string]any)
	assert.Contains(t, attrs, "Platforms")
	for _, tt := range []struct {
		platform any
		want     bool
	}{
		{"linux", true}, {"linux/amd64", true}, {map[string]any{"os": "linux"}, true},
		{"windows", false}, {"linux/arm64", false}, {"linux/amd64/v9", false},
	} {
		assert.Equal(t, tt.want, mustInvoke(t, c, rd, "has_platform", tt.platform), "%v", tt.platform)
	}
	_, err := invoke(t, c, rd, "has_platform", "a/b/c/d")
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "not a valid platform descriptor")
	mustInvoke(t, c, rd, "reload")
	assert.Equal(t, digest, rd.id)

	// pull back: images.pull returns the Image, all_tags the list,
	// RegistryData.pull the digest's image
	mustInvoke(t, c, cl.images, "remove", repo+":v1")
	mustInvoke(t, c, cl.images, "remove", repo+":v2")
	im := mustInvoke(t, c, cl.images, "pull", repo, "v1").(*Image)
	assert.Equal(t, bb.id, im.id)
	assert.Contains(t, im.tags(), repo+":v1")
	all := mustInvoke(t, c, cl.images, "pull", repo, kwargs("all_tags", true)).([]any)
	require.Len(t, all, 1)
	assert.ElementsMatch(t, []any{repo + ":v1", repo + ":v2"}, all[0].(*Image).tags())
	pulled := mustInvoke(t, c, rd, "pull").(*Image)
	assert.Equal(t, bb.id, pulled.id)

	// api.pull: the text, or the decoded progress
	text = mustInvoke(t, c, cl.api, "pull", repo+":v1").(string)
	assert.Contains(t, text, "Status: Image is up to date")
	progress := drain(t, mustInvoke(t, c, cl.api, "pull", repo, kwargs("tag", "v2", "stream", true, "decode", true)))
	assert.Contains(t, progress[len(progress)-1].(map[string]any)["status"], "Image is up to date")
}

// TestPullMissing: a missing image's error names the image and the
// registry.
func TestPullMissing(t *testing.T) {
	plain, _ := registries(t)
	c := envCall(t, t.TempDir())
	cl := testClient()
	repo := plain + "/" + testengine.Name(t, "missing")
	for _, self := range []Object{cl.images, cl.api} {
		_, err := invoke(t, c, self, "pull", repo, "v1")
		e := errClass(t, err, ImageNotFound)
		assert.Contains(t, e.Message, repo+":v1 (registry "+plain+")")
		assert.Contains(t, e.Message, "pull()")
	}
	_, err := invoke(t, c, cl.images, "get_registry_data", repo+":v1")
	e := errClass(t, err, NotFound)
	assert.Contains(t, e.Message, repo+":v1 (registry "+plain+")")
}

// TestRegistryAuth pushes to the htpasswd registry with auth_config, with
// login, with the docker config's auths and with a credential helper;
// no password ever shows in a message.
func TestRegistryAuth(t *testing.T) {
	_, authReg := registries(t)
	e := testengine.Get()
	user, password := e.AuthUser, e.AuthPassword
	require.NotEmpty(t, password)
	cl := testClient()
	repo := authReg + "/" + testengine.Name(t, "auth")
	removeImage(t, repo+":v1")
	c := envCall(t, t.TempDir())
	bb := mustInvoke(t, c, cl.images, "get", testengine.BusyboxImage).(*Image)
	mustInvoke(t, c, bb, "tag", repo, "v1")

	// without credentials the push fails, naming the image and registry
	_, err := invoke(t, c, cl.api, "push", repo, "v1")
	ex := errClass(t, err, APIError)
	assert.Contains(t, ex.Message, authReg)

	// auth_config
	out := mustInvoke(t, c, cl.images, "push", repo, "v1", kwargs("auth_config", map[string]any{"username": user, "password": password})).(string)
	assert.Contains(t, out, "digest: sha256:")
	_, err = invoke(t, c, cl.images, "get_registry_data", repo+":v1", map[string]any{"username": user, "password": password})
	require.NoError(t, err)

	// a wrong password: the message never shows it
	wrong := "wrong-" + password
	for _, call := range []func() error{
		func() error {
			_, err := invoke(t, c, cl.api, "push", repo, "v1", kwargs("auth_config", map[string]any{"username": user, "password": wrong}))
			return err
		},
		func() error {
			_, err := invoke(t, c, testClient(), "login", user, wrong, kwargs("registry", authReg))
			return err
		},
	} {
		err := call()
		require.Error(t, err)
		assert.NotContains(t, Convert(err).Error(), wrong)
		assert.NotContains(t, Convert(err).Error(), password)
	}
	_, err = invoke(t, c, cl.api, "push", repo, kwargs("auth_config", map[string]any{"username": user, "password": 1234}))
	assert.Contains(t, errClass(t, err, InvalidArgument).Message, "key 'password' must be str, not int")

	// login keeps the credentials for this client
	logged := testClient()
	res := mustInvoke(t, c, logged, "login", user, password, kwargs("registry", authReg)).(map[string]any)
	assert.Equal(t, "Login Succeeded", res["Status"])
	again := mustInvoke(t, c, logged.api, "login", user, kwargs("registry", authReg)).(map[string]any)
	assert.Equal(t, user, again["username"])
	assert.NotContains(t, again, "password")
	mustInvoke(t, c, logged.images, "remove", repo+":v1")
	im := mustInvoke(t, c, logged.images, "pull", repo+":v1").(*Image)
	assert.Equal(t, bb.id, im.id)
	// reload_config forgets it
	mustInvoke(t, c, logged.api, "reload_config")
	_, err = invoke(t, c, logged.api, "inspect_distribution", repo+":v1")
	require.Error(t, err)

	tests := []struct {
		name   string
		config string
		helper bool
	}{
		{"auths", `{"auths": {"` + authReg + `": {"auth": "` + base64.StdEncoding.EncodeToString([]byte(user+":"+password)) + `"}}}`, false},
		{"credHelpers", `{"credHelpers": {"` + authReg + `": "dscripttest"}}`, true},
		{"credsStore", `{"credsStore": "dscripttest"}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), []byte(tt.config), 0o600))
			if tt.helper {
				bin := t.TempDir()
				script := "#!/bin/sh\nread server\ncase \"$1\" in\nget) if [ \"$server\" = " + authReg + " ]; then printf '{\"ServerURL\":\"%s\",\"Username\":\"" + user + "\",\"Secret\":\"" + password + "\"}' \"$server\"; else echo 'credentials not found in native keychain'; exit 1; fi;;\nlist) printf '{\"" + authReg + "\":\"" + user + "\"}';;\n*) exit 1;;\nesac\n"
				require.NoError(t, os.WriteFile(filepath.Join(bin, "docker-credential-dscripttest"), []byte(script), 0o755))
				t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
			}
			cc := envCall(t, dir)
			fresh := testClient()
			rd := mustInvoke(t, cc, fresh.images, "get_registry_data", repo+":v1").(*RegistryData)
			assert.True(t, strings.HasPrefix(rd.id, "sha256:"))
			// builds send every known registry's credentials
			_, err := invoke(t, cc, fresh.images, "build", kwargs("fileobj", "FROM "+repo+":v1\nLABEL pulled=yes\n", "pull", true, "rm", true))
			require.NoError(t, err)
		})
	}
}

// TestSearchFakeDaemon runs api.search and images.search against a local
// fake daemon (the search index of a real one is on the internet).
func TestSearchFakeDaemon(t *testing.T) {
	var query string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/_ping") {
			w.Header().Set("Api-Version", "1.41")
			return
		}
		query = r.URL.RawQuery
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`[{"name":"busybox","description":"Busybox base image.","star_count":3000,"is_official":true,"is_automated":false}]`))
	}))
	defer srv.Close()
	eng, err := engine.New(engine.Options{Host: "tcp://" + strings.TrimPrefix(srv.URL, "http://"), Version: "1.41"})
	require.NoError(t, err)
	cl := NewClient(eng)
	c := testCall(t)
	res := mustInvoke(t, c, cl.images, "search", "busybox", kwargs("limit", int64(5))).([]any)
	require.Len(t, res, 1)
	assert.Equal(t, "busybox", res[0].(map[string]any)["name"])
	assert.Equal(t, "limit=5&term=busybox", query)
	res = mustInvoke(t, c, cl.api, "search", "busybox").([]any)
	assert.Len(t, res, 1)
	assert.Equal(t, "term=busybox", query)
	_, err = invoke(t, c, cl.api, "search", "busybox", int64(0))
	errClass(t, err, InvalidArgument)
}
