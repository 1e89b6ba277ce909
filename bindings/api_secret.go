package bindings

import (
	"encoding/base64"
	"encoding/json"

	"github.com/dscript/dscript/engine"
)

// The secret and config operations of client.api, declared once with
// docker-py's names, positional order and defaults (docker-py's
// api/secret.py and api/config.py). The Secret and Config models bind to
// them (secrets.go, configs.go).

// SecretData is the data of a secret or config: a str (sent as UTF-8) or
// bytes, base64-encoded in the body as docker-py does.
type SecretData string

func toSecretData(v any) (SecretData, error) {
	b, ok := chunkBytes(v)
	if !ok {
		return "", typeError("str or bytes", v)
	}
	return SecretData(base64.StdEncoding.EncodeToString(b)), nil
}

var _ = registerSecretKinds()

func registerSecretKinds() bool {
	RegisterKind("str|bytes", false, toSecretData)
	return true
}

// CreateSecretArgs are api.create_secret()'s parameters; the json tags
// name the fields of the daemon's body.
type CreateSecretArgs struct {
	Name   string            `arg:"name" pos:"0" req:"true" json:"Name" doc:"The secret's name."`
	Data   SecretData        `arg:"data" pos:"1" req:"true" json:"Data" doc:"The secret's content: str or bytes."`
	Labels map[string]string `arg:"labels" pos:"2" json:"Labels,omitempty" doc:"The secret's labels."`
	Driver DriverConfig      `arg:"driver" pos:"3" kind:"DriverConfig|dict" json:"Driver,omitempty" doc:"A secret store driver {Name, Options}."`
}

// CreateConfigArgs are api.create_config()'s parameters.
type CreateConfigArgs struct {
	Name       string            `arg:"name" pos:"0" req:"true" json:"Name" doc:"The config's name."`
	Data       SecretData        `arg:"data" pos:"1" req:"true" json:"Data" doc:"The config's content: str or bytes."`
	Labels     map[string]string `arg:"labels" pos:"2" json:"Labels,omitempty" doc:"The config's labels."`
	Templating DriverConfig      `arg:"templating" pos:"3" kind:"DriverConfig|dict" json:"Templating,omitempty" doc:"A templating driver {Name, Options}, e.g. {Name=\"golang\"}."`
}

// IDArgs name one secret or config.
type IDArgs struct {
	ID Ref `arg:"id" pos:"0" req:"true" doc:"The ID (or name), the model, or the {ID} dict create returns."`
}

func inspectSecret(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.SecretInspect(c.Context(), id)
}

func inspectConfig(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.ConfigInspect(c.Context(), id)
}

func apiSecretCreate(c *Call, a *APIClient, x *CreateSecretArgs) (any, error) {
	if x.Driver != nil {
		if err := a.eng.RequireVersion(c.Context(), c.Name()+" (driver)", "1.31"); err != nil {
			return nil, err
		}
	}
	return decodeRaw(a.eng.SecretCreate(c.Context(), x))
}

func apiConfigCreate(c *Call, a *APIClient, x *CreateConfigArgs) (any, error) {
	if err := a.eng.RequireVersion(c.Context(), c.Name(), "1.30"); err != nil {
		return nil, err
	}
	return decodeRaw(a.eng.ConfigCreate(c.Context(), x))
}

// The api methods the models bind.
var (
	apiSecrets = Def(APIClientClass, "secrets", "List the swarm's secrets (without their data).", func(c *Call, a *APIClient, x *TasksArgs) (any, error) {
		return decodeRaw(a.eng.SecretList(c.Context(), engine.SecretListOptions{Filters: x.Filters}))
	})
	_ = Def(APIClientClass, "create_secret", "Create a secret; returns {ID}.", func(c *Call, a *APIClient, x *CreateSecretArgs) (any, error) {
		return apiSecretCreate(c, a, x)
	})
	_ = Def(APIClientClass, "inspect_secret", "Inspect a secret (its data is never returned).", func(c *Call, a *APIClient, x *IDArgs) (any, error) {
		return decodeRaw(inspectSecret(c, a, x.ID.ID))
	})
	apiRemoveSecret = Def(APIClientClass, "remove_secret", "Remove a secret; returns true.", func(c *Call, a *APIClient, x *IDArgs) (any, error) {
		if err := a.eng.SecretDelete(c.Context(), x.ID.ID); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiConfigs = Def(APIClientClass, "configs", "List the swarm's configs.", func(c *Call, a *APIClient, x *TasksArgs) (any, error) {
		return decodeRaw(a.eng.ConfigList(c.Context(), engine.ConfigListOptions{Filters: x.Filters}))
	})
	_ = Def(APIClientClass, "create_config", "Create a config; returns {ID}.", func(c *Call, a *APIClient, x *CreateConfigArgs) (any, error) {
		return apiConfigCreate(c, a, x)
	})
	_ = Def(APIClientClass, "inspect_config", "Inspect a config (its data is base64 in Spec.Data).", func(c *Call, a *APIClient, x *IDArgs) (any, error) {
		return decodeRaw(inspectConfig(c, a, x.ID.ID))
	})
	apiRemoveConfig = Def(APIClientClass, "remove_config", "Remove a config; returns true.", func(c *Call, a *APIClient, x *IDArgs) (any, error) {
		if err := a.eng.ConfigDelete(c.Context(), x.ID.ID); err != nil {
			return nil, err
		}
		return true, nil
	})
)
