package testengine

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript/engine"
)

// Label is the label tests put on every object they create, so that
// leftovers can be found (filter "label=dscript.test").
const Label = "dscript.test"

// NamePrefix starts every name Name returns.
const NamePrefix = "dscript-test-"

// maxPrefixLen bounds the caller's part of a name so that the whole name
// stays a valid DNS label (at most 63 bytes), as service and host names
// must be.
const maxPrefixLen = 32

// Name returns a unique name for an object a test creates: "dscript-test-"
// + prefix + "-" + 12 random hex digits. The prefix is lowercased, anything
// but a-z, 0-9 and '-' becomes '-', and it is cut to 32 bytes; an empty
// prefix is taken from the test's name. The result is valid as a container,
// image repository, volume, network, service, secret, config and host
// name.
func Name(t testing.TB, prefix string) string {
	t.Helper()
	p := sanitizeName(prefix)
	if p == "" {
		p = sanitizeName(strings.TrimPrefix(t.Name(), "Test"))
	}
	if p == "" {
		p = "x"
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("testengine.Name: random: %v", err)
	}
	return NamePrefix + p + "-" + hex.EncodeToString(b[:])
}

// sanitizeName maps s to lowercase letters, digits and single dashes, with
// no dash at either end, at most maxPrefixLen bytes long.
func sanitizeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
		if b.Len() >= maxPrefixLen {
			break
		}
	}
	out := b.String()
	if len(out) > maxPrefixLen {
		out = out[:maxPrefixLen]
	}
	return strings.Trim(out, "-")
}

// Labels returns the labels for an object a test creates: Label with the
// test's name as its value.
func Labels(t testing.TB) map[string]string {
	return map[string]string{Label: t.Name()}
}

// Cleanup force-removes the containers ids (with their anonymous volumes)
// when the test ends, on the engine Main set up. Containers already gone
// are fine; other failures are logged, not failed.
func Cleanup(t testing.TB, ids ...string) {
	t.Helper()
	Get().Cleanup(t, ids...)
}

// Cleanup force-removes the containers ids (with their anonymous volumes)
// from e when the test ends. Containers already gone are fine; other
// failures are logged, not failed.
func (e *Env) Cleanup(t testing.TB, ids ...string) {
	t.Helper()
	ids = append([]string(nil), ids...)
	c := e.Client
	t.Cleanup(func() {
		for _, id := range ids {
			if id == "" {
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			err := c.ContainerDelete(ctx, id, engine.ContainerDeleteOptions{Force: true, Volumes: true})
			cancel()
			if err != nil && !errors.Is(err, engine.ErrNotFound) && !isRemovalInProgress(err) {
				t.Logf("testengine: cleanup: remove container %s: %v", id, err)
			}
		}
	})
}

// isRemovalInProgress tells whether err is the daemon's 409 for a container
// that is already being removed.
func isRemovalInProgress(err error) bool {
	return errors.Is(err, engine.ErrConflict) && strings.Contains(err.Error(), "already in progress")
}
