package engine

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFiltersEncode(t *testing.T) {
	tests := []struct {
		name string
		f    Filters
		want string
	}{
		{"nil", nil, ""},
		{"empty", Filters{}, ""},
		{"one", Filters{"label": {"a=b"}}, `{"label":["a=b"]}`},
		{"sorted keys and values", Filters{"status": {"running", "exited"}, "label": {"x", "a=b"}},
			`{"label":["a=b","x"],"status":["exited","running"]}`},
		{"nil values", Filters{"dangling": nil}, `{"dangling":[]}`},
		{"escaping", Filters{"name": {`"q"&x`}}, `{"name":["\"q\"\u0026x"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.f.Encode()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)

			q := url.Values{}
			require.NoError(t, tt.f.setQuery(q))
			if tt.want == "" {
				assert.NotContains(t, q, "filters")
			} else {
				assert.Equal(t, tt.want, q.Get("filters"))
			}
		})
	}
}

func TestFiltersAdd(t *testing.T) {
	var f Filters
	f = f.Add("label", "a=b").Add("label", "c").Add("status", "running")
	assert.Equal(t, Filters{"label": {"a=b", "c"}, "status": {"running"}}, f)
}
