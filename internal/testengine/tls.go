package testengine

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// TLSFiles are certificates made for a test: a CA, a server certificate
// for 127.0.0.1 and localhost, and a client certificate, all signed by
// the CA. ClientDir holds the client's files under the names the docker
// CLI expects (ca.pem, cert.pem, key.pem: a DOCKER_CERT_PATH).
type TLSFiles struct {
	Dir                   string
	CA                    string
	ServerCert, ServerKey string
	ClientDir             string
	ClientCert, ClientKey string
}

// WriteTLSFiles makes a CA and the server's and client's certificates in
// dir.
func WriteTLSFiles(dir string) (TLSFiles, error) {
	f := TLSFiles{
		Dir: dir, CA: filepath.Join(dir, "client", "ca.pem"),
		ServerCert: filepath.Join(dir, "server-cert.pem"), ServerKey: filepath.Join(dir, "server-key.pem"),
		ClientDir:  filepath.Join(dir, "client"),
		ClientCert: filepath.Join(dir, "client", "cert.pem"), ClientKey: filepath.Join(dir, "client", "key.pem"),
	}
	if err := os.MkdirAll(f.ClientDir, 0o700); err != nil {
		return f, err
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return f, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "dscript test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return f, err
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return f, err
	}
	if err := writePEM(f.CA, "CERTIFICATE", caDER); err != nil {
		return f, err
	}
	leaf := func(serial int64, cn string, usage x509.ExtKeyUsage, certPath, keyPath string, dns []string, ips []net.IP) error {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return err
		}
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn},
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
			DNSNames: dns, IPAddresses: ips,
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
		if err != nil {
			return err
		}
		kder, err := x509.MarshalECPrivateKey(key)
		if err != nil {
			return err
		}
		if err := writePEM(certPath, "CERTIFICATE", der); err != nil {
			return err
		}
		return writePEM(keyPath, "EC PRIVATE KEY", kder)
	}
	if err := leaf(2, "localhost", x509.ExtKeyUsageServerAuth, f.ServerCert, f.ServerKey, []string{"localhost"}, []net.IP{net.IPv4(127, 0, 0, 1)}); err != nil {
		return f, err
	}
	if err := leaf(3, "client", x509.ExtKeyUsageClientAuth, f.ClientCert, f.ClientKey, nil, nil); err != nil {
		return f, err
	}
	return f, nil
}

func writePEM(path, typ string, der []byte) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600)
}

// TLSEnv is a private daemon that also listens on 127.0.0.1 with
// --tlsverify.
type TLSEnv struct {
	*Env
	// TCPHost is "tcp://127.0.0.1:<port>", the daemon's TLS address.
	TCPHost string
	// Files are the certificates (below the daemon's directory).
	Files TLSFiles
}

// StartTLS starts a private daemon (see Start) that listens on
// 127.0.0.1:<free port> with --tlsverify and certificates made for it;
// Stop stops it.
func StartTLS(ctx context.Context) (*TLSEnv, error) {
	certDir, err := os.MkdirTemp("", "dscript-tls-")
	if err != nil {
		return nil, fmt.Errorf("testengine: %w", err)
	}
	files, err := WriteTLSFiles(certDir)
	if err != nil {
		os.RemoveAll(certDir)
		return nil, fmt.Errorf("testengine: certificates: %w", err)
	}
	addr, err := freeAddr(0)
	if err != nil {
		os.RemoveAll(certDir)
		return nil, fmt.Errorf("testengine: %w", err)
	}
	env, err := Start(ctx, Options{DaemonArgs: []string{
		"--tlsverify", "--tlscacert", files.CA, "--tlscert", files.ServerCert, "--tlskey", files.ServerKey,
		"--host", "tcp://" + addr,
	}})
	if err != nil {
		os.RemoveAll(certDir)
		return nil, err
	}
	return &TLSEnv{Env: env, TCPHost: "tcp://" + addr, Files: files}, nil
}

// Stop stops the daemon and removes the certificates.
func (e *TLSEnv) Stop() error {
	err := e.Env.Stop()
	if rerr := os.RemoveAll(e.Files.Dir); err == nil {
		err = rerr
	}
	return err
}
