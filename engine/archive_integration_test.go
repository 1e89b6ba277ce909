package engine_test

import (
	"archive/tar"
	"bytes"
	"io"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
)

// tarOf builds a tar archive of the given files (name -> content); names
// ending in "/" are directories.
func tarOf(t *testing.T, files map[string]string, order ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, name := range order {
		content := files[name]
		h := &tar.Header{Name: name, Mode: 0o640, Size: int64(len(content)), Typeflag: tar.TypeReg, ModTime: time.Unix(1700000000, 0)}
		if name[len(name)-1] == '/' {
			h.Typeflag, h.Mode, h.Size = tar.TypeDir, 0o755, 0
		}
		require.NoError(t, tw.WriteHeader(h))
		_, err := tw.Write([]byte(content))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	return buf.Bytes()
}

// untar returns the regular files of a tar stream (name -> content).
func untar(t *testing.T, r io.Reader) map[string]string {
	t.Helper()
	out := map[string]string{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		b, err := io.ReadAll(tr)
		require.NoError(t, err)
		if h.Typeflag == tar.TypeDir {
			out[h.Name] = "<dir>"
		} else {
			out[h.Name] = string(b)
		}
	}
}

func TestContainerArchive(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	id, _ := createContainer(t, []string{"true"}, nil)
	files := map[string]string{"data/": "", "data/hello.txt": "hello archive\n", "data/sub/": "", "data/sub/b.bin": "\x00\x01\x02"}
	content := tarOf(t, files, "data/", "data/hello.txt", "data/sub/", "data/sub/b.bin")
	// An io.Reader without a length: the body is streamed (chunked).
	require.NoError(t, client().PutContainerArchive(ctx, id, "/tmp", io.MultiReader(bytes.NewReader(content)), engine.PutContainerArchiveOptions{}))

	t.Run("get a file", func(t *testing.T) {
		rc, st, err := client().ContainerArchive(ctx, id, "/tmp/data/hello.txt")
		require.NoError(t, err)
		defer rc.Close()
		assert.Equal(t, map[string]string{"hello.txt": "hello archive\n"}, untar(t, rc))
		assert.Equal(t, "hello.txt", st.Name)
		assert.EqualValues(t, 14, st.Size)
		assert.Equal(t, os.FileMode(0o640), st.Mode)
		assert.True(t, st.Mtime.Equal(time.Unix(1700000000, 0)), "mtime %v", st.Mtime)
		assert.Contains(t, string(st.Raw), `"name":"hello.txt"`)
	})

	t.Run("get a directory", func(t *testing.T) {
		rc, st, err := client().ContainerArchive(ctx, id, "/tmp/data")
		require.NoError(t, err)
		defer rc.Close()
		assert.Equal(t, map[string]string{"data/": "<dir>", "data/hello.txt": "hello archive\n", "data/sub/": "<dir>", "data/sub/b.bin": "\x00\x01\x02"}, untar(t, rc))
		assert.True(t, st.Mode.IsDir())
		assert.Equal(t, "data", st.Name)
	})

	t.Run("stat (HEAD) of the same paths", func(t *testing.T) {
		st, err := client().ContainerArchiveInfo(ctx, id, "/tmp/data/hello.txt")
		require.NoError(t, err)
		assert.Equal(t, "hello.txt", st.Name)
		assert.EqualValues(t, 14, st.Size)
		assert.True(t, st.Mode.IsRegular())
		st, err = client().ContainerArchiveInfo(ctx, id, "/tmp/data")
		require.NoError(t, err)
		assert.True(t, st.Mode.IsDir())
		st, err = client().ContainerArchiveInfo(ctx, id, "/bin/sh")
		require.NoError(t, err)
		assert.Equal(t, os.ModeSymlink, st.Mode&os.ModeSymlink, "busybox's sh is a link")
		assert.NotEmpty(t, st.LinkTarget)
	})

	t.Run("missing path", func(t *testing.T) {
		_, err := client().ContainerArchiveInfo(ctx, id, "/nope")
		assert.ErrorIs(t, err, engine.ErrNotFound)
		_, _, err = client().ContainerArchive(ctx, id, "/nope")
		assert.ErrorIs(t, err, engine.ErrNotFound)
		err = client().PutContainerArchive(ctx, id, "/nope", bytes.NewReader(content), engine.PutContainerArchiveOptions{})
		assert.ErrorIs(t, err, engine.ErrNotFound)
	})

	t.Run("noOverwriteDirNonDir", func(t *testing.T) {
		// A file named like the existing directory /tmp/data.
		clash := tarOf(t, map[string]string{"data": "x"}, "data")
		err := client().PutContainerArchive(ctx, id, "/tmp", bytes.NewReader(clash), engine.PutContainerArchiveOptions{NoOverwriteDirNonDir: true})
		var apiErr *engine.APIError
		require.ErrorAs(t, err, &apiErr)
		assert.GreaterOrEqual(t, apiErr.StatusCode, 400, "20.10 answers 500")
		assert.Contains(t, apiErr.Message, "cannot overwrite directory")
		assert.Contains(t, err.Error(), "engine: PutContainerArchive: ")
	})

	t.Run("copyUIDGID", func(t *testing.T) {
		require.NoError(t, client().PutContainerArchive(ctx, id, "/", bytes.NewReader(tarOf(t, map[string]string{"c.txt": "c"}, "c.txt")),
			engine.PutContainerArchiveOptions{CopyUIDGID: true}))
		st, err := client().ContainerArchiveInfo(ctx, id, "/c.txt")
		require.NoError(t, err)
		assert.EqualValues(t, 1, st.Size)
	})
}
