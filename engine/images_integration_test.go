package engine_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// tinyRootfs returns a tar archive holding one file, hello.txt.
func tinyRootfs(t *testing.T, content string) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	require.NoError(t, tw.WriteHeader(&tar.Header{
		Name: "hello.txt", Mode: 0o644, Size: int64(len(content)),
		ModTime: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Typeflag: tar.TypeReg,
	}))
	_, err := tw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	return &buf
}

// importTiny imports a one-file image as a unique repo:v1 and removes it
// when the test ends.
func importTiny(t *testing.T) (id, ref string) {
	t.Helper()
	repo := testengine.Name(t, "img")
	ref = repo + ":v1"
	id, err := client().ImageImport(testCtx(t), tinyRootfs(t, "hello "+repo+"\n"), repo, "v1",
		[]string{`CMD ["sh"]`, "LABEL " + testengine.Label + "=" + t.Name()})
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(id, "sha256:"), id)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{Force: true}); err != nil && !errors.Is(err, engine.ErrNotFound) {
			t.Logf("cleanup: remove image %s: %v", ref, err)
		}
	})
	return id, ref
}

func TestImageImportInspect(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, ref := importTiny(t)
	for _, name := range []string{ref, id, strings.TrimPrefix(id, "sha256:")[:12]} {
		raw, err := client().ImageInspect(ctx, name)
		require.NoError(t, err)
		var img struct {
			ID       string `json:"Id"`
			RepoTags []string
			Size     int64
			Config   struct {
				Cmd    []string
				Labels map[string]string
			}
			RootFS struct {
				Type   string
				Layers []string
			}
		}
		decode(t, raw, &img)
		assert.Equal(t, id, img.ID)
		assert.Equal(t, []string{ref}, img.RepoTags)
		assert.Equal(t, []string{"sh"}, img.Config.Cmd)
		assert.Equal(t, t.Name(), img.Config.Labels[testengine.Label])
		assert.Equal(t, "layers", img.RootFS.Type)
		assert.Len(t, img.RootFS.Layers, 1)
	}
}

func TestImageList(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, ref := importTiny(t)
	type entry struct {
		ID       string `json:"Id"`
		RepoTags []string
		Labels   map[string]string
	}
	list := func(opts engine.ImageListOptions) []entry {
		raw, err := client().ImageList(ctx, opts)
		require.NoError(t, err)
		var out []entry
		decode(t, raw, &out)
		return out
	}
	got := list(engine.ImageListOptions{Filters: engine.Filters{"reference": {ref}}})
	require.Len(t, got, 1)
	assert.Equal(t, id, got[0].ID)
	assert.Equal(t, []string{ref}, got[0].RepoTags)

	got = list(engine.ImageListOptions{All: true, Digests: true, Filters: engine.Filters{"label": {testengine.Label + "=" + t.Name()}}})
	require.Len(t, got, 1)
	assert.Equal(t, id, got[0].ID)

	var found bool
	for _, e := range list(engine.ImageListOptions{}) {
		found = found || e.ID == id
	}
	assert.True(t, found, "the unfiltered list holds the image")
}

func TestImageImportRuns(t *testing.T) {
	t.Parallel()
	// The tiny image has no shell to run; creating a container from it
	// shows that the daemon accepts it and applies the CMD change.
	ctx := testCtx(t)
	_, ref := importTiny(t)
	raw, err := client().ContainerCreate(ctx, engine.ContainerCreateOptions{Name: testengine.Name(t, "")},
		map[string]any{"Image": ref, "Labels": testengine.Labels(t)})
	require.NoError(t, err)
	var res struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &res)
	testengine.Cleanup(t, res.ID)
	raw, err = client().ContainerInspect(ctx, res.ID, false)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"Cmd":["sh"]`, "the CMD change applies to containers")
}

func TestImageImportBadArchive(t *testing.T) {
	t.Parallel()
	repo := testengine.Name(t, "bad")
	_, err := client().ImageImport(testCtx(t), strings.NewReader("this is not a tar archive"), repo, "v1", nil)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ImageImport: "), err.Error())
}

func TestImageInspectMissing(t *testing.T) {
	t.Parallel()
	name := testengine.Name(t, "missing") + ":v1"
	_, err := client().ImageInspect(testCtx(t), name)
	require.ErrorIs(t, err, engine.ErrImageNotFound)
	require.ErrorIs(t, err, engine.ErrNotFound)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.True(t, apiErr.Image)
	assert.Equal(t, "http+docker://localhost/v1.41/images/"+name+"/json", apiErr.URL)
	assert.Contains(t, apiErr.Message, "No such image: "+name)

	_, err = client().ImageDelete(testCtx(t), name, engine.ImageDeleteOptions{})
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
}

func TestImageDelete(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, ref := importTiny(t)
	raw, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{})
	require.NoError(t, err)
	var res []map[string]string
	decode(t, raw, &res)
	assert.Contains(t, res, map[string]string{"Untagged": ref})
	assert.Contains(t, res, map[string]string{"Deleted": id})
	_, err = client().ImageInspect(ctx, id)
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
}
