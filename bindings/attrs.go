package bindings

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

// lazyAttrs holds a model's inspect answer as raw JSON and decodes it on
// first access, so listing many objects costs little until a script looks.
type lazyAttrs struct {
	mu      sync.Mutex
	raw     json.RawMessage
	attrs   map[string]any
	decoded bool
}

// Attrs returns the decoded inspect answer.
func (l *lazyAttrs) Attrs() map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.decoded {
		v, err := DecodeJSON(l.raw)
		if err == nil {
			l.attrs, _ = v.(map[string]any)
		}
		l.decoded = true
		l.raw = nil
	}
	return l.attrs
}

// setRaw replaces the answer (reload).
func (l *lazyAttrs) setRaw(raw json.RawMessage) {
	l.mu.Lock()
	l.raw, l.attrs, l.decoded = raw, nil, false
	l.mu.Unlock()
}

// setDecoded sets an already decoded answer (sparse list entries).
func (l *lazyAttrs) setDecoded(d map[string]any) {
	l.mu.Lock()
	l.raw, l.attrs, l.decoded = nil, d, true
	l.mu.Unlock()
}

// attr walks a path of keys into the answer; nil when absent.
func (l *lazyAttrs) attr(path ...string) any {
	var v any = l.Attrs()
	for _, p := range path {
		d, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = d[p]
	}
	return v
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
