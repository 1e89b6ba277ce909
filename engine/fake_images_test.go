package engine

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests named TestFake... run against a local fake daemon; image search
// cannot reach a remote index here, and the fake records requests exactly.

func TestFakeImageSearch(t *testing.T) {
	answer := `[{"name":"busybox","description":"Busybox base image.","star_count":3000,"is_official":true,"is_automated":false}]`
	c, f := newFake(t, Options{}, jsonHandler(http.StatusOK, answer))
	ctx := context.Background()
	raw, err := c.ImageSearch(ctx, ImageSearchOptions{Term: "busybox", Limit: 5, Filters: Filters{"is-official": {"true"}}, RegistryAuth: "e30="})
	require.NoError(t, err)
	assert.JSONEq(t, answer, string(raw))
	r, _ := f.lastRequest(t)
	assert.Equal(t, "/v1.41/images/search", r.URL.Path)
	assert.Equal(t, url.Values{"term": {"busybox"}, "limit": {"5"}, "filters": {`{"is-official":["true"]}`}}, r.URL.Query())
	assert.Equal(t, "e30=", r.Header.Get("X-Registry-Auth"))

	for _, tc := range []struct {
		opts ImageSearchOptions
		want string
	}{
		{ImageSearchOptions{}, "engine: ImageSearch: opts.Term: empty search term"},
		{ImageSearchOptions{Term: "x", Limit: -1}, "engine: ImageSearch: opts.Limit: negative limit -1"},
	} {
		_, err := c.ImageSearch(ctx, tc.opts)
		assert.EqualError(t, err, tc.want)
	}
}

