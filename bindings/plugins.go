package bindings

import (
	"encoding/json"
	"fmt"
)

// Plugin is docker-py's Plugin model.
type Plugin struct {
	Model
}

// PluginCollection is client.plugins.
type PluginCollection struct {
	client *Client
}

// The classes of plugins.
var (
	PluginClass           = RegisterClass(NewClass("Plugin", "A daemon plugin (docker-py's Plugin model)."))
	PluginCollectionClass = RegisterClass(NewClass("PluginCollection", "The plugins of the daemon (client.plugins)."))
)

// Class implements Object.
func (p *Plugin) Class() *Class { return PluginClass }

// Class implements Object.
func (pc *PluginCollection) Class() *Class { return PluginCollectionClass }

// API implements APIUser.
func (pc *PluginCollection) API() *APIClient { return pc.client.api }

// PluginGetArgs are plugins.get()'s parameters.
type PluginGetArgs struct {
	Name string `arg:"name" pos:"0" req:"true" doc:"The plugin's name."`
}

// PluginInstallArgs are plugins.install()'s parameters.
type PluginInstallArgs struct {
	RemoteName string  `arg:"remote_name" pos:"0" req:"true" doc:"The plugin's reference in its registry."`
	LocalName  *string `arg:"local_name" pos:"1" doc:"The local name (default: remote_name)."`
}

// PluginUpgradeArgs are Plugin.upgrade()'s parameters.
type PluginUpgradeArgs struct {
	Remote *string `arg:"remote" pos:"0" doc:"The new version's reference (default: the plugin's name)."`
}

func newPlugin(cl *Client, raw json.RawMessage) (*Plugin, error) {
	p := &Plugin{}
	if err := p.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("plugin: %w", err)
	}
	return p, nil
}

func (p *Plugin) name() string {
	n, _ := p.attr("Name").(string)
	return n
}

// reloading makes a Plugin method that calls api and then reloads the
// plugin, returning nil (docker-py's configure, disable, enable).
func reloading(c *Call, self Object, _ any) (any, error) {
	p := self.(*Plugin)
	return nil, p.reload(c, inspectPlugin)
}

func (p *Plugin) upgrade(c *Call, x *PluginUpgradeArgs) (any, error) {
	if e, _ := p.attr("Enabled").(bool); e {
		return nil, Errorf(DockerException, "%s: Plugin must be disabled before upgrading.", c.Name())
	}
	remote := p.name()
	if x.Remote != nil {
		if *x.Remote == "" {
			return nil, ArgError(c.Name(), "argument 'remote' must not be an empty str")
		}
		remote = *x.Remote
	}
	privs, err := apiPluginPrivileges.Invoke(c, p.API(), []any{remote})
	if err != nil {
		return nil, err
	}
	v, err := apiUpgradePlugin.Invoke(c, p.API(), []any{p.name(), remote, privs})
	if err != nil {
		return nil, err
	}
	it := v.(*FuncIterator)
	next := it.NextFunc
	it.NextFunc = func(c *Call) (any, bool, error) {
		v, ok, err := next(c)
		if err == nil && !ok {
			// the stream ended: the plugin is the new version
			err = p.reload(c, inspectPlugin)
		}
		return v, ok, err
	}
	return it, nil
}

func init() {
	cls := PluginClass
	baseMembers(cls, modelKind[*Plugin]{inspect: inspectPlugin})
	cls.Repr = func(o Object) string { return fmt.Sprintf("<Plugin: '%s'>", o.(*Plugin).name()) }
	Prop(ClientClass, "plugins", "The plugins collection.", func(_ *Call, cl *Client) (any, error) { return &PluginCollection{client: cl}, nil })
	Prop(cls, "name", "The plugin's name.", func(_ *Call, p *Plugin) (any, error) { return p.attr("Name"), nil })
	Prop(cls, "enabled", "Whether the plugin is enabled.", func(_ *Call, p *Plugin) (any, error) { return p.attr("Enabled"), nil })
	Prop(cls, "settings", "The plugin's settings {Env, Args, Mounts, Devices}.", func(_ *Call, p *Plugin) (any, error) { return p.attr("Settings"), nil })
	Bind[*Plugin](cls, "configure", apiConfigurePlugin, Derived{Doc: "Change the disabled plugin's settings, then reload it.", Then: reloading})
	Bind[*Plugin](cls, "disable", apiDisablePlugin, Derived{Doc: "Disable the plugin, then reload it.", Then: reloading})
	Bind[*Plugin](cls, "enable", apiEnablePlugin, Derived{Doc: "Enable the plugin, then reload it.", Then: reloading})
	Bind[*Plugin](cls, "push", apiPushPlugin, Derived{})
	Bind[*Plugin](cls, "remove", apiRemovePlugin, Derived{})
	Def(cls, "upgrade", "Upgrade the disabled plugin from its registry: an iterator of progress dicts; the plugin is reloaded at the end.", func(c *Call, p *Plugin, x *PluginUpgradeArgs) (any, error) {
		return p.upgrade(c, x)
	})

	pc := PluginCollectionClass
	Def(pc, "create", "Create a plugin from a directory holding config.json and rootfs/; returns the Plugin.", func(c *Call, coll *PluginCollection, x *CreatePluginArgs) (any, error) {
		if _, err := invokeFor(c, apiCreatePlugin, coll.API(), []any{string(x.Name), x.PluginDataDir, x.Gzip}); err != nil {
			return nil, err
		}
		return getModel(c, coll.client, string(x.Name), inspectPlugin, newPlugin)
	})
	Def(pc, "get", "Get a plugin by name.", func(c *Call, coll *PluginCollection, x *PluginGetArgs) (any, error) {
		return getModel(c, coll.client, x.Name, inspectPlugin, newPlugin)
	})
	Def(pc, "install", "Install a plugin from a registry, granting the privileges it asks for; returns the Plugin (disabled).", func(c *Call, coll *PluginCollection, x *PluginInstallArgs) (any, error) {
		if x.RemoteName == "" {
			return nil, ArgError(c.Name(), "argument 'remote_name' must not be an empty str")
		}
		privs, err := apiPluginPrivileges.Invoke(c, coll.API(), []any{x.RemoteName})
		if err != nil {
			return nil, err
		}
		args := []any{x.RemoteName, privs}
		if x.LocalName != nil {
			args = append(args, *x.LocalName)
		}
		v, err := apiPullPlugin.Invoke(c, coll.API(), args)
		if err != nil {
			return nil, err
		}
		it := v.(Iterator)
		defer it.Close()
		for {
			_, ok, err := it.Next(c)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
		}
		name := x.RemoteName
		if x.LocalName != nil {
			name = *x.LocalName
		}
		return getModel(c, coll.client, name, inspectPlugin, newPlugin)
	})
	Forward[*PluginCollection](pc, "list", apiPlugins, Derived{Doc: "List the installed plugins as Plugin objects.", Then: func(c *Call, self Object, v any) (any, error) {
		return modelsOf(c, self.(*PluginCollection).client, v, func() *Plugin { return &Plugin{} })
	}})
}
