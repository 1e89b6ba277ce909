package engine

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"sync"
	"time"
)

// commandConn is a net.Conn over the standard input and output of a
// process (ssh running `docker system dial-stdio` remotely). CloseWrite
// closes the process's input: the remote side sees the end of the
// request stream while the answer can still be read.
type commandConn struct {
	cmd    *exec.Cmd
	stdin  *os.File // our end of the process's standard input
	stdout *os.File // our end of its standard output
	stderr *stderrFile
	remote string
	done   chan struct{} // closed when the process exited
	err    error         // its exit status, once done

	onClose   func() // called once the process is gone
	closing   chan struct{}
	closeOnce sync.Once
	wOnce     sync.Once
}

// startCommandConn starts name with args and returns the connection to
// its standard input and output.
func startCommandConn(ctx context.Context, name string, args []string, remote string) (*commandConn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("ssh: pipe: %w", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, fmt.Errorf("ssh: pipe: %w", err)
	}
	stderr, err := newStderrFile()
	if err != nil {
		inR.Close()
		inW.Close()
		outR.Close()
		outW.Close()
		return nil, err
	}
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, stderr.f
	c := &commandConn{cmd: cmd, stdin: inW, stdout: outR, stderr: stderr, remote: remote,
		done: make(chan struct{}), closing: make(chan struct{})}
	cmd.SysProcAttr = sshProcAttr()
	err = cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		stderr.Close()
		return nil, fmt.Errorf("ssh: starting %s: %w", name, err)
	}
	go func() {
		c.err = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// Read reads the remote daemon's bytes. At the end of the output, a
// process that failed gives an *SSHError with its message.
func (c *commandConn) Read(p []byte) (int, error) {
	n, err := c.stdout.Read(p)
	if err == io.EOF {
		if ferr := c.failure(); ferr != nil {
			return n, ferr
		}
	}
	if errors.Is(err, os.ErrClosed) {
		err = net.ErrClosed
	}
	return n, err
}

// failure waits briefly for the process after the end of its output and
// returns an *SSHError when it failed (not when we closed it).
func (c *commandConn) failure() error {
	select {
	case <-c.closing:
		return nil
	default:
	}
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	select {
	case <-c.done:
	case <-c.closing:
		return nil
	case <-t.C:
		return nil
	}
	if c.err == nil {
		return nil
	}
	return &SSHError{Stage: "dial-stdio", Stderr: c.stderr.String(), Err: c.err}
}

// Write sends bytes to the remote daemon.
func (c *commandConn) Write(p []byte) (int, error) {
	n, err := c.stdin.Write(p)
	if errors.Is(err, os.ErrClosed) {
		err = net.ErrClosed
	}
	return n, err
}

// CloseWrite closes the process's standard input.
func (c *commandConn) CloseWrite() error {
	var err error
	c.wOnce.Do(func() { err = c.stdin.Close() })
	return err
}

// Close ends the process and releases the pipes.
func (c *commandConn) Close() error {
	c.closeOnce.Do(func() {
		close(c.closing)
		_ = c.CloseWrite()
		_ = c.stdout.Close()
		select {
		case <-c.done:
		default:
			_ = c.cmd.Process.Kill()
			<-c.done
		}
		_ = c.stderr.Close()
		if c.onClose != nil {
			c.onClose()
		}
	})
	return nil
}

// LocalAddr returns a placeholder address.
func (c *commandConn) LocalAddr() net.Addr { return cmdAddr("ssh") }

// RemoteAddr returns the ssh host.
func (c *commandConn) RemoteAddr() net.Addr { return cmdAddr(c.remote) }

// SetDeadline sets the read and write deadlines.
func (c *commandConn) SetDeadline(t time.Time) error {
	if err := c.SetReadDeadline(t); err != nil {
		return err
	}
	return c.SetWriteDeadline(t)
}

// SetReadDeadline bounds reads.
func (c *commandConn) SetReadDeadline(t time.Time) error { return c.stdout.SetReadDeadline(t) }

// SetWriteDeadline bounds writes.
func (c *commandConn) SetWriteDeadline(t time.Time) error { return c.stdin.SetWriteDeadline(t) }

// cmdAddr is the address of a command connection.
type cmdAddr string

// Network returns "ssh".
func (cmdAddr) Network() string { return "ssh" }

// String returns the address.
func (a cmdAddr) String() string { return string(a) }
