package bindings

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

// Model is what every model object shares, as docker-py's
// models/resource.py Model: the client, the ID, and attrs, the daemon's
// inspect answer, kept as raw JSON and decoded on first access so that
// listing many objects costs little until a script looks. A model made
// from a list answer is partial: it holds the list entry, which answers
// the properties the list carries; anything else inspects once.
type Model struct {
	client *Client
	id     string

	mu      sync.Mutex
	raw     json.RawMessage
	attrs   map[string]any
	decoded bool
	partial bool
}

// ID implements Identifier.
func (m *Model) ID() string { return m.id }

// API implements APIUser.
func (m *Model) API() *APIClient { return m.client.api }

func (m *Model) model() *Model { return m }

// init sets the model from an inspect answer (or, with partial, a list
// entry), reading the ID from it.
func (m *Model) init(cl *Client, raw json.RawMessage, partial bool) error {
	id, err := idOf(raw)
	if err != nil {
		return err
	}
	m.client, m.id, m.raw, m.partial = cl, id, raw, partial
	return nil
}

// Attrs returns the decoded answer as it is now (a list entry for a
// partial model).
func (m *Model) Attrs() map[string]any {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.decoded {
		v, err := DecodeJSON(m.raw)
		if err == nil {
			m.attrs, _ = v.(map[string]any)
		}
		m.decoded = true
		m.raw = nil
	}
	return m.attrs
}

// setRaw replaces the answer with a full inspect answer (reload).
func (m *Model) setRaw(raw json.RawMessage) {
	m.mu.Lock()
	m.raw, m.attrs, m.decoded, m.partial = raw, nil, false, false
	m.mu.Unlock()
}

// setDecoded sets an already decoded answer.
func (m *Model) setDecoded(d map[string]any, partial bool) {
	m.mu.Lock()
	m.raw, m.attrs, m.decoded, m.partial = nil, d, true, partial
	m.mu.Unlock()
}

func (m *Model) isPartial() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.partial
}

// attr walks a path of keys into the answer as it is now; nil when
// absent.
func (m *Model) attr(path ...string) any {
	var v any = m.Attrs()
	for _, p := range path {
		d, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = d[p]
	}
	return v
}

// modelKind is what the base members need of each model class.
type modelKind[T interface {
	Object
	model() *Model
}] struct {
	// inspect is what reload calls with the ID.
	inspect inspectFunc
	// labels is the path of the labels in attrs, nil for none.
	labels []string
}

// baseMembers declares the members every model has: id, short_id, attrs,
// labels (when the class has them), reload and the repr.
func baseMembers[T interface {
	Object
	model() *Model
}](cls *Class, k modelKind[T]) {
	if cls.Repr == nil {
		cls.Repr = func(o Object) string { return repr(cls.Name, o.(T).model().id) }
	}
	Prop(cls, "id", "The full ID.", func(_ *Call, o T) (any, error) { return o.model().id, nil })
	Prop(cls, "short_id", "The ID, shortened.", func(_ *Call, o T) (any, error) { return shortID(o.model().id), nil })
	Prop(cls, "attrs", "The daemon's inspect answer.", func(c *Call, o T) (any, error) {
		m := o.model()
		if err := m.full(c, k.inspect); err != nil {
			return nil, err
		}
		return m.Attrs(), nil
	})
	if k.labels != nil {
		Prop(cls, "labels", "The labels.", func(c *Call, o T) (any, error) {
			m := o.model()
			var l any
			if m.isPartial() {
				l = m.attr("Labels")
			} else {
				l = m.attr(k.labels...)
			}
			if d, ok := l.(map[string]any); ok {
				return d, nil
			}
			return map[string]any{}, nil
		})
	}
	Def(cls, "reload", "Refresh attrs from the daemon.", func(c *Call, o T, _ *NoArgs) (any, error) {
		return nil, o.model().reload(c, k.inspect)
	})
}

// inspectFunc is the Go side of an api inspect method (api.inspect_container
// and the like), which a model calls with its ID.
type inspectFunc func(c *Call, a *APIClient, id string) (json.RawMessage, error)

// reload asks the daemon for the model's full answer.
func (m *Model) reload(c *Call, inspect inspectFunc) error {
	raw, err := inspect(c, m.client.api, m.id)
	if err != nil {
		return err
	}
	m.setRaw(raw)
	return nil
}

// full makes sure a partial model holds the full inspect answer.
func (m *Model) full(c *Call, inspect inspectFunc) error {
	if !m.isPartial() {
		return nil
	}
	return m.reload(c, inspect)
}

// getModel is a collection's get: NullResource for an empty ID, else the
// model made from the inspect answer.
func getModel[T any](c *Call, cl *Client, id string, inspect inspectFunc, mk func(*Client, json.RawMessage) (T, error)) (T, error) {
	var zero T
	if id == "" {
		return zero, Errorf(NullResource, "Resource ID was not provided")
	}
	raw, err := inspect(c, cl.api, id)
	if err != nil {
		return zero, err
	}
	return mk(cl, raw)
}

// idOf reads the "Id" of an inspect answer. The daemon writes it first, so
// that is read without decoding the rest; other layouts are decoded.
func idOf(raw json.RawMessage) (string, error) {
	const head = `{"Id":"`
	if bytes.HasPrefix(raw, []byte(head)) {
		rest := raw[len(head):]
		if i := bytes.IndexByte(rest, '"'); i >= 0 && bytes.IndexByte(rest[:i], '\\') < 0 {
			return string(rest[:i]), nil
		}
	}
	var x struct {
		ID string `json:"Id"`
	}
	if err := json.Unmarshal(raw, &x); err != nil {
		return "", fmt.Errorf("decode inspect answer: %w", err)
	}
	return x.ID, nil
}