func TestFakeImageBuildRequest(t *testing.T) {
	c, f := newFake(t, Options{}, jsonHandler(http.StatusOK, `{"stream":"Step 1/1 : FROM scratch\n"}
{"aux":{"ID":"sha256:abc"}}
{"stream":"Successfully built abc\n"}`))
	ctx := context.Background()
	bc, err := DockerfileBuildContext(strings.NewReader("FROM scratch\n"))
	require.NoError(t, err)
	rm := false
	val := "v"
	id, err := c.ImageBuildWait(ctx, bc, ImageBuildOptions{
		Dockerfile: "Dockerfile", Tags: []string{"a:1", "b:2"}, ExtraHosts: []string{"h1:1.2.3.4", "h2:5.6.7.8"},
		Remote: "https://example.com/ctx.tar", Quiet: true, NoCache: true, CacheFrom: []string{"c:1"}, Pull: true,
		Remove: &rm, ForceRemove: true, Memory: 1, MemorySwap: -1, CPUShares: 3, CPUSetCPUs: "0-1", CPUPeriod: 4, CPUQuota: 5,
		BuildArgs: map[string]*string{"A": &val, "B": nil}, ShmSize: 6, Squash: true, Labels: map[string]string{"l": "x"},
		NetworkMode: "host", Platform: "linux/amd64", Target: "t", Outputs: `[{"Type":"moby"}]`, Version: "2", Isolation: "process",
		RegistryConfig: map[string]AuthConfig{"127.0.0.1:5001": {Username: "u", Password: "p"}},
	}, nil)
	require.NoError(t, err)
	assert.Equal(t, "sha256:abc", id)

	r, body := f.lastRequest(t)
	assert.Equal(t, "/v1.41/build", r.URL.Path)
	assert.Equal(t, url.Values{
		"dockerfile": {"Dockerfile"}, "t": {"a:1", "b:2"}, "extrahosts": {"h1:1.2.3.4,h2:5.6.7.8"},
		"remote": {"https://example.com/ctx.tar"}, "q": {"1"}, "nocache": {"1"}, "cachefrom": {`["c:1"]`}, "pull": {"1"},
		"rm": {"false"}, "forcerm": {"1"}, "memory": {"1"}, "memswap": {"-1"}, "cpushares": {"3"}, "cpusetcpus": {"0-1"},
		"cpuperiod": {"4"}, "cpuquota": {"5"}, "buildargs": {`{"A":"v","B":null}`}, "shmsize": {"6"}, "squash": {"1"},
		"labels": {`{"l":"x"}`}, "networkmode": {"host"}, "platform": {"linux/amd64"}, "target": {"t"},
		"outputs": {`[{"Type":"moby"}]`}, "version": {"2"}, "isolation": {"process"},
	}, r.URL.Query())
	assert.Equal(t, "application/x-tar", r.Header.Get("Content-Type"))
	cfg, err := base64.URLEncoding.DecodeString(r.Header.Get("X-Registry-Config"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"127.0.0.1:5001":{"username":"u","password":"p"}}`, string(cfg))

	tr := tar.NewReader(bytes.NewReader(body))
	h, err := tr.Next()
	require.NoError(t, err)
	assert.Equal(t, "Dockerfile", h.Name)
	_, err = tr.Next()
	assert.ErrorIs(t, err, io.EOF)
}

func TestFakeImageBuildFailureMessage(t *testing.T) {
	c, _ := newFake(t, Options{}, jsonHandler(http.StatusOK, `{"stream":"Step 1/2 : FROM busybox\n"}
{"errorDetail":{"code":1,"message":"The command '/bin/sh -c exit 1' returned a non-zero code: 1"},"error":"The command '/bin/sh -c exit 1' returned a non-zero code: 1"}`))
	_, err := c.ImageBuildWait(context.Background(), strings.NewReader(""), ImageBuildOptions{}, nil)
	assert.EqualError(t, err, "engine: ImageBuild: The command '/bin/sh -c exit 1' returned a non-zero code: 1")
	var merr *JSONMessageError
	require.ErrorAs(t, err, &merr)
	assert.Equal(t, 1, merr.Code)
}

// closeSpy records whether it was closed.
type closeSpy struct {
	io.Reader
	closed atomic.Bool
}

func (s *closeSpy) Close() error { s.closed.Store(true); return nil }

func TestFakeImageBuildClosesBodyOnEarlyError(t *testing.T) {
	c, f := newFake(t, Options{Version: "1.30"}, jsonHandler(http.StatusOK, `{}`))
	spy := &closeSpy{Reader: strings.NewReader("")}
	_, err := c.ImageBuild(context.Background(), spy, ImageBuildOptions{Platform: "linux/amd64"})
	var verr *InvalidVersionError
	require.ErrorAs(t, err, &verr)
	assert.True(t, spy.closed.Load(), "the body is closed when no request is sent")
	assert.Empty(t, f.paths())

	done := goroutineBaseline(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(dir+"/Dockerfile", []byte("FROM scratch\n"), 0o644))
	bc, err := NewBuildContext(dir, BuildContextOptions{})
	require.NoError(t, err)
	_, err = c.ImageBuild(context.Background(), bc, ImageBuildOptions{Platform: "linux/amd64"})
	require.Error(t, err)
	_, err = bc.Read(make([]byte, 1))
	assert.Error(t, err, "the build context is closed")
	done()
}

func TestFakeImagePushPullRequests(t *testing.T) {
	c, f := newFake(t, Options{}, jsonHandler(http.StatusOK, `{"status":"done"}`))
	ctx := context.Background()
	tests := []struct {
		name   string
		call   func() error
		path   string
		query  url.Values
		header string
	}{
		{"pull latest", func() error { return c.ImagePullWait(ctx, "busybox", ImagePullOptions{}, nil) },
			"/v1.41/images/create", url.Values{"fromImage": {"docker.io/library/busybox"}, "tag": {"latest"}}, "e30="},
		{"pull all tags with auth", func() error {
			return c.ImagePullWait(ctx, "127.0.0.1:5000/app", ImagePullOptions{AllTags: true, Platform: "linux/arm64", RegistryAuth: "QUJD"}, nil)
		}, "/v1.41/images/create", url.Values{"fromImage": {"127.0.0.1:5000/app"}, "platform": {"linux/arm64"}}, "QUJD"},
		{"pull digest", func() error {
			return c.ImagePullWait(ctx, "app@sha256:"+strings.Repeat("0", 64), ImagePullOptions{}, nil)
		}, "/v1.41/images/create", url.Values{"fromImage": {"docker.io/library/app"}, "tag": {"sha256:" + strings.Repeat("0", 64)}}, "e30="},
		{"push tag of the name", func() error {
			_, err := c.ImagePushWait(ctx, "127.0.0.1:5000/app:v1", ImagePushOptions{RegistryAuth: "QUJD"}, nil)
			return err
		}, "/v1.41/images/127.0.0.1:5000/app/push", url.Values{"tag": {"v1"}}, "QUJD"},
		{"push every tag", func() error {
			_, err := c.ImagePushWait(ctx, "busybox", ImagePushOptions{}, nil)
			return err
		}, "/v1.41/images/busybox/push", url.Values{}, "e30="},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.call())
			r, _ := f.lastRequest(t)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Equal(t, tc.query, r.URL.Query())
			assert.Equal(t, tc.header, r.Header.Get("X-Registry-Auth"))
		})
	}

	n := len(f.paths())
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"push digest", func() error {
			_, err := c.ImagePush(ctx, "app@sha256:"+strings.Repeat("0", 64), ImagePushOptions{})
			return err
		}(), "a digest reference cannot be pushed"},
		{"push two tags", func() error { _, err := c.ImagePush(ctx, "app:a", ImagePushOptions{Tag: "b"}); return err }(), `has the tag "a", but Tag is "b"`},
		{"push bad name", func() error { _, err := c.ImagePush(ctx, "bad//name", ImagePushOptions{}); return err }(), `name: invalid image reference "bad//name"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Error(t, tc.err)
			assert.Contains(t, tc.err.Error(), "engine: ImagePush: ")
			assert.Contains(t, tc.err.Error(), tc.want)
		})
	}
	assert.Len(t, f.paths(), n, "bad input sends no request")
}

