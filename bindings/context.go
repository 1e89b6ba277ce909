package bindings

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dscript/dscript/engine"
)

// ContextModuleClass is docker.context.
var ContextModuleClass = NewModule("docker.context", "The docker CLI's contexts (docker-py's docker.context).")

// ContextModule is the docker.context module's object.
var ContextModule = registerContextModule()

func registerContextModule() *ModuleObject {
	m := RegisterModule("docker.context", ContextModuleClass)
	m.Capability = CapFiles
	return m
}

// ContextAPIClass is docker.context.ContextAPI: functions over the
// context store of the docker CLI's configuration directory
// ($DOCKER_CONFIG, else ~/.docker).
var ContextAPIClass = RegisterClass(NewModule("ContextAPI", "Create, list, inspect, remove and select the docker CLI's contexts (docker.context.ContextAPI)."))

// ContextAPI is the ContextAPI object.
var ContextAPI = NewModuleObject(ContextAPIClass)

// ContextClass describes docker.context.Context.
var ContextClass = RegisterClass(NewClass("Context", "A docker CLI context: a named daemon endpoint and its TLS material (docker.context.Context)."))

// defaultContextHost is the host of a context created without one.
const defaultContextHost = "unix:///var/run/docker.sock"

// Context is docker.context.Context.
type Context struct {
	name         string
	orchestrator string
	contextType  any
	endpoints    map[string]map[string]any
	tlsCfg       map[string]*TLSConfig
	metaPath     string
	tlsPath      string
}

// Class implements Object.
func (*Context) Class() *Class { return ContextClass }

// ContextArgs are docker.context.Context's parameters.
type ContextArgs struct {
	Name         string  `arg:"name" pos:"0" req:"true" doc:"The context's name."`
	Orchestrator *string `arg:"orchestrator" pos:"1" doc:"The orchestrator (\"swarm\" or none)."`
	Host         *string `arg:"host" pos:"2" doc:"The daemon's address (default unix:///var/run/docker.sock)."`
	Endpoints    any     `arg:"endpoints" pos:"3" kind:"dict" doc:"The endpoints: {docker = {Host = ..., SkipTLSVerify = ...}}."`
	TLS          bool    `arg:"tls" pos:"4" doc:"Whether the default endpoint verifies TLS."`
}

// defaultEndpoint is the endpoint name of an orchestrator.
func defaultEndpoint(orchestrator string) string {
	if orchestrator == "" || orchestrator == "swarm" {
		return "docker"
	}
	return orchestrator
}

func contextHost(host *string) string {
	if host == nil || *host == "" {
		return defaultContextHost
	}
	return *host
}

func newContext(c *Call, a *ContextArgs) (*Context, error) {
	if a.Name == "" {
		return nil, Errorf(MissingContextParameter, "%s: name", c.Name())
	}
	ctx := &Context{name: a.Name, endpoints: map[string]map[string]any{}, tlsCfg: map[string]*TLSConfig{}, metaPath: "IN MEMORY", tlsPath: "IN MEMORY"}
	if a.Orchestrator != nil {
		ctx.orchestrator = *a.Orchestrator
	}
	if a.Endpoints == nil {
		ctx.endpoints[defaultEndpoint(ctx.orchestrator)] = map[string]any{"Host": contextHost(a.Host), "SkipTLSVerify": !a.TLS}
		return ctx, nil
	}
	eps, ok := a.Endpoints.(map[string]any)
	if !ok {
		return nil, ArgError(c.Name(), "argument 'endpoints' must be dict, not %s", typeName(a.Endpoints))
	}
	for k, v := range eps {
		ep, ok := v.(map[string]any)
		if !ok {
			return nil, Errorf(ContextException, "%s: Unknown endpoint format for context %s: %v", c.Name(), a.Name, v)
		}
		ep = copyMap(ep)
		if k == "docker" {
			if _, has := ep["Host"]; !has {
				ep["Host"] = contextHost(a.Host)
			}
			skip, _ := ep["SkipTLSVerify"].(bool)
			if _, has := ep["SkipTLSVerify"]; !has {
				skip = !a.TLS
			}
			ep["SkipTLSVerify"] = skip
		}
		ctx.endpoints[k] = ep
	}
	return ctx, nil
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// contextStore returns the configuration directory holding the contexts,
// when the runtime lets scripts use host files.
func contextStore(c *Call) (string, error) {
	if c.Env != nil && c.Env.Capabilities != nil && !c.Env.Allows(CapFiles) {
		return "", Errorf(DockerException, "%s: the context store is a host directory, and this runtime's policy does not let scripts use files", c.Name())
	}
	dir, err := configDir(c)
	if err != nil {
		return "", Errorf(ContextException, "%s: %v", c.Name(), err)
	}
	return dir, nil
}

// currentContextName is the current context of the configuration: its
// "currentContext", else "default".
func currentContextName(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		return "default"
	}
	var v struct {
		CurrentContext string `json:"currentContext"`
	}
	if json.Unmarshal(b, &v) != nil || v.CurrentContext == "" {
		return "default"
	}
	return v.CurrentContext
}

