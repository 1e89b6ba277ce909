package engine_test

import (
	"archive/tar"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
)

// writeTree creates files (path -> content) below dir; a path ending in
// "/" is an empty directory.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			require.NoError(t, os.MkdirAll(p, 0o755))
			continue
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// tarEntries reads a build context to its end and returns its regular
// files (name -> content), then closes it.
func tarEntries(t *testing.T, bc *engine.BuildContext) map[string]string {
	t.Helper()
	defer bc.Close()
	out := map[string]string{}
	tr := tar.NewReader(bc)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		assert.Zero(t, h.Uid, h.Name)
		assert.Zero(t, h.Gid, h.Name)
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		require.NoError(t, err)
		out[h.Name] = string(b)
	}
	return out
}

// names returns the sorted keys of m.
func names(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// contextFiles is the tree every .dockerignore case starts from.
var contextFiles = map[string]string{
	"Dockerfile":                   "FROM scratch\n",
	"main.go":                      "package main\n",
	"README.md":                    "readme\n",
	"README-secret.md":             "secret\n",
	"CHANGES.md":                   "changes\n",
	"tempa":                        "a\n",
	"tempbb":                       "bb\n",
	"somedir/temporary.txt":        "t\n",
	"somedir/temp/inner.txt":       "i\n",
	"somedir/keep.txt":             "k\n",
	"somedir/subdir/temporary.txt": "t2\n",
	"somedir/subdir/lib.go":        "package lib\n",
	"docs/guide.txt":               "g\n",
	"docs/keep.txt":                "k\n",
}

func TestBuildContextDockerignore(t *testing.T) {
	all := names(contextFiles)
	without := func(drop ...string) []string {
		var out []string
		for _, n := range all {
			keep := true
			for _, d := range drop {
				keep = keep && n != d
			}
			if keep {
				out = append(out, n)
			}
		}
		return out
	}
	tests := []struct {
		name   string
		ignore string
		want   []string // besides .dockerignore, which is always sent
	}{
		{"no patterns", "", all},
		{"comment only", "# a comment\n#main.go\n", all},
		{"*/temp*", "*/temp*\n", without("somedir/temporary.txt", "somedir/temp/inner.txt")},
		{"*/*/temp*", "*/*/temp*\n", without("somedir/subdir/temporary.txt")},
		{"temp?", "temp?\n", without("tempa")},
		{"docs example", "# comment\n*/temp*\n*/*/temp*\ntemp?\n",
			without("somedir/temporary.txt", "somedir/temp/inner.txt", "somedir/subdir/temporary.txt", "tempa")},
		{"**/*.go", "**/*.go\n", without("main.go", "somedir/subdir/lib.go")},
		{"*.md with !README.md", "*.md\n!README.md\n", without("README-secret.md", "CHANGES.md")},
		{"exception then exclusion", "*.md\n!README*.md\nREADME-secret.md\n", without("README-secret.md", "CHANGES.md")},
		{"exclusion then exception", "*.md\nREADME-secret.md\n!README*.md\n", without("CHANGES.md")},
		{"directory with an exception inside", "docs\n!docs/keep.txt\n", without("docs/guide.txt")},
		{"whole directory", "somedir\n", without("somedir/temporary.txt", "somedir/temp/inner.txt", "somedir/keep.txt",
			"somedir/subdir/temporary.txt", "somedir/subdir/lib.go")},
		{"leading slash and dot segments", "/tempa\n./docs/../main.go\n", without("tempa", "main.go")},
		{"Dockerfile and .dockerignore excluded are still sent", "Dockerfile\n.dockerignore\n", all},
		{"everything but one file", "*\n!main.go\n", []string{"Dockerfile", "main.go"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, contextFiles)
			require.NoError(t, os.WriteFile(filepath.Join(dir, ".dockerignore"), []byte(tc.ignore), 0o644))
			bc, err := engine.NewBuildContext(dir, engine.BuildContextOptions{})
			require.NoError(t, err)
			assert.Equal(t, "Dockerfile", bc.Dockerfile)
			got := tarEntries(t, bc)
			assert.Equal(t, tc.ignore, got[".dockerignore"])
			delete(got, ".dockerignore")
			assert.Equal(t, tc.want, names(got))
		})
	}
}

func TestBuildContextDockerfiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"ctx/app.txt":              "app\n",
		"ctx/build/Dockerfile.dev": "FROM scratch\nCOPY app.txt /\n",
		"ctx/.dockerignore":        "build\n",
		"outside/Dockerfile":       "FROM scratch\n",
	})
	ctx := filepath.Join(dir, "ctx")

	t.Run("inside the context, excluded but sent", func(t *testing.T) {
		bc, err := engine.NewBuildContext(ctx, engine.BuildContextOptions{Dockerfile: "build/Dockerfile.dev"})
		require.NoError(t, err)
		assert.Equal(t, "build/Dockerfile.dev", bc.Dockerfile)
		assert.Equal(t, []string{".dockerignore", "app.txt", "build/Dockerfile.dev"}, names(tarEntries(t, bc)))
	})
	t.Run("absolute path inside the context", func(t *testing.T) {
		bc, err := engine.NewBuildContext(ctx, engine.BuildContextOptions{Dockerfile: filepath.Join(ctx, "build", "Dockerfile.dev")})
		require.NoError(t, err)
		assert.Equal(t, "build/Dockerfile.dev", bc.Dockerfile)
	})
	t.Run("outside the context", func(t *testing.T) {
		bc, err := engine.NewBuildContext(ctx, engine.BuildContextOptions{Dockerfile: filepath.Join(dir, "outside", "Dockerfile")})
		require.NoError(t, err)
		require.True(t, strings.HasPrefix(bc.Dockerfile, ".dockerfile."), bc.Dockerfile)
		got := tarEntries(t, bc)
		assert.Equal(t, []string{".dockerfile." + strings.TrimPrefix(bc.Dockerfile, ".dockerfile."), ".dockerignore", "app.txt"}, names(got))
		assert.Equal(t, "FROM scratch\n", got[bc.Dockerfile])
		assert.Equal(t, "build\n\n"+bc.Dockerfile+"\n", got[".dockerignore"], "the generated name is ignored by COPY")
	})
	t.Run("content given as a reader", func(t *testing.T) {
		bc, err := engine.NewBuildContext(filepath.Join(dir, "outside"), engine.BuildContextOptions{DockerfileContent: strings.NewReader("FROM busybox\n")})
		require.NoError(t, err)
		got := tarEntries(t, bc)
		assert.Equal(t, "FROM busybox\n", got[bc.Dockerfile])
		assert.Equal(t, "\n"+bc.Dockerfile+"\n", got[".dockerignore"], "a .dockerignore is made for the generated name")
		assert.Equal(t, "FROM scratch\n", got["Dockerfile"])
	})
	t.Run("context of only a Dockerfile", func(t *testing.T) {
		bc, err := engine.DockerfileBuildContext(strings.NewReader("FROM scratch\n"))
		require.NoError(t, err)
		assert.Equal(t, "Dockerfile", bc.Dockerfile)
		assert.Equal(t, map[string]string{"Dockerfile": "FROM scratch\n"}, tarEntries(t, bc))
	})
	t.Run("lower-case dockerfile", func(t *testing.T) {
		d := t.TempDir()
		writeTree(t, d, map[string]string{"dockerfile": "FROM scratch\n"})
		bc, err := engine.NewBuildContext(d, engine.BuildContextOptions{})
		require.NoError(t, err)
		assert.Equal(t, "dockerfile", bc.Dockerfile)
		require.NoError(t, bc.Close())
	})
}

func TestBuildContextErrors(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"Dockerfile": "FROM scratch\n", "sub/": ""})
	tests := []struct {
		name string
		dir  string
		opts engine.BuildContextOptions
		want string
	}{
		{"missing directory", filepath.Join(dir, "nope"), engine.BuildContextOptions{}, `dir "` + filepath.Join(dir, "nope") + `"`},
		{"empty directory name", "", engine.BuildContextOptions{}, "dir: the context directory is empty"},
		{"a file, not a directory", filepath.Join(dir, "Dockerfile"), engine.BuildContextOptions{}, "is not a directory"},
		{"missing Dockerfile", filepath.Join(dir, "sub"), engine.BuildContextOptions{}, "cannot locate the Dockerfile"},
		{"missing custom Dockerfile", dir, engine.BuildContextOptions{Dockerfile: "other/Dockerfile"}, `the Dockerfile "other/Dockerfile"`},
		{"Dockerfile is a directory", dir, engine.BuildContextOptions{Dockerfile: "sub"}, "is a directory"},
		{"both a path and content", dir, engine.BuildContextOptions{Dockerfile: "Dockerfile", DockerfileContent: strings.NewReader("")}, "both Dockerfile and DockerfileContent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := engine.NewBuildContext(tc.dir, tc.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "engine: NewBuildContext: ")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestBuildContextCloseStopsWriting(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("x", 1<<20)
	files := map[string]string{"Dockerfile": "FROM scratch\n"}
	for _, n := range []string{"a", "b", "c", "d"} {
		files[n] = big
	}
	writeTree(t, dir, files)
	bc, err := engine.NewBuildContext(dir, engine.BuildContextOptions{})
	require.NoError(t, err)
	buf := make([]byte, 512)
	_, err = io.ReadFull(bc, buf)
	require.NoError(t, err)
	require.NoError(t, bc.Close(), "Close returns once the writer has stopped")
	_, err = bc.Read(buf)
	assert.Error(t, err, "reading after Close fails")
	require.NoError(t, bc.Close(), "a second Close is harmless")

	bc, err = engine.NewBuildContext(dir, engine.BuildContextOptions{})
	require.NoError(t, err)
	require.NoError(t, bc.Close(), "closing an unread context starts nothing")
}
