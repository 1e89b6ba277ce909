package engine

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync/atomic"
)

// EventsOptions are the query parameters of SystemEvents.
type EventsOptions struct {
	// Since is the start of the events to replay: a Unix time in seconds
	// (may be fractional), an RFC 3339 date or a duration before now such
	// as "10m"; "" = only events from now on.
	Since string
	// Until ends the stream at that time (same forms as Since); "" = the
	// stream goes on until it is closed.
	Until string
	// Filters such as {"type": ["container"]}, {"event": ["start"]},
	// {"container": ["name"]}, {"label": ["a=b"]}.
	Filters Filters
}

// Event is the common part of an event object; Raw holds all of it.
type Event struct {
	Type   string // "container", "image", "volume", "network", "daemon", "plugin", "node", "service", "secret", "config"
	Action string // e.g. "create", "start", "die", "destroy"
	Actor  struct {
		ID         string            // id of the object
		Attributes map[string]string // e.g. "name", "image", labels
	}
	Scope    string // "local" or "swarm"
	Time     int64  // Unix time in seconds
	TimeNano int64  // Unix time in nanoseconds
	// Raw is the whole event as the daemon sent it.
	Raw json.RawMessage `json:"-"`
}

// Events is the stream of SystemEvents: a decoder of JSON event objects
// that holds one at a time. Close (from any goroutine) ends the stream and
// releases the connection; a Next blocked in another goroutine then
// returns io.EOF.
type Events struct {
	rc     io.ReadCloser
	dec    *json.Decoder
	closed atomic.Bool
	err    error
}

// SystemEvents streams the daemon's events (GET /events). No client
// timeout applies; close the stream to release the connection.
func (c *Client) SystemEvents(ctx context.Context, opts EventsOptions) (*Events, error) {
	const op = "SystemEvents"
	q := url.Values{}
	strParam(q, "since", opts.Since)
	strParam(q, "until", opts.Until)
	if err := opts.Filters.setQuery(q); err != nil {
		return nil, wrapOp(op, err)
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodGet, path: "/events", query: q})
	if err != nil {
		return nil, err
	}
	return &Events{rc: rc, dec: json.NewDecoder(bufio.NewReaderSize(rc, 16<<10))}, nil
}

// NextRaw returns the next event as the daemon sent it, or io.EOF when
// the stream ended (Until reached) or was closed. A malformed or broken
// stream gives an error, and every later call returns it again.
func (e *Events) NextRaw() (json.RawMessage, error) {
	if e.err != nil {
		return nil, e.err
	}
	var raw json.RawMessage
	if err := e.dec.Decode(&raw); err != nil {
		var syntax *json.SyntaxError
		switch {
		case e.closed.Load(), err == io.EOF:
			e.err = io.EOF
		case err == io.ErrUnexpectedEOF:
			e.err = wrapOp("SystemEvents", fmt.Errorf("event stream ended in the middle of an event: %w", err))
		case errors.As(err, &syntax):
			e.err = wrapOp("SystemEvents", fmt.Errorf("decoding event: %w", err))
		default:
			e.err = err
		}
		return nil, e.err
	}
	return raw, nil
}

// Next returns the next event, decoded, with Raw set; io.EOF when the
// stream ended or was closed.
func (e *Events) Next() (Event, error) {
	raw, err := e.NextRaw()
	if err != nil {
		return Event{}, err
	}
	var ev Event
	if err := json.Unmarshal(raw, &ev); err != nil {
		return Event{}, wrapOp("SystemEvents", fmt.Errorf("decoding event %s: %w", snippet(raw), err))
	}
	ev.Raw = raw
	return ev, nil
}

// Close ends the stream and releases its connection. Calling it again
// does nothing.
func (e *Events) Close() error {
	e.closed.Store(true)
	return e.rc.Close()
}
