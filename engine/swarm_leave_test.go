package engine

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFakeSwarmLeaveRetriesTheCertificatesRace: a forced leave that races
// the daemon's rewrite of its keys is asked again; the daemon's answer that
// the node already left counts as success. Other failures, and a leave
// without force, are returned as they are.
func TestFakeSwarmLeaveRetriesTheCertificatesRace(t *testing.T) {
	const raced = `{"message":"unlinkat /var/lib/docker/swarm/certificates: directory not empty"}`
	const gone = `{"message":"This node is not part of a swarm"}`
	tests := []struct {
		name    string
		force   bool
		answers []string // status and body, in turn; the last repeats
		asked   int32
		wantErr int // 0: no error
	}{
		{"raced then left", true, []string{"500" + raced, "503" + gone}, 2, 0},
		{"raced then removed", true, []string{"500" + raced, "200"}, 2, 0},
		{"raced every time", true, []string{"500" + raced}, 4, http.StatusInternalServerError},
		{"not forced", false, []string{"500" + raced}, 1, http.StatusInternalServerError},
		{"another 500", true, []string{`500{"message":"context deadline exceeded"}`}, 1, http.StatusInternalServerError},
		{"not in a swarm", true, []string{"503" + gone}, 1, http.StatusServiceUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asked atomic.Int32
			c, _ := newFake(t, Options{Version: "1.41"}, func(w http.ResponseWriter, r *http.Request) {
				n := int(asked.Add(1)) - 1
				a := tt.answers[min(n, len(tt.answers)-1)]
				status := map[string]int{"200": 200, "500": 500, "503": 503}[a[:3]]
				w.WriteHeader(status)
				_, _ = w.Write([]byte(a[3:]))
			})
			err := c.SwarmLeave(context.Background(), tt.force)
			assert.Equal(t, tt.asked, asked.Load())
			if tt.wantErr == 0 {
				require.NoError(t, err)
				return
			}
			var api *APIError
			require.ErrorAs(t, err, &api)
			assert.Equal(t, tt.wantErr, api.StatusCode)
		})
	}
}