// loadContext reads a context of the store; nil when it does not exist.
func loadContext(c *Call, dir, name string) (*Context, error) {
	meta, err := engine.ReadContextMeta(dir, name)
	if err != nil {
		return nil, Errorf(ContextException, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
	}
	if meta == nil {
		return nil, nil
	}
	ctx := &Context{name: meta.Name, endpoints: map[string]map[string]any{}, tlsCfg: map[string]*TLSConfig{}}
	if o, ok := meta.Metadata["StackOrchestrator"].(string); ok {
		ctx.orchestrator = o
	}
	ctx.contextType = meta.Metadata["Type"]
	for k, ep := range meta.Endpoints {
		ep = copyMap(ep)
		if k == "docker" {
			if _, has := ep["Host"]; !has {
				ep["Host"] = defaultContextHost
			}
			skip, ok := ep["SkipTLSVerify"].(bool)
			ep["SkipTLSVerify"] = skip || !ok
			if _, has := meta.Endpoints[k]["SkipTLSVerify"]; has {
				ep["SkipTLSVerify"] = skip
			}
		}
		ctx.endpoints[k] = ep
	}
	ctx.tlsPath = engine.ContextTLSDir(dir, name)
	ctx.metaPath = engine.ContextMetaDir(dir, name)
	for ep := range ctx.endpoints {
		files, err := os.ReadDir(filepath.Join(ctx.tlsPath, ep))
		if err != nil {
			continue
		}
		var ca, cert, key string
		for _, f := range files {
			p := filepath.Join(ctx.tlsPath, ep, f.Name())
			switch {
			case strings.HasPrefix(f.Name(), "ca"):
				ca = p
			case strings.HasPrefix(f.Name(), "cert"):
				cert = p
			case strings.HasPrefix(f.Name(), "key"):
				key = p
			}
		}
		if ca == "" || cert == "" || key == "" {
			continue
		}
		t := &TLSConfig{settings: engine.TLSSettings{CAFile: ca, CertFile: cert, KeyFile: key}}
		if skip, _ := ctx.endpoints["docker"]["SkipTLSVerify"].(bool); ep == "docker" && !skip {
			t.settings.Verify, t.verify = true, true
		}
		ctx.tlsCfg[ep] = t
	}
	return ctx, nil
}

// save writes the context to the store, with its TLS material as ca.pem,
// cert.pem and key.pem (the names the docker CLI reads).
func (x *Context) save(c *Call, dir string) error {
	meta := engine.ContextMeta{Name: x.name, Metadata: x.metadataField(), Endpoints: x.endpoints}
	if err := engine.WriteContextMeta(dir, meta); err != nil {
		return Errorf(ContextException, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
	}
	tlsDir := engine.ContextTLSDir(dir, x.name)
	for ep, t := range x.tlsCfg {
		epDir := filepath.Join(tlsDir, ep)
		if err := os.MkdirAll(epDir, 0o700); err != nil {
			return Errorf(ContextException, "%s: %v", c.Name(), err)
		}
		for src, dst := range map[string]string{t.settings.CAFile: "ca.pem", t.settings.CertFile: "cert.pem", t.settings.KeyFile: "key.pem"} {
			if src == "" {
				continue
			}
			if err := copyFile(src, filepath.Join(epDir, dst)); err != nil {
				return Errorf(ContextException, "%s: TLS material of endpoint %s: %v", c.Name(), ep, err)
			}
		}
	}
	x.metaPath = engine.ContextMetaDir(dir, x.name)
	x.tlsPath = tlsDir
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func (x *Context) metadataField() map[string]any {
	if x.orchestrator != "" {
		return map[string]any{"StackOrchestrator": x.orchestrator}
	}
	return map[string]any{}
}

// metadata is docker-py's Context.Metadata.
func (x *Context) metadata() map[string]any {
	eps := map[string]any{}
	for k, v := range x.endpoints {
		eps[k] = copyMap(v)
	}
	return map[string]any{"Name": x.name, "Metadata": x.metadataField(), "Endpoints": eps}
}

// tlsMaterial is docker-py's Context.TLSMaterial.
func (x *Context) tlsMaterial() map[string]any {
	certs := map[string]any{}
	for ep, t := range x.tlsCfg {
		certs[ep] = []any{filepath.Base(t.settings.CAFile), filepath.Base(t.settings.CertFile), filepath.Base(t.settings.KeyFile)}
	}
	return map[string]any{"TLSMaterial": certs}
}

// inspect is docker-py's Context.inspect(): Metadata, TLSMaterial and
// Storage in one dict.
func (x *Context) inspect() map[string]any {
	out := x.metadata()
	out["TLSMaterial"] = x.tlsMaterial()["TLSMaterial"]
	out["Storage"] = map[string]any{"MetadataPath": x.metaPath, "TLSPath": x.tlsPath}
	return out
}

// host is docker-py's Context.Host.
func (x *Context) host() any {
	ep := x.endpoints[defaultEndpoint(x.orchestrator)]
	if ep == nil {
		return nil
	}
	return ep["Host"]
}

// defaultContext is ContextAPI.DEFAULT_CONTEXT.
func defaultContext() *Context {
	return &Context{name: "default", orchestrator: "swarm", metaPath: "IN MEMORY", tlsPath: "IN MEMORY",
		endpoints: map[string]map[string]any{"docker": {"Host": defaultContextHost, "SkipTLSVerify": true}}, tlsCfg: map[string]*TLSConfig{}}
}

// CreateContextArgs are ContextAPI.create_context's parameters.
type CreateContextArgs struct {
	Name             string     `arg:"name" pos:"0" req:"true" doc:"The new context's name."`
	Orchestrator     *string    `arg:"orchestrator" pos:"1" doc:"The orchestrator (\"swarm\" or none)."`
	Host             *string    `arg:"host" pos:"2" doc:"The daemon's address (default unix:///var/run/docker.sock)."`
	TLSCfg           *TLSConfig `arg:"tls_cfg" pos:"3" doc:"TLS material to store with the context (a docker.tls.TLSConfig)."`
	DefaultNamespace *string    `arg:"default_namespace" pos:"4" doc:"The default namespace (kubernetes endpoints)."`
	SkipTLSVerify    bool       `arg:"skip_tls_verify" pos:"5" doc:"Do not verify the daemon's certificate."`
}

// ContextNameArgs name a context.
type ContextNameArgs struct {
	Name *string `arg:"name" pos:"0" doc:"The context's name (default: the current context)."`
}

// SetContextArgs are set_current_context's and inspect_context's
// parameters.
type SetContextArgs struct {
	Name string `arg:"name" pos:"0" default:"\"default\"" doc:"The context's name."`
}

// RemoveContextArgs are remove_context's parameters.
type RemoveContextArgs struct {
	Name string `arg:"name" pos:"0" req:"true" doc:"The context's name."`
}

// SetEndpointArgs are Context.set_endpoint's parameters.
type SetEndpointArgs struct {
	Name          string     `arg:"name" pos:"0" default:"\"docker\"" doc:"The endpoint's name."`
	Host          *string    `arg:"host" pos:"1" doc:"The daemon's address."`
	TLSCfg        *TLSConfig `arg:"tls_cfg" pos:"2" doc:"TLS material for the endpoint."`
	SkipTLSVerify bool       `arg:"skip_tls_verify" pos:"3" doc:"Do not verify the daemon's certificate."`
	DefNamespace  *string    `arg:"def_namespace" pos:"4" doc:"The default namespace."`
}

func (x *Context) setEndpoint(a *SetEndpointArgs) {
	ep := map[string]any{"Host": contextHost(a.Host), "SkipTLSVerify": a.SkipTLSVerify}
	if a.DefNamespace != nil && *a.DefNamespace != "" {
		ep["DefaultNamespace"] = *a.DefNamespace
	}
	x.endpoints[a.Name] = ep
	if a.TLSCfg != nil {
		x.tlsCfg[a.Name] = a.TLSCfg
	}
}

func init() {
	Prop(DockerModuleClass, "context", "The docker CLI's contexts (docker.context).", func(*Call, *ModuleObject) (any, error) { return ContextModule, nil })
	Prop(ContextModuleClass, "ContextAPI", "Functions over the context store.", func(*Call, *ModuleObject) (any, error) { return ContextAPI, nil })
	m := Func(ContextModuleClass, "Context", "A context (in memory until saved).", func(c *Call, a *ContextArgs) (any, error) { return newContext(c, a) })
	m.Ctor = true

	api := ContextAPIClass
	Func(api, "create_context", "Create and save a context, like `docker context create`.", func(c *Call, a *CreateContextArgs) (any, error) {
		if a.Name == "" {
			return nil, Errorf(MissingContextParameter, "%s: name", c.Name())
		}
		if a.Name == "default" {
			return nil, Errorf(ContextException, "%s: \"default\" is a reserved context name", c.Name())
		}
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		if old, err := loadContext(c, dir, a.Name); err != nil {
			return nil, err
		} else if old != nil {
			return nil, Errorf(ContextAlreadyExists, "%s: context %q already exists", c.Name(), a.Name)
		}
		x, err := newContext(c, &ContextArgs{Name: a.Name, Orchestrator: a.Orchestrator})
		if err != nil {
			return nil, err
		}
		x.endpoints = map[string]map[string]any{}
		x.setEndpoint(&SetEndpointArgs{Name: defaultEndpoint(x.orchestrator), Host: a.Host, TLSCfg: a.TLSCfg, SkipTLSVerify: a.SkipTLSVerify, DefNamespace: a.DefaultNamespace})
		if err := x.save(c, dir); err != nil {
			return nil, err
		}
		return x, nil
	})
	Func(api, "get_context", "The context of that name (default: the current one), or nil when it does not exist.", func(c *Call, a *ContextNameArgs) (any, error) {
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		name := ""
		if a.Name != nil {
			name = *a.Name
		}
		if name == "" {
			name = currentContextName(dir)
		}
		if name == "default" {
			return defaultContext(), nil
		}
		x, err := loadContext(c, dir, name)
		if x == nil || err != nil {
			return nil, err
		}
		return x, nil
	})
	Func(api, "contexts", "Every context: the default one, then the store's by name.", func(c *Call, _ *NoArgs) (any, error) {
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		metas, err := engine.ListContexts(dir)
		if err != nil {
			return nil, Errorf(ContextException, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
		}
		out := []any{defaultContext()}
		for _, m := range metas {
			x, err := loadContext(c, dir, m.Name)
			if err != nil {
				return nil, err
			}
			if x != nil {
				out = append(out, x)
			}
		}
		return out, nil
	})
	Func(api, "get_current_context", "The current context.", func(c *Call, _ *NoArgs) (any, error) {
		return api.Lookup("get_context", false).(*Method).Invoke(c, ContextAPI, nil)
	})
	Func(api, "set_current_context", "Make a context the current one, like `docker context use`.", func(c *Call, a *SetContextArgs) (any, error) {
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		if a.Name != "default" {
			x, err := loadContext(c, dir, a.Name)
			if err != nil {
				return nil, err
			}
			if x == nil {
				return nil, Errorf(ContextNotFound, "%s: context %q not found", c.Name(), a.Name)
			}
		}
		if err := engine.SetCurrentContext(dir, a.Name); err != nil {
			return nil, Errorf(ContextException, "%s: Failed to set current context: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
		}
		return nil, nil
	})
	Func(api, "remove_context", "Remove a context, like `docker context rm`.", func(c *Call, a *RemoveContextArgs) (any, error) {
		if a.Name == "" {
			return nil, Errorf(MissingContextParameter, "%s: name", c.Name())
		}
		if a.Name == "default" {
			return nil, Errorf(ContextException, "%s: context \"default\" cannot be removed", c.Name())
		}
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		x, err := loadContext(c, dir, a.Name)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, Errorf(ContextNotFound, "%s: context %q not found", c.Name(), a.Name)
		}
		if currentContextName(dir) == a.Name {
			if err := engine.SetCurrentContext(dir, ""); err != nil {
				return nil, Errorf(ContextException, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
			}
		}
		if err := engine.RemoveContext(dir, a.Name); err != nil {
			return nil, Errorf(ContextException, "%s: %s", c.Name(), strings.TrimPrefix(err.Error(), "engine: "))
		}
		return nil, nil
	})
	Func(api, "inspect_context", "A context as `docker context inspect` shows it: Name, Metadata, Endpoints, TLSMaterial, Storage.", func(c *Call, a *SetContextArgs) (any, error) {
		if a.Name == "" {
			return nil, Errorf(MissingContextParameter, "%s: name", c.Name())
		}
		if a.Name == "default" {
			return defaultContext().inspect(), nil
		}
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		x, err := loadContext(c, dir, a.Name)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, Errorf(ContextNotFound, "%s: context %q not found", c.Name(), a.Name)
		}
		return x.inspect(), nil
	})

	cls := ContextClass
	cls.Repr = func(o Object) string { return fmt.Sprintf("<Context: '%s'>", o.(*Context).name) }
	Prop(cls, "name", "The context's name.", func(_ *Call, x *Context) (any, error) { return x.name, nil })
	Prop(cls, "Name", "The context's name.", func(_ *Call, x *Context) (any, error) { return x.name, nil })
	Prop(cls, "Host", "The daemon's address of the context's endpoint.", func(_ *Call, x *Context) (any, error) { return x.host(), nil })
	Prop(cls, "Orchestrator", "The orchestrator, or nil.", func(_ *Call, x *Context) (any, error) {
		if x.orchestrator == "" {
			return nil, nil
		}
		return x.orchestrator, nil
	})
	Prop(cls, "endpoints", "The endpoints: {name = {Host = ..., SkipTLSVerify = ...}}.", func(_ *Call, x *Context) (any, error) { return x.metadata()["Endpoints"], nil })
	Prop(cls, "Metadata", "Name, Metadata and Endpoints, as meta.json holds them.", func(_ *Call, x *Context) (any, error) { return x.metadata(), nil })
	Prop(cls, "TLSConfig", "The TLSConfig of the context's endpoint, or nil.", func(_ *Call, x *Context) (any, error) {
		if t, ok := x.tlsCfg[defaultEndpoint(x.orchestrator)]; ok {
			return t, nil
		}
		return nil, nil
	})
	Prop(cls, "TLSMaterial", "{TLSMaterial = {endpoint = {ca, cert, key file names}}}.", func(_ *Call, x *Context) (any, error) { return x.tlsMaterial(), nil })
	Prop(cls, "Storage", "{Storage = {MetadataPath = ..., TLSPath = ...}}.", func(_ *Call, x *Context) (any, error) {
		return map[string]any{"Storage": map[string]any{"MetadataPath": x.metaPath, "TLSPath": x.tlsPath}}, nil
	})
	Prop(cls, "meta_path", "Where the metadata is stored (\"IN MEMORY\" until saved).", func(_ *Call, x *Context) (any, error) { return x.metaPath, nil })
	Prop(cls, "tls_path", "Where the TLS material is stored (\"IN MEMORY\" until saved).", func(_ *Call, x *Context) (any, error) { return x.tlsPath, nil })
	Def(cls, "set_endpoint", "Set an endpoint (saved by save()).", func(_ *Call, x *Context, a *SetEndpointArgs) (any, error) {
		x.setEndpoint(a)
		return nil, nil
	})
	Def(cls, "is_docker_host", "Whether the context is a docker endpoint (it has no other Type).", func(_ *Call, x *Context, _ *NoArgs) (any, error) {
		return x.contextType == nil, nil
	})
	Def(cls, "inspect", "The context as `docker context inspect` shows it.", func(_ *Call, x *Context, _ *NoArgs) (any, error) { return x.inspect(), nil })
	Def(cls, "save", "Write the context to the store.", func(c *Call, x *Context, _ *NoArgs) (any, error) {
		dir, err := contextStore(c)
		if err != nil {
			return nil, err
		}
		return nil, x.save(c, dir)
	})
	Def(cls, "remove", "Remove the context from the store.", func(c *Call, x *Context, _ *NoArgs) (any, error) {
		if _, err := contextStore(c); err != nil {
			return nil, err
		}
		for _, p := range []string{x.metaPath, x.tlsPath} {
			if p != "" && p != "IN MEMORY" {
				if err := os.RemoveAll(p); err != nil {
					return nil, Errorf(ContextException, "%s: %v", c.Name(), err)
				}
			}
		}
		return nil, nil
	})
}
