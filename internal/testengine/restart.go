package testengine

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Restart stops a daemon started by Start (SIGTERM, as Stop does, but
// without emptying it first) and starts it again on the same directory
// and socket, waiting until it answers. What the daemon keeps on disk
// stays: containers, images, volumes, swarm state (a swarm with autolock
// comes back locked). e.Client stays usable.
func (e *Env) Restart(ctx context.Context) error {
	if !e.Started || e.daemon == nil {
		return errors.New("testengine: Restart needs a daemon started by Start, never the shared one")
	}
	if e.daemon.stop(daemonShutdownGrace) {
		fmt.Fprintf(os.Stderr, "testengine: dockerd in %s did not exit within %s of SIGTERM; killed it\n", e.Dir, daemonShutdownGrace)
	}
	if e.reaperStop != nil {
		close(e.reaperStop)
		e.reaperStop = nil
	}
	e.ready = false
	if err := e.startDaemon(ctx, e.daemonArgs); err != nil {
		return fmt.Errorf("testengine: restart dockerd in %s: %w", e.Dir, err)
	}
	return nil
}
