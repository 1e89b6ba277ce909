package engine

import (
	"bufio"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodePathStat(t *testing.T) {
	const js = `{"name":"hello.txt","size":14,"mode":2147484141,"mtime":"2023-11-14T22:13:20Z","linkTarget":"","extra":1}`
	tests := []struct {
		name    string
		header  string
		wantErr string
	}{
		{"padded", base64.StdEncoding.EncodeToString([]byte(js)), ""},
		{"unpadded", base64.RawStdEncoding.EncodeToString([]byte(js)), ""},
		{"empty", "", "missing X-Docker-Container-Path-Stat header"},
		{"not base64", "%%%", "decoding X-Docker-Container-Path-Stat header"},
		{"not JSON", base64.StdEncoding.EncodeToString([]byte("nope")), "decoding X-Docker-Container-Path-Stat header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := DecodePathStat(tt.header)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "hello.txt", st.Name)
			assert.EqualValues(t, 14, st.Size)
			assert.True(t, st.Mode.IsDir())
			assert.Equal(t, os.FileMode(0o755), st.Mode.Perm())
			assert.True(t, st.Mtime.Equal(time.Unix(1700000000, 0)))
			assert.JSONEq(t, js, string(st.Raw), "unknown fields are kept")
		})
	}
}

// rawFake accepts one connection at a time on a unix socket and hands it,
// with the request read from it, to serve.
func rawFake(t *testing.T, serve func(conn net.Conn, br *bufio.Reader, req *http.Request)) *Client {
	t.Helper()
	sock := socketPath(t)
	l, err := net.Listen("unix", sock)
	require.NoError(t, err)
	var wg sync.WaitGroup
	t.Cleanup(func() {
		l.Close()
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer conn.Close()
				br := bufio.NewReader(conn)
				req, err := http.ReadRequest(br)
				if err != nil {
					return
				}
				serve(conn, br, req)
			}()
		}
	}()
	c, err := New(Options{Host: "unix://" + sock, Version: "1.41", Timeout: 2 * time.Second})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

func TestFakeHijackAnswers(t *testing.T) {
	tests := []struct {
		name    string
		answer  string
		want    string // what Read returns (whole stream)
		wantErr string
	}{
		{"101 with stream bytes in the header's packet",
			"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\nfirst bytes|", "first bytes|echo:hi", ""},
		{"200 raw stream without upgrade headers",
			"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n", "echo:hi", ""},
		{"404 with JSON message",
			"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 38\r\n\r\n{\"message\":\"No such container: nope\"}\n", "",
			`engine: ContainerAttach: 404 Client Error for http+docker://localhost/v1.41/containers/c1/attach?stdin=1&stream=1: Not Found ("No such container: nope")`},
		{"unexpected 302",
			"HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n", "", "expected 101 (upgraded) or 200 (raw stream)"},
		{"garbage", "NOT HTTP\r\n\r\n", "", "engine: ContainerAttach: cannot connect"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotReq := make(chan *http.Request, 1)
			c := rawFake(t, func(conn net.Conn, br *bufio.Reader, req *http.Request) {
				gotReq <- req
				if _, err := io.WriteString(conn, tt.answer); err != nil {
					return
				}
				// Echo stdin until the client half-closes, then end.
				in, _ := io.ReadAll(br)
				io.WriteString(conn, "echo:"+string(in))
			})
			h, err := c.ContainerAttach(context.Background(), "c1", ContainerAttachOptions{Stream: true, Stdin: true})
			req := <-gotReq
			assert.Equal(t, "Upgrade", req.Header.Get("Connection"))
			assert.Equal(t, "tcp", req.Header.Get("Upgrade"))
			assert.Equal(t, "/v1.41/containers/c1/attach", req.URL.Path)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			defer h.Close()
			_, err = h.Write([]byte("hi"))
			require.NoError(t, err)
			require.NoError(t, h.CloseWrite(), "half-close of a unix connection")
			out, err := io.ReadAll(h)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(out))
		})
	}
}

func TestFakeHijackStallTimesOut(t *testing.T) {
	c := rawFake(t, func(conn net.Conn, br *bufio.Reader, req *http.Request) {
		io.Copy(io.Discard, br) // never answers, until the client gives up
	})
	_, err := c.ExecStart(context.Background(), "e1", ExecStartOptions{})
	var cerr *ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.True(t, cerr.Timeout())
	var te *TimeoutError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, 2*time.Second, te.After)
}

