package engine_test

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

func TestImageTagHistory(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, ref := importTiny(t)
	repo := testengine.Name(t, "tagged")
	require.NoError(t, client().ImageTag(ctx, ref, repo, "v2"))
	removeImageLater(t, repo+":v2")
	assert.Equal(t, id, imageID(t, repo+":v2"))
	require.NoError(t, client().ImageTag(ctx, id, repo, ""))
	removeImageLater(t, repo+":latest")
	assert.Equal(t, id, imageID(t, repo+":latest"), "no tag means latest")

	raw, err := client().ImageHistory(ctx, repo+":v2", engine.ImageHistoryOptions{})
	require.NoError(t, err)
	var hist []struct {
		ID        string `json:"Id"`
		CreatedBy string
		Tags      []string
		Size      int64
	}
	decode(t, raw, &hist)
	require.Len(t, hist, 1)
	assert.Equal(t, id, hist[0].ID)
	assert.ElementsMatch(t, []string{ref, repo + ":v2", repo + ":latest"}, hist[0].Tags)
	assert.Positive(t, hist[0].Size)

	missing := testengine.Name(t, "missing")
	err = client().ImageTag(ctx, missing, repo, "x")
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
	_, err = client().ImageHistory(ctx, missing, engine.ImageHistoryOptions{})
	assert.ErrorIs(t, err, engine.ErrImageNotFound)

	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"tag without name", client().ImageTag(ctx, "", repo, "x"), "engine: ImageTag: name: empty image name"},
		{"tag without repo", client().ImageTag(ctx, ref, "", "x"), "engine: ImageTag: repo: empty repository"},
		{"tag with a bad repo", client().ImageTag(ctx, ref, "Bad Repo", "x"), `engine: ImageTag: repo: invalid repository "Bad Repo"`},
		{"tag with a tagged repo", client().ImageTag(ctx, ref, "a/b:c", "x"), `engine: ImageTag: repo: "a/b:c" has a tag or digest`},
		{"tag with a bad tag", client().ImageTag(ctx, ref, repo, "bad tag"), `engine: ImageTag: tag: invalid tag "bad tag"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Error(t, tc.err)
			assert.True(t, strings.HasPrefix(tc.err.Error(), tc.want), tc.err.Error())
		})
	}
}

func TestImagePrune(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := importTiny(t)
	label := testengine.Label + "=" + t.Name()
	raw, err := client().ImagePrune(ctx, engine.ImagePruneOptions{Filters: engine.Filters{"label": {label}}})
	require.NoError(t, err)
	var res struct {
		ImagesDeleted  []map[string]string
		SpaceReclaimed int64
	}
	decode(t, raw, &res)
	assert.Empty(t, res.ImagesDeleted, "a tagged image is not dangling")

	raw, err = client().ImagePrune(ctx, engine.ImagePruneOptions{Filters: engine.Filters{"label": {label}, "dangling": {"false"}}})
	require.NoError(t, err)
	decode(t, raw, &res)
	assert.Contains(t, res.ImagesDeleted, map[string]string{"Deleted": id})
	_, err = client().ImageInspect(ctx, id)
	assert.ErrorIs(t, err, engine.ErrImageNotFound)
}

// archiveNames returns the names of the entries of a tar stream, and the
// text of its manifest.json.
func archiveNames(t *testing.T, rc io.ReadCloser) ([]string, string) {
	t.Helper()
	defer rc.Close()
	tr := tar.NewReader(rc)
	var names []string
	manifest := ""
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return names, manifest
		}
		require.NoError(t, err)
		names = append(names, h.Name)
		if h.Name == "manifest.json" {
			b, err := io.ReadAll(tr)
			require.NoError(t, err)
			manifest = string(b)
		}
	}
}

func TestImageSaveLoad(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id1, ref1 := importTiny(t)
	id2, ref2 := importTiny(t)

	rc, err := client().ImageGet(ctx, ref1, engine.ImageSaveOptions{})
	require.NoError(t, err)
	names, manifest := archiveNames(t, rc)
	assert.Contains(t, names, "manifest.json")
	assert.Contains(t, manifest, ref1)
	assert.NotContains(t, manifest, ref2)

	rc, err = client().ImageGetAll(ctx, []string{ref1, ref2}, engine.ImageSaveOptions{})
	require.NoError(t, err)
	_, manifest = archiveNames(t, rc)
	assert.Contains(t, manifest, ref1)
	assert.Contains(t, manifest, ref2)

	// Save both into a pipe, remove them and load them back from the
	// stream: nothing is held whole.
	rc, err = client().ImageGetAll(ctx, []string{ref1, ref2}, engine.ImageSaveOptions{})
	require.NoError(t, err)
	defer rc.Close()
	for _, ref := range []string{ref1, ref2} {
		_, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{})
		require.NoError(t, err)
	}
	msgs, err := client().ImageLoad(ctx, rc, engine.ImageLoadOptions{Quiet: true})
	require.NoError(t, err)
	loaded, err := engine.LoadedImages(msgs)
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{ref1, ref2}, loaded)
	assert.Equal(t, id1, imageID(t, ref1))
	assert.Equal(t, id2, imageID(t, ref2))

	// Without quiet, the progress is JSON messages too.
	rc, err = client().ImageGet(ctx, ref1, engine.ImageSaveOptions{})
	require.NoError(t, err)
	msgs, err = client().ImageLoad(ctx, rc, engine.ImageLoadOptions{})
	require.NoError(t, err)
	var all []string
	require.NoError(t, msgs.Wait(func(raw json.RawMessage) { all = append(all, string(raw)) }))
	assert.Contains(t, strings.Join(all, "\n"), "Loaded image: "+ref1)
	require.NoError(t, rc.Close())
}

func TestImageSaveLoadErrors(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	missing := testengine.Name(t, "missing")
	_, err := client().ImageGet(ctx, missing, engine.ImageSaveOptions{})
	assert.ErrorIs(t, err, engine.ErrImageNotFound)

	msgs, err := client().ImageLoad(ctx, strings.NewReader("not a tar archive"), engine.ImageLoadOptions{Quiet: true})
	if err == nil {
		_, err = engine.LoadedImages(msgs)
	}
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "engine: ImageLoad: "), err.Error())

	for _, tc := range []struct {
		name string
		call func() error
		want string
	}{
		{"get without name", func() error { _, err := client().ImageGet(ctx, "", engine.ImageSaveOptions{}); return err }, "engine: ImageGet: name: empty image name"},
		{"get-all without names", func() error { _, err := client().ImageGetAll(ctx, nil, engine.ImageSaveOptions{}); return err }, "engine: ImageGetAll: names: no image names"},
		{"get-all with an empty name", func() error {
			_, err := client().ImageGetAll(ctx, []string{"busybox", ""}, engine.ImageSaveOptions{})
			return err
		}, "engine: ImageGetAll: names[1]: empty image name"},
		{"load without body", func() error { _, err := client().ImageLoad(ctx, nil, engine.ImageLoadOptions{}); return err }, "engine: ImageLoad: body: no archive"},
		{"platforms need 1.48", func() error {
			_, err := client().ImageGet(ctx, "busybox", engine.ImageSaveOptions{Platforms: []string{`{"os":"linux"}`}})
			return err
		}, "ImageGet (platform) requires API version >= 1.48, but the negotiated version is 1.41"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.EqualError(t, tc.call(), tc.want)
		})
	}
}

func TestImageNewerOptionsOnThisEngine(t *testing.T) {
	t.Parallel()
	// The test engine speaks API 1.41: newer options fail before any
	// request, with the version they need.
	ctx := testCtx(t)
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"attestations", func() error {
			_, err := client().ImageAttestations(ctx, testengine.BusyboxImage, engine.ImageAttestationsOptions{})
			return err
		}, "ImageAttestations requires API version >= 1.56, but the negotiated version is 1.41"},
		{"inspect platform", func() error {
			_, err := client().ImageInspectWithOptions(ctx, testengine.BusyboxImage, engine.ImageInspectOptions{Platform: `{"os":"linux"}`})
			return err
		}, "ImageInspect (platform) requires API version >= 1.49, but the negotiated version is 1.41"},
		{"history platform", func() error {
			_, err := client().ImageHistory(ctx, testengine.BusyboxImage, engine.ImageHistoryOptions{Platform: `{"os":"linux"}`})
			return err
		}, "ImageHistory (platform) requires API version >= 1.48, but the negotiated version is 1.41"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var verr *engine.InvalidVersionError
			require.ErrorAs(t, err, &verr)
			assert.EqualError(t, err, tc.want)
		})
	}
	raw, err := client().ImageInspectWithOptions(ctx, testengine.BusyboxImage, engine.ImageInspectOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"busybox:latest"`)
}
