package engine

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
)

// ErrShutdown is returned by the requests of a client after Shutdown.
var ErrShutdown = errors.New("engine: the client is shut down")

// connSet tracks the connections a client dialed, so that Shutdown can
// close every one of them, idle or not.
type connSet struct {
	mu     sync.Mutex
	conns  map[*trackedConn]struct{}
	closed bool
}

type trackedConn struct {
	net.Conn
	set  *connSet
	once sync.Once
}

func (t *trackedConn) Close() error {
	t.once.Do(func() {
		t.set.mu.Lock()
		delete(t.set.conns, t)
		t.set.mu.Unlock()
	})
	return t.Conn.Close()
}

// CloseWrite half-closes the connection when the underlying one can.
func (t *trackedConn) CloseWrite() error {
	if cw, ok := t.Conn.(closeWriter); ok {
		return cw.CloseWrite()
	}
	return fmt.Errorf("connection of type %T cannot be half-closed", t.Conn)
}

// trackConns makes the transport's dialer record its connections.
func (c *Client) trackConns() {
	set := &connSet{conns: map[*trackedConn]struct{}{}}
	c.conns = set
	dial := c.transport.DialContext
	c.transport.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		t := &trackedConn{Conn: conn, set: set}
		set.mu.Lock()
		defer set.mu.Unlock()
		if set.closed {
			_ = conn.Close()
			return nil, ErrShutdown
		}
		set.conns[t] = struct{}{}
		return t, nil
	}
}

// Shutdown closes every connection of the client, idle or in use (open
// streams end), and makes later requests fail with ErrShutdown. Close, by
// contrast, closes only idle connections and keeps the client usable.
func (c *Client) Shutdown() error {
	set := c.conns
	set.mu.Lock()
	set.closed = true
	conns := make([]*trackedConn, 0, len(set.conns))
	for t := range set.conns {
		conns = append(conns, t)
	}
	set.mu.Unlock()
	for _, t := range conns {
		_ = t.Close()
	}
	c.transport.CloseIdleConnections()
	if c.ssh != nil {
		c.ssh.close()
	}
	return nil
}

// count returns the number of open connections.
func (s *connSet) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}
