package engine

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fault matrix: every stream kind against every fault, on a raw fake
// daemon (a unix socket server writing HTTP by hand, so that it can break
// the protocol anywhere).

// Client timeouts of the matrix: a stall before the header ends with
// matrixTimeout; trickles last twice slowTimeout, and a stall after the
// header ends with the caller's context, with slowTimeout as the client
// timeout; other faults must not depend on time (quietTimeout).
const (
	matrixTimeout = 500 * time.Millisecond
	slowTimeout   = time.Second
	quietTimeout  = 30 * time.Second
)

// matrixMaxBody is the client's MaxResponseBytes in the matrix.
const matrixMaxBody = 1 << 20

// framing is how a stream's payload is cut.
type framing int

const (
	muxed  framing = iota // 8-byte frame headers (logs, attach, exec)
	raw                   // plain bytes (tty exec, export, archive)
	jsonMS                // JSON messages (stats)
	noBody                // no stream (put_archive)
)

// streamKind is one kind of stream of the client.
type streamKind struct {
	name    string
	hijack  bool // upgraded connection (attach, exec)
	ws      bool // websocket
	framing framing
	// run opens the stream and reads it as a caller would: the data
	// read and the final error (nil at a clean end).
	run func(ctx context.Context, c *Client) (string, error)
}

// demux reads a multiplexed stream.
func demux(rc io.ReadCloser, err error) (string, error) {
	if err != nil {
		return "", err
	}
	r := NewFrameReader(rc, false)
	defer r.Close()
	var b bytes.Buffer
	_, err = r.Demux(&b, &b)
	if cap(r.buf) > frameBufSize {
		return b.String(), fmt.Errorf("frame buffer grew to %d bytes", cap(r.buf))
	}
	return b.String(), err
}

// readRaw reads a raw stream.
func readRaw(rc io.ReadCloser, err error) (string, error) {
	if err != nil {
		return "", err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	return string(b), err
}

// slowReader returns its bytes one at a time, pausing before each.
type slowReader struct {
	data  []byte
	pause time.Duration
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	time.Sleep(s.pause)
	p[0] = s.data[0]
	s.data = s.data[1:]
	return 1, nil
}

// putContent is what put_archive uploads in a cell (set per fault).
type putContentKey struct{}

var streamKinds = []streamKind{
	{name: "logs", framing: muxed, run: func(ctx context.Context, c *Client) (string, error) {
		return demux(c.ContainerLogs(ctx, "x", ContainerLogsOptions{Stdout: true, Stderr: true, Follow: true}))
	}},
	{name: "attach", hijack: true, framing: muxed, run: func(ctx context.Context, c *Client) (string, error) {
		h, err := c.ContainerAttach(ctx, "x", ContainerAttachOptions{Stream: true, Stdout: true, Stderr: true})
		if err != nil {
			return "", err
		}
		return demux(h, nil)
	}},
	{name: "exec", hijack: true, framing: muxed, run: func(ctx context.Context, c *Client) (string, error) {
		h, err := c.ExecStart(ctx, "e", ExecStartOptions{})
		if err != nil {
			return "", err
		}
		return demux(h, nil)
	}},
	{name: "exec tty", hijack: true, framing: raw, run: func(ctx context.Context, c *Client) (string, error) {
		h, err := c.ExecStart(ctx, "e", ExecStartOptions{Tty: true})
		if err != nil {
			return "", err
		}
		return readRaw(h, nil)
	}},
	{name: "stats", framing: jsonMS, run: func(ctx context.Context, c *Client) (string, error) {
		rc, err := c.ContainerStats(ctx, "x", true, false)
		if err != nil {
			return "", err
		}
		msgs := NewJSONMessages(rc)
		defer msgs.Close()
		var b strings.Builder
		for {
			m, err := msgs.Next()
			if err == io.EOF {
				return b.String(), nil
			}
			if err != nil {
				return b.String(), err
			}
			b.Write(m)
		}
	}},
	{name: "export", framing: raw, run: func(ctx context.Context, c *Client) (string, error) {
		return readRaw(c.ContainerExport(ctx, "x"))
	}},
	{name: "get_archive", framing: raw, run: func(ctx context.Context, c *Client) (string, error) {
		rc, _, err := c.ContainerArchive(ctx, "x", "/etc")
		return readRaw(rc, err)
	}},
	{name: "put_archive", framing: noBody, run: func(ctx context.Context, c *Client) (string, error) {
		content, _ := ctx.Value(putContentKey{}).(io.Reader)
		return "", c.PutContainerArchive(ctx, "x", "/tmp", content, PutContainerArchiveOptions{})
	}},
	{name: "websocket", hijack: true, ws: true, framing: raw, run: func(ctx context.Context, c *Client) (string, error) {
		w, err := c.ContainerAttachWebsocket(ctx, "x", ContainerAttachWebsocketOptions{Stream: true})
		if err != nil {
			return "", err
		}
		return readRaw(w, nil)
	}},
}

// unit returns s as one payload unit of framing f.
func unit(f framing, s string) []byte {
	switch f {
	case muxed:
		return frame(1, s)
	case jsonMS:
		b, _ := json.Marshal(map[string]string{"m": s})
		return append(b, '\n')
	}
	return []byte(s)
}

// seen returns what a caller sees of the units of s.
func seen(f framing, parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if f == jsonMS {
			b.Write(bytes.TrimSpace(unit(f, s)))
		} else {
			b.WriteString(s)
		}
	}
	return b.String()
}

