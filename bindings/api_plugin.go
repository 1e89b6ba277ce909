package bindings

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/dscript/dscript/engine"
)

// The plugin operations of client.api, declared once with docker-py's
// names, positional order and defaults (docker-py's api/plugin.py). The
// Plugin model binds to them (plugins.go).

// PluginName names a plugin: its name (or ID), or the Plugin, whose name
// is used.
type PluginName string

func toPluginName(v any) (PluginName, error) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return "", fmt.Errorf("must not be an empty str")
		}
		return PluginName(x), nil
	case *Plugin:
		if n, ok := x.attr("Name").(string); ok && n != "" {
			return PluginName(n), nil
		}
		return PluginName(x.id), nil
	}
	return "", typeError("str or Plugin", v)
}

// PluginPrivileges are the privileges granted to a plugin, as
// api.plugin_privileges returns them: a list of {Name, Description, Value}.
type PluginPrivileges []any

func toPluginPrivileges(v any) (PluginPrivileges, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of {Name, Description, Value}", v)
	}
	out := make(PluginPrivileges, 0, len(l))
	for i, e := range l {
		d, ok := e.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("item %d must be a dict {Name, Description, Value}, not %s", i+1, typeName(e))
		}
		p := make(map[string]any, len(d))
		for _, key := range sortedKeys(d) {
			x := d[key]
			// the daemon reads the keys case-insensitively
			k := canonicalKey(key, "Name", "Description", "Value")
			switch {
			case k == "":
				return nil, fmt.Errorf("item %d has the key '%s', not one of Name, Description, Value", i+1, clip(key))
			case hasKey(p, k):
				return nil, fmt.Errorf("item %d has the key '%s' twice", i+1, k)
			case x == nil:
			case k == "Value":
				vals, err := ToStrings(x)
				if err != nil {
					return nil, fmt.Errorf("item %d key 'Value' %v", i+1, err)
				}
				x = stringsAny(vals)
			default:
				if _, ok := x.(string); !ok {
					return nil, fmt.Errorf("item %d key '%s' must be str, not %s", i+1, k, typeName(x))
				}
			}
			p[k] = x
		}
		out = append(out, p)
	}
	return out, nil
}

func hasKey(d map[string]any, k string) bool { _, ok := d[k]; return ok }

var _ = registerPluginKinds()

func registerPluginKinds() bool {
	RegisterKind("str|Plugin", false, toPluginName)
	RegisterKind("list", false, toPluginPrivileges)
	return true
}

// PluginArgs name one plugin.
type PluginArgs struct {
	Name PluginName `arg:"name" pos:"0" req:"true" doc:"The plugin's name, e.g. \"vieux/sshfs:latest\"."`
}

// ConfigurePluginArgs are api.configure_plugin()'s parameters.
type ConfigurePluginArgs struct {
	PluginArgs
	Options any `arg:"options" pos:"1" req:"true" kind:"dict|list" doc:"Settings: {KEY = value} or a list of \"KEY=value\"."`
}

// CreatePluginArgs are api.create_plugin()'s parameters.
type CreatePluginArgs struct {
	PluginArgs
	PluginDataDir string `arg:"plugin_data_dir" pos:"1" req:"true" doc:"Directory holding config.json and rootfs/."`
	Gzip          bool   `arg:"gzip" pos:"2" doc:"Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it)."`
}

// EnablePluginArgs are api.enable_plugin()'s parameters.
type EnablePluginArgs struct {
	PluginArgs
	Timeout int64 `arg:"timeout" pos:"1" default:"0" doc:"Seconds the daemon waits for the plugin (0: no limit)."`
}

// ForcePluginArgs are api.disable_plugin()'s and api.remove_plugin()'s
// parameters.
type ForcePluginArgs struct {
	PluginArgs
	Force bool `arg:"force" pos:"1" doc:"Even while in use (disable) or enabled (remove)."`
}

// PullPluginArgs are api.pull_plugin()'s parameters.
type PullPluginArgs struct {
	Remote     string           `arg:"remote" pos:"0" req:"true" doc:"The plugin's reference in its registry."`
	Privileges PluginPrivileges `arg:"privileges" pos:"1" req:"true" doc:"The privileges granted, as api.plugin_privileges returns them."`
	Name       *string          `arg:"name" pos:"2" doc:"The local name (default: remote)."`
}

// UpgradePluginArgs are api.upgrade_plugin()'s parameters.
type UpgradePluginArgs struct {
	PluginArgs
	Remote     string           `arg:"remote" pos:"1" req:"true" doc:"The new version's reference in the registry."`
	Privileges PluginPrivileges `arg:"privileges" pos:"2" req:"true" doc:"The privileges granted, as api.plugin_privileges returns them."`
}

func inspectPlugin(c *Call, a *APIClient, name string) (json.RawMessage, error) {
	return a.eng.PluginInspect(c.Context(), name)
}

// pluginProgress yields a plugin stream's messages as dicts; an error message
// raises.
func pluginProgress(msgs *engine.JSONMessages) Iterator {
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			raw, err := msgs.Next()
			if err != nil {
				if isEOF(err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			v, err := DecodeJSON(raw)
			return v, err == nil, err
		},
		CloseFunc: msgs.Close,
	}
}

