package testengine

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// teardownTimeout bounds the removal of what the tests left in a private
// daemon before it is stopped.
const teardownTimeout = 60 * time.Second

// teardown empties the private daemon at the unix socket sock before it is
// stopped: it leaves any swarm, force-removes every container and prunes
// the networks. The daemon's data goes away with its directory, but
// user-defined networks leave bridges and iptables rules on the host, and
// published ports leave rules and docker-proxy processes, which only the
// daemon removes cleanly.
//
// It speaks HTTP to the socket itself rather than through package engine:
// cleaning up must not depend on the client under test.
func teardown(ctx context.Context, sock string) error {
	ctx, cancel := context.WithTimeout(ctx, teardownTimeout)
	defer cancel()
	tr := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", sock)
		},
		MaxIdleConnsPerHost: 8,
	}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr}
	call := func(method, path string, out any) error {
		req, err := http.NewRequestWithContext(ctx, method, "http://docker"+path, nil)
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return fmt.Errorf("%s %s: %w", method, path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
		if resp.StatusCode >= 300 {
			return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, strings.TrimSpace(string(body)))
		}
		if out != nil {
			return json.Unmarshal(body, out)
		}
		return nil
	}

	var info struct {
		Swarm struct{ LocalNodeState string }
	}
	if err := call(http.MethodGet, "/info", &info); err != nil {
		return err
	}
	var errs []string
	if s := info.Swarm.LocalNodeState; s != "" && s != "inactive" {
		if err := call(http.MethodPost, "/swarm/leave?force=1", nil); err != nil {
			errs = append(errs, err.Error())
		}
	}

	var containers []struct{ ID string }
	if err := call(http.MethodGet, "/containers/json?all=1", &containers); err != nil {
		return err
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for _, c := range containers {
		wg.Add(1)
		sem <- struct{}{}
		go func(id string) {
			defer wg.Done()
			defer func() { <-sem }()
			if err := call(http.MethodDelete, "/containers/"+id+"?force=1&v=1", nil); err != nil && !strings.Contains(err.Error(), "404") {
				mu.Lock()
				errs = append(errs, err.Error())
				mu.Unlock()
			}
		}(c.ID)
	}
	wg.Wait()

	if err := call(http.MethodPost, "/networks/prune", nil); err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return fmt.Errorf("empty the daemon: %s", strings.Join(errs, "; "))
	}
	return nil
}
