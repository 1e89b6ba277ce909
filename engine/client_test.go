package engine

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewHost(t *testing.T) {
	tests := []struct {
		name     string
		host     string
		tls      bool
		wantHost string
		wantBase string
		network  string
		addr     string
		wantErr  string
	}{
		{name: "unix", host: "unix:///var/run/docker.sock",
			wantHost: "unix:///var/run/docker.sock", wantBase: "http+docker://localhost",
			network: "unix", addr: "/var/run/docker.sock"},
		{name: "unix uppercase scheme", host: "UNIX:///tmp/x/docker.sock",
			wantHost: "unix:///tmp/x/docker.sock", wantBase: "http+docker://localhost",
			network: "unix", addr: "/tmp/x/docker.sock"},
		{name: "tcp", host: "tcp://10.0.0.1:2375",
			wantHost: "tcp://10.0.0.1:2375", wantBase: "http://10.0.0.1:2375",
			network: "tcp", addr: "10.0.0.1:2375"},
		{name: "tcp default port", host: "tcp://docker.example",
			wantHost: "tcp://docker.example:2375", wantBase: "http://docker.example:2375",
			network: "tcp", addr: "docker.example:2375"},
		{name: "tcp with TLS", host: "tcp://docker.example", tls: true,
			wantHost: "tcp://docker.example:2376", wantBase: "https://docker.example:2376",
			network: "tcp", addr: "docker.example:2376"},
		{name: "tcp without host", host: "tcp://:2375",
			wantHost: "tcp://127.0.0.1:2375", wantBase: "http://127.0.0.1:2375",
			network: "tcp", addr: "127.0.0.1:2375"},
		{name: "tcp ipv6", host: "tcp://[::1]:2375",
			wantHost: "tcp://[::1]:2375", wantBase: "http://[::1]:2375",
			network: "tcp", addr: "[::1]:2375"},
		{name: "http", host: "http://localhost:2375",
			wantHost: "http://localhost:2375", wantBase: "http://localhost:2375",
			network: "tcp", addr: "localhost:2375"},
		{name: "http default port and trailing slash", host: "http://localhost/",
			wantHost: "http://localhost:80", wantBase: "http://localhost:80",
			network: "tcp", addr: "localhost:80"},
		{name: "http with path prefix", host: "http://proxy:8080/docker/",
			wantHost: "http://proxy:8080/docker", wantBase: "http://proxy:8080/docker",
			network: "tcp", addr: "proxy:8080"},
		{name: "https", host: "https://docker.example:2376",
			wantHost: "https://docker.example:2376", wantBase: "https://docker.example:2376",
			network: "tcp", addr: "docker.example:2376"},
		{name: "https default port", host: "https://docker.example",
			wantHost: "https://docker.example:443", wantBase: "https://docker.example:443",
			network: "tcp", addr: "docker.example:443"},
		{name: "bad scheme", host: "ftp://x:1", wantErr: `invalid Docker host "ftp://x:1": unsupported scheme "ftp"`},
		{name: "ssh", host: "ssh://user@host",
			wantHost: "ssh://user@host", wantBase: "http+docker://ssh",
			network: "ssh", addr: "ssh://user@host"},
		{name: "ssh with port, no user", host: "ssh://host:2222/",
			wantHost: "ssh://host:2222", wantBase: "http+docker://ssh",
			network: "ssh", addr: "ssh://host:2222"},
		{name: "ssh with a path", host: "ssh://user@host/var/run", wantErr: `invalid Docker host "ssh://user@host/var/run": unexpected path`},
		{name: "ssh with a password", host: "ssh://user:pw@host", wantErr: "a password in an ssh URL is not supported"},
		{name: "ssh without host", host: "ssh://user@", wantErr: "missing host name"},
		{name: "no scheme", host: "localhost:2375", wantErr: `invalid Docker host "localhost:2375": missing scheme`},
		{name: "relative unix path", host: "unix://docker.sock", wantErr: `invalid Docker host "unix://docker.sock": unix socket path must be absolute`},
		{name: "empty unix path", host: "unix://", wantErr: `invalid Docker host "unix://"`},
		{name: "bad port", host: "tcp://h:port", wantErr: `invalid Docker host "tcp://h:port"`},
		{name: "http without host", host: "http://:80", wantErr: `invalid Docker host "http://:80": missing host name`},
		{name: "query", host: "tcp://h:1?x=y", wantErr: `invalid Docker host "tcp://h:1?x=y"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Host: tt.host}
			if tt.tls {
				opts.TLSConfig = &tls.Config{}
			}
			c, err := New(opts)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			defer c.Close()
			assert.Equal(t, tt.wantHost, c.Host())
			assert.Equal(t, tt.wantBase, c.BaseURL())
			assert.Equal(t, tt.network, c.network)
			assert.Equal(t, tt.addr, c.addr)
		})
	}
}

func TestNewDefaults(t *testing.T) {
	t.Setenv("DOCKER_HOST", "")
	c, err := New(Options{})
	require.NoError(t, err)
	assert.Equal(t, DefaultHost, c.Host())
	assert.Equal(t, DefaultTimeout, c.Timeout())
	assert.Equal(t, DefaultUserAgent, c.userAgent)
	assert.Empty(t, c.pinned)

	t.Setenv("DOCKER_HOST", "tcp://from-env:1234")
	c, err = New(Options{Timeout: -1, UserAgent: "me/1", Version: "auto"})
	require.NoError(t, err)
	assert.Equal(t, "tcp://from-env:1234", c.Host())
	assert.Equal(t, time.Duration(-1), c.Timeout())
	assert.Equal(t, "me/1", c.userAgent)
	assert.Empty(t, c.pinned)
}

func TestNewVersion(t *testing.T) {
	tests := []struct {
		version, pinned, wantErr string
	}{
		{"", "", ""},
		{"auto", "", ""},
		{"1.41", "1.41", ""},
		{"v1.40", "1.40", ""},
		{"latest", "", `invalid API version "latest"`},
		{"1.x", "", `invalid API version "1.x"`},
	}
	for _, tt := range tests {
		t.Run(tt.version, func(t *testing.T) {
			c, err := New(Options{Host: "unix:///x.sock", Version: tt.version})
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.pinned, c.pinned)
		})
	}
}

func TestFromEnv(t *testing.T) {
	certDir := writeTestCerts(t)
	tests := []struct {
		name        string
		env         map[string]string
		opts        Options
		wantHost    string
		wantBase    string
		wantPinned  string
		wantTLS     bool
		wantVerify  bool
		wantErr     string
		wantCerts   int
		wantRootCAs bool
	}{
		{name: "nothing set", wantHost: DefaultHost, wantBase: "http+docker://localhost"},
		{name: "host and version",
			env:      map[string]string{"DOCKER_HOST": "tcp://h:2375", "DOCKER_API_VERSION": "1.40"},
			wantHost: "tcp://h:2375", wantBase: "http://h:2375", wantPinned: "1.40"},
		{name: "options win over env",
			env:      map[string]string{"DOCKER_HOST": "tcp://h:2375", "DOCKER_API_VERSION": "1.40"},
			opts:     Options{Host: "unix:///o.sock", Version: "1.39"},
			wantHost: "unix:///o.sock", wantBase: "http+docker://localhost", wantPinned: "1.39"},
		{name: "tls verify with cert path",
			env:      map[string]string{"DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": certDir},
			wantHost: "tcp://h:2376", wantBase: "https://h:2376", wantTLS: true, wantVerify: true, wantCerts: 1, wantRootCAs: true},
		{name: "cert path without verify",
			env:      map[string]string{"DOCKER_HOST": "tcp://h", "DOCKER_CERT_PATH": certDir},
			wantHost: "tcp://h:2376", wantBase: "https://h:2376", wantTLS: true, wantVerify: false, wantCerts: 1},
		{name: "tls verify with missing certs",
			env:     map[string]string{"DOCKER_HOST": "tcp://h:2376", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": t.TempDir()},
			wantErr: "ca.pem"},
		{name: "bad host names it",
			env:     map[string]string{"DOCKER_HOST": "bogus://x"},
			wantErr: `invalid Docker host "bogus://x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"DOCKER_HOST", "DOCKER_API_VERSION", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"} {
				t.Setenv(k, tt.env[k])
			}
			c, err := FromEnv(tt.opts)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantHost, c.Host())
			assert.Equal(t, tt.wantBase, c.BaseURL())
			assert.Equal(t, tt.wantPinned, c.pinned)
			cfg := c.transport.TLSClientConfig
			if !tt.wantTLS {
				assert.Nil(t, cfg)
				return
			}
			require.NotNil(t, cfg)
			assert.Equal(t, !tt.wantVerify, cfg.InsecureSkipVerify)
			assert.Len(t, cfg.Certificates, tt.wantCerts)
			assert.Equal(t, tt.wantRootCAs, cfg.RootCAs != nil)
			assert.Equal(t, "h", cfg.ServerName)
		})
	}
}

