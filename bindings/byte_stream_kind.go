package bindings

import (
	"bytes"
	"fmt"
	"io"
)

// ByteStream is a bytes argument (put_archive data, tar data, ...): a str,
// Bytes (a JS ArrayBuffer or Uint8Array), a list of str/Bytes chunks, or
// an iterator of such chunks. Reader streams it without buffering more
// than one chunk.
type ByteStream struct {
	data   []byte
	chunks []any
	it     Iterator
	given  bool
}

// ByteStreamOf returns a ByteStream of data (for Go callers and tests).
func ByteStreamOf(data []byte) ByteStream { return ByteStream{data: data, given: true} }

// ByteStreamFrom returns a ByteStream that reads the chunks of it.
func ByteStreamFrom(it Iterator) ByteStream { return ByteStream{it: it, given: true} }

// Given reports whether the argument was given.
func (b ByteStream) Given() bool { return b.given }

// IsIterator reports whether the data comes from an iterator.
func (b ByteStream) IsIterator() bool { return b.it != nil }

// Reader returns the data as a stream. Chunks of an iterator are pulled
// with c as they are read; closing the reader closes the iterator.
func (b ByteStream) Reader(c *Call) io.ReadCloser {
	switch {
	case b.it != nil:
		return &iterReader{c: c, it: b.it}
	case b.chunks != nil:
		return &iterReader{c: c, it: SliceIterator(b.chunks)}
	}
	return io.NopCloser(bytes.NewReader(b.data))
}

// chunkBytes accepts one chunk: a str or Bytes.
func chunkBytes(v any) ([]byte, bool) {
	switch x := v.(type) {
	case string:
		return []byte(x), true
	case Bytes:
		return x, true
	}
	return nil, false
}

// iterReader is an io.Reader over an iterator of chunks.
type iterReader struct {
	c    *Call
	it   Iterator
	buf  []byte
	n    int // chunks read, for messages
	done bool
	err  error
}

// Read fills p from the current chunk, pulling the next one when it is
// used up.
func (r *iterReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.done {
			return 0, io.EOF
		}
		v, ok, err := r.it.Next(r.c)
		switch {
		case err != nil:
			r.err = err
			continue
		case !ok:
			r.done = true
			continue
		}
		r.n++
		b, isChunk := chunkBytes(v)
		if !isChunk {
			r.err = fmt.Errorf("chunk %d of the data is %s, not str or bytes", r.n, typeName(v))
			continue
		}
		r.buf = b
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// Close closes the iterator.
func (r *iterReader) Close() error {
	r.done = true
	return r.it.Close()
}

func toByteStream(v any) (ByteStream, error) {
	if b, ok := chunkBytes(v); ok {
		return ByteStream{data: b, given: true}, nil
	}
	switch x := v.(type) {
	case Iterator:
		return ByteStream{it: x, given: true}, nil
	case []any:
		for i, e := range x {
			if _, ok := chunkBytes(e); !ok {
				return ByteStream{}, fmt.Errorf("must be a list of str or bytes chunks, but item %d is %s", i+1, typeName(e))
			}
		}
		return ByteStream{chunks: x, given: true}, nil
	}
	return ByteStream{}, typeError("str, bytes or an iterator of chunks", v)
}

// bytesKinds registers ByteStream; it runs during variable initialization,
// before any init function declares methods.
var _ = registerBytesKinds()

func registerBytesKinds() bool {
	RegisterKind("bytes|iterator", false, toByteStream)
	return true
}
