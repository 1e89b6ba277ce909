package engine

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
)

// TLSSettings describe a TLS configuration by its files, as docker-py's
// TLSConfig and the docker CLI's --tls* flags do.
type TLSSettings struct {
	// CAFile is the CA certificate (PEM) the daemon's certificate must be
	// signed by; "" means the system's roots.
	CAFile string
	// CertFile and KeyFile are the client certificate and its key (PEM):
	// both or neither.
	CertFile, KeyFile string
	// Verify checks the daemon's certificate; false accepts any.
	Verify bool
	// ServerName is the name the daemon's certificate must carry instead
	// of the host's (docker-py's assert_hostname).
	ServerName string
	// SkipHostname checks the certificate's chain but not its name
	// (assert_hostname=False).
	SkipHostname bool
	// Version pins the protocol version (tls.VersionTLS12, ...); 0 means
	// TLS 1.2 or later.
	Version uint16
}

// Config builds the *tls.Config, reading the files.
func (s TLSSettings) Config() (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: s.ServerName}
	if s.Version != 0 {
		cfg.MinVersion, cfg.MaxVersion = s.Version, s.Version
	}
	if s.Verify {
		if s.CAFile != "" {
			pem, err := os.ReadFile(s.CAFile)
			if err != nil {
				return nil, fmt.Errorf("engine: reading CA certificate: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("engine: no PEM certificate found in %s", s.CAFile)
			}
			cfg.RootCAs = pool
		}
		if s.SkipHostname {
			roots := cfg.RootCAs
			cfg.InsecureSkipVerify = true
			cfg.VerifyConnection = func(cs tls.ConnectionState) error {
				return verifyChain(cs, roots)
			}
		}
	} else {
		cfg.InsecureSkipVerify = true
	}
	if s.CertFile != "" || s.KeyFile != "" {
		if s.CertFile == "" || s.KeyFile == "" {
			return nil, errors.New("engine: a client certificate needs both its certificate and its key file")
		}
		cert, err := tls.LoadX509KeyPair(s.CertFile, s.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("engine: loading client certificate %s / %s: %w", s.CertFile, s.KeyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// verifyChain checks the daemon's certificate chain against roots (nil:
// the system's) without checking its name.
func verifyChain(cs tls.ConnectionState, roots *x509.CertPool) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("tls: the daemon sent no certificate")
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: x509.NewCertPool()}
	for _, c := range cs.PeerCertificates[1:] {
		opts.Intermediates.AddCert(c)
	}
	if _, err := cs.PeerCertificates[0].Verify(opts); err != nil {
		return &tls.CertificateVerificationError{UnverifiedCertificates: cs.PeerCertificates, Err: err}
	}
	return nil
}

// TLSConfigFromFiles builds a TLS configuration from PEM files, as
// DOCKER_CERT_PATH does: caFile (may be "" to use the system roots) is
// trusted when verify is true; certFile and keyFile (both or neither) are
// the client certificate. With verify false the server certificate is not
// checked.
func TLSConfigFromFiles(caFile, certFile, keyFile string, verify bool) (*tls.Config, error) {
	return TLSSettings{CAFile: caFile, CertFile: certFile, KeyFile: keyFile, Verify: verify}.Config()
}
