package engine_test

import (
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

func TestImageCommit(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"sh", "-c", "echo committed > /committed.txt"}, nil)
	require.NoError(t, client().ContainerStart(ctx, id, ""))
	require.Equal(t, 0, waitExit(t, id))

	repo := testengine.Name(t, "commit")
	ref := repo + ":v1"
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := client().ImageDelete(ctx, ref, engine.ImageDeleteOptions{Force: true}); err != nil && !errors.Is(err, engine.ErrNotFound) {
			t.Logf("cleanup: remove image %s: %v", ref, err)
		}
	})
	pause := false
	raw, err := client().ImageCommit(ctx, engine.ImageCommitOptions{
		Container: id, Repo: repo, Tag: "v1", Comment: "a message", Author: "dscript <test@example.com>",
		Pause: &pause, Changes: []string{`CMD ["cat", "/committed.txt"]`, "ENV COMMITTED=1"},
	}, map[string]any{"Labels": map[string]string{testengine.Label: t.Name()}})
	require.NoError(t, err)
	var res struct {
		ID string `json:"Id"`
	}
	decode(t, raw, &res)
	require.True(t, strings.HasPrefix(res.ID, "sha256:"), res.ID)

	raw, err = client().ImageInspect(ctx, ref)
	require.NoError(t, err)
	var img struct {
		ID      string `json:"Id"`
		Comment string
		Author  string
		Config  struct {
			Cmd    []string
			Env    []string
			Labels map[string]string
		}
	}
	decode(t, raw, &img)
	assert.Equal(t, res.ID, img.ID)
	assert.Equal(t, "a message", img.Comment)
	assert.Equal(t, "dscript <test@example.com>", img.Author)
	assert.Equal(t, []string{"cat", "/committed.txt"}, img.Config.Cmd)
	assert.Contains(t, img.Config.Env, "COMMITTED=1")
	assert.Equal(t, t.Name(), img.Config.Labels[testengine.Label])
}

func TestImageCommitMissingContainer(t *testing.T) {
	t.Parallel()
	_, err := client().ImageCommit(testCtx(t), engine.ImageCommitOptions{Container: testengine.Name(t, "nope")}, nil)
	require.Error(t, err)
	assert.True(t, errors.Is(err, engine.ErrNotFound), "%v", err)
}
