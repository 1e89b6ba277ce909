package engine_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// registries returns the plain and the authenticated registry of the
// harness; the tests need both.
func registries(t *testing.T) (plain, auth string) {
	t.Helper()
	e := testengine.Get()
	require.NotEmpty(t, e.Registry, "the tests need a registry (%s)", testengine.EnvRegistry)
	require.NotEmpty(t, e.AuthRegistry, "the tests need a registry with authentication (%s)", testengine.EnvAuthRegistry)
	return e.Registry, e.AuthRegistry
}

// goodAuth returns the credentials of the authenticated registry.
func goodAuth(t *testing.T) engine.AuthConfig {
	t.Helper()
	e := testengine.Get()
	_, reg := registries(t)
	return engine.AuthConfig{Username: e.AuthUser, Password: e.AuthPassword, ServerAddress: reg}
}

// encodeAuth encodes a for X-Registry-Auth.
func encodeAuth(t *testing.T, a engine.AuthConfig) string {
	t.Helper()
	s, err := engine.EncodeAuth(a)
	require.NoError(t, err)
	return s
}

// removeImageLater removes the image refs when the test ends (missing
// ones are fine).
func removeImageLater(t *testing.T, refs ...string) {
	t.Helper()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		for _, ref := range refs {
			if _, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{}); err != nil && !errors.Is(err, engine.ErrNotFound) {
				t.Logf("cleanup: remove image %s: %v", ref, err)
			}
		}
	})
}

// tagBusybox tags busybox as repo:tag and removes that name when the test
// ends.
func tagBusybox(t *testing.T, repo, tag string) string {
	t.Helper()
	require.NoError(t, client().ImageTag(testCtx(t), testengine.BusyboxImage, repo, tag))
	ref := repo + ":" + tag
	removeImageLater(t, ref)
	return ref
}

// busyboxID returns the id of busybox:latest.
func busyboxID(t *testing.T) string {
	t.Helper()
	return imageID(t, testengine.BusyboxImage)
}

// imageID returns the id of an image.
func imageID(t *testing.T, ref string) string {
	t.Helper()
	raw, err := client().ImageInspect(testCtx(t), ref)
	require.NoError(t, err)
	var img struct {
		ID          string `json:"Id"`
		RepoDigests []string
	}
	decode(t, raw, &img)
	return img.ID
}

func TestImagePushPullDistribution(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	reg, _ := registries(t)
	repo := reg + "/" + testengine.Name(t, "push")
	ref := tagBusybox(t, repo, "v1")

	var statuses []string
	digest, err := client().ImagePushWait(ctx, ref, engine.ImagePushOptions{}, func(raw json.RawMessage) {
		var m struct{ Status string }
		if json.Unmarshal(raw, &m) == nil && m.Status != "" {
			statuses = append(statuses, m.Status)
		}
	})
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(digest, "sha256:"), digest)
	assert.Contains(t, strings.Join(statuses, "\n"), "v1: digest: "+digest)

	raw, err := client().DistributionInspect(ctx, ref, "")
	require.NoError(t, err)
	var dist struct {
		Descriptor struct {
			MediaType string
			Digest    string
			Size      int64
		}
		Platforms []struct {
			OS           string
			Architecture string
		}
	}
	decode(t, raw, &dist)
	assert.Equal(t, digest, dist.Descriptor.Digest, "distribution inspect gives the pushed digest")
	assert.Positive(t, dist.Descriptor.Size)
	require.NotEmpty(t, dist.Platforms)
	assert.Equal(t, "linux", dist.Platforms[0].OS)

	_, err = client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{})
	require.NoError(t, err)
	_, err = client().ImageInspect(ctx, ref)
	require.ErrorIs(t, err, engine.ErrImageNotFound)

	require.NoError(t, client().ImagePullWait(ctx, ref, engine.ImagePullOptions{}, nil))
	assert.Equal(t, busyboxID(t), imageID(t, ref), "the pulled image is busybox")

	// Pulling by digest gives the same image.
	byDigest := repo + "@" + digest
	require.NoError(t, client().ImagePullWait(ctx, byDigest, engine.ImagePullOptions{}, nil))
	removeImageLater(t, byDigest)
	assert.Equal(t, busyboxID(t), imageID(t, byDigest))
}

