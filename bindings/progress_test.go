package bindings

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// TestProgressDisplay pins the drawing: a line per layer, rewritten in
// place (cursor up, clear, cursor down); other messages printed.
func TestProgressDisplay(t *testing.T) {
	var out bytes.Buffer
	c := &Call{Env: &Env{Progress: &out}}
	show := progress(c, "Pulling x")
	for _, m := range []string{
		`{"status":"Pulling from library/x","id":"latest"}`,
		`{"status":"Pulling fs layer","id":"aaa"}`,
		`{"status":"Pulling fs layer","id":"bbb"}`,
		`{"status":"Downloading","progressDetail":{"current":1,"total":2},"progress":"[=>  ] 1B/2B","id":"aaa"}`,
		`{"status":"Digest: sha256:0"}`,
	} {
		show([]byte(m))
	}
	want := "Pulling x\nlatest: Pulling from library/x\naaa: Pulling fs layer\nbbb: Pulling fs layer\n" +
		"\x1b[2A\r\x1b[2Kaaa: Downloading [=>  ] 1B/2B\r\x1b[2B" + "Digest: sha256:0\n"
	assert.Equal(t, want, out.String())
	assert.Nil(t, progress(&Call{Env: &Env{}}, "x"), "no terminal, no drawing")
	assert.Nil(t, progress(nil, "x"))
}

// TestPullProgress: images.pull draws the pull's layers on the runtime's
// progress terminal, and api.pull(stream=True) leaves them to the script.
func TestPullProgress(t *testing.T) {
	plain, _ := registries(t)
	c := envCall(t, t.TempDir())
	var out bytes.Buffer
	c.Env.Progress = &out
	cl := testClient()
	repo := plain + "/" + testengine.Name(t, "progress")
	removeImage(t, repo+":v1")
	bb := mustInvoke(t, c, cl.images, "get", testengine.BusyboxImage).(*Image)
	mustInvoke(t, c, bb, "tag", repo, "v1")
	mustInvoke(t, c, cl.images, "push", repo, "v1")
	require.Contains(t, out.String(), "Pushing "+repo)
	require.Contains(t, out.String(), ": Preparing")
	require.Contains(t, out.String(), "v1: digest: sha256:")
	mustInvoke(t, c, cl.images, "remove", repo+":v1")
	out.Reset()
	mustInvoke(t, c, cl.images, "pull", repo, "v1")
	assert.True(t, strings.HasPrefix(out.String(), "Pulling "+repo+":v1\n"), out.String())
	assert.Contains(t, out.String(), "Status: Downloaded newer image")
	out.Reset()
	drain(t, mustInvoke(t, c, cl.api, "pull", repo, "v1", true))
	assert.Empty(t, out.String())
}
