package bindings

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// DecodeJSON turns raw JSON into neutral values. Numbers become int64 when
// they fit, else uint64, else float64, so 64-bit sizes and limits stay exact.
func DecodeJSON(raw []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("decode JSON: %w", err)
	}
	return neutralize(v), nil
}

// neutralize converts json.Number leaves in place.
func neutralize(v any) any {
	switch x := v.(type) {
	case json.Number:
		return NumberValue(string(x))
	case map[string]any:
		for k, e := range x {
			x[k] = neutralize(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = neutralize(e)
		}
		return x
	}
	return v
}

// NumberValue converts a JSON number literal to int64, uint64 or float64.
func NumberValue(s string) any {
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i
	}
	if u, err := strconv.ParseUint(s, 10, 64); err == nil {
		return u
	}
	// out of range: ParseFloat gives the infinity of the right sign
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// EncodeJSON turns a neutral value into JSON.
func EncodeJSON(v any) ([]byte, error) {
	b, err := json.Marshal(toJSONable(v))
	if err != nil {
		return nil, fmt.Errorf("encode JSON: %w", err)
	}
	return b, nil
}

func toJSONable(v any) any {
	switch x := v.(type) {
	case Bytes:
		return string(x)
	case Tuple:
		return toJSONable([]any(x))
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = toJSONable(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = toJSONable(e)
		}
		return out
	case JSONer:
		return x.JSONValue()
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return int64(x)
		}
	}
	return v
}

// JSONer is implemented by objects that have a JSON form (docker.types
// values), used when they are sent to the daemon or printed.
type JSONer interface {
	JSONValue() any
}
