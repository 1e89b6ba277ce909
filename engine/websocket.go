package engine

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

// Websocket opcodes (RFC 6455, section 5.2).
const (
	wsContinuation = 0x0
	wsText         = 0x1
	wsBinary       = 0x2
	wsClose        = 0x8
	wsPing         = 0x9
	wsPong         = 0xA
)

// wsGUID is the key suffix of the handshake (RFC 6455, section 1.3).
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// WebsocketConn is a minimal RFC 6455 client connection, as
// ContainerAttachWebsocket returns it: Read returns the payload of data
// messages as one byte stream (answering pings, ending with io.EOF at the
// daemon's close message or the end of the connection), Write sends one
// binary message. It is an io.ReadWriteCloser.
type WebsocketConn struct {
	h  *HijackedConn
	br *bufio.Reader

	rmu       sync.Mutex
	remaining uint64 // unread payload bytes of the current data frame
	mask      [4]byte
	masked    bool
	pos       uint64 // offset in the current frame (for unmasking)
	rerr      error

	wmu       sync.Mutex
	closeSent bool
}

// websocket performs the websocket handshake for r.
func (c *Client) websocket(ctx context.Context, r *request) (*WebsocketConn, error) {
	var key [16]byte
	if _, err := rand.Read(key[:]); err != nil {
		return nil, wrapOp(r.op, err)
	}
	k := base64.StdEncoding.EncodeToString(key[:])
	r.header = http.Header{
		"Connection":            {"Upgrade"},
		"Upgrade":               {"websocket"},
		"Sec-Websocket-Key":     {k},
		"Sec-Websocket-Version": {"13"},
		"Origin":                {"http://localhost"},
	}
	h, resp, err := c.hijackResp(ctx, r)
	if err != nil {
		return nil, err
	}
	sum := sha1.Sum([]byte(k + wsGUID))
	if resp.StatusCode != http.StatusSwitchingProtocols || resp.Header.Get("Sec-Websocket-Accept") != base64.StdEncoding.EncodeToString(sum[:]) {
		h.Close()
		return nil, wrapOp(r.op, &ResponseError{
			StatusCode: resp.StatusCode,
			URL:        c.urlForDisplay(resp.Request.URL),
			Err:        errors.New("websocket handshake failed (want 101 with a valid Sec-WebSocket-Accept)"),
		})
	}
	return &WebsocketConn{h: h, br: h.br}, nil
}

// Read reads the payload of data messages.
func (w *WebsocketConn) Read(p []byte) (int, error) {
	w.rmu.Lock()
	defer w.rmu.Unlock()
	if w.rerr != nil {
		return 0, w.rerr
	}
	for w.remaining == 0 {
		if err := w.nextFrame(); err != nil {
			w.rerr = err
			return 0, err
		}
		if len(p) == 0 {
			return 0, nil
		}
	}
	if uint64(len(p)) > w.remaining {
		p = p[:w.remaining]
	}
	n, err := w.br.Read(p)
	w.unmask(p[:n])
	w.remaining -= uint64(n)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		w.rerr = w.h.readErr(err)
		return n, w.rerr
	}
	return n, nil
}

// unmask unmasks p at the current position (servers do not mask, but
// tolerate it).
func (w *WebsocketConn) unmask(p []byte) {
	if w.masked {
		for i := range p {
			p[i] ^= w.mask[(w.pos+uint64(i))%4]
		}
	}
	w.pos += uint64(len(p))
}

// nextFrame reads frame headers until a data frame, answering control
// frames. The end of the messages is io.EOF.
func (w *WebsocketConn) nextFrame() error {
	for {
		var hdr [2]byte
		if _, err := io.ReadFull(w.br, hdr[:]); err != nil {
			if err == io.EOF {
				// No close message: a clean end only if the daemon
				// still answers.
				return w.h.atEOF()
			}
			return w.h.readErr(err)
		}
		opcode := hdr[0] & 0x0f
		w.masked = hdr[1]&0x80 != 0
		length := uint64(hdr[1] & 0x7f)
		switch length {
		case 126:
			var b [2]byte
			if _, err := io.ReadFull(w.br, b[:]); err != nil {
				return w.h.readErr(err)
			}
			length = uint64(binary.BigEndian.Uint16(b[:]))
		case 127:
			var b [8]byte
			if _, err := io.ReadFull(w.br, b[:]); err != nil {
				return w.h.readErr(err)
			}
			length = binary.BigEndian.Uint64(b[:])
		}
		if w.masked {
			if _, err := io.ReadFull(w.br, w.mask[:]); err != nil {
				return w.h.readErr(err)
			}
		}
		w.pos = 0
		switch opcode {
		case wsContinuation, wsText, wsBinary:
			if length == 0 {
				continue
			}
			w.remaining = length
			return nil
		case wsClose, wsPing, wsPong:
			if length > 125 {
				return wrapOp(w.h.op, fmt.Errorf("websocket: control frame of %d bytes", length))
			}
			payload := make([]byte, length)
			if _, err := io.ReadFull(w.br, payload); err != nil {
				return w.h.readErr(err)
			}
			w.unmask(payload)
			switch opcode {
			case wsClose:
				// Answer the close (unless already sent), then end.
				_ = w.writeClose()
				return io.EOF
			case wsPing:
				w.wmu.Lock()
				var err error
				if !w.closeSent { // no frame may follow a close
					err = w.writeFrameLocked(wsPong, payload)
				}
				w.wmu.Unlock()
				if err != nil {
					return err
				}
			}
		default:
			return wrapOp(w.h.op, fmt.Errorf("websocket: unknown opcode %#x", opcode))
		}
	}
}

// Write sends p as one binary message.
func (w *WebsocketConn) Write(p []byte) (int, error) {
	w.wmu.Lock()
	defer w.wmu.Unlock()
	if w.closeSent {
		return 0, wrapOp(w.h.op, errors.New("websocket: write after CloseWrite"))
	}
	if err := w.writeFrameLocked(wsBinary, p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// writeFrameLocked writes one final, masked frame; w.wmu is held.
func (w *WebsocketConn) writeFrameLocked(opcode byte, payload []byte) error {
	buf := make([]byte, 0, 14+len(payload))
	buf = append(buf, 0x80|opcode)
	switch n := len(payload); {
	case n < 126:
		buf = append(buf, 0x80|byte(n))
	case n <= 0xffff:
		buf = append(buf, 0x80|126)
		buf = binary.BigEndian.AppendUint16(buf, uint16(n))
	default:
		buf = append(buf, 0x80|127)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	var mask [4]byte
	if _, err := rand.Read(mask[:]); err != nil {
		return wrapOp(w.h.op, err)
	}
	buf = append(buf, mask[:]...)
	start := len(buf)
	buf = append(buf, payload...)
	for i := range payload {
		buf[start+i] ^= mask[i%4]
	}
	_, err := w.h.Write(buf)
	return err
}

// writeClose sends the close message (status 1000) once.
func (w *WebsocketConn) writeClose() error {
	w.wmu.Lock()
	defer w.wmu.Unlock()
	if w.closeSent {
		return nil
	}
	w.closeSent = true
	return w.writeFrameLocked(wsClose, []byte{0x03, 0xe8})
}

// CloseWrite sends the close message: the daemon sees the end of stdin.
// Output can still be read until the daemon closes too.
func (w *WebsocketConn) CloseWrite() error { return w.writeClose() }

// Close releases the connection; a blocked Read or Write returns.
func (w *WebsocketConn) Close() error { return w.h.Close() }

// Conn returns the underlying connection.
func (w *WebsocketConn) Conn() net.Conn { return w.h.conn }
