package engine_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// startTLSDaemon starts a private daemon listening with --tlsverify and
// stops it when the test ends.
func startTLSDaemon(t *testing.T) *testengine.TLSEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	env, err := testengine.StartTLS(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, env.Stop()) })
	return env
}

// TestTLSTransport talks to a daemon with --tlsverify: a good
// configuration pings, a name that does not match, a missing client
// certificate and an unknown CA fail with errors that say so.
func TestTLSTransport(t *testing.T) {
	env := startTLSDaemon(t)
	f := env.Files
	port := env.TCPHost[strings.LastIndexByte(env.TCPHost, ':')+1:]
	good := engine.TLSSettings{CAFile: f.CA, CertFile: f.ClientCert, KeyFile: f.ClientKey, Verify: true}
	withName := good
	withName.ServerName = "docker.example"
	noName := withName
	noName.SkipHostname = true
	noCert := engine.TLSSettings{CAFile: f.CA, Verify: true}
	systemRoots := engine.TLSSettings{CertFile: f.ClientCert, KeyFile: f.ClientKey, Verify: true}
	noVerify := engine.TLSSettings{CertFile: f.ClientCert, KeyFile: f.ClientKey}

	for _, tc := range []struct {
		name     string
		host     string
		settings engine.TLSSettings
		says     []string // nil: the ping succeeds
	}{
		{"verified", env.TCPHost, good, nil},
		{"verified by the name localhost", "tcp://localhost:" + port, good, nil},
		{"https URL", "https://127.0.0.1:" + port, good, nil},
		{"name mismatch", env.TCPHost, withName, []string{"docker.example", "certificate is valid for"}},
		{"name check off", env.TCPHost, noName, nil},
		{"no client certificate", env.TCPHost, noCert, []string{"bad certificate", "wants a client certificate and none is configured"}},
		{"CA not trusted", env.TCPHost, systemRoots, []string{"certificate signed by unknown authority"}},
		{"not verified", env.TCPHost, noVerify, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := tc.settings.Config()
			require.NoError(t, err)
			c, err := engine.New(engine.Options{Host: tc.host, TLSConfig: cfg, Timeout: 20 * time.Second})
			require.NoError(t, err)
			defer c.Shutdown()
			assert.True(t, strings.HasPrefix(c.BaseURL(), "https://"), c.BaseURL())
			_, err = c.SystemPing(testCtx(t))
			if tc.says == nil {
				require.NoError(t, err)
				return
			}
			var cerr *engine.ConnectionError
			require.ErrorAs(t, err, &cerr)
			assert.ErrorIs(t, err, engine.ErrTLS)
			assert.Contains(t, err.Error(), c.Host())
			for _, s := range tc.says {
				assert.Contains(t, err.Error(), s)
			}
		})
	}

	t.Run("FromEnv reads DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH and DOCKER_API_VERSION", func(t *testing.T) {
		t.Setenv("DOCKER_HOST", env.TCPHost)
		t.Setenv("DOCKER_TLS_VERIFY", "1")
		t.Setenv("DOCKER_CERT_PATH", f.ClientDir)
		t.Setenv("DOCKER_API_VERSION", "1.40")
		c, err := engine.FromEnv(engine.Options{})
		require.NoError(t, err)
		defer c.Shutdown()
		v, err := c.APIVersion(testCtx(t))
		require.NoError(t, err)
		assert.Equal(t, "1.40", v)
		raw, err := c.SystemVersion(testCtx(t))
		require.NoError(t, err)
		assert.Contains(t, string(raw), "ApiVersion")
	})

	t.Run("exec stdin half-closed over TLS", func(t *testing.T) {
		cfg, err := good.Config()
		require.NoError(t, err)
		c, err := engine.New(engine.Options{Host: env.TCPHost, TLSConfig: cfg})
		require.NoError(t, err)
		defer c.Shutdown()
		ctx := testCtx(t)
		raw, err := c.ContainerCreate(ctx, engine.ContainerCreateOptions{}, map[string]any{
			"Image": testengine.BusyboxImage, "Cmd": []string{"sleep", "300"}, "Labels": testengine.Labels(t),
		})
		require.NoError(t, err)
		var created struct {
			ID string `json:"Id"`
		}
		decode(t, raw, &created)
		defer func() {
			_ = c.ContainerDelete(context.Background(), created.ID, engine.ContainerDeleteOptions{Force: true})
		}()
		require.NoError(t, c.ContainerStart(ctx, created.ID, ""))
		raw, err = c.ContainerExec(ctx, created.ID, map[string]any{"Cmd": []string{"cat"}, "AttachStdin": true, "AttachStdout": true})
		require.NoError(t, err)
		var ex struct {
			ID string `json:"Id"`
		}
		decode(t, raw, &ex)
		conn, err := c.ExecStart(ctx, ex.ID, engine.ExecStartOptions{})
		require.NoError(t, err)
		defer conn.Close()
		_, err = conn.Write([]byte("through TLS\n"))
		require.NoError(t, err)
		require.NoError(t, conn.CloseWrite())
		var out, errOut strings.Builder
		_, err = engine.NewFrameReader(conn, false).Demux(&out, &errOut)
		require.NoError(t, err)
		assert.Equal(t, "through TLS\n", out.String())
	})
}