func TestFakeSystemAuthHidesSecrets(t *testing.T) {
	secret := "pa55-word-in-answer"
	c, f := newFake(t, Options{}, jsonHandler(http.StatusUnauthorized, `{"message":"login with password `+secret+` refused"}`))
	_, err := c.SystemAuth(context.Background(), AuthConfig{Username: "u", Password: secret, ServerAddress: "r"})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), secret)
	assert.Contains(t, err.Error(), "<redacted>")
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusUnauthorized, apiErr.StatusCode)
	assert.Equal(t, "login with password <redacted> refused", apiErr.Message)
	_, body := f.lastRequest(t)
	assert.JSONEq(t, `{"username":"u","password":"`+secret+`","serveraddress":"r"}`, string(body))

	_, err = c.SystemAuth(context.Background(), AuthConfig{})
	assert.EqualError(t, err, "engine: SystemAuth: auth: no server address, username or identity token")
}

func TestFakeNewerImageFields(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, newerDaemon)
	old, oldF := newFake(t, Options{}, jsonHandler(http.StatusOK, `{}`))
	platform := `{"os":"linux","architecture":"arm64"}`
	tests := []struct {
		name     string
		call     func(*Client) error
		path     string
		query    url.Values
		required string
	}{
		{"history platform", func(c *Client) error {
			_, err := c.ImageHistory(ctx, "x", ImageHistoryOptions{Platform: platform})
			return err
		}, "/v1.56/images/x/history", url.Values{"platform": {platform}}, "1.48"},
		{"push platform", func(c *Client) error {
			msgs, err := c.ImagePush(ctx, "x", ImagePushOptions{Platform: platform})
			if err == nil {
				msgs.Close()
			}
			return err
		}, "/v1.56/images/x/push", url.Values{"platform": {platform}}, "1.46"},
		{"get platforms", func(c *Client) error {
			rc, err := c.ImageGet(ctx, "x", ImageSaveOptions{Platforms: []string{platform}})
			if err == nil {
				rc.Close()
			}
			return err
		}, "/v1.56/images/x/get", url.Values{"platform": {platform}}, "1.48"},
		{"get-all platforms", func(c *Client) error {
			rc, err := c.ImageGetAll(ctx, []string{"x", "y"}, ImageSaveOptions{Platforms: []string{platform, platform}})
			if err == nil {
				rc.Close()
			}
			return err
		}, "/v1.56/images/get", url.Values{"names": {"x", "y"}, "platform": {platform, platform}}, "1.48"},
		{"load platforms", func(c *Client) error {
			msgs, err := c.ImageLoad(ctx, strings.NewReader(""), ImageLoadOptions{Platforms: []string{platform}})
			if err == nil {
				msgs.Close()
			}
			return err
		}, "/v1.56/images/load", url.Values{"platform": {platform}}, "1.48"},
		{"inspect manifests", func(c *Client) error {
			_, err := c.ImageInspectWithOptions(ctx, "x", ImageInspectOptions{Manifests: true})
			return err
		}, "/v1.56/images/x/json", url.Values{"manifests": {"1"}}, "1.48"},
		{"inspect platform", func(c *Client) error {
			_, err := c.ImageInspectWithOptions(ctx, "x", ImageInspectOptions{Platform: platform})
			return err
		}, "/v1.56/images/x/json", url.Values{"platform": {platform}}, "1.49"},
		{"list shared size", func(c *Client) error {
			_, err := c.ImageList(ctx, ImageListOptions{SharedSize: true})
			return err
		}, "/v1.56/images/json", url.Values{"shared-size": {"1"}}, "1.42"},
		{"list manifests", func(c *Client) error {
			_, err := c.ImageList(ctx, ImageListOptions{Manifests: true})
			return err
		}, "/v1.56/images/json", url.Values{"manifests": {"1"}}, "1.47"},
		{"delete platforms", func(c *Client) error {
			_, err := c.ImageDelete(ctx, "x", ImageDeleteOptions{Platforms: []string{platform}})
			return err
		}, "/v1.56/images/x", url.Values{"platforms": {platform}}, "1.50"},
		{"attestations", func(c *Client) error {
			_, err := c.ImageAttestations(ctx, "x", ImageAttestationsOptions{Platform: platform, Types: []string{"a", "b"}, Statement: true})
			return err
		}, "/v1.56/images/x/attestations", url.Values{"platform": {platform}, "type": {"a", "b"}, "statement": {"1"}}, "1.56"},
		{"build prune spaces", func(c *Client) error {
			_, err := c.BuildPrune(ctx, BuildPruneOptions{ReservedSpace: 1, MaxUsedSpace: 2, MinFreeSpace: 3})
			return err
		}, "/v1.56/build/prune", url.Values{"reserved-space": {"1"}, "max-used-space": {"2"}, "min-free-space": {"3"}}, "1.48"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call(c)
			if err != nil {
				// The newer fake answers 204 without a JSON body.
				var rerr *ResponseError
				require.ErrorAs(t, err, &rerr)
			}
			r, _ := f.lastRequest(t)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Equal(t, tc.query, r.URL.Query())

			n := len(oldF.paths())
			err = tc.call(old)
			var verr *InvalidVersionError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, tc.required, verr.Required)
			assert.Equal(t, "1.41", verr.Current)
			for _, p := range oldF.paths()[n:] {
				assert.Equal(t, "/_ping", p, "no request but the negotiation is sent")
			}
		})
	}
}

