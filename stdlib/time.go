package stdlib

import (
	"math"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
)

// TimeModuleClass is the time module: sleeping and reading clocks.
var TimeModuleClass = bindings.NewModule("time", "Sleep, clocks and time formatting.")

// Time is the time module's object.
var Time = bindings.RegisterModule("time", TimeModuleClass)

// SleepArgs are the parameters of time.sleep.
type SleepArgs struct {
	Seconds float64 `arg:"seconds" pos:"0" req:"true" doc:"How long to sleep, in seconds (fractions allowed)."`
}

// FormatArgs are the parameters of time.format.
type FormatArgs struct {
	Seconds *float64 `arg:"seconds" pos:"0" doc:"Unix seconds to format; now when omitted."`
	Layout  string   `arg:"layout" pos:"1" default:"\"RFC3339\"" doc:"A Go time layout or a name: RFC3339, RFC3339Nano, RFC1123, DateTime, DateOnly, TimeOnly, Kitchen."`
	UTC     bool     `arg:"utc" default:"false" doc:"Format in UTC instead of the local time zone."`
}

// layouts are the named layouts time.format accepts.
var layouts = map[string]string{
	"rfc3339":     time.RFC3339,
	"rfc3339nano": time.RFC3339Nano,
	"rfc1123":     time.RFC1123,
	"rfc1123z":    time.RFC1123Z,
	"rfc822":      time.RFC822,
	"datetime":    time.DateTime,
	"dateonly":    time.DateOnly,
	"timeonly":    time.TimeOnly,
	"kitchen":     time.Kitchen,
	"stamp":       time.Stamp,
}

// monoStart is the reference point of time.monotonic.
var monoStart = time.Now()

func init() {
	cls := TimeModuleClass
	bindings.Func(cls, "sleep", "Sleep for seconds (fractions allowed); stops early when the script is cancelled.", func(c *bindings.Call, a *SleepArgs) (any, error) {
		d, err := duration("time.sleep()", "seconds", a.Seconds)
		if err != nil {
			return nil, err
		}
		return nil, sleepCtx(c.Context(), d)
	})
	bindings.Func(cls, "now", "The current time as Unix seconds (float).", func(*bindings.Call, *bindings.NoArgs) (any, error) {
		return unixSeconds(time.Now()), nil
	})
	bindings.Func(cls, "monotonic", "Seconds (float) of a clock that never goes back, for measuring durations.", func(*bindings.Call, *bindings.NoArgs) (any, error) {
		return time.Since(monoStart).Seconds(), nil
	})
	bindings.Func(cls, "format", "Format Unix seconds (default now) with a layout (default RFC 3339).", func(c *bindings.Call, a *FormatArgs) (any, error) {
		t := time.Now()
		if a.Seconds != nil {
			s := *a.Seconds
			if math.IsNaN(s) || math.IsInf(s, 0) || math.Abs(s) > 1e15 {
				return nil, bindings.ArgError("time.format()", "argument 'seconds' is out of range: %v", s)
			}
			sec, frac := math.Modf(s)
			t = time.Unix(int64(sec), int64(math.Round(frac*1e9)))
		}
		if a.UTC {
			t = t.UTC()
		}
		layout := a.Layout
		if l, ok := layouts[strings.ToLower(layout)]; ok {
			layout = l
		}
		return t.Format(layout), nil
	})
}

// unixSeconds is t as float Unix seconds.
func unixSeconds(t time.Time) float64 {
	return float64(t.UnixNano()) / 1e9
}
