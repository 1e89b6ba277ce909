package engine

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

// pruneBusy is the daemon's answer to a prune while another prune of the
// same kind runs (it runs one at a time, whoever asked).
const pruneBusy = "prune operation is already running"

// callPrune calls a prune operation. When the daemon answers that another
// prune is running, the call waits for it and asks again, with a growing
// pause, for as long as the client's timeout (60 s by default) and the
// context allow; then the daemon's 409 is returned.
func (c *Client) callPrune(ctx context.Context, r *request) (json.RawMessage, error) {
	wait := c.timeout
	if wait <= 0 {
		wait = DefaultTimeout
	}
	give := time.Now().Add(wait)
	pause := 25 * time.Millisecond
	for {
		raw, err := c.callJSON(ctx, r)
		var api *APIError
		if err == nil || !errors.As(err, &api) || api.StatusCode != http.StatusConflict || !strings.Contains(api.Message, pruneBusy) {
			return raw, err
		}
		if time.Now().Add(pause).After(give) {
			return raw, err
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return raw, err
		case <-t.C:
		}
		pause = min(2*pause, 500*time.Millisecond)
	}
}