func TestFakeImageBuildRejectedBeforeTheContextIsRead(t *testing.T) {
	// A daemon that answers before reading the context: the archiving
	// stops and nothing is left running.
	sock := socketPath(t)
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Api-Version", "1.41")
		if r.URL.Path == "/_ping" {
			_, _ = w.Write([]byte("OK"))
			return
		}
		w.Header().Set("Connection", "close")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = w.Write([]byte(`{"message":"no space left for the context"}`))
	})}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	c, err := New(Options{Host: "unix://" + sock})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	_, err = c.APIVersion(context.Background())
	require.NoError(t, err)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(dir+"/Dockerfile", []byte("FROM scratch\n"), 0o644))
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<20) // 16 MiB, more than any buffer
	require.NoError(t, os.WriteFile(dir+"/big", big, 0o644))

	done := goroutineBaseline(t)
	bc, err := NewBuildContext(dir, BuildContextOptions{})
	require.NoError(t, err)
	_, err = c.ImageBuild(context.Background(), bc, ImageBuildOptions{})
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "no space left for the context", apiErr.Message)
	c.Close()
	done()
}

func TestFakeImageInspectExclusiveOptions(t *testing.T) {
	c, f := newFake(t, Options{}, newerDaemon)
	_, err := c.ImageInspectWithOptions(context.Background(), "x", ImageInspectOptions{Manifests: true, Platform: "{}"})
	assert.EqualError(t, err, "engine: ImageInspect: opts: Manifests and Platform exclude each other")
	assert.Empty(t, f.paths())
}
