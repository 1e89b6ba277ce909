package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAllMessages reads d to the end; message errors are collected, other
// errors end the loop.
func readAllMessages(d *JSONMessages) (msgs []string, msgErrs []*JSONMessageError, err error) {
	for {
		raw, err := d.Next()
		if err == io.EOF {
			return msgs, msgErrs, nil
		}
		var me *JSONMessageError
		if errors.As(err, &me) {
			msgErrs = append(msgErrs, me)
			msgs = append(msgs, string(raw))
			continue
		}
		if err != nil {
			return msgs, msgErrs, err
		}
		msgs = append(msgs, string(raw))
	}
}

func TestJSONMessages(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		wrap     func(io.Reader) io.Reader
		want     []string
		wantErrs []JSONMessageError // Message and Code
		wantErr  string
	}{
		{name: "empty", input: ""},
		{name: "newline delimited",
			input: "{\"status\":\"Pulling\"}\n{\"status\":\"Done\",\"id\":\"x\"}\n",
			want:  []string{`{"status":"Pulling"}`, `{"status":"Done","id":"x"}`}},
		{name: "concatenated and CRLF",
			input: "{\"a\":1}{\"b\":2}\r\n\r\n  {\"c\":3}",
			want:  []string{`{"a":1}`, `{"b":2}`, `{"c":3}`}},
		{name: "split across reads",
			input: "{\"status\":\"one\"}\n{\"status\":\"two\"}\n",
			wrap:  iotest.OneByteReader,
			want:  []string{`{"status":"one"}`, `{"status":"two"}`}},
		{name: "error and errorDetail",
			input:    "{\"status\":\"a\"}\n{\"errorDetail\":{\"code\":1,\"message\":\"detail msg\"},\"error\":\"short msg\"}\n{\"status\":\"after\"}\n",
			want:     []string{`{"status":"a"}`, `{"errorDetail":{"code":1,"message":"detail msg"},"error":"short msg"}`, `{"status":"after"}`},
			wantErrs: []JSONMessageError{{Message: "detail msg", Code: 1}}},
		{name: "error only",
			input:    `{"error":"pull access denied"}`,
			want:     []string{`{"error":"pull access denied"}`},
			wantErrs: []JSONMessageError{{Message: "pull access denied"}}},
		{name: "errorDetail only",
			input:    `{"errorDetail":{"message":"m"}}`,
			want:     []string{`{"errorDetail":{"message":"m"}}`},
			wantErrs: []JSONMessageError{{Message: "m"}}},
		{name: "the word error elsewhere is not an error",
			input: `{"status":"no \"error\" here","aux":{"error":"nested"},"error":""}`,
			want:  []string{`{"status":"no \"error\" here","aux":{"error":"nested"},"error":""}`}},
		{name: "non-object values pass through",
			input: "[1,2]\n\"s\"\n18446744073709551615\n",
			want:  []string{`[1,2]`, `"s"`, `18446744073709551615`}},
		{name: "garbage", input: "{\"a\":1}\nnot json\n",
			want: []string{`{"a":1}`}, wantErr: "decoding JSON message"},
		{name: "truncated", input: "{\"a\":1}\n{\"status\":\"Downl",
			want: []string{`{"a":1}`}, wantErr: "ended in the middle of a message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in io.Reader = strings.NewReader(tt.input)
			if tt.wrap != nil {
				in = tt.wrap(in)
			}
			rc := &closeRecorder{Reader: in}
			d := NewJSONMessages(rc)
			msgs, msgErrs, err := readAllMessages(d)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				_, again := d.Next()
				assert.Equal(t, err, again, "errors are sticky")
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, msgs)
			require.Len(t, msgErrs, len(tt.wantErrs))
			for i, want := range tt.wantErrs {
				assert.Equal(t, want.Message, msgErrs[i].Message)
				assert.Equal(t, want.Message, msgErrs[i].Error())
				assert.Equal(t, want.Code, msgErrs[i].Code)
				assert.True(t, json.Valid(msgErrs[i].Raw))
			}
			require.NoError(t, d.Close())
			assert.Equal(t, 1, rc.closed)
		})
	}
}

func TestJSONMessagesBigMessage(t *testing.T) {
	// A single 5 MiB line, longer than any line-scanner default, between
	// two small ones.
	big := `{"stream":"` + strings.Repeat("x", 5<<20) + `"}`
	input := "{\"a\":1}\n" + big + "\n{\"b\":2}\n"
	d := NewJSONMessages(io.NopCloser(iotest.HalfReader(strings.NewReader(input))))
	msgs, _, err := readAllMessages(d)
	require.NoError(t, err)
	require.Len(t, msgs, 3)
	assert.Equal(t, big, msgs[1])
}

func TestJSONMessagesOwnedResults(t *testing.T) {
	d := NewJSONMessages(io.NopCloser(strings.NewReader(`{"a":1} {"b":2}`)))
	first, err := d.Next()
	require.NoError(t, err)
	_, err = d.Next()
	require.NoError(t, err)
	assert.Equal(t, `{"a":1}`, string(first), "a message stays valid after the next call")
}

func BenchmarkJSONMessages(b *testing.B) {
	// Pull progress: many small messages.
	var buf bytes.Buffer
	for i := 0; buf.Len() < 4<<20; i++ {
		fmt.Fprintf(&buf, `{"status":"Downloading","progressDetail":{"current":%d,"total":52428800},"progress":"[=====>       ]  %d kB/52.43MB","id":"a1b2c3d4e5f6"}`+"\n", i*1024, i)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rd := bytes.NewReader(data)
	for b.Loop() {
		rd.Reset(data)
		d := NewJSONMessages(io.NopCloser(rd))
		for {
			_, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