// pluginArchive writes dir as a tar stream (gzip-compressed with gz),
// produced while it is read.
func pluginArchive(dir string, gz bool) (io.ReadCloser, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	pr, pw := io.Pipe()
	go func() {
		var w io.Writer = pw
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(pw)
			w = zw
		}
		tw := tar.NewWriter(w)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || path == dir {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			link := ""
			if info.Mode()&fs.ModeSymlink != 0 {
				if link, err = os.Readlink(path); err != nil {
					return err
				}
			}
			hdr, err := tar.FileInfoHeader(info, link)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, path)
			hdr.Name = filepath.ToSlash(rel)
			if d.IsDir() {
				hdr.Name += "/"
			}
			if err := tw.WriteHeader(hdr); err != nil {
				return err
			}
			if !info.Mode().IsRegular() {
				return nil
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(tw, f)
			return err
		})
		if err == nil {
			err = tw.Close()
		}
		if err == nil && zw != nil {
			err = zw.Close()
		}
		pw.CloseWithError(err)
	}()
	return pr, nil
}

// settingsList is docker-py's configure_plugin: a dict becomes
// "KEY=value" items (in key order), a list is sent as it is.
func settingsList(v any) ([]string, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]string, 0, len(d))
		for _, k := range keys {
			s, ok := scalarString(d[k])
			if !ok {
				return nil, fmt.Errorf("must be a dict of str, but key '%s' is %s", k, typeName(d[k]))
			}
			out = append(out, k+"="+s)
		}
		return out, nil
	}
	return ToStrings(v)
}

// The api methods the models bind.
var (
	apiPlugins = Def(APIClientClass, "plugins", "List the installed plugins.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		return decodeRaw(a.eng.PluginList(c.Context(), engine.PluginListOptions{}))
	})
	_ = Def(APIClientClass, "inspect_plugin", "Inspect a plugin.", func(c *Call, a *APIClient, x *PluginArgs) (any, error) {
		return decodeRaw(inspectPlugin(c, a, string(x.Name)))
	})
	apiConfigurePlugin = Def(APIClientClass, "configure_plugin", "Change a disabled plugin's settings; returns true.", func(c *Call, a *APIClient, x *ConfigurePluginArgs) (any, error) {
		s, err := settingsList(x.Options)
		if err != nil {
			return nil, ArgError(c.Name(), "argument 'options' %v", err)
		}
		if err := a.eng.PluginSet(c.Context(), string(x.Name), s); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiCreatePlugin = Def(APIClientClass, "create_plugin", "Create a plugin from a directory holding config.json and rootfs/; returns true.", func(c *Call, a *APIClient, x *CreatePluginArgs) (any, error) {
		rc, err := pluginArchive(x.PluginDataDir, x.Gzip)
		if err != nil {
			return nil, ArgError(c.Name(), "argument 'plugin_data_dir': %v", err)
		}
		defer rc.Close()
		if err := a.eng.PluginCreate(c.Context(), string(x.Name), rc); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiEnablePlugin = Def(APIClientClass, "enable_plugin", "Enable a plugin; returns true.", func(c *Call, a *APIClient, x *EnablePluginArgs) (any, error) {
		if err := a.eng.PluginEnable(c.Context(), string(x.Name), int(x.Timeout)); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiDisablePlugin = Def(APIClientClass, "disable_plugin", "Disable a plugin; returns true.", func(c *Call, a *APIClient, x *ForcePluginArgs) (any, error) {
		if err := a.eng.PluginDisable(c.Context(), string(x.Name), x.Force); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiPullPlugin = Def(APIClientClass, "pull_plugin", "Install a plugin from a registry: an iterator of progress dicts.", func(c *Call, a *APIClient, x *PullPluginArgs) (any, error) {
		auth, err := a.registryAuthHeader(c, x.Remote, nil)
		if err != nil {
			return nil, err
		}
		o := engine.PluginPullOptions{Remote: x.Remote, Privileges: []any(x.Privileges), RegistryAuth: auth}
		if x.Name != nil {
			o.Name = *x.Name
		}
		msgs, err := a.eng.PluginPull(c.Context(), o)
		if err != nil {
			return nil, err
		}
		return pluginProgress(msgs), nil
	})
	apiPushPlugin = Def(APIClientClass, "push_plugin", "Push a plugin to its registry: an iterator of progress dicts.", func(c *Call, a *APIClient, x *PluginArgs) (any, error) {
		auth, err := a.registryAuthHeader(c, string(x.Name), nil)
		if err != nil {
			return nil, err
		}
		msgs, err := a.eng.PluginPush(c.Context(), string(x.Name), auth)
		if err != nil {
			return nil, err
		}
		return pluginProgress(msgs), nil
	})
	apiRemovePlugin = Def(APIClientClass, "remove_plugin", "Remove a plugin; returns true.", func(c *Call, a *APIClient, x *ForcePluginArgs) (any, error) {
		if err := a.eng.PluginDelete(c.Context(), string(x.Name), x.Force); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiUpgradePlugin = Def(APIClientClass, "upgrade_plugin", "Replace a disabled plugin by another version: an iterator of progress dicts.", func(c *Call, a *APIClient, x *UpgradePluginArgs) (any, error) {
		auth, err := a.registryAuthHeader(c, x.Remote, nil)
		if err != nil {
			return nil, err
		}
		msgs, err := a.eng.PluginUpgrade(c.Context(), string(x.Name), engine.PluginUpgradeOptions{Remote: x.Remote, Privileges: []any(x.Privileges), RegistryAuth: auth})
		if err != nil {
			return nil, err
		}
		return pluginProgress(msgs), nil
	})
	apiPluginPrivileges = Def(APIClientClass, "plugin_privileges", "The privileges a plugin in a registry asks for.", func(c *Call, a *APIClient, x *PluginArgs) (any, error) {
		auth, err := a.registryAuthHeader(c, string(x.Name), nil)
		if err != nil {
			return nil, err
		}
		return decodeRaw(a.eng.GetPluginPrivileges(c.Context(), string(x.Name), auth))
	})
)
