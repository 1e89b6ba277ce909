package stdlib

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
)

// getenv reads a variable through the runtime's Env (os.Getenv without one).
func getenv(c *bindings.Call, name string) string {
	if c != nil && c.Env != nil && c.Env.Getenv != nil {
		return c.Env.Getenv(name)
	}
	return os.Getenv(name)
}

// stderr is where the runtime's diagnostics go (os.Stderr without an Env).
func stderr(c *bindings.Call) io.Writer {
	if c != nil && c.Env != nil && c.Env.Stderr != nil {
		return c.Env.Stderr
	}
	return os.Stderr
}

// maxSeconds bounds durations so that they fit a time.Duration.
const maxSeconds = float64(math.MaxInt64/int64(time.Second)) - 1

// duration converts a non-negative number of seconds given to fn as
// argument name.
func duration(fn, name string, secs float64) (time.Duration, error) {
	if math.IsNaN(secs) || secs < 0 {
		return 0, bindings.ArgError(fn, "argument '%s' must be a non-negative number of seconds, not %v", name, secs)
	}
	if secs > maxSeconds {
		secs = maxSeconds
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// sleepCtx waits for d or until ctx ends, returning ctx's error then
// (unwrapped, so that bindings.Convert keeps a cancelled script cancelled).
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// text renders a neutral value as a script's tostring/String would: text
// as is, numbers in their shortest form, lists and dicts as JSON.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case string:
		return x
	case bindings.Bytes:
		return string(x)
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case uint64:
		return strconv.FormatUint(x, 10)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case error:
		return x.Error()
	case bindings.Object:
		if cls := x.Class(); cls != nil {
			if cls.Repr != nil {
				return cls.Repr(x)
			}
			return "<" + cls.Name + ">"
		}
	case []any, bindings.Tuple, map[string]any:
		if b, err := encodeJSON(v, ""); err == nil {
			return string(b)
		}
	}
	return fmt.Sprint(v)
}

// fieldsText renders a dict as sorted key=value pairs, quoting values
// that contain spaces or quotes.
func fieldsText(d map[string]any) string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(' ')
		}
		s := text(d[k])
		if s == "" || strings.ContainsAny(s, " \t\n\"=") {
			s = strconv.Quote(s)
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(s)
	}
	return b.String()
}

// isTimeout reports whether err is a deadline or network timeout.
func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// seconds renders a duration in seconds for messages ("1.5s").
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + "s"
}

// attempts renders an attempt count for messages ("1 attempt", "3 attempts").
func attempts(n int) string {
	if n == 1 {
		return "1 attempt"
	}
	return strconv.Itoa(n) + " attempts"
}

// networkModule registers a module that opens connections: runtimes load
// it only when their policy grants bindings.CapNetwork.
func networkModule(name string, cls *bindings.Class) *bindings.ModuleObject {
	m := bindings.RegisterModule(name, cls)
	m.Capability = bindings.CapNetwork
	return m
}

// cutShort tells whether ctx has ended or reached its deadline. A context
// reports its deadline only once its timer has fired, so an attempt that
// the deadline cut short can return before ctx.Err() says so.
func cutShort(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	deadline, ok := ctx.Deadline()
	return ok && !time.Now().Before(deadline)
}
