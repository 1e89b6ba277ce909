package bindings

import (
	"io"
	"time"

	"github.com/dscript/dscript/engine"
)

// EventsArgs are api.events()'s parameters.
type EventsArgs struct {
	Since   EventTime `arg:"since" pos:"0" doc:"Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, \"10m\")."`
	Until   EventTime `arg:"until" pos:"1" doc:"End the stream at this time (same forms as since)."`
	Filters Filters   `arg:"filters" pos:"2" doc:"Filters such as {type=\"container\", event={\"start\", \"die\"}, label=\"a=b\"}."`
	Decode  *bool     `arg:"decode" pos:"3" doc:"Yield decoded dicts instead of JSON text."`
}

// EventTime is a point in time of the events stream: Unix seconds (int or
// float), a datetime (JS Date), or a str passed to the daemon as it is
// (Unix seconds, RFC 3339, or a duration before now such as "10m").
type EventTime string

func toEventTime(v any) (EventTime, error) {
	if x, ok := v.(string); ok {
		if x == "" {
			return "", typeError("a non-empty str", v)
		}
		return EventTime(x), nil
	}
	switch v.(type) {
	case int64, int, uint64, float64, time.Time:
		// numbers and dates are read as every timestamp parameter reads them
		t, err := toTimestamp(v)
		return EventTime(t), err
	}
	return "", typeError("int, float, str or datetime", v)
}

var _ = registerEventKinds()

func registerEventKinds() bool {
	RegisterKind("int|str|datetime", false, toEventTime)
	return true
}

// apiEvents is the daemon's event stream: an iterator that holds one event
// at a time; closing it (or leaving a loop over it) closes the connection.
var apiEvents = Def(APIClientClass, "events", "The daemon's events as they happen: an iterator of JSON text (dicts with decode=true); close() or leaving the loop ends it.", func(c *Call, a *APIClient, x *EventsArgs) (any, error) {
	evs, err := a.eng.SystemEvents(c.Context(), engine.EventsOptions{Since: string(x.Since), Until: string(x.Until), Filters: x.Filters})
	if err != nil {
		return nil, err
	}
	decode := x.Decode != nil && *x.Decode
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			raw, err := evs.NextRaw()
			if err == io.EOF {
				return nil, false, nil
			}
			if err != nil {
				return nil, false, err
			}
			if !decode {
				return string(raw), true, nil
			}
			v, err := DecodeJSON(raw)
			return v, err == nil, err
		},
		CloseFunc: evs.Close,
	}, nil
})
