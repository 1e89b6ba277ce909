package stdlib

import (
	"context"
	"net"
	"strconv"
	"time"

	"github.com/dscript/dscript/bindings"
)

// NetModuleClass is the net module: waiting for TCP services.
var NetModuleClass = bindings.NewModule("net", "Wait for TCP ports to accept connections.")

// Net is the net module's object.
var Net = networkModule("net", NetModuleClass)

// dialAttemptTimeout bounds one connection attempt of net.wait_for_port.
const dialAttemptTimeout = 2 * time.Second

// WaitPortArgs are the parameters of net.wait_for_port.
type WaitPortArgs struct {
	Host     string  `arg:"host" pos:"0" req:"true" doc:"Host name or IP address."`
	Port     int64   `arg:"port" pos:"1" req:"true" doc:"TCP port."`
	Timeout  float64 `arg:"timeout" default:"30" doc:"Seconds to keep trying before raising."`
	Interval float64 `arg:"interval" default:"0.2" doc:"Seconds between attempts."`
}

func init() {
	bindings.Func(NetModuleClass, "wait_for_port", "Poll until host:port accepts TCP connections; raises after timeout.", waitForPort)
}

func waitForPort(c *bindings.Call, a *WaitPortArgs) (any, error) {
	const fn = "net.wait_for_port"
	if a.Host == "" {
		return nil, bindings.ArgError(fn+"()", "argument 'host' must not be empty")
	}
	if a.Port < 1 || a.Port > 65535 {
		return nil, bindings.ArgError(fn+"()", "argument 'port' must be from 1 to 65535, not %d", a.Port)
	}
	timeout, err := duration(fn+"()", "timeout", a.Timeout)
	if err != nil {
		return nil, err
	}
	interval, err := duration(fn+"()", "interval", a.Interval)
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort(a.Host, strconv.FormatInt(a.Port, 10))
	parent := c.Context()
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	var d net.Dialer
	last := ""
	for attempt := 1; ; attempt++ {
		actx, acancel := context.WithTimeout(ctx, dialAttemptTimeout)
		conn, err := d.DialContext(actx, "tcp", addr)
		acancel()
		if err == nil {
			_ = conn.Close()
			return true, nil
		}
		switch {
		case cutShort(ctx): // the deadline ended this attempt: keep the last real outcome
			if last == "" {
				last = "no answer"
			}
		case isTimeout(err):
			last = "no answer within " + seconds(dialAttemptTimeout)
		default:
			last = dialCause(err)
		}
		if perr := parent.Err(); perr != nil {
			return nil, perr
		}
		if ctx.Err() != nil || sleepCtx(ctx, interval) != nil {
			if perr := parent.Err(); perr != nil {
				return nil, perr
			}
			return nil, bindings.Errorf(bindings.DockerException, "%s: %s not reachable within %s (%s); last: %s",
				fn, addr, seconds(timeout), attempts(attempt), last)
		}
	}
}

// dialCause strips "dial tcp 127.0.0.1:80: " from a dial error: the
// message names the address already.
func dialCause(err error) string {
	if oe, ok := err.(*net.OpError); ok && oe.Err != nil {
		return oe.Err.Error()
	}
	return err.Error()
}
