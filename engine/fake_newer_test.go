package engine

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newerDaemon answers as a daemon of API 1.56, which the test engine (1.41)
// cannot: fields added after 1.41 must then be sent.
func newerDaemon(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Api-Version", "1.56")
	if r.URL.Path == "/_ping" {
		_, _ = w.Write([]byte("OK"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func TestFakeNewerDaemonGetsNewerFields(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, newerDaemon)
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	require.Equal(t, "1.56", v)

	tests := []struct {
		name  string
		call  func() error
		path  string
		query string
		body  string
	}{
		{"stop signal", func() error {
			return c.ContainerStopWithOptions(ctx, "x", ContainerStopOptions{Signal: "SIGINT"})
		}, "/v1.56/containers/x/stop", "signal=SIGINT", ""},
		{"restart signal", func() error {
			return c.ContainerRestart(ctx, "x", ContainerStopOptions{Signal: "SIGHUP"})
		}, "/v1.56/containers/x/restart", "signal=SIGHUP", ""},
		{"exec console size", func() error {
			_, err := c.ExecStart(ctx, "e", ExecStartOptions{Detach: true, ConsoleSize: &[2]uint{24, 80}})
			return err
		}, "/v1.56/exec/e/start", "", `"ConsoleSize":[24,80]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.call())
			r, body := f.lastRequest(t)
			assert.Equal(t, tc.path, r.URL.Path)
			assert.Contains(t, r.URL.RawQuery, tc.query)
			assert.Contains(t, string(body), tc.body)
		})
	}
}

func TestFakeOlderDaemonRefusesNewerFields(t *testing.T) {
	ctx := context.Background()
	c, f := newFake(t, Options{}, jsonHandler(http.StatusNoContent, ""))
	err := c.ContainerStopWithOptions(ctx, "x", ContainerStopOptions{Signal: "SIGINT"})
	var verr *InvalidVersionError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "1.42", verr.Required)
	assert.Equal(t, "1.41", verr.Current)
	for _, p := range f.paths() {
		assert.Equal(t, "/_ping", p, "no request but the negotiation may be sent")
	}
}
