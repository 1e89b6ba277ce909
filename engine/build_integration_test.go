package engine_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// buildOutput builds body with opts (adding the test labels) and returns
// the image id and the build's "stream" output; the tags are removed when
// the test ends.
func buildOutput(t *testing.T, body *engine.BuildContext, opts engine.ImageBuildOptions) (string, string, error) {
	t.Helper()
	if opts.Labels == nil {
		opts.Labels = map[string]string{}
	}
	for k, v := range testengine.Labels(t) {
		opts.Labels[k] = v
	}
	if opts.Dockerfile == "" {
		opts.Dockerfile = body.Dockerfile
	}
	removeImageLater(t, opts.Tags...)
	var out strings.Builder
	id, err := client().ImageBuildWait(testCtx(t), body, opts, func(raw json.RawMessage) {
		var m struct{ Stream string }
		if json.Unmarshal(raw, &m) == nil {
			out.WriteString(m.Stream)
		}
	})
	return id, out.String(), err
}

// runOutput runs cmd in a container of image and returns its output.
func runOutput(t *testing.T, image string, cmd ...string) string {
	t.Helper()
	id, _ := createContainer(t, cmd, map[string]any{"Image": image})
	require.NoError(t, client().ContainerStart(testCtx(t), id, ""))
	require.Equal(t, 0, waitExit(t, id))
	out, _ := logs(t, id, engine.ContainerLogsOptions{Stdout: true, Stderr: true}, false)
	return out
}

func TestImageBuildDockerignore(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Dockerfile":       "FROM busybox\nCOPY . /ctx/\nRUN find /ctx -type f | sort\n",
		".dockerignore":    "# secrets stay home\nsecret.txt\n*/temp*\nDockerfile\n.dockerignore\n",
		"keep.txt":         "keep\n",
		"secret.txt":       "secret\n",
		"sub/keep.txt":     "keep\n",
		"sub/temporary.go": "package temp\n",
	})
	bc, err := engine.NewBuildContext(dir, engine.BuildContextOptions{})
	require.NoError(t, err)
	tag := testengine.Name(t, "ignore") + ":v1"
	id, out, err := buildOutput(t, bc, engine.ImageBuildOptions{Tags: []string{tag}})
	require.NoError(t, err, out)
	assert.Equal(t, id, imageID(t, tag))
	assert.Contains(t, out, "/ctx/keep.txt\n/ctx/sub/keep.txt\n")

	files := runOutput(t, tag, "find", "/ctx", "-type", "f")
	assert.ElementsMatch(t, []string{"/ctx/keep.txt", "/ctx/sub/keep.txt"}, strings.Fields(files),
		"ignored files, the Dockerfile and .dockerignore are not in the image")
}

func TestImageBuildOptions(t *testing.T) {
	t.Parallel()
	dockerfile := `FROM busybox AS base
ARG GREETING
RUN echo "greeting=$GREETING" && grep -q 'myhost' /etc/hosts && echo found-extra-host
RUN echo "$GREETING" > /greeting
FROM base AS never
RUN exit 7
`
	bc, err := engine.DockerfileBuildContext(strings.NewReader(dockerfile))
	require.NoError(t, err)
	name := testengine.Name(t, "opts")
	greeting := "hello"
	rm := true
	id, out, err := buildOutput(t, bc, engine.ImageBuildOptions{
		Tags:        []string{name + ":a", name + ":b"},
		Target:      "base",
		BuildArgs:   map[string]*string{"GREETING": &greeting},
		Labels:      map[string]string{"org.example.built-by": "dscript"},
		ExtraHosts:  []string{"myhost:10.9.8.7"},
		NoCache:     true,
		Remove:      &rm,
		ForceRemove: true,
		Memory:      64 << 20,
		MemorySwap:  -1,
		CPUShares:   512,
		ShmSize:     8 << 20,
		NetworkMode: "bridge",
		Version:     "1",
	})
	require.NoError(t, err, out)
	assert.Contains(t, out, "greeting=hello\n")
	assert.Contains(t, out, "found-extra-host\n")
	assert.NotContains(t, out, "exit 7", "the build stops at the target stage")

	raw, err := client().ImageInspect(testCtx(t), id)
	require.NoError(t, err)
	var img struct {
		RepoTags []string
		Config   struct{ Labels map[string]string }
	}
	decode(t, raw, &img)
	assert.ElementsMatch(t, []string{name + ":a", name + ":b"}, img.RepoTags)
	assert.Equal(t, "dscript", img.Config.Labels["org.example.built-by"])
	assert.Equal(t, "hello\n", runOutput(t, name+":a", "cat", "/greeting"))
}

func TestImageBuildQuiet(t *testing.T) {
	t.Parallel()
	bc, err := engine.DockerfileBuildContext(strings.NewReader("FROM busybox\nRUN echo not-shown\n"))
	require.NoError(t, err)
	tag := testengine.Name(t, "quiet") + ":v1"
	id, out, err := buildOutput(t, bc, engine.ImageBuildOptions{Tags: []string{tag}, Quiet: true})
	require.NoError(t, err)
	assert.Equal(t, id+"\n", out, "a quiet build prints only the id")
	assert.Equal(t, id, imageID(t, tag))
}

