package engine

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFakeNewerDaemonVolumeAndDataUsage checks, against a fake daemon of
// API 1.56, the requests of operations and parameters newer than the test
// engine: VolumeUpdate (1.42) and the type (1.42) and verbose (1.52)
// parameters of SystemDataUsage.
func TestFakeNewerDaemonVolumeAndDataUsage(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1.56/system/df" {
			w.Header().Set("Api-Version", "1.56")
			_, _ = w.Write([]byte(`{"Volumes":[]}`))
			return
		}
		newerDaemon(w, r)
	})
	tests := []struct {
		name   string
		call   func() error
		method string
		path   string
		query  string
		body   string
	}{
		{"volume update", func() error {
			return c.VolumeUpdate(ctx, "cv", 7, map[string]any{"Spec": map[string]any{"Availability": "drain"}})
		}, http.MethodPut, "/v1.56/volumes/cv", "version=7", `{"Spec":{"Availability":"drain"}}`},
		{"df types", func() error {
			_, err := c.SystemDataUsage(ctx, DataUsageOptions{Types: []string{"volume", "image"}})
			return err
		}, http.MethodGet, "/v1.56/system/df", "type=volume&type=image", ""},
		{"df verbose", func() error {
			_, err := c.SystemDataUsage(ctx, DataUsageOptions{Verbose: true})
			return err
		}, http.MethodGet, "/v1.56/system/df", "verbose=1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.call())
			r, body := f.lastRequest(t)
			assert.Equal(t, tc.method, r.Method)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Equal(t, tc.query, r.URL.RawQuery)
			assert.Equal(t, tc.body, string(body))
		})
	}
}