func TestImagePushPullAllTags(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	reg, _ := registries(t)
	repo := reg + "/" + testengine.Name(t, "alltags")
	a, b := tagBusybox(t, repo, "a"), tagBusybox(t, repo, "b")

	// No tag: every tag of the repository is pushed.
	msgs, err := client().ImagePush(ctx, repo, engine.ImagePushOptions{})
	require.NoError(t, err)
	var pushed []string
	require.NoError(t, msgs.Wait(func(raw json.RawMessage) {
		var m struct {
			Aux struct{ Tag string }
		}
		if json.Unmarshal(raw, &m) == nil && m.Aux.Tag != "" {
			pushed = append(pushed, m.Aux.Tag)
		}
	}))
	assert.ElementsMatch(t, []string{"a", "b"}, pushed)

	for _, ref := range []string{a, b} {
		_, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{})
		require.NoError(t, err)
	}
	require.NoError(t, client().ImagePullWait(ctx, repo, engine.ImagePullOptions{AllTags: true}, nil))
	raw, err := client().ImageList(ctx, engine.ImageListOptions{Filters: engine.Filters{"reference": {repo}}})
	require.NoError(t, err)
	var list []struct{ RepoTags []string }
	decode(t, raw, &list)
	require.Len(t, list, 1)
	assert.ElementsMatch(t, []string{a, b}, list[0].RepoTags)
}

func TestImagePushPullAuthRegistry(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	_, reg := registries(t)
	auth := goodAuth(t)
	ref := tagBusybox(t, reg+"/"+testengine.Name(t, "auth"), "v1")

	_, err := client().ImagePushWait(ctx, ref, engine.ImagePushOptions{}, nil)
	require.Error(t, err, "pushing without credentials fails")
	var merr *engine.JSONMessageError
	require.ErrorAs(t, err, &merr)
	assert.Contains(t, err.Error(), ref)
	assert.Contains(t, err.Error(), "registry "+reg)

	digest, err := client().ImagePushWait(ctx, ref, engine.ImagePushOptions{RegistryAuth: encodeAuth(t, auth)}, nil)
	require.NoError(t, err)

	_, err = client().DistributionInspect(ctx, ref, "")
	require.Error(t, err, "the registry wants credentials")
	raw, err := client().DistributionInspect(ctx, ref, encodeAuth(t, auth))
	require.NoError(t, err)
	assert.Contains(t, string(raw), digest)

	_, err = client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{})
	require.NoError(t, err)
	err = client().ImagePullWait(ctx, ref, engine.ImagePullOptions{}, nil)
	require.Error(t, err, "pulling without credentials fails")
	assert.Contains(t, err.Error(), ref)
	require.NoError(t, client().ImagePullWait(ctx, ref, engine.ImagePullOptions{RegistryAuth: encodeAuth(t, auth)}, nil))
	assert.Equal(t, busyboxID(t), imageID(t, ref))
}

func TestImagePullMissing(t *testing.T) {
	t.Parallel()
	reg, _ := registries(t)
	ref := reg + "/" + testengine.Name(t, "missing") + ":v1"
	err := client().ImagePullWait(testCtx(t), ref, engine.ImagePullOptions{}, nil)
	require.Error(t, err)
	msg := err.Error()
	assert.True(t, strings.HasPrefix(msg, "engine: ImagePull: "+ref+" (registry "+reg+"): "), msg)
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
}

func TestImagePullBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, ref string
		opts      engine.ImagePullOptions
		want      string
	}{
		{"invalid reference", "bad//name", engine.ImagePullOptions{}, `ref: invalid image reference "bad//name"`},
		{"all tags with a tag", "busybox:latest", engine.ImagePullOptions{AllTags: true}, `ref: "busybox:latest" has a tag or digest, but AllTags pulls every tag`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := client().ImagePull(testCtx(t), tc.ref, tc.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "engine: ImagePull: "+tc.want)
		})
	}
}

func TestSystemAuth(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	auth := goodAuth(t)
	raw, err := client().SystemAuth(ctx, auth)
	require.NoError(t, err)
	var res struct{ Status string }
	decode(t, raw, &res)
	assert.Equal(t, "Login Succeeded", res.Status)

	wrong := auth
	wrong.Password = "wrong-" + testengine.Name(t, "password")
	_, err = client().SystemAuth(ctx, wrong)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), wrong.Password)
	assert.NotContains(t, err.Error(), auth.Password)
	assert.Contains(t, err.Error(), "engine: SystemAuth: ")
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Contains(t, strings.ToLower(apiErr.Message), "unauthorized")
}