// matrixFake is a raw fake daemon for one cell.
type matrixFake struct {
	l    net.Listener
	kind *streamKind
	wg   sync.WaitGroup
}

// die closes the listener: the daemon is gone, pings fail.
func (f *matrixFake) die() { f.l.Close() }

// wire writes a stream answer of a kind.
type wire struct {
	conn    net.Conn
	kind    *streamKind
	chunked bool
}

// write writes b as it is.
func (w *wire) write(b []byte) { _, _ = w.conn.Write(b) }

// header writes the success header; extra lines end with "\r\n".
func (w *wire) header(req *http.Request, extra string) {
	switch {
	case w.kind.ws:
		sum := sha1.Sum([]byte(req.Header.Get("Sec-Websocket-Key") + wsGUID))
		w.write([]byte("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " +
			base64.StdEncoding.EncodeToString(sum[:]) + "\r\n" + extra + "\r\n"))
	case w.kind.hijack:
		w.write([]byte("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n" + extra + "\r\n"))
	case w.kind.framing == noBody:
		w.write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n" + extra + "\r\n"))
	default:
		st := base64.StdEncoding.EncodeToString([]byte(`{"name":"etc","size":0,"mode":2147484141,"mtime":"2026-01-01T00:00:00Z","linkTarget":""}`))
		if extra == "" {
			extra = "Transfer-Encoding: chunked\r\n"
			w.chunked = true
		}
		w.write([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n" + pathStatHeader + ": " + st + "\r\n" + extra + "\r\n"))
	}
}

// data writes b in the stream's transport (a chunk, a websocket frame).
func (w *wire) data(b []byte) {
	switch {
	case w.chunked:
		w.write([]byte(fmt.Sprintf("%x\r\n%s\r\n", len(b), b)))
	case w.kind.ws:
		w.write(wsFrame(wsBinary, string(b)))
	default:
		w.write(b)
	}
}

// end ends the stream cleanly (the daemon stays up).
func (w *wire) end() {
	switch {
	case w.chunked:
		w.write([]byte("0\r\n\r\n"))
	case w.kind.ws:
		w.write(wsFrame(wsClose, "\x03\xe8"))
	}
	w.conn.Close()
}

// block waits until the client closes the connection.
func block(conn net.Conn, br *bufio.Reader) {
	_, _ = io.Copy(io.Discard, br)
	conn.Close()
}

// fault is one column of the matrix.
type fault struct {
	name string
	// serve answers the stream request; req.Body is unread.
	serve func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader)
	// content is what put_archive uploads (nil: a small body).
	content func() io.Reader
	// callerTimeout bounds the caller's context (0: 10s).
	callerTimeout time.Duration
	// timeout is the client timeout (0: quietTimeout).
	timeout time.Duration
	// want returns the expected data and checks the error for a kind;
	// ok false marks a cell that does not apply.
	want func(k *streamKind) (data string, check func(t *testing.T, err error), ok bool)
}

// Checks of what a caller sees.
func wantNil(t *testing.T, err error) { assert.NoError(t, err) }

func wantBroken(t *testing.T, err error) {
	var serr *StreamError
	if assert.ErrorAs(t, err, &serr) {
		assert.ErrorIs(t, err, ErrStreamBroken)
		assert.NotEmpty(t, serr.Op, "operation named")
		assert.True(t, strings.HasPrefix(serr.Host, "unix://"), "host named: %q", serr.Host)
		assert.Contains(t, err.Error(), serr.Host)
	}
}

func wantTimeout(t *testing.T, err error) {
	var cerr *ConnectionError
	var te *TimeoutError
	if assert.ErrorAs(t, err, &cerr) && assert.ErrorAs(t, err, &te) {
		assert.Equal(t, matrixTimeout, te.After)
		assert.Contains(t, err.Error(), "timed out after 500ms")
	}
}

func wantCallerDeadline(t *testing.T, err error) {
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var te *TimeoutError
	assert.False(t, errors.As(err, &te), "not bounded by the client timeout: %v", err)
}

func wantAPI500(t *testing.T, err error) {
	var aerr *APIError
	if assert.ErrorAs(t, err, &aerr) {
		assert.Equal(t, 500, aerr.StatusCode)
		assert.Equal(t, "boom", aerr.Message)
	}
}

func wantHeaderTooLarge(t *testing.T, err error) {
	var cerr *ConnectionError
	assert.ErrorAs(t, err, &cerr)
	assert.ErrorIs(t, err, ErrHeaderTooLarge)
}

func wantSyntax(t *testing.T, err error) {
	var serr *json.SyntaxError
	assert.ErrorAs(t, err, &serr)
	assert.NotErrorIs(t, err, ErrStreamBroken)
}

func wantTooLarge(t *testing.T, err error) { assert.ErrorIs(t, err, ErrResponseTooLarge) }

func wantConnBroken(t *testing.T, err error) {
	var cerr *ConnectionError
	if assert.ErrorAs(t, err, &cerr) {
		assert.True(t, errors.Is(err, ErrConnectionReset) || errors.Is(err, ErrClosedEarly), "%v", err)
	}
}

var faults = []fault{
	{name: "clean", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		w.header(req, "")
		if w.kind.framing != noBody {
			w.data(unit(w.kind.framing, "hello\n"))
		}
		w.end()
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		if k.framing == noBody {
			return "", wantNil, true
		}
		return seen(k.framing, "hello\n"), wantNil, true
	}},
	{name: "close mid-stream", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		if w.kind.framing == noBody {
			_, _ = io.CopyN(io.Discard, req.Body, 1024)
			f.die()
			w.conn.Close()
			return
		}
		w.header(req, "")
		w.data(unit(w.kind.framing, "hello\n"))
		next := unit(w.kind.framing, "world\n")
		w.data(next[:len(next)/2])
		f.die()
		w.conn.Close()
	}, content: func() io.Reader { return bytes.NewReader(make([]byte, 16<<20)) },
		want: func(k *streamKind) (string, func(*testing.T, error), bool) {
			switch k.framing {
			case noBody:
				return "", wantConnBroken, true
			case raw:
				return "hello\nwor", wantBroken, true
			}
			return seen(k.framing, "hello\n"), wantBroken, true
		}},
	{name: "stall before header", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		block(w.conn, br)
	}, timeout: matrixTimeout, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		return "", wantTimeout, true
	}},
	{name: "stall after header", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		w.header(req, "")
		if w.kind.framing != noBody {
			w.data(unit(w.kind.framing, "hello\n"))
		}
		block(w.conn, br)
	}, timeout: slowTimeout, callerTimeout: 3 * slowTimeout, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		if k.framing == noBody {
			return "", wantNil, true
		}
		return seen(k.framing, "hello\n"), wantCallerDeadline, true
	}},
	{name: "trickle", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		w.header(req, "")
		if w.kind.framing == noBody {
			w.conn.Close()
			return
		}
		var b []byte
		for _, s := range []string{"hello\n", "slow\n", "world\n"} {
			b = append(b, unit(w.kind.framing, s)...)
		}
		if w.kind.ws {
			b = wsFrame(wsBinary, string(b))
			w.kind = &streamKind{hijack: true} // frame written whole, trickled below
		}
		// Longer in all than the client timeout.
		for i := range b {
			w.data(b[i : i+1])
			time.Sleep(2 * slowTimeout / time.Duration(len(b)))
		}
		if w.kind.hijack && !w.chunked {
			w.conn.Close()
		} else {
			w.end()
		}
	}, content: func() io.Reader {
		return &slowReader{data: []byte("slow tar content"), pause: 2 * slowTimeout / 16}
	}, timeout: slowTimeout, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		if k.framing == noBody {
			return "", wantNil, true
		}
		return seen(k.framing, "hello\n", "slow\n", "world\n"), wantNil, true
	}},
	{name: "truncated frame", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		w.header(req, "")
		w.data(unit(w.kind.framing, "hello\n"))
		next := unit(w.kind.framing, "world\n")
		if w.kind.ws {
			next = wsFrame(wsBinary, "world\n")
			_, _ = w.conn.Write(next[:len(next)-3])
			w.conn.Close()
			return
		}
		w.data(next[:len(next)-3])
		w.end() // the daemon stays up: only the frame tells
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		switch {
		case k.ws, k.framing == muxed:
			return "hello\nwor", wantBroken, true
		case k.framing == jsonMS:
			return seen(k.framing, "hello\n"), wantBroken, true
		}
		return "", nil, false // raw bytes have no frames
	}},
	{name: "malformed JSON", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		w.header(req, "")
		w.data(unit(w.kind.framing, "hello\n"))
		w.data([]byte("{\"m\": nope}\n"))
		w.end()
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		if k.framing != jsonMS {
			return "", nil, false
		}
		return seen(k.framing, "hello\n"), wantSyntax, true
	}},
	{name: "500 non-JSON", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		w.write([]byte("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nboom\n"))
		w.conn.Close()
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		return "", wantAPI500, true
	}},
	{name: "huge header", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		w.header(req, "X-Big: "+strings.Repeat("a", 2*MaxHeaderBytes)+"\r\n")
		w.conn.Close()
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		return "", wantHeaderTooLarge, true
	}},
	{name: "huge length", serve: func(f *matrixFake, w *wire, req *http.Request, br *bufio.Reader) {
		_, _ = io.Copy(io.Discard, req.Body)
		body := bytes.Repeat([]byte("x"), 100<<10)
		switch {
		case w.kind.framing == noBody:
			w.write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 4294967280\r\n\r\n"))
			block(w.conn, br)
			return
		case w.kind.framing == jsonMS:
			w.header(req, "")
			w.data([]byte(`{"m":"`))
			for i := 0; i <= matrixMaxBody/len(body); i++ {
				w.data(body)
			}
			w.data([]byte(`"}`))
			w.end()
			return
		case w.kind.ws:
			w.header(req, "")
			hdr := []byte{0x80 | wsBinary, 127}
			w.write(binary.BigEndian.AppendUint64(hdr, 0xFFFFFFF0))
			w.write(body)
			w.conn.Close()
			return
		case w.kind.framing == muxed:
			w.header(req, "")
			hdr := []byte{1, 0, 0, 0}
			w.data(binary.BigEndian.AppendUint32(hdr, 0xFFFFFFF0))
			w.data(body)
			w.end()
			return
		case !w.kind.hijack:
			w.header(req, "Content-Length: 4294967280\r\n")
			w.write(body)
			w.conn.Close()
			return
		}
		w.conn.Close()
	}, want: func(k *streamKind) (string, func(*testing.T, error), bool) {
		big := strings.Repeat("x", 100<<10)
		switch {
		case k.framing == noBody:
			return "", wantNil, true
		case k.framing == jsonMS:
			return "", wantTooLarge, true
		case k.ws, k.framing == muxed, !k.hijack:
			return big, wantBroken, true
		}
		return "", nil, false // a raw tty stream announces no length
	}},
}

