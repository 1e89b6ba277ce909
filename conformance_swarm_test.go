package dscript_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// TestConformanceSwarm runs the scenarios of testdata/conformance-swarm in
// Lua and in JavaScript, like TestConformance, against a private daemon of
// its own (swarm mode changes what a daemon lists, so the shared engine
// never joins a swarm). Before each run the daemon is made the single
// manager of a new swarm, and after it leaves the swarm; scenarios named
// docs_swarm* make the swarm themselves. A scenario's arguments are its
// name prefix, then the swarm's listen address, advertise address,
// address pool and data path port.
func TestConformanceSwarm(t *testing.T) {
	outs, err := filepath.Glob("testdata/conformance-swarm/*.out")
	require.NoError(t, err)
	require.NotEmpty(t, outs)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	env, err := testengine.Start(ctx, testengine.Options{})
	require.NoError(t, err)
	t.Cleanup(func() {
		if err := env.Stop(); err != nil {
			t.Errorf("stop the private daemon: %v", err)
		}
	})
	addrs, err := env.PrepareSwarm(ctx)
	require.NoError(t, err)
	args := []string{addrs.ListenAddr, addrs.AdvertiseAddr, addrs.DefaultAddrPool[0], strconv.Itoa(int(addrs.DataPathPort))}

	for _, out := range outs {
		scenario := strings.TrimSuffix(filepath.Base(out), ".out")
		want, err := os.ReadFile(out)
		require.NoError(t, err)
		for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
			t.Run(scenario+"/"+string(lang), func(t *testing.T) {
				if !strings.HasPrefix(scenario, "docs_swarm") {
					_, err := env.Client.SwarmInit(ctx, addrs.InitRequest(nil))
					require.NoError(t, err)
				}
				t.Cleanup(func() { _ = env.Client.SwarmLeave(context.Background(), true) })
				prefix := testengine.Name(t, scenario)
				path := filepath.Join("testdata", "conformance-swarm", scenario+"."+string(lang))
				var stdout bytes.Buffer
				rt, err := dscript.New(lang, dscript.Options{
					Engine: engine.Options{Host: env.Host},
					Stdout: &stdout,
					Stderr: &stdout,
					Args:   append([]string{path, prefix}, args...),
					Getenv: func(k string) string {
						if k == "DOCKER_HOST" {
							return env.Host
						}
						return os.Getenv(k)
					},
				})
				require.NoError(t, err)
				t.Cleanup(func() { require.NoError(t, rt.Close()) })
				runCtx, cancel := context.WithTimeout(ctx, 3*time.Minute)
				defer cancel()
				err = rt.RunFile(runCtx, path)
				require.NoError(t, err, "output so far:\n%s", stdout.String())
				require.Equal(t, string(want), stdout.String())
			})
		}
	}
}
