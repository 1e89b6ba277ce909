package engine

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
)

// TLSConfigFromFiles builds a TLS configuration from PEM files, as
// DOCKER_CERT_PATH does: caFile (may be "" to use the system roots) is
// trusted when verify is true; certFile and keyFile (both or neither) are
// the client certificate. With verify false the server certificate is not
// checked.
func TLSConfigFromFiles(caFile, certFile, keyFile string, verify bool) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if verify {
		if caFile != "" {
			pem, err := os.ReadFile(caFile)
			if err != nil {
				return nil, fmt.Errorf("engine: reading CA certificate: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("engine: no PEM certificate found in %s", caFile)
			}
			cfg.RootCAs = pool
		}
	} else {
		cfg.InsecureSkipVerify = true
	}
	if certFile != "" || keyFile != "" {
		cert, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			return nil, fmt.Errorf("engine: loading client certificate %s / %s: %w", certFile, keyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}
