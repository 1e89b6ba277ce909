package bindings

import (
	"crypto/tls"
	"fmt"
	"os"
	"strings"

	"github.com/dscript/dscript/engine"
)

// TLSModuleClass is docker.tls.
var TLSModuleClass = NewModule("docker.tls", "TLS settings for DockerClient's tls argument (docker-py's docker.tls).")

// TLSModule is the docker.tls module's object.
var TLSModule = RegisterModule("docker.tls", TLSModuleClass)

// TLSConfigClass describes docker.tls.TLSConfig.
var TLSConfigClass = RegisterClass(NewClass("TLSConfig", "TLS settings: client certificate, CA and verification (docker.tls.TLSConfig)."))

// TLSConfig is docker.tls.TLSConfig.
type TLSConfig struct {
	settings engine.TLSSettings
	verify   any // as given: nil, a bool or the CA path
}

// Class implements Object.
func (*TLSConfig) Class() *Class { return TLSConfigClass }

// Settings returns the engine's form of the configuration.
func (t *TLSConfig) Settings() engine.TLSSettings { return t.settings }

// TLSConfigArgs are docker.tls.TLSConfig's parameters.
type TLSConfigArgs struct {
	ClientCert     []string `arg:"client_cert" pos:"0" doc:"The client certificate: {certificate file, key file}."`
	CACert         *string  `arg:"ca_cert" pos:"1" doc:"The CA certificate file the daemon's certificate must be signed by."`
	Verify         any      `arg:"verify" pos:"2" kind:"bool|str" doc:"true: check the daemon's certificate (against ca_cert, else the system's CAs); a path: the CA file to check against; false: do not check; nil: check when ca_cert is given."`
	SSLVersion     *string  `arg:"ssl_version" doc:"The one TLS version to speak: \"TLSv1_2\" or \"TLSv1_3\" (default: 1.2 or later)."`
	AssertHostname any      `arg:"assert_hostname" kind:"bool|str" doc:"The name the daemon's certificate must carry instead of the host's; false: check the certificate but not its name."`
}

// tlsVersions are the values of ssl_version, with and without
// ssl.PROTOCOL_'s prefix.
var tlsVersions = map[string]uint16{"TLSv1_2": tls.VersionTLS12, "TLSv1_3": tls.VersionTLS13, "TLS": 0, "TLS_CLIENT": 0}

// newTLSConfig checks the arguments as docker-py does (files must exist)
// and builds the configuration.
func newTLSConfig(c *Call, a *TLSConfigArgs) (*TLSConfig, error) {
	t := &TLSConfig{verify: a.Verify}
	s := &t.settings
	if a.ClientCert != nil {
		if len(a.ClientCert) != 2 {
			return nil, Errorf(TLSParameterError, "%s: client_cert must be a tuple of (client certificate, key file)", c.Name())
		}
		cert, key := a.ClientCert[0], a.ClientCert[1]
		if cert == "" || key == "" || !isFile(cert) || !isFile(key) {
			return nil, Errorf(TLSParameterError, "%s: Path to a certificate and key files must be provided through the client_cert param", c.Name())
		}
		for _, p := range []string{cert, key} {
			if err := checkFiles(c, "client_cert", p); err != nil {
				return nil, err
			}
		}
		s.CertFile, s.KeyFile = cert, key
	}
	switch v := a.Verify.(type) {
	case nil:
	case bool:
		s.Verify = v
	case string:
		s.Verify = v != ""
		if v != "" {
			s.CAFile = v
		}
	default:
		return nil, ArgError(c.Name(), "argument 'verify' must be bool or str, not %s", typeName(v))
	}
	if a.CACert != nil && *a.CACert != "" {
		if err := checkFiles(c, "ca_cert", *a.CACert); err != nil {
			return nil, err
		}
		if a.Verify == nil {
			// TLSConfig(ca_cert=...) checks the daemon against that CA
			// (docker --tlsverify --tlscacert).
			s.Verify = true
		}
		if s.Verify && !isFile(*a.CACert) {
			return nil, Errorf(TLSParameterError, "%s: Invalid CA certificate provided for `ca_cert`.", c.Name())
		}
		if s.CAFile == "" {
			s.CAFile = *a.CACert
		}
	}
	if s.CAFile != "" {
		if err := checkFiles(c, "verify", s.CAFile); err != nil {
			return nil, err
		}
	}
	if a.SSLVersion != nil {
		v, ok := tlsVersions[strings.TrimPrefix(*a.SSLVersion, "PROTOCOL_")]
		if !ok {
			return nil, Errorf(TLSParameterError, "%s: ssl_version %q is not supported (want \"TLSv1_2\" or \"TLSv1_3\")", c.Name(), *a.SSLVersion)
		}
		s.Version = v
	}
	switch v := a.AssertHostname.(type) {
	case nil:
	case bool:
		s.SkipHostname = !v
	case string:
		s.ServerName = v
	default:
		return nil, ArgError(c.Name(), "argument 'assert_hostname' must be bool or str, not %s", typeName(v))
	}
	// Read the files now, so that a bad one is reported here.
	if _, err := s.Config(); err != nil {
		return nil, Errorf(TLSParameterError, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
	}
	return t, nil
}

var _ = registerTLSKinds()

func registerTLSKinds() bool {
	RegisterKind("TLSConfig", false, func(v any) (*TLSConfig, error) {
		if t, ok := v.(*TLSConfig); ok {
			return t, nil
		}
		return nil, typeError("TLSConfig", v)
	})
	return true
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func init() {
	Prop(DockerModuleClass, "tls", "TLS settings (docker.tls).", func(*Call, *ModuleObject) (any, error) { return TLSModule, nil })
	m := Func(TLSModuleClass, "TLSConfig", "TLS settings for DockerClient(tls=...).", func(c *Call, a *TLSConfigArgs) (any, error) {
		return newTLSConfig(c, a)
	})
	m.Ctor = true
	TLSConfigClass.Repr = func(o Object) string {
		t := o.(*TLSConfig)
		return fmt.Sprintf("<TLSConfig: cert=%q ca_cert=%q verify=%v>", t.settings.CertFile, t.settings.CAFile, t.settings.Verify)
	}
	Prop(TLSConfigClass, "cert", "The client certificate and key files, or nil.", func(_ *Call, t *TLSConfig) (any, error) {
		if t.settings.CertFile == "" {
			return nil, nil
		}
		return Tuple{t.settings.CertFile, t.settings.KeyFile}, nil
	})
	Prop(TLSConfigClass, "ca_cert", "The CA certificate file, or nil.", func(_ *Call, t *TLSConfig) (any, error) {
		if t.settings.CAFile == "" {
			return nil, nil
		}
		return t.settings.CAFile, nil
	})
	Prop(TLSConfigClass, "verify", "The verify argument as given.", func(_ *Call, t *TLSConfig) (any, error) { return t.verify, nil })
}