func TestTLSConfigFromFiles(t *testing.T) {
	dir := writeTestCerts(t)
	cfg, err := TLSConfigFromFiles(filepath.Join(dir, "ca.pem"), filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem"), true)
	require.NoError(t, err)
	assert.NotNil(t, cfg.RootCAs)
	assert.Len(t, cfg.Certificates, 1)

	cfg, err = TLSConfigFromFiles("", "", "", true)
	require.NoError(t, err)
	assert.Nil(t, cfg.RootCAs)
	assert.Empty(t, cfg.Certificates)

	bad := filepath.Join(t.TempDir(), "bad.pem")
	require.NoError(t, os.WriteFile(bad, []byte("not pem"), 0o600))
	_, err = TLSConfigFromFiles(bad, "", "", true)
	assert.ErrorContains(t, err, "no PEM certificate found in "+bad)

	_, err = TLSConfigFromFiles("", filepath.Join(dir, "cert.pem"), filepath.Join(dir, "missing.pem"), false)
	assert.ErrorContains(t, err, "missing.pem")
}

// writeTestCerts writes a self-signed ca.pem, cert.pem and key.pem into a
// temporary directory.
func writeTestCerts(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "dscript test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth, x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ca.pem"), certPEM, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cert.pem"), certPEM, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "key.pem"), keyPEM, 0o600))
	return dir
}
