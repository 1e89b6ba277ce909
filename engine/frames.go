package engine

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// Stream numbers of a Frame.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
	// systemErr is the stream of an error reported by the daemon inside a
	// multiplexed stream.
	systemErr = 3
)

// frameBufSize is the size of the read buffer and of raw (tty) chunks.
const frameBufSize = 32 << 10

// maxSystemErrBytes bounds the message of an error frame (stream 3): what
// the read buffer holds.
const maxSystemErrBytes = frameBufSize

// Frame is one chunk of a multiplexed stream.
type Frame struct {
	// Stream is 0 (stdin), 1 (stdout) or 2 (stderr).
	Stream int
	// Data is valid until the next call of Next.
	Data []byte
}

// FrameReader demultiplexes the stdout/stderr stream of logs, attach and
// exec: frames with an 8-byte header (stream byte, 3 zero bytes, big-endian
// uint32 length). A frame is delivered whole up to 32 KiB, larger ones in
// 32 KiB chunks: memory stays bounded whatever length a header announces.
// With tty=true the stream is raw and each chunk (up to 32 KiB) is
// reported as stdout.
//
// A stream that ends inside a frame (or its header) gives a *StreamError
// (after the part of the frame that arrived)
// naming the operation and the daemon (when rc is a stream of this
// package), as does a broken connection; a clean end gives io.EOF.
type FrameReader struct {
	rc        io.ReadCloser
	br        *bufio.Reader
	tty       bool
	hdr       [8]byte
	buf       []byte
	stream    int // stream of the current frame
	size      int // length of the current frame
	remaining int // bytes of the current frame not yet delivered
	err       error
}

// NewFrameReader returns a reader of rc; Close closes rc.
func NewFrameReader(rc io.ReadCloser, tty bool) *FrameReader {
	return &FrameReader{
		rc:  rc,
		br:  bufio.NewReaderSize(rc, frameBufSize),
		tty: tty,
		buf: make([]byte, frameBufSize),
	}
}

// Next returns the next frame (or chunk of a large frame), or io.EOF at
// the end of the stream. Frames of length zero are skipped. Frame.Data is
// only valid until the next call.
func (r *FrameReader) Next() (Frame, error) {
	if r.err != nil {
		return Frame{}, r.err
	}
	if r.tty {
		n, err := r.br.Read(r.buf[:frameBufSize])
		for n == 0 && err == nil {
			n, err = r.br.Read(r.buf[:frameBufSize])
		}
		if n > 0 {
			return Frame{Stream: Stdout, Data: r.buf[:n]}, nil
		}
		return Frame{}, r.fail(err)
	}
	for r.remaining == 0 {
		if n, err := io.ReadFull(r.br, r.hdr[:]); err != nil {
			if err == io.ErrUnexpectedEOF {
				err = r.broken(fmt.Errorf("truncated frame header: got %d of 8 bytes", n))
			}
			return Frame{}, r.fail(err)
		}
		stream := int(r.hdr[0])
		size := int(binary.BigEndian.Uint32(r.hdr[4:8]))
		if stream > systemErr {
			return Frame{}, r.fail(fmt.Errorf("engine: multiplexed stream: invalid stream id %d in frame header %q (is the container a tty?)", stream, r.hdr[:]))
		}
		if stream == systemErr {
			data := r.buf[:min(size, maxSystemErrBytes)]
			if n, err := io.ReadFull(r.br, data); err != nil {
				return Frame{}, r.fail(r.truncated(err, n, size))
			}
			return Frame{}, r.fail(fmt.Errorf("engine: error from daemon in stream: %s", data))
		}
		r.stream, r.size, r.remaining = stream, size, size
	}
	data := r.buf[:min(r.remaining, len(r.buf))]
	n, err := io.ReadFull(r.br, data)
	if err != nil {
		err = r.fail(r.truncated(err, r.size-r.remaining+n, r.size))
		if n == 0 {
			return Frame{}, err
		}
		// Deliver what arrived; the next call reports the error.
	}
	r.remaining -= n
	return Frame{Stream: r.stream, Data: data[:n]}, nil
}

// truncated maps an error inside a frame: an end of file is a truncated
// frame (got of size bytes).
func (r *FrameReader) truncated(err error, got, size int) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return r.broken(fmt.Errorf("%w: truncated frame: got %d of %d bytes", ErrClosedEarly, got, size))
	}
	return err
}

// broken returns a *StreamError for err, naming the operation and the
// daemon of the underlying stream when known.
func (r *FrameReader) broken(err error) error {
	e := &StreamError{Err: err}
	if o, ok := r.rc.(interface{ origin() (string, string) }); ok {
		e.Op, e.Host = o.origin()
	}
	return e
}

// fail records err as the sticky error of r.
func (r *FrameReader) fail(err error) error {
	r.err = err
	return err
}

// Demux copies stdout (and stdin) frames to stdout and stderr frames to
// stderr until the end of the stream (a nil writer discards). It returns
// the number of bytes written; the end of the stream is not an error.
func (r *FrameReader) Demux(stdout, stderr io.Writer) (int64, error) {
	var total int64
	for {
		f, err := r.Next()
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
		w := stdout
		if f.Stream == Stderr {
			w = stderr
		}
		if w == nil {
			continue
		}
		n, err := w.Write(f.Data)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
}

// Close closes the underlying stream, releasing its connection.
func (r *FrameReader) Close() error { return r.rc.Close() }
