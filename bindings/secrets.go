package bindings

import (
	"encoding/json"
	"fmt"
)

// Secret is docker-py's Secret model.
type Secret struct {
	Model
}

// Config is docker-py's Config model.
type Config struct {
	Model
}

// SecretCollection is client.secrets.
type SecretCollection struct {
	client *Client
}

// ConfigCollection is client.configs.
type ConfigCollection struct {
	client *Client
}

// The classes of secrets and configs.
var (
	SecretClass           = RegisterClass(NewClass("Secret", "A swarm secret (docker-py's Secret model)."))
	SecretCollectionClass = RegisterClass(NewClass("SecretCollection", "The secrets of the swarm (client.secrets)."))
	ConfigClass           = RegisterClass(NewClass("Config", "A swarm config (docker-py's Config model)."))
	ConfigCollectionClass = RegisterClass(NewClass("ConfigCollection", "The configs of the swarm (client.configs)."))
)

// Class implements Object.
func (s *Secret) Class() *Class { return SecretClass }

// Class implements Object.
func (s *Config) Class() *Class { return ConfigClass }

// Class implements Object.
func (sc *SecretCollection) Class() *Class { return SecretCollectionClass }

// Class implements Object.
func (cc *ConfigCollection) Class() *Class { return ConfigCollectionClass }

// API implements APIUser.
func (sc *SecretCollection) API() *APIClient { return sc.client.api }

// API implements APIUser.
func (cc *ConfigCollection) API() *APIClient { return cc.client.api }

// SecretCreateKwargs are secrets.create()'s parameters: create_secret's,
// as keywords.
type SecretCreateKwargs struct {
	_ struct{} `order:""`
	CreateSecretArgs
}

// ConfigCreateKwargs are configs.create()'s parameters: create_config's,
// as keywords.
type ConfigCreateKwargs struct {
	_ struct{} `order:""`
	CreateConfigArgs
}

// SecretGetArgs are secrets.get()'s parameters.
type SecretGetArgs struct {
	SecretID string `arg:"secret_id" pos:"0" req:"true" doc:"The secret's ID or name."`
}

// ConfigGetArgs are configs.get()'s parameters.
type ConfigGetArgs struct {
	ConfigID string `arg:"config_id" pos:"0" req:"true" doc:"The config's ID or name."`
}

func newSecret(cl *Client, raw json.RawMessage) (*Secret, error) {
	s := &Secret{}
	if err := s.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	return s, nil
}

func newConfig(cl *Client, raw json.RawMessage) (*Config, error) {
	s := &Config{}
	if err := s.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return s, nil
}

// namedRepr renders docker-py's <Secret: 'name'>.
func namedRepr(cls string, m *Model) string {
	n, _ := m.attr("Spec", "Name").(string)
	return fmt.Sprintf("<%s: '%s'>", cls, n)
}

// created makes the model of a create answer {ID}: docker-py's, with the
// name set in Spec; the rest of attrs is inspected when read.
func created(c *Call, cl *Client, v any, name string, m *Model) error {
	d, _ := v.(map[string]any)
	id, _ := d["ID"].(string)
	if id == "" {
		return fmt.Errorf("%s: the answer has no ID", c.Name())
	}
	d["Spec"] = map[string]any{"Name": name}
	m.client, m.id = cl, id
	m.setDecoded(d, true)
	return nil
}

func init() {
	baseMembers(SecretClass, modelKind[*Secret]{inspect: inspectSecret})
	SecretClass.Repr = func(o Object) string { return namedRepr("Secret", &o.(*Secret).Model) }
	Prop(SecretClass, "name", "The secret's name.", func(_ *Call, s *Secret) (any, error) { return s.attr("Spec", "Name"), nil })
	Bind[*Secret](SecretClass, "remove", apiRemoveSecret, Derived{})
	Prop(ClientClass, "secrets", "The secrets collection.", func(_ *Call, cl *Client) (any, error) { return &SecretCollection{client: cl}, nil })
	Def(SecretCollectionClass, "create", "Create a secret (name, data, labels, driver); returns the Secret.", func(c *Call, sc *SecretCollection, x *SecretCreateKwargs) (any, error) {
		v, err := apiSecretCreate(c, sc.client.api, &x.CreateSecretArgs)
		if err != nil {
			return nil, err
		}
		s := &Secret{}
		return s, created(c, sc.client, v, x.Name, &s.Model)
	})
	Def(SecretCollectionClass, "get", "Get a secret by ID or name.", func(c *Call, sc *SecretCollection, x *SecretGetArgs) (any, error) {
		return getModel(c, sc.client, x.SecretID, inspectSecret, newSecret)
	})
	Forward[*SecretCollection](SecretCollectionClass, "list", apiSecrets, Derived{KeywordOnly: true, Doc: "List the swarm's secrets as Secret objects.", Then: func(c *Call, self Object, v any) (any, error) {
		return modelsOf(c, self.(*SecretCollection).client, v, func() *Secret { return &Secret{} })
	}})

	baseMembers(ConfigClass, modelKind[*Config]{inspect: inspectConfig})
	ConfigClass.Repr = func(o Object) string { return namedRepr("Config", &o.(*Config).Model) }
	Prop(ConfigClass, "name", "The config's name.", func(_ *Call, s *Config) (any, error) { return s.attr("Spec", "Name"), nil })
	Bind[*Config](ConfigClass, "remove", apiRemoveConfig, Derived{})
	Prop(ClientClass, "configs", "The configs collection.", func(_ *Call, cl *Client) (any, error) { return &ConfigCollection{client: cl}, nil })
	Def(ConfigCollectionClass, "create", "Create a config (name, data, labels, templating); returns the Config.", func(c *Call, sc *ConfigCollection, x *ConfigCreateKwargs) (any, error) {
		v, err := apiConfigCreate(c, sc.client.api, &x.CreateConfigArgs)
		if err != nil {
			return nil, err
		}
		s := &Config{}
		return s, created(c, sc.client, v, x.Name, &s.Model)
	})
	Def(ConfigCollectionClass, "get", "Get a config by ID or name.", func(c *Call, cc *ConfigCollection, x *ConfigGetArgs) (any, error) {
		return getModel(c, cc.client, x.ConfigID, inspectConfig, newConfig)
	})
	Forward[*ConfigCollection](ConfigCollectionClass, "list", apiConfigs, Derived{KeywordOnly: true, Doc: "List the swarm's configs as Config objects.", Then: func(c *Call, self Object, v any) (any, error) {
		return modelsOf(c, self.(*ConfigCollection).client, v, func() *Config { return &Config{} })
	}})
}
