package dscript_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/require"
)

// newRuntime makes a runtime whose docker.from_env() reaches the test engine.
func newRuntime(t *testing.T, lang dscript.Lang, stdout *bytes.Buffer, args ...string) *dscript.Runtime {
	t.Helper()
	host := testengine.Get().Host
	rt, err := dscript.New(lang, dscript.Options{
		Engine: engine.Options{Host: host},
		Stdout: stdout,
		Stderr: stdout,
		Args:   args,
		// the scenarios read files and also try other daemons (an
		// unreachable one)
		Policy: dscript.Policy{Files: true, Network: true},
		Getenv: func(k string) string {
			switch k {
			case "DOCKER_HOST":
				return host
			case testengine.EnvRegistry:
				return testengine.Get().Registry
			}
			return os.Getenv(k)
		},
	})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, rt.Close()) })
	return rt
}

// removeByPrefix force-removes containers, then networks and volumes,
// whose name starts with prefix.
func removeByPrefix(t *testing.T, prefix string) {
	ctx := context.Background()
	c := testengine.Get().Client
	raw, err := c.ContainerList(ctx, engine.ContainerListOptions{All: true, Filters: engine.Filters{"name": {prefix}}})
	require.NoError(t, err)
	for _, id := range idsOf(t, raw) {
		_ = c.ContainerDelete(ctx, id, engine.ContainerDeleteOptions{Force: true})
	}
	raw, err = c.NetworkList(ctx, engine.NetworkListOptions{Filters: engine.Filters{"name": {prefix}}})
	require.NoError(t, err)
	for _, id := range idsOf(t, raw) {
		_ = c.NetworkDelete(ctx, id)
	}
	raw, err = c.VolumeList(ctx, engine.VolumeListOptions{Filters: engine.Filters{"name": {prefix}}})
	require.NoError(t, err)
	var vols struct{ Volumes []struct{ Name string } }
	require.NoError(t, json.Unmarshal(raw, &vols))
	for _, v := range vols.Volumes {
		_ = c.VolumeDelete(ctx, v.Name, true)
	}
}

// TestConformance runs each scenario of testdata/conformance in Lua and in
// JavaScript against the real engine; both must print the expected output.
func TestConformance(t *testing.T) {
	outs, err := filepath.Glob("testdata/conformance/*.out")
	require.NoError(t, err)
	require.NotEmpty(t, outs)
	for _, out := range outs {
		scenario := strings.TrimSuffix(filepath.Base(out), ".out")
		want, err := os.ReadFile(out)
		require.NoError(t, err)
		for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
			t.Run(scenario+"/"+string(lang), func(t *testing.T) {
				prefix := testengine.Name(t, scenario)
				t.Cleanup(func() { removeByPrefix(t, prefix) })
				path := filepath.Join("testdata", "conformance", scenario+"."+string(lang))
				var stdout bytes.Buffer
				rt := newRuntime(t, lang, &stdout, path, prefix)
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
				defer cancel()
				err := rt.RunFile(ctx, path)
				require.NoError(t, err, "output so far:\n%s", stdout.String())
				require.Equal(t, string(want), stdout.String())
			})
		}
	}
}
