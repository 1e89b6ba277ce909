package bindings

import (
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// closeRecorder is an iterator of fixed chunks that records its closing.
type closeRecorder struct {
	items  []any
	closed bool
}

func (c *closeRecorder) Next(*Call) (any, bool, error) {
	if len(c.items) == 0 {
		return nil, false, nil
	}
	v := c.items[0]
	c.items = c.items[1:]
	return v, true, nil
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

type bytesProbeArgs struct {
	Data ByteStream `arg:"data" pos:"0" req:"true"`
}

var bytesProbe = Def(probeClass, "put", "Read a bytes argument.", func(c *Call, _ probe, a *bytesProbeArgs) (any, error) {
	r := a.Data.Reader(c)
	defer r.Close()
	b, err := io.ReadAll(r)
	return string(b), err
})

func TestByteStreamKind(t *testing.T) {
	assert.Equal(t, "bytes|iterator", bytesProbe.Parameters()[0].Kind)
	it := &closeRecorder{items: []any{"ab", Bytes("cd"), ""}}
	for _, tt := range []struct {
		name string
		arg  any
		want string
	}{
		{"str", "hello", "hello"},
		{"bytes", Bytes{0, 'x', 0xff}, "\x00x\xff"},
		{"list", []any{"a", Bytes("b"), "c"}, "abc"},
		{"iterator", it, "abcd"},
		{"empty iterator", SliceIterator(nil), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := bytesProbe.Invoke(nil, probe{}, []any{tt.arg})
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
		})
	}
	assert.True(t, it.closed, "ReadAll closes the iterator")

	for _, tt := range []struct {
		arg  any
		want string
	}{
		{int64(3), "argument 'data' must be str, bytes or an iterator of chunks, not int"},
		{true, "must be str, bytes or an iterator of chunks, not bool"},
		{[]any{"a", true}, "must be a list of str or bytes chunks, but item 2 is bool"},
	} {
		_, err := bytesProbe.Invoke(nil, probe{}, []any{tt.arg})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "Probe.put()")
		assert.Contains(t, err.Error(), tt.want)
	}

	bad := &closeRecorder{items: []any{"ok", int64(1)}}
	_, err := bytesProbe.Invoke(nil, probe{}, []any{bad})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chunk 2 of the data is int, not str or bytes")
	assert.True(t, bad.closed)
}

func TestByteStreamReader(t *testing.T) {
	it := &closeRecorder{items: []any{"hello ", "", Bytes("world")}}
	bs, err := toByteStream(it)
	require.NoError(t, err)
	assert.True(t, bs.Given())
	assert.True(t, bs.IsIterator())
	r := bs.Reader(nil)
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	require.NoError(t, err)
	assert.Equal(t, "hell", string(buf[:n]))
	rest, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "o world", string(rest))
	assert.False(t, it.closed, "reading to the end leaves closing to Close")
	require.NoError(t, r.Close())
	assert.True(t, it.closed)

	b, err := io.ReadAll(ByteStreamOf([]byte("x")).Reader(nil))
	require.NoError(t, err)
	assert.Equal(t, "x", string(b))
	assert.False(t, ByteStream{}.Given())
}
