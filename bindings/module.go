package bindings

import (
	"sort"
	"sync"
)

// ModuleObject is the value of a module namespace.
type ModuleObject struct {
	cls *Class
	// Capability, when set, is what a runtime's policy must allow before
	// scripts can require the module (e.g. "network").
	Capability string
}

// Class implements Object.
func (m *ModuleObject) Class() *Class { return m.cls }

// NewModuleObject returns the object of a module class.
func NewModuleObject(cls *Class) *ModuleObject { return &ModuleObject{cls: cls} }

var (
	modMu   sync.RWMutex
	modules = map[string]*ModuleObject{}
)

// RegisterModule makes a module loadable by scripts with require(name).
// Modules are registered once, at init; each runtime renders its own copy.
func RegisterModule(name string, cls *Class) *ModuleObject {
	modMu.Lock()
	defer modMu.Unlock()
	m := NewModuleObject(cls)
	modules[name] = m
	RegisterClass(cls)
	return m
}

// LookupModule finds a registered module.
func LookupModule(name string) (*ModuleObject, bool) {
	modMu.RLock()
	defer modMu.RUnlock()
	m, ok := modules[name]
	return m, ok
}

// ModuleNames lists the registered modules.
func ModuleNames() []string {
	modMu.RLock()
	defer modMu.RUnlock()
	out := make([]string, 0, len(modules))
	for n := range modules {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// The capabilities a runtime's policy can grant to modules.
const (
	// CapNetwork lets scripts open connections of their own (http, net).
	CapNetwork = "network"
	// CapFiles lets scripts name host files and directories for Docker
	// to read (a build context path, an image file to import, a docker
	// config).
	CapFiles = "files"
)

// CheckModule tells whether env's policy lets scripts load mod; the error
// says which capability is missing.
func CheckModule(env *Env, name string, mod *ModuleObject) error {
	if mod.Capability == "" || (env != nil && env.Allows(mod.Capability)) {
		return nil
	}
	return Errorf(DockerException, "module '%s' needs the %s capability, which this runtime's policy does not grant", name, mod.Capability)
}
