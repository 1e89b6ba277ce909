package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { testengine.Main(m) }

// The example loads its plugins, calls their hooks under a deadline and
// shows the refused operation.
func TestPluginHost(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), "plugins", testengine.Get().Host, 2*time.Second, &out))
	assert.Equal(t, ""+
		"escape.js: [warn] PolicyDenied: ContainerCollection.run: denied by this runtime's policy (read-only)\n"+
		"escape.js: report: escape refused (0)\n"+
		"inventory.lua: [info] tick in staging for team infra\n", firstLines(out.String(), 3))
	assert.Regexp(t, `inventory.lua: report: listed [0-3] at most \([0-3]\)\n`, out.String())
	assert.Contains(t, out.String(), "spin.lua: on_event: stopped at the deadline\n")
}

func firstLines(s string, n int) string {
	var b bytes.Buffer
	for _, l := range bytes.SplitAfter([]byte(s), []byte("\n"))[:n] {
		b.Write(l)
	}
	return b.String()
}
