package engine

import (
	"encoding/json"
	"net/url"
	"sort"
)

// Filters are the "filters" query parameter of list operations: each key
// (e.g. "label", "status") maps to the values to match. It is encoded as a
// JSON object of string arrays, e.g. {"label":["a=b"]}.
type Filters map[string][]string

// Add appends values to key and returns f (allocating it if nil).
func (f Filters) Add(key string, values ...string) Filters {
	if f == nil {
		f = Filters{}
	}
	f[key] = append(f[key], values...)
	return f
}

// Encode returns the JSON form of f, or "" when f has no keys.
func (f Filters) Encode() (string, error) {
	if len(f) == 0 {
		return "", nil
	}
	m := make(map[string][]string, len(f))
	for k, vs := range f {
		sorted := make([]string, len(vs))
		copy(sorted, vs)
		sort.Strings(sorted)
		m[k] = sorted
	}
	b, err := json.Marshal(m) // keys are sorted by encoding/json
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// setQuery sets q["filters"] when f is not empty.
func (f Filters) setQuery(q url.Values) error {
	s, err := f.Encode()
	if err != nil {
		return err
	}
	if s != "" {
		q.Set("filters", s)
	}
	return nil
}