// startMatrixFake starts the raw fake daemon of a cell: pings answer, the
// first other request gets fl.serve.
func startMatrixFake(t *testing.T, k *streamKind, fl *fault) (*Client, *matrixFake) {
	sock := socketPath(t)
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	f := &matrixFake{l: l, kind: k}
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			f.wg.Add(1)
			go func() {
				defer f.wg.Done()
				defer conn.Close()
				br := bufio.NewReader(conn)
				for {
					req, err := http.ReadRequest(br)
					if err != nil {
						return
					}
					if req.URL.Path == "/_ping" {
						_, _ = conn.Write([]byte("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK"))
						continue
					}
					fl.serve(f, &wire{conn: conn, kind: k}, req, br)
					return
				}
			}()
		}
	}()
	timeout := fl.timeout
	if timeout == 0 {
		timeout = quietTimeout
	}
	c, err := New(Options{Host: "unix://" + sock, Version: "1.41", Timeout: timeout, MaxResponseBytes: matrixMaxBody})
	require.NoError(t, err)
	t.Cleanup(func() {
		c.Close()
		l.Close()
		f.wg.Wait()
	})
	return c, f
}

// TestFakeFaultMatrix runs every stream kind against every fault and
// checks what the caller sees.
func TestFakeFaultMatrix(t *testing.T) {
	for _, fl := range faults {
		t.Run(fl.name, func(t *testing.T) {
			for _, k := range streamKinds {
				data, check, ok := fl.want(&k)
				if !ok {
					continue
				}
				t.Run(k.name, func(t *testing.T) {
					t.Parallel()
					c, _ := startMatrixFake(t, &k, &fl)
					timeout := fl.callerTimeout
					if timeout == 0 {
						timeout = 10 * time.Second
					}
					ctx, cancel := context.WithTimeout(context.Background(), timeout)
					defer cancel()
					if fl.content != nil {
						ctx = context.WithValue(ctx, putContentKey{}, fl.content())
					} else {
						ctx = context.WithValue(ctx, putContentKey{}, strings.NewReader("tar"))
					}
					got, err := k.run(ctx, c)
					assert.Equal(t, data, got)
					check(t, err)
				})
			}
		})
	}
}
