package stdlib_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
)

// chunks is an iterator over fixed chunks that records its closing.
type chunks struct {
	items  []any
	closed bool
}

func (c *chunks) Next(*bindings.Call) (any, bool, error) {
	if len(c.items) == 0 {
		return nil, false, nil
	}
	v := c.items[0]
	c.items = c.items[1:]
	return v, true, nil
}

func (c *chunks) Close() error { c.closed = true; return nil }

// split cuts b into chunks of n bytes.
func split(b []byte, n int) *chunks {
	c := &chunks{}
	for len(b) > 0 {
		k := min(n, len(b))
		c.items = append(c.items, bindings.Bytes(b[:k]))
		b = b[k:]
	}
	return c
}

func TestTarModuleRegistered(t *testing.T) {
	mod, ok := bindings.LookupModule("tar")
	require.True(t, ok)
	for _, name := range []string{"create", "list", "extract"} {
		m, ok := mod.Class().Lookup(name, false).(*bindings.Method)
		require.True(t, ok, name)
		assert.NotEmpty(t, m.Doc)
		for _, p := range m.Parameters() {
			assert.NotEmpty(t, p.Doc, "%s parameter %s", m.FullName(), p.Name)
		}
	}
}

func TestTarCreateDict(t *testing.T) {
	v := mustInvoke(t, "tar", "create", map[string]any{"hello.txt": "hi", "dir/": nil, "dir/b.bin": bindings.Bytes{0, 1, 2}})
	b, ok := v.(bindings.Bytes)
	require.True(t, ok, "%T", v)
	tr := tar.NewReader(bytes.NewReader(b))
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		names = append(names, h.Name)
		switch h.Name {
		case "hello.txt":
			assert.Equal(t, int64(0o644), h.Mode)
			data, _ := io.ReadAll(tr)
			assert.Equal(t, "hi", string(data))
		case "dir/":
			assert.Equal(t, byte(tar.TypeDir), h.Typeflag)
			assert.Equal(t, int64(0o755), h.Mode)
		}
	}
	assert.Equal(t, []string{"dir/", "dir/b.bin", "hello.txt"}, names, "sorted names")
}

func TestTarListAndExtract(t *testing.T) {
	archive := mustInvoke(t, "tar", "create", []any{
		map[string]any{"name": "bin/", "mode": int64(0o700)},
		map[string]any{"name": "bin/run.sh", "data": "#!/bin/sh\necho hi\n", "mode": int64(0o755)},
		map[string]any{"name": "empty"},
	}).(bindings.Bytes)

	list := mustInvoke(t, "tar", "list", archive)
	assert.Equal(t, []any{
		map[string]any{"name": "bin/", "size": int64(0), "mode": int64(0o700), "type": "dir"},
		map[string]any{"name": "bin/run.sh", "size": int64(18), "mode": int64(0o755), "type": "file"},
		map[string]any{"name": "empty", "size": int64(0), "mode": int64(0o644), "type": "file"},
	}, list)

	files := mustInvoke(t, "tar", "extract", string(archive))
	assert.Equal(t, map[string]any{"bin/run.sh": "#!/bin/sh\necho hi\n", "empty": ""}, files)
}

func TestTarFromIterator(t *testing.T) {
	big := strings.Repeat("x", 3<<20)
	archive := mustInvoke(t, "tar", "create", map[string]any{"big": big, "small": "s"}).(bindings.Bytes)

	it := split(archive, 1000)
	list := mustInvoke(t, "tar", "list", it).([]any)
	require.Len(t, list, 2)
	assert.Equal(t, int64(3<<20), list[0].(map[string]any)["size"])
	assert.True(t, it.closed, "the iterator is closed")

	it = split(archive, 7777)
	files := mustInvoke(t, "tar", "extract", it).(map[string]any)
	assert.Equal(t, big, files["big"])
	assert.Equal(t, "s", files["small"])
	assert.True(t, it.closed)

	// a list of chunks works too
	files = mustInvoke(t, "tar", "extract", []any{string(archive[:600]), archive[600:]}).(map[string]any)
	assert.Equal(t, "s", files["small"])
}

func TestTarGzip(t *testing.T) {
	archive := mustInvoke(t, "tar", "create", map[string]any{"a": "A"}).(bindings.Bytes)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(archive)
	require.NoError(t, zw.Close())
	files := mustInvoke(t, "tar", "extract", bindings.Bytes(gz.Bytes()))
	assert.Equal(t, map[string]any{"a": "A"}, files)
}

func TestTarErrors(t *testing.T) {
	tests := []struct {
		fn    string
		args  []any
		parts []string
	}{
		{"create", []any{int64(1)}, []string{"tar.create()", "argument 'files' must be dict or list, not int"}},
		{"create", []any{[]any{"x"}}, []string{"tar.create()", "item 1 must be a dict"}},
		{"create", []any{[]any{map[string]any{"name": "a", "dta": "x"}}}, []string{"tar.create()", "unknown key 'dta'"}},
		{"create", []any{[]any{map[string]any{"data": "x"}}}, []string{"tar.create()", "item 1 needs a str name"}},
		{"create", []any{map[string]any{"a": int64(3)}}, []string{"tar.create()", "content of 'a' must be str or bytes, not int"}},
		{"create", []any{[]any{map[string]any{"name": "a", "mode": "rw"}}}, []string{"tar.create()", "mode of 'a'"}},
		{"create", []any{map[string]any{"d/": "x"}}, []string{"tar.create()", "directory 'd/' cannot have content"}},
		{"list", []any{int64(1)}, []string{"tar.list()", "argument 'data' must be str, bytes or an iterator of chunks, not int"}},
		{"extract", []any{[]any{"a", int64(2)}}, []string{"tar.extract()", "item 2 is int"}},
		{"list", nil, []string{"tar.list()", "missing required argument 'data'"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.parts, "/"), func(t *testing.T) {
			_, err := invoke(t, nil, nil, "tar", tt.fn, tt.args...)
			requireException(t, err, bindings.InvalidArgument, tt.parts...)
		})
	}

	_, err := invoke(t, nil, nil, "tar", "list", "not a tar archive, but long enough to fill a header block? no")
	requireException(t, err, bindings.DockerException, "tar:")

	it := &chunks{items: []any{"abc", int64(5)}}
	_, err = invoke(t, nil, nil, "tar", "list", it)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chunk 2 of the data is int")
	assert.True(t, it.closed)
}
