package engine

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
)

// PluginListOptions are the query parameters of PluginList.
type PluginListOptions struct {
	Filters Filters // e.g. {"capability": ["volumedriver"]}, {"enable": ["true"]}
}

// PluginList lists the installed plugins (GET /plugins) as a JSON array.
func (c *Client) PluginList(ctx context.Context, opts PluginListOptions) (json.RawMessage, error) {
	return c.list(ctx, "PluginList", "/plugins", opts.Filters)
}

// GetPluginPrivileges returns the privileges a plugin in a registry asks for
// (GET /plugins/privileges), as a JSON array of {"Name", "Description",
// "Value"}, the form PluginPull and PluginUpgrade take.
func (c *Client) GetPluginPrivileges(ctx context.Context, remote, registryAuth string) (json.RawMessage, error) {
	const op = "GetPluginPrivileges"
	if err := needArg(op, "remote", remote); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("remote", remote)
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/plugins/privileges", query: q, header: authHeader(registryAuth)})
}

// PluginPullOptions are the parameters of PluginPull.
type PluginPullOptions struct {
	// Remote is the plugin's reference in its registry, e.g.
	// "127.0.0.1:5000/vol:latest"; it is required.
	Remote string
	// Name is the local name of the installed plugin; "" = Remote.
	Name string
	// Privileges are the privileges granted to the plugin, a JSON-encodable
	// array as GetPluginPrivileges returns it; nil grants none (a plugin that
	// asks for some then fails to install).
	Privileges any
	// RegistryAuth is the base64url X-Registry-Auth header value (never
	// logged).
	RegistryAuth string
}

// PluginPull installs a plugin from a registry (POST /plugins/pull); it is
// disabled until PluginEnable. It returns the progress messages; no client
// timeout applies, and closing them releases the connection.
func (c *Client) PluginPull(ctx context.Context, opts PluginPullOptions) (*JSONMessages, error) {
	const op = "PluginPull"
	if err := needArg(op, "remote", opts.Remote); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("remote", opts.Remote)
	strParam(q, "name", opts.Name)
	return c.pluginStream(ctx, op, "/plugins/pull", q, opts.Privileges, opts.RegistryAuth)
}

// PluginUpgradeOptions are the parameters of PluginUpgrade.
type PluginUpgradeOptions struct {
	Remote       string // the new reference in the registry; required
	Privileges   any    // as in PluginPullOptions
	RegistryAuth string // base64url X-Registry-Auth header value (never logged)
}

// PluginUpgrade replaces a disabled plugin by another version from a
// registry (POST /plugins/{name}/upgrade), keeping its settings. It
// returns the progress messages; no client timeout applies.
func (c *Client) PluginUpgrade(ctx context.Context, name string, opts PluginUpgradeOptions) (*JSONMessages, error) {
	const op = "PluginUpgrade"
	if err := needArgs(op, "name", name, "remote", opts.Remote); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("remote", opts.Remote)
	return c.pluginStream(ctx, op, "/plugins/"+name+"/upgrade", q, opts.Privileges, opts.RegistryAuth)
}

// pluginStream sends a pull or an upgrade and returns its messages.
func (c *Client) pluginStream(ctx context.Context, op, path string, q url.Values, privileges any, auth string) (*JSONMessages, error) {
	if privileges == nil {
		privileges = []any{}
	}
	body, err := jsonBody(privileges)
	if err != nil {
		return nil, wrapOp(op, err)
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: path, query: q, body: body, header: authHeader(auth)})
	if err != nil {
		return nil, err
	}
	return NewJSONMessages(rc), nil
}

// PluginInspect returns low-level information about a plugin
// (GET /plugins/{name}/json).
func (c *Client) PluginInspect(ctx context.Context, name string) (json.RawMessage, error) {
	const op = "PluginInspect"
	if err := needArg(op, "name", name); err != nil {
		return nil, err
	}
	return c.callJSON(ctx, &request{op: op, method: http.MethodGet, path: "/plugins/" + name + "/json"})
}

// PluginDelete removes a plugin (DELETE /plugins/{name}); force removes an
// enabled one.
func (c *Client) PluginDelete(ctx context.Context, name string, force bool) error {
	const op = "PluginDelete"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	q := url.Values{}
	boolParam(q, "force", force)
	return c.callNoBody(ctx, &request{op: op, method: http.MethodDelete, path: "/plugins/" + name, query: q})
}

// PluginEnable enables a plugin (POST /plugins/{name}/enable); timeout is
// the timeout in seconds of the daemon's requests to the plugin (0: none).
func (c *Client) PluginEnable(ctx context.Context, name string, timeout int) error {
	const op = "PluginEnable"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	if timeout < 0 {
		return wrapOp(op, errors.New("timeout must not be negative"))
	}
	q := url.Values{}
	q.Set("timeout", strconv.Itoa(timeout)) // the daemon requires it, 0 included
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/plugins/" + name + "/enable", query: q})
}

// PluginDisable disables a plugin (POST /plugins/{name}/disable); force
// disables it even while in use.
func (c *Client) PluginDisable(ctx context.Context, name string, force bool) error {
	const op = "PluginDisable"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	q := url.Values{}
	boolParam(q, "force", force)
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/plugins/" + name + "/disable", query: q})
}

// PluginCreate creates a plugin named name (POST /plugins/create) from a
// tar archive read from tarContext that holds config.json and the rootfs
// directory. The plugin is disabled until PluginEnable.
func (c *Client) PluginCreate(ctx context.Context, name string, tarContext io.Reader) error {
	const op = "PluginCreate"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	if tarContext == nil {
		return wrapOp(op, errors.New("tarContext must not be nil"))
	}
	q := url.Values{}
	q.Set("name", name)
	hdr := http.Header{"Content-Type": {"application/x-tar"}}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/plugins/create", query: q, body: tarContext, header: hdr, noTimeout: true})
}

// PluginPush pushes a plugin to its registry (POST /plugins/{name}/push);
// registryAuth is the base64url X-Registry-Auth header value ("" for
// none). It returns the progress messages; no client timeout applies.
func (c *Client) PluginPush(ctx context.Context, name, registryAuth string) (*JSONMessages, error) {
	const op = "PluginPush"
	if err := needArg(op, "name", name); err != nil {
		return nil, err
	}
	rc, _, err := c.callStream(ctx, &request{op: op, method: http.MethodPost, path: "/plugins/" + name + "/push", header: authHeader(registryAuth)})
	if err != nil {
		return nil, err
	}
	return NewJSONMessages(rc), nil
}

// PluginSet changes a disabled plugin's settings (POST /plugins/{name}/set):
// each of settings is "ENV=value", "mount.source=/path",
// "device.path=/dev/x" or "args=a b".
func (c *Client) PluginSet(ctx context.Context, name string, settings []string) error {
	const op = "PluginSet"
	if err := needArg(op, "name", name); err != nil {
		return err
	}
	if settings == nil {
		settings = []string{}
	}
	body, err := jsonBody(settings)
	if err != nil {
		return wrapOp(op, err)
	}
	return c.callNoBody(ctx, &request{op: op, method: http.MethodPost, path: "/plugins/" + name + "/set", body: body})
}
