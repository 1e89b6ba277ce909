package engine

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// JSONMessageError is a progress message that reports a failure: it has an
// "error" or "errorDetail" field.
type JSONMessageError struct {
	// Message is errorDetail.message, else error.
	Message string
	// Code is errorDetail.code (often 0).
	Code int
	// Raw is the whole message.
	Raw json.RawMessage
}

// Error returns the message.
func (e *JSONMessageError) Error() string { return e.Message }

// JSONMessages decodes a stream of newline-delimited (or concatenated) JSON
// values, such as the progress of pulls, pushes, imports and builds. It
// holds one message at a time, never the whole output; a message larger
// than the client's MaxResponseBytes fails with ErrResponseTooLarge.
type JSONMessages struct {
	rc  io.ReadCloser
	dec *json.Decoder
	err error
}

// NewJSONMessages returns a decoder reading rc; Close closes rc.
func NewJSONMessages(rc io.ReadCloser) *JSONMessages {
	d := &JSONMessages{rc: rc}
	limit := int64(MaxResponseBytes)
	if m, ok := rc.(interface{ maxMessage() int64 }); ok {
		limit = m.maxMessage()
	}
	d.dec = json.NewDecoder(&messageLimitReader{r: bufio.NewReaderSize(rc, 32<<10), d: d, limit: limit})
	return d
}

// messageLimitReader fails once the decoder holds more than
// limit bytes of a message not yet decoded.
type messageLimitReader struct {
	r     io.Reader
	d     *JSONMessages
	limit int64
	read  int64
}

// Read reads from r unless the pending message is too large.
func (l *messageLimitReader) Read(p []byte) (int, error) {
	if l.read-l.d.dec.InputOffset() > l.limit {
		return 0, tooLarge(l.limit)
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}

// Next returns the next message, or io.EOF after the last one. A message
// with "error" or "errorDetail" is returned together with a
// *JSONMessageError; decoding may continue after it. A malformed or broken
// stream gives an error, and every later call returns it again.
func (d *JSONMessages) Next() (json.RawMessage, error) {
	if d.err != nil {
		return nil, d.err
	}
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		var syntax *json.SyntaxError
		switch {
		case err == io.EOF:
			d.err = io.EOF
		case err == io.ErrUnexpectedEOF:
			serr := &StreamError{Err: fmt.Errorf("%w: JSON message stream ended in the middle of a message", ErrClosedEarly)}
			if o, ok := d.rc.(interface{ origin() (string, string) }); ok {
				serr.Op, serr.Host = o.origin()
			}
			d.err = serr
		case errors.As(err, &syntax):
			d.err = fmt.Errorf("engine: decoding JSON message: %w", err)
		case errors.Is(err, ErrResponseTooLarge):
			d.err = fmt.Errorf("engine: decoding JSON message: %w", err)
		default:
			d.err = err // the stream broke; its error names the operation
		}
		return nil, d.err
	}
	if merr := messageError(raw); merr != nil {
		return raw, merr
	}
	return raw, nil
}

// messageError returns a *JSONMessageError when raw is an error message.
func messageError(raw json.RawMessage) *JSONMessageError {
	if len(raw) == 0 || raw[0] != '{' || !bytes.Contains(raw, []byte(`"error`)) {
		return nil
	}
	var m struct {
		Error       string `json:"error"`
		ErrorDetail *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"errorDetail"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil
	}
	e := &JSONMessageError{Message: m.Error, Raw: raw}
	if m.ErrorDetail != nil {
		e.Code = m.ErrorDetail.Code
		if m.ErrorDetail.Message != "" {
			e.Message = m.ErrorDetail.Message
		}
	}
	if m.ErrorDetail == nil && m.Error == "" {
		return nil
	}
	return e
}

// Close closes the underlying stream.
func (d *JSONMessages) Close() error { return d.rc.Close() }

// Wait reads the remaining messages, passing each to each (when not nil),
// and closes the stream. It returns nil at the end of the stream, the
// *JSONMessageError of the first error message (after passing it to
// each), or the error of a broken stream.
func (d *JSONMessages) Wait(each func(json.RawMessage)) error {
	defer d.Close()
	for {
		raw, err := d.Next()
		if raw != nil && each != nil {
			each(raw)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
