package bindings

import (
	"errors"
	"io"
	"net"

	"github.com/dscript/dscript/engine"
)

// SocketConn is what a Socket wraps: an *engine.HijackedConn or an
// *engine.WebsocketConn.
type SocketConn interface {
	io.ReadWriteCloser
	CloseWrite() error
}

// Socket is the socket-like object of attach_socket: the raw connection of
// an attach. read/recv return what the daemon sends as it is
// (multiplexed with 8-byte frame headers unless the container has a TTY
// or the socket is a websocket); chunks() demultiplexes it.
type Socket struct {
	conn   SocketConn
	raw    bool // output is not multiplexed (TTY or websocket)
	fr     *engine.FrameReader
	closed bool
}

// SocketClass describes Socket.
var SocketClass = RegisterClass(NewClass("Socket", "The connection of attach_socket: read/recv, write/send, close_write, close, chunks()."))

// NewSocket wraps a hijacked or websocket connection; raw tells that its
// output is not multiplexed.
func NewSocket(conn SocketConn, raw bool) *Socket { return &Socket{conn: conn, raw: raw} }

// Class implements Object.
func (s *Socket) Class() *Class { return SocketClass }

// SocketReadArgs are read()'s and recv()'s parameters.
type SocketReadArgs struct {
	N *int64 `arg:"n" pos:"0" doc:"Read at most this many bytes (read: nil or -1 reads to the end)."`
}

// SocketWriteArgs are write()'s and send()'s parameters.
type SocketWriteArgs struct {
	Data ByteStream `arg:"data" pos:"0" req:"true" doc:"What to send: str, bytes or an iterator of chunks."`
}

// SocketShutdownArgs are shutdown()'s parameters.
type SocketShutdownArgs struct {
	How int64 `arg:"how" pos:"0" default:"1" doc:"1 (SHUT_WR) ends stdin, 2 (SHUT_RDWR) closes the socket."`
}

// SocketChunksArgs are chunks()' parameters.
type SocketChunksArgs struct {
	Demux bool `arg:"demux" doc:"Yield (stdout, stderr) pairs instead of text."`
}

const defaultRecv = 32 << 10

// maxRecv bounds the buffer of one read(n): a read returns what has
// arrived, so a huge n allocates no more than this.
const maxRecv = 1 << 20

func init() {
	cls := SocketClass
	cls.Repr = func(o Object) string {
		if o.(*Socket).closed {
			return "<Socket (closed)>"
		}
		return "<Socket>"
	}
	read := func(name string, all bool) {
		Def(cls, name, "Read raw output: up to n bytes as they arrive (\"\" at the end).", func(c *Call, s *Socket, a *SocketReadArgs) (any, error) {
			if all && (a.N == nil || *a.N < 0) {
				return s.readAll()
			}
			n := int64(defaultRecv)
			if a.N != nil {
				n = *a.N
			}
			if n < 0 {
				return nil, ArgError(c.Name(), "argument 'n' must not be negative")
			}
			return s.read(int(n))
		})
	}
	read("read", true)
	read("recv", false)
	for _, name := range []string{"write", "send", "sendall"} {
		name := name
		Def(cls, name, "Send data to the container's stdin; returns the number of bytes sent.", func(c *Call, s *Socket, a *SocketWriteArgs) (any, error) {
			n, err := s.write(c, a.Data)
			if name == "sendall" {
				return nil, err
			}
			return n, err
		})
	}
	Def(cls, "close_write", "End stdin (half-close); output can still be read.", func(c *Call, s *Socket, _ *NoArgs) (any, error) {
		return nil, s.closeWrite()
	})
	Def(cls, "shutdown", "Shut the socket down: how=1 (SHUT_WR, default) ends stdin, 2 closes it.", func(c *Call, s *Socket, a *SocketShutdownArgs) (any, error) {
		switch a.How {
		case 1:
			return nil, s.closeWrite()
		case 2:
			return nil, s.Close()
		}
		return nil, ArgError(c.Name(), "argument 'how' must be 1 (SHUT_WR) or 2 (SHUT_RDWR), not %d", a.How)
	})
	Def(cls, "close", "Close the connection (detach).", func(c *Call, s *Socket, _ *NoArgs) (any, error) {
		return nil, s.Close()
	})
	Def(cls, "chunks", "An iterator of the output as it arrives, demultiplexed; closing it closes the socket.", func(c *Call, s *Socket, a *SocketChunksArgs) (any, error) {
		if s.closed {
			return nil, Errorf(DockerException, "%s: the socket is closed", c.Name())
		}
		if s.fr == nil {
			s.fr = engine.NewFrameReader(s.conn, s.raw)
		}
		it := frameStream(s.fr, a.Demux)
		if f, ok := it.(*FuncIterator); ok {
			f.CloseFunc = s.Close
		}
		return it, nil
	})
	Prop(cls, "closed", "Whether the socket was closed.", func(_ *Call, s *Socket) (any, error) { return s.closed, nil })
}

func (s *Socket) checkOpen(method string) error {
	if s.closed {
		return Errorf(DockerException, "Socket.%s(): the socket is closed", method)
	}
	return nil
}

// read returns up to n bytes from one read ("" at the end).
func (s *Socket) read(n int) (any, error) {
	if err := s.checkOpen("read"); err != nil {
		return nil, err
	}
	if n == 0 {
		return "", nil
	}
	// one read returns what has arrived: a larger n needs no larger buffer
	buf := make([]byte, min(n, maxRecv))
	for {
		m, err := s.conn.Read(buf)
		if m > 0 {
			return string(buf[:m]), nil
		}
		if err == io.EOF {
			return "", nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func (s *Socket) readAll() (any, error) {
	if err := s.checkOpen("read"); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(s.conn)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

func (s *Socket) write(c *Call, data ByteStream) (int64, error) {
	if err := s.checkOpen("write"); err != nil {
		return 0, err
	}
	r := data.Reader(c)
	defer r.Close()
	n, err := io.Copy(s.conn, r)
	return n, err
}

func (s *Socket) closeWrite() error {
	if err := s.checkOpen("close_write"); err != nil {
		return err
	}
	return s.conn.CloseWrite()
}

// Close closes the connection; calling it again does nothing.
func (s *Socket) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.conn.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	return nil
}
