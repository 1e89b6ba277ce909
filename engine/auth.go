package engine

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// AuthConfig holds the credentials of one registry, as the Engine API
// takes them in X-Registry-Auth, X-Registry-Config and POST /auth. Its
// String and GoString never show the password, the tokens or Auth.
type AuthConfig struct {
	Username string `json:"username,omitempty"`
	Password string `json:"password,omitempty"`
	// Auth is base64("username:password"), as stored in config.json.
	Auth  string `json:"auth,omitempty"`
	Email string `json:"email,omitempty"`
	// ServerAddress is the registry, e.g. "127.0.0.1:5000" or
	// "https://index.docker.io/v1/".
	ServerAddress string `json:"serveraddress,omitempty"`
	// IdentityToken is a refresh token used instead of the password.
	IdentityToken string `json:"identitytoken,omitempty"`
	// RegistryToken is a bearer token sent to the registry as is.
	RegistryToken string `json:"registrytoken,omitempty"`
}

// String describes the configuration without its secrets.
func (a AuthConfig) String() string {
	var b strings.Builder
	b.WriteString("AuthConfig{")
	fmt.Fprintf(&b, "ServerAddress: %q, Username: %q", a.ServerAddress, a.Username)
	if a.Email != "" {
		fmt.Fprintf(&b, ", Email: %q", a.Email)
	}
	for _, s := range []struct{ name, v string }{
		{"Password", a.Password}, {"Auth", a.Auth},
		{"IdentityToken", a.IdentityToken}, {"RegistryToken", a.RegistryToken},
	} {
		if s.v != "" {
			fmt.Fprintf(&b, ", %s: <redacted>", s.name)
		}
	}
	b.WriteString("}")
	return b.String()
}

// GoString is String: %#v shows no secret either.
func (a AuthConfig) GoString() string { return "engine." + a.String() }

// IsZero reports whether a holds no credentials at all.
func (a AuthConfig) IsZero() bool {
	return a.Username == "" && a.Password == "" && a.Auth == "" &&
		a.IdentityToken == "" && a.RegistryToken == ""
}

// EncodeAuth returns the X-Registry-Auth header value of a: its JSON in
// URL-safe base64, as the docker CLI sends it.
func EncodeAuth(a AuthConfig) (string, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return "", fmt.Errorf("engine: encoding registry auth: %w", err)
	}
	return base64.URLEncoding.EncodeToString(data), nil
}

// EncodeRegistryConfig returns the X-Registry-Config header value of a
// build: the JSON object of auths (keyed by registry, as in config.json)
// in URL-safe base64.
func EncodeRegistryConfig(auths map[string]AuthConfig) (string, error) {
	if auths == nil {
		auths = map[string]AuthConfig{}
	}
	data, err := json.Marshal(auths)
	if err != nil {
		return "", fmt.Errorf("engine: encoding registry config: %w", err)
	}
	return base64.URLEncoding.EncodeToString(data), nil
}

// SystemAuth checks credentials against a registry (POST /auth) and
// returns {"Status": "Login Succeeded", "IdentityToken": ...}. Wrong
// credentials give an *APIError (401 or 500, depending on the daemon)
// whose message comes from the registry.
func (c *Client) SystemAuth(ctx context.Context, auth AuthConfig) (json.RawMessage, error) {
	const op = "SystemAuth"
	if auth.ServerAddress == "" && auth.Username == "" && auth.IdentityToken == "" {
		return nil, wrapOp(op, fmt.Errorf("auth: no server address, username or identity token"))
	}
	body, err := jsonBody(auth)
	if err != nil {
		return nil, wrapOp(op, fmt.Errorf("encoding auth configuration: %w", redactErr(err)))
	}
	raw, err := c.callJSON(ctx, &request{op: op, method: http.MethodPost, path: "/auth", body: body})
	if err != nil {
		return nil, scrubSecrets(err, auth)
	}
	return raw, nil
}

// redactErr drops the details of a JSON encoding error, which may quote
// values.
func redactErr(err error) error {
	return fmt.Errorf("%T", err)
}

// scrubSecrets returns err, or an error whose message has the secrets of
// auth replaced, when err's message contains one of them.
func scrubSecrets(err error, auth AuthConfig) error {
	if err == nil {
		return nil
	}
	scrub := func(msg string) string {
		for _, s := range []string{auth.Password, auth.Auth, auth.IdentityToken, auth.RegistryToken} {
			if s != "" {
				msg = strings.ReplaceAll(msg, s, "<redacted>")
			}
		}
		return msg
	}
	if apiErr, ok := asAPIError(err); ok {
		// The error was made for this call: scrub it in place, so that
		// errors.As gives no secret either.
		apiErr.Message = scrub(apiErr.Message)
	}
	msg := err.Error()
	if replaced := scrub(msg); replaced != msg {
		return &redactedError{msg: replaced, err: err}
	}
	return err
}

// redactedError is an error whose message had secrets removed; Unwrap
// still gives the original for errors.Is and errors.As.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }
