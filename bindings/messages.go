package bindings

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/dscript/dscript/engine"
)

// MessageIterator streams the progress messages of a pull, push, build,
// import or load as docker-py's stream helper does: each message as its
// JSON text, or decoded with decode. Messages that report an error are
// yielded like the others. One message is held at a time.
type MessageIterator struct {
	msgs   *engine.JSONMessages
	decode bool
	// done runs once when the iterator closes (releasing a timeout).
	done func()
	FuncIterator
}

// newMessageIterator wraps msgs; done (may be nil) runs when it closes.
func newMessageIterator(msgs *engine.JSONMessages, decode bool, done func()) *MessageIterator {
	it := &MessageIterator{msgs: msgs, decode: decode, done: done}
	it.NextFunc = func(*Call) (any, bool, error) {
		raw, err := msgs.Next()
		if err == io.EOF {
			return nil, false, nil
		}
		if raw == nil {
			return nil, false, err
		}
		if !decode {
			return string(raw), true, nil
		}
		v, derr := DecodeJSON(raw)
		if derr != nil {
			return nil, false, derr
		}
		return v, true, nil
	}
	it.CloseFunc = func() error {
		err := msgs.Close()
		if it.done != nil {
			it.done()
		}
		return err
	}
	return it
}

// collectText reads every message into docker-py's non-stream answer: the
// JSON lines as the daemon sent them, drawn with show when it is not nil.
// A message reporting an error ends the read with that error.
func collectText(msgs *engine.JSONMessages, show func(json.RawMessage)) (string, error) {
	defer msgs.Close()
	var b strings.Builder
	for {
		raw, err := msgs.Next()
		if raw != nil && show != nil {
			show(raw)
		}
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		b.Write(raw)
		b.WriteString("\r\n")
	}
}

// streamOrText is the answer of api.pull, api.push and the like: an
// iterator with stream, else the whole text (drawn with show).
func streamOrText(msgs *engine.JSONMessages, stream, decode bool, show func(json.RawMessage)) (any, error) {
	if stream {
		return newMessageIterator(msgs, decode, nil), nil
	}
	return collectText(msgs, show)
}

// decodeMessage decodes one message for a log (BuildError.build_log, the
// logs of images.build); a message that is not JSON is kept as text.
func decodeMessage(raw json.RawMessage) any {
	v, err := DecodeJSON(raw)
	if err != nil {
		return string(raw)
	}
	return v
}