func TestImageBuildDockerfileOutsideContext(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"ctx/data.txt":         "data\n",
		"ctx/.dockerignore":    "ignored.txt\n",
		"ctx/ignored.txt":      "ignored\n",
		"files/app.Dockerfile": "FROM busybox\nCOPY . /ctx/\n",
	})
	tests := []struct {
		name string
		opts engine.BuildContextOptions
	}{
		{"path outside", engine.BuildContextOptions{Dockerfile: filepath.Join(dir, "files", "app.Dockerfile")}},
		{"content", engine.BuildContextOptions{DockerfileContent: strings.NewReader("FROM busybox\nCOPY . /ctx/\n")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bc, err := engine.NewBuildContext(filepath.Join(dir, "ctx"), tc.opts)
			require.NoError(t, err)
			tag := testengine.Name(t, "outside") + ":v1"
			_, out, err := buildOutput(t, bc, engine.ImageBuildOptions{Tags: []string{tag}})
			require.NoError(t, err, out)
			assert.Equal(t, []string{"/ctx/.dockerignore", "/ctx/data.txt"}, strings.Fields(runOutput(t, tag, "find", "/ctx", "-type", "f")),
				"neither the generated Dockerfile nor ignored files are copied")
		})
	}
}

func TestImageBuildInsideCustomDockerfile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"build/Dockerfile.dev": "FROM busybox\nCOPY app.txt /app.txt\n",
		"app.txt":              "app\n",
	})
	bc, err := engine.NewBuildContext(dir, engine.BuildContextOptions{Dockerfile: "build/Dockerfile.dev"})
	require.NoError(t, err)
	tag := testengine.Name(t, "custom") + ":v1"
	_, out, err := buildOutput(t, bc, engine.ImageBuildOptions{Tags: []string{tag}})
	require.NoError(t, err, out)
	assert.Equal(t, "app\n", runOutput(t, tag, "cat", "/app.txt"))
}

func TestImageBuildFailure(t *testing.T) {
	t.Parallel()
	bc, err := engine.DockerfileBuildContext(strings.NewReader("FROM busybox\nRUN echo about-to-fail && exit 3\n"))
	require.NoError(t, err)
	_, out, err := buildOutput(t, bc, engine.ImageBuildOptions{})
	require.Error(t, err)
	assert.Contains(t, out, "about-to-fail")
	var merr *engine.JSONMessageError
	require.ErrorAs(t, err, &merr)
	assert.Contains(t, merr.Message, "returned a non-zero code: 3")
	assert.Equal(t, "engine: ImageBuild: "+merr.Message, err.Error())

	bc, err = engine.DockerfileBuildContext(strings.NewReader("FROM busybox\nNOSUCHINSTRUCTION x\n"))
	require.NoError(t, err)
	_, _, err = buildOutput(t, bc, engine.ImageBuildOptions{})
	require.Error(t, err)
	assert.Contains(t, strings.ToLower(err.Error()), "unknown instruction")
}

func TestImageBuildRegistryConfig(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	_, reg := registries(t)
	auth := goodAuth(t)
	base := tagBusybox(t, reg+"/"+testengine.Name(t, "base"), "v1")
	_, err := client().ImagePushWait(ctx, base, engine.ImagePushOptions{RegistryAuth: encodeAuth(t, auth)}, nil)
	require.NoError(t, err)
	_, err = client().ImageDelete(ctx, base, engine.ImageDeleteOptions{})
	require.NoError(t, err)

	dockerfile := "FROM " + base + "\nRUN echo built-on-private-base\n"
	bc, err := engine.DockerfileBuildContext(strings.NewReader(dockerfile))
	require.NoError(t, err)
	_, _, err = buildOutput(t, bc, engine.ImageBuildOptions{})
	require.Error(t, err, "without credentials the base image cannot be pulled")
	assert.NotContains(t, err.Error(), auth.Password)

	bc, err = engine.DockerfileBuildContext(strings.NewReader(dockerfile))
	require.NoError(t, err)
	tag := testengine.Name(t, "private") + ":v1"
	removeImageLater(t, base)
	_, out, err := buildOutput(t, bc, engine.ImageBuildOptions{Tags: []string{tag}, Pull: true,
		RegistryConfig: map[string]engine.AuthConfig{reg: auth}})
	require.NoError(t, err, out)
	assert.Contains(t, out, "built-on-private-base")
}

func TestImageBuildBadInput(t *testing.T) {
	t.Parallel()
	_, err := client().ImageBuild(testCtx(t), nil, engine.ImageBuildOptions{})
	require.Error(t, err)
	assert.Equal(t, "engine: ImageBuild: body: no build context and no Remote", err.Error())

	_, err = engine.NewBuildContext(filepath.Join(t.TempDir(), "missing"), engine.BuildContextOptions{})
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestBuildPrune(t *testing.T) {
	t.Parallel()
	raw, err := client().BuildPrune(testCtx(t), engine.BuildPruneOptions{
		All: true, KeepStorage: 1 << 30, Filters: engine.Filters{"id": {testengine.Name(t, "none")}},
	})
	require.NoError(t, err)
	var res struct {
		CachesDeleted  []string
		SpaceReclaimed *int64
	}
	decode(t, raw, &res)
	assert.Empty(t, res.CachesDeleted, "the filter matches no cache entry")
	require.NotNil(t, res.SpaceReclaimed)
	assert.Zero(t, *res.SpaceReclaimed)
}
