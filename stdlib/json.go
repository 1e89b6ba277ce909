package stdlib

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/dscript/dscript/bindings"
)

// JSONModuleClass is the json module.
var JSONModuleClass = bindings.NewModule("json", "Encode and decode JSON; 64-bit integers stay exact.")

// JSON is the json module's object.
var JSON = bindings.RegisterModule("json", JSONModuleClass)

// EncodeArgs are the parameters of json.encode.
type EncodeArgs struct {
	Value  any               `arg:"value" pos:"0" req:"true" doc:"The value to encode (bool, number, str, list, dict)."`
	Indent bindings.StrOrInt `arg:"indent" pos:"1" doc:"Pretty-print with this many spaces (or this whitespace string) per level."`
}

// DecodeArgs are the parameters of json.decode.
type DecodeArgs struct {
	Text any `arg:"text" pos:"0" req:"true" kind:"str|bytes" doc:"The JSON text to decode."`
}

func init() {
	cls := JSONModuleClass
	bindings.Func(cls, "encode", "Encode a value as JSON text; indent (spaces or a string) pretty-prints it.", func(c *bindings.Call, a *EncodeArgs) (any, error) {
		indent, err := indentString(string(a.Indent))
		if err != nil {
			return nil, bindings.ArgError("json.encode()", "argument 'indent' %v", err)
		}
		b, err := encodeJSON(a.Value, indent)
		if err != nil {
			return nil, bindings.ArgError("json.encode()", "argument 'value' %v", err)
		}
		return string(b), nil
	})
	bindings.Func(cls, "decode", "Decode JSON text into a value; integers beyond 2^63 stay exact.", func(c *bindings.Call, a *DecodeArgs) (any, error) {
		var raw []byte
		switch x := a.Text.(type) {
		case string:
			raw = []byte(x)
		case bindings.Bytes:
			raw = x
		default:
			return nil, bindings.ArgError("json.decode()", "argument 'text' must be str or bytes, not %s", bindings.TypeName(x))
		}
		if !json.Valid(raw) {
			msg := "syntax error"
			var probe any
			if err := json.Unmarshal(raw, &probe); err != nil {
				msg = err.Error()
			}
			return nil, bindings.Errorf(bindings.DockerException, "json.decode: invalid JSON: %s", msg)
		}
		v, err := bindings.DecodeJSON(raw)
		if err != nil {
			return nil, bindings.Errorf(bindings.DockerException, "json.decode: %v", err)
		}
		return v, nil
	})
}

// indentString turns json.encode's indent (a count of spaces or a
// whitespace string) into the string put before each level.
func indentString(s string) (string, error) {
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 || n > 64 {
			return "", fmt.Errorf("must be from 0 to 64, not %d", n)
		}
		return strings.Repeat(" ", n), nil
	}
	if strings.Trim(s, " \t") != "" {
		return "", fmt.Errorf("must be a number of spaces or a string of spaces and tabs, not %q", s)
	}
	return s, nil
}

// encodeJSON encodes a neutral value through bindings.EncodeJSON (which
// knows Bytes, Tuple and typed values), then re-encodes it without HTML
// escaping and with the indent; numbers pass as json.Number, so exact.
func encodeJSON(v any, indent string) ([]byte, error) {
	b, err := bindings.EncodeJSON(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(generic); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n")), nil
}
