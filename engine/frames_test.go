package engine

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frame returns one multiplexed frame.
func frame(stream byte, data string) []byte {
	b := make([]byte, 8+len(data))
	b[0] = stream
	binary.BigEndian.PutUint32(b[4:8], uint32(len(data)))
	copy(b[8:], data)
	return b
}

// frames concatenates frames.
func frames(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// closeRecorder is an io.ReadCloser that records Close.
type closeRecorder struct {
	io.Reader
	closed int
}

func (c *closeRecorder) Close() error { c.closed++; return nil }

// readAllFrames reads r to the end, returning the frames (copied) and the
// final error (nil for io.EOF).
func readAllFrames(r *FrameReader) ([]Frame, error) {
	var out []Frame
	for {
		f, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, Frame{Stream: f.Stream, Data: bytes.Clone(f.Data)})
	}
}

func TestFrameReader(t *testing.T) {
	big := strings.Repeat("x", 100<<10)
	tests := []struct {
		name    string
		input   []byte
		wrap    func(io.Reader) io.Reader
		want    []Frame
		wantErr string
	}{
		{name: "empty", input: nil},
		{name: "stdout and stderr",
			input: frames(frame(1, "out\n"), frame(2, "err\n"), frame(1, "more\n")),
			want:  []Frame{{1, []byte("out\n")}, {2, []byte("err\n")}, {1, []byte("more\n")}}},
		{name: "stdin stream", input: frame(0, "in"), want: []Frame{{0, []byte("in")}}},
		{name: "split across reads",
			input: frames(frame(1, "hello"), frame(2, "world")),
			wrap:  iotest.OneByteReader,
			want:  []Frame{{1, []byte("hello")}, {2, []byte("world")}}},
		{name: "half reads",
			input: frames(frame(1, "hello"), frame(2, "world")),
			wrap:  iotest.HalfReader,
			want:  []Frame{{1, []byte("hello")}, {2, []byte("world")}}},
		{name: "data err reader",
			input: frames(frame(1, "a")),
			wrap:  iotest.DataErrReader,
			want:  []Frame{{1, []byte("a")}}},
		{name: "zero-length frames are skipped",
			input: frames(frame(1, ""), frame(2, "x"), frame(1, ""), frame(2, "")),
			want:  []Frame{{2, []byte("x")}}},
		{name: "frame larger than the buffer",
			input: frames(frame(1, big), frame(2, "e")),
			// delivered in 32 KiB chunks, never allocated whole
			want: []Frame{{1, []byte(big[:32<<10])}, {1, []byte(big[32<<10 : 64<<10])}, {1, []byte(big[64<<10 : 96<<10])},
				{1, []byte(big[96<<10:])}, {2, []byte("e")}}},
		{name: "truncated header", input: frames(frame(1, "ok"), []byte{1, 0, 0}),
			want: []Frame{{1, []byte("ok")}}, wantErr: "truncated frame header"},
		{name: "truncated payload", input: frame(1, "hello")[:10],
			want: []Frame{{1, []byte("he")}}, wantErr: "truncated frame: got 2 of 5 bytes"},
		{name: "invalid stream id (tty output read as multiplexed)", input: []byte("hello world\n"),
			wantErr: "invalid stream id 104"},
		{name: "daemon error in stream", input: frames(frame(1, "a"), frame(3, "boom")),
			want: []Frame{{1, []byte("a")}}, wantErr: "error from daemon in stream: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in io.Reader = bytes.NewReader(tt.input)
			if tt.wrap != nil {
				in = tt.wrap(in)
			}
			rc := &closeRecorder{Reader: in}
			r := NewFrameReader(rc, false)
			got, err := readAllFrames(r)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				_, again := r.Next()
				assert.Equal(t, err, again, "errors are sticky")
			} else {
				require.NoError(t, err)
				_, again := r.Next()
				assert.Equal(t, io.EOF, again)
			}
			assert.Equal(t, len(tt.want), len(got))
			for i := range min(len(tt.want), len(got)) {
				assert.Equal(t, tt.want[i].Stream, got[i].Stream, "frame %d", i)
				assert.Equal(t, string(tt.want[i].Data), string(got[i].Data), "frame %d", i)
			}
			require.NoError(t, r.Close())
			assert.Equal(t, 1, rc.closed)
		})
	}
}

