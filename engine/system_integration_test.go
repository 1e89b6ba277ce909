package engine_test

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

func TestSystemPing(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	for name, ping := range map[string]func() (engine.PingResult, error){
		"GET":  func() (engine.PingResult, error) { return client().SystemPing(ctx) },
		"HEAD": func() (engine.PingResult, error) { return client().SystemPingHead(ctx) },
	} {
		t.Run(name, func(t *testing.T) {
			res, err := ping()
			require.NoError(t, err)
			assert.Equal(t, "1.41", res.APIVersion)
			assert.Equal(t, "linux", res.OSType)
		})
	}
}

func TestSystemVersion(t *testing.T) {
	t.Parallel()
	raw, err := client().SystemVersion(testCtx(t))
	require.NoError(t, err)
	var v struct {
		Version, APIVersion, MinAPIVersion, Os, Arch string
		Components                                   []struct{ Name, Version string }
	}
	decode(t, raw, &v)
	assert.NotEmpty(t, v.Version)
	assert.Equal(t, "1.41", v.APIVersion)
	assert.NotEmpty(t, v.MinAPIVersion)
	assert.Equal(t, "linux", v.Os)
	require.NotEmpty(t, v.Components)
	assert.Equal(t, "Engine", v.Components[0].Name)
}

func TestSystemInfo(t *testing.T) {
	t.Parallel()
	raw, err := client().SystemInfo(testCtx(t))
	require.NoError(t, err)
	var info map[string]any
	decode(t, raw, &info)
	for _, k := range []string{"ID", "ServerVersion", "Driver", "OSType", "Containers", "Images", "MemTotal", "NCPU"} {
		assert.Contains(t, info, k)
	}
	assert.NotEmpty(t, info["ServerVersion"])
	assert.NotEmpty(t, info["ID"])
}

func TestNegotiatedVersion(t *testing.T) {
	t.Parallel()
	c, err := engine.New(engine.Options{Host: testengine.Get().Host})
	require.NoError(t, err)
	defer c.Close()
	ctx := testCtx(t)

	// Concurrent first requests share one negotiation.
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.SystemInfo(ctx)
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1.41", v)
	require.NoError(t, c.RequireVersion(ctx, "X", "1.41"))
	var verr *engine.InvalidVersionError
	require.ErrorAs(t, c.RequireVersion(ctx, "X", "1.42"), &verr)
	assert.Equal(t, "X requires API version >= 1.42, but the negotiated version is 1.41", verr.Error())
}

func TestPinnedVersion(t *testing.T) {
	t.Parallel()
	c, err := engine.New(engine.Options{Host: testengine.Get().Host, Version: "1.40"})
	require.NoError(t, err)
	defer c.Close()
	ctx := testCtx(t)
	v, err := c.APIVersion(ctx)
	require.NoError(t, err)
	assert.Equal(t, "1.40", v)
	_, err = c.SystemInfo(ctx)
	require.NoError(t, err)
	raw, err := c.SystemVersion(ctx)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"ApiVersion":"1.41"`)

	// The URL of an error shows the pinned version.
	name := testengine.Name(t, "missing")
	_, err = c.ContainerInspect(ctx, name, false)
	var apiErr *engine.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "http+docker://localhost/v1.40/containers/"+name+"/json", apiErr.URL)
}

func TestFromEnvRealDaemon(t *testing.T) {
	t.Setenv("DOCKER_HOST", testengine.Get().Host)
	t.Setenv("DOCKER_API_VERSION", "")
	t.Setenv("DOCKER_TLS_VERIFY", "")
	t.Setenv("DOCKER_CERT_PATH", "")
	c, err := engine.FromEnv(engine.Options{})
	require.NoError(t, err)
	defer c.Close()
	assert.Equal(t, testengine.Get().Host, c.Host())
	if strings.HasPrefix(c.Host(), "unix://") {
		assert.Equal(t, "http+docker://localhost", c.BaseURL())
	}
	_, err = c.SystemPing(testCtx(t))
	require.NoError(t, err)
}

func TestDaemonDownIsConnectionError(t *testing.T) {
	t.Parallel()
	host := "unix://" + t.TempDir() + "/none.sock"
	c, err := engine.New(engine.Options{Host: host})
	require.NoError(t, err)
	_, err = c.SystemPing(testCtx(t))
	var cerr *engine.ConnectionError
	require.ErrorAs(t, err, &cerr)
	assert.Equal(t, host, cerr.Host)
	assert.Contains(t, err.Error(), "cannot connect to the Docker daemon at "+host)
	assert.False(t, errors.Is(err, engine.ErrNotFound))
}
