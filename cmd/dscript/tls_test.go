package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/internal/testengine"
)

// TestTLSFlags runs scripts against a daemon with --tlsverify through
// --tls, --tlsverify, --tlscacert, --tlscert and --tlskey, and the
// certificates of $DOCKER_CERT_PATH as the docker CLI reads them.
func TestTLSFlags(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	env, err := testengine.StartTLS(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, env.Stop()) })
	f := env.Files
	t.Setenv("DOCKER_HOST", "")
	t.Setenv("DOCKER_TLS_VERIFY", "")
	t.Setenv("DOCKER_CERT_PATH", t.TempDir()) // no certificates there
	ping := []string{"-e", `print(docker.from_env():ping())`}
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"tlsverify with the three files", nil, []string{"--tlsverify", "--tlscacert", f.CA, "--tlscert", f.ClientCert, "--tlskey", f.ClientKey}, 0, "true\n", ""},
		{"tls without verification", nil, []string{"--tls", "--tlscert", f.ClientCert, "--tlskey", f.ClientKey}, 0, "true\n", ""},
		{"tlsverify from DOCKER_CERT_PATH", map[string]string{"DOCKER_CERT_PATH": f.ClientDir}, []string{"--tlsverify"}, 0, "true\n", ""},
		{"no client certificate", nil, []string{"--tlsverify", "--tlscacert", f.CA}, 1, "", "wants a client certificate and none is configured"},
		{"CA not trusted", nil, []string{"--tlsverify", "--tlscert", f.ClientCert, "--tlskey", f.ClientKey}, 1, "", "unknown authority"},
		{"missing CA file", nil, []string{"--tlsverify", "--tlscacert", "/nonexistent/ca.pem"}, 2, "", "TLS settings"},
		{"key without certificate", nil, []string{"--tls", "--tlskey", f.ClientKey}, 2, "", "both its certificate and its key"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var out, errb bytes.Buffer
			args := append(append([]string{"--host", env.TCPHost}, tc.args...), ping...)
			code := run(ctx, args, strings.NewReader(""), &out, &errb)
			assert.Equal(t, tc.code, code, errb.String())
			assert.Equal(t, tc.stdout, out.String())
			assert.Contains(t, errb.String(), tc.stderr)
			if tc.code == 1 {
				assert.Contains(t, errb.String(), env.TCPHost)
			}
		})
	}
}