func TestFrameReaderTTY(t *testing.T) {
	data := strings.Repeat("0123456789", 10<<10) // 100 KiB, more than one chunk
	for name, wrap := range map[string]func(io.Reader) io.Reader{
		"whole": func(r io.Reader) io.Reader { return r },
		"bytes": iotest.OneByteReader,
		"half":  iotest.HalfReader,
	} {
		t.Run(name, func(t *testing.T) {
			r := NewFrameReader(io.NopCloser(wrap(strings.NewReader(data))), true)
			got, err := readAllFrames(r)
			require.NoError(t, err)
			var all bytes.Buffer
			for _, f := range got {
				assert.Equal(t, Stdout, f.Stream)
				assert.LessOrEqual(t, len(f.Data), 32<<10)
				assert.NotEmpty(t, f.Data)
				all.Write(f.Data)
			}
			assert.Equal(t, data, all.String())
		})
	}
}

func TestFrameReaderTTYReadError(t *testing.T) {
	boom := errors.New("boom")
	r := NewFrameReader(io.NopCloser(io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(boom))), true)
	f, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, "abc", string(f.Data))
	_, err = r.Next()
	assert.ErrorIs(t, err, boom)
}

func TestFrameReaderDemux(t *testing.T) {
	in := frames(frame(1, "out1 "), frame(2, "err1 "), frame(0, "in "), frame(1, "out2"))
	var stdout, stderr bytes.Buffer
	n, err := NewFrameReader(io.NopCloser(bytes.NewReader(in)), false).Demux(&stdout, &stderr)
	require.NoError(t, err)
	assert.Equal(t, "out1 in out2", stdout.String())
	assert.Equal(t, "err1 ", stderr.String())
	assert.Equal(t, int64(len("out1 err1 in out2")), n)

	stdout.Reset()
	_, err = NewFrameReader(io.NopCloser(bytes.NewReader(in)), false).Demux(&stdout, nil)
	require.NoError(t, err)
	assert.Equal(t, "out1 in out2", stdout.String())

	_, err = NewFrameReader(io.NopCloser(bytes.NewReader(frame(3, "bad"))), false).Demux(&stdout, &stderr)
	assert.ErrorContains(t, err, "bad")
}

// cycleReader repeats data forever.
type cycleReader struct {
	data []byte
	off  int
}

func (c *cycleReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m := copy(p[n:], c.data[c.off:])
		n += m
		c.off = (c.off + m) % len(c.data)
	}
	return n, nil
}

func TestFrameReaderNoAllocs(t *testing.T) {
	in := frames(frame(1, strings.Repeat("o", 1000)), frame(2, strings.Repeat("e", 3000)), frame(1, "x"))
	r := NewFrameReader(io.NopCloser(&cycleReader{data: in}), false)
	allocs := testing.AllocsPerRun(10000, func() {
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)

	rt := NewFrameReader(io.NopCloser(&cycleReader{data: in}), true)
	allocs = testing.AllocsPerRun(1000, func() {
		if _, err := rt.Next(); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func BenchmarkFrameReader(b *testing.B) {
	// 4 MiB of log output in 4 KiB frames, alternating stdout and stderr.
	chunk := strings.Repeat("a log line of some length\n", 4096/26)
	var buf bytes.Buffer
	for i := 0; buf.Len() < 4<<20; i++ {
		buf.Write(frame(byte(1+i%2), chunk))
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rd := bytes.NewReader(data)
	for b.Loop() {
		rd.Reset(data)
		r := NewFrameReader(io.NopCloser(rd), false)
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