func TestFakeHijackCloseUnblocksRead(t *testing.T) {
	c := rawFake(t, func(conn net.Conn, br *bufio.Reader, req *http.Request) {
		io.WriteString(conn, "HTTP/1.1 101 UPGRADED\r\n\r\n")
		io.Copy(io.Discard, br) // until the client closes
	})
	done := goroutineBaseline(t)
	h, err := c.ExecStart(context.Background(), "e1", ExecStartOptions{})
	require.NoError(t, err)
	errc := make(chan error, 1)
	go func() {
		_, err := h.Read(make([]byte, 1))
		errc <- err
	}()
	time.Sleep(50 * time.Millisecond)
	require.NoError(t, h.Close())
	select {
	case err := <-errc:
		assert.True(t, errors.Is(err, net.ErrClosed), "%v", err)
	case <-time.After(3 * time.Second):
		t.Fatal("Close did not unblock Read")
	}
	c.Close()
	done()
}

// wsFrame builds an unmasked server frame.
func wsFrame(opcode byte, payload string) []byte {
	b := []byte{0x80 | opcode}
	switch n := len(payload); {
	case n < 126:
		b = append(b, byte(n))
	case n <= 0xffff:
		b = append(b, 126)
		b = binary.BigEndian.AppendUint16(b, uint16(n))
	default:
		b = append(b, 127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return append(b, payload...)
}

// readClientFrame reads one masked client frame and returns its opcode and
// unmasked payload.
func readClientFrame(br *bufio.Reader) (byte, []byte, error) {
	var hdr [2]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return 0, nil, err
	}
	if hdr[1]&0x80 == 0 {
		return 0, nil, errors.New("client frame not masked")
	}
	n := uint64(hdr[1] & 0x7f)
	switch n {
	case 126:
		var b [2]byte
		io.ReadFull(br, b[:])
		n = uint64(binary.BigEndian.Uint16(b[:]))
	case 127:
		var b [8]byte
		io.ReadFull(br, b[:])
		n = binary.BigEndian.Uint64(b[:])
	}
	var mask [4]byte
	io.ReadFull(br, mask[:])
	p := make([]byte, n)
	if _, err := io.ReadFull(br, p); err != nil {
		return 0, nil, err
	}
	for i := range p {
		p[i] ^= mask[i%4]
	}
	return hdr[0] & 0x0f, p, nil
}

func TestFakeWebsocket(t *testing.T) {
	serverSaw := make(chan []string, 1)
	c := rawFake(t, func(conn net.Conn, br *bufio.Reader, req *http.Request) {
		sum := sha1.Sum([]byte(req.Header.Get("Sec-Websocket-Key") + wsGUID))
		io.WriteString(conn, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "+
			base64.StdEncoding.EncodeToString(sum[:])+"\r\n\r\n")
		// A text frame, a ping, a fragmented message and a large frame.
		conn.Write(wsFrame(wsText, "one|"))
		conn.Write(wsFrame(wsPing, "pp"))
		conn.Write([]byte{0x01, 3, 't', 'w', 'o', 0x80, 1, '|'})
		conn.Write(wsFrame(wsBinary, string(make([]byte, 70000))))
		var saw []string
		for {
			op, p, err := readClientFrame(br)
			if err != nil {
				saw = append(saw, "error:"+err.Error())
				break
			}
			saw = append(saw, fmt.Sprintf("%x:%s", op, p))
			if op == wsClose {
				conn.Write(wsFrame(wsText, "after close|"))
				conn.Write(wsFrame(wsClose, "\x03\xe8"))
				break
			}
		}
		serverSaw <- saw
	})
	ws, err := c.ContainerAttachWebsocket(context.Background(), "c1", ContainerAttachWebsocketOptions{Stream: true})
	require.NoError(t, err)
	defer ws.Close()
	_, err = ws.Write([]byte("stdin"))
	require.NoError(t, err)
	first := make([]byte, 8+70000)
	_, err = io.ReadFull(ws, first)
	require.NoError(t, err)
	assert.Equal(t, "one|two|"+string(make([]byte, 70000)), string(first))
	require.NoError(t, ws.CloseWrite())
	rest, err := io.ReadAll(ws)
	require.NoError(t, err)
	assert.Equal(t, "after close|", string(rest))
	saw := <-serverSaw
	assert.Equal(t, []string{"2:stdin", "a:pp", "8:\x03\xe8"}, saw, "binary message, pong, close")
}

func TestFakeWebsocketBadAccept(t *testing.T) {
	c := rawFake(t, func(conn net.Conn, br *bufio.Reader, req *http.Request) {
		io.WriteString(conn, "HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: wrong\r\n\r\n")
	})
	_, err := c.ContainerAttachWebsocket(context.Background(), "c1", ContainerAttachWebsocketOptions{})
	require.ErrorContains(t, err, "engine: ContainerAttachWebsocket: ")
	require.ErrorContains(t, err, "websocket handshake failed")
}
