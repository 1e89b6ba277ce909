package engine

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

// Fuzz targets of the decoders of what the daemon sends. Their seeds are
// in testdata/fuzz (run by plain `go test`); `make fuzz` explores further.

// referenceFrames decodes a multiplexed stream the simple way: the data of
// each stream up to the first malformed, error or truncated frame, and
// whether the stream ended cleanly.
func referenceFrames(b []byte) (out map[int][]byte, clean bool) {
	out = map[int][]byte{}
	for {
		if len(b) == 0 {
			return out, true
		}
		if len(b) < 8 {
			return out, false
		}
		stream := int(b[0])
		size := int(binary.BigEndian.Uint32(b[4:8]))
		b = b[8:]
		if stream > systemErr {
			return out, false
		}
		if stream == systemErr {
			return out, false
		}
		if size > len(b) {
			out[stream] = append(out[stream], b...)
			return out, false
		}
		out[stream] = append(out[stream], b[:size]...)
		b = b[size:]
	}
}

// FuzzFrameReader checks the demultiplexer against the reference: same
// data per stream, io.EOF exactly at a clean end, bounded chunks and
// buffer, and a *StreamError for a truncated frame.
func FuzzFrameReader(f *testing.F) {
	f.Add(frames(frame(1, "out\n"), frame(2, "err\n")), false)
	f.Add(frames(frame(1, "ok"), []byte{1, 0, 0}), false)
	f.Add(frame(1, "hello")[:10], false)
	f.Add([]byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xf0, 'x'}, false)
	f.Add(frames(frame(3, "boom")), false)
	f.Add([]byte("raw tty output\n"), true)
	f.Fuzz(func(t *testing.T, input []byte, tty bool) {
		r := NewFrameReader(io.NopCloser(bytes.NewReader(input)), tty)
		got := map[int][]byte{}
		var err error
		for {
			var fr Frame
			fr, err = r.Next()
			if err != nil {
				break
			}
			if len(fr.Data) == 0 || len(fr.Data) > frameBufSize {
				t.Fatalf("chunk of %d bytes", len(fr.Data))
			}
			got[fr.Stream] = append(got[fr.Stream], fr.Data...)
		}
		if cap(r.buf) > frameBufSize {
			t.Fatalf("buffer grew to %d bytes", cap(r.buf))
		}
		if _, again := r.Next(); again != err {
			t.Fatalf("error not sticky: %v then %v", err, again)
		}
		if tty {
			if err != io.EOF || !bytes.Equal(got[Stdout], input) || len(got) > 1 {
				t.Fatalf("tty: got %v, %v", got, err)
			}
			return
		}
		want, clean := referenceFrames(input)
		for s := range 3 {
			if !bytes.Equal(got[s], want[s]) {
				t.Fatalf("stream %d: got %q, want %q", s, got[s], want[s])
			}
		}
		if clean != (err == io.EOF) {
			t.Fatalf("clean end %v, error %v", clean, err)
		}
		if strings.Contains(err.Error(), "truncated") && !errors.Is(err, ErrStreamBroken) {
			t.Fatalf("truncation is not a StreamError: %v", err)
		}
	})
}

// FuzzJSONMessages checks the progress decoder: every message it returns
// is valid JSON, an error message comes with a *JSONMessageError, and the
// stream ends with io.EOF or a sticky error.
func FuzzJSONMessages(f *testing.F) {
	f.Add([]byte("{\"status\":\"Pulling\"}\n{\"status\":\"Done\"}\n"))
	f.Add([]byte(`{"errorDetail":{"code":1,"message":"boom"},"error":"boom"}`))
	f.Add([]byte(`{"a":1}{"b":2} 3 "x" [1]`))
	f.Add([]byte(`{"status":"Downlo`))
	f.Add([]byte(`{"m": nope}`))
	f.Fuzz(func(t *testing.T, input []byte) {
		d := NewJSONMessages(io.NopCloser(bytes.NewReader(input)))
		for i := 0; ; i++ {
			raw, err := d.Next()
			var merr *JSONMessageError
			if errors.As(err, &merr) {
				if !json.Valid(raw) || !bytes.Contains(raw, []byte(`"error`)) {
					t.Fatalf("error message %q for %q", merr.Message, raw)
				}
				continue
			}
			if err != nil {
				if _, again := d.Next(); again != err {
					t.Fatalf("error not sticky: %v then %v", err, again)
				}
				return
			}
			if !json.Valid(raw) {
				t.Fatalf("invalid message %q", raw)
			}
			if i > len(input) {
				t.Fatalf("more messages than input bytes")
			}
		}
	})
}

// FuzzErrorMessage checks the parser of error bodies: the "message" of a
// JSON object when there is one, else the trimmed text.
func FuzzErrorMessage(f *testing.F) {
	f.Add([]byte(`{"message":"No such container: nope"}`))
	f.Add([]byte("  plain text error\n"))
	f.Add([]byte(`{"message":null}`))
	f.Add([]byte(`{"message":1}`))
	f.Add([]byte(`{"message":"a","message":"b"}`))
	f.Add([]byte("<html>502 Bad Gateway</html>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		got := errorMessage(body)
		if got != strings.TrimSpace(got) {
			t.Fatalf("untrimmed %q", got)
		}
		var m struct {
			Message *string `json:"message"`
		}
		trimmed := strings.TrimSpace(string(body))
		if strings.HasPrefix(trimmed, "{") && json.Unmarshal(body, &m) == nil && m.Message != nil {
			if got != strings.TrimSpace(*m.Message) {
				t.Fatalf("message %q, got %q", *m.Message, got)
			}
		} else if got != trimmed {
			t.Fatalf("text %q, got %q", trimmed, got)
		}
		e := &APIError{StatusCode: 500, Message: got, URL: "http+docker://localhost/x"}
		if !strings.HasPrefix(e.Error(), "500 Server Error for http+docker://localhost/x") {
			t.Fatalf("error text %q", e.Error())
		}
	})
}
