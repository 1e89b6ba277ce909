package bindings

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Class describes a kind of script-visible object: its methods and
// properties, each described once.
type Class struct {
	Name string
	Doc  string
	// Module marks namespaces (docker, docker.types, stdlib modules): the
	// adapters render them as plain tables/objects of bound functions.
	Module bool
	Repr   func(obj Object) string

	mu    sync.Mutex
	order []string                   // member names in declaration order
	decl  []any                      // *Method or *Property, as order
	index atomic.Pointer[classIndex] // built on first lookup; nil after add
}

// classIndex finds a class's members by name. It is built when a class is
// first looked up rather than as members are declared, so that a program
// pays at start-up only for the classes its scripts use.
type classIndex struct {
	members map[string]any // *Method or *Property, by docker-py name
	camel   map[string]string
}

// NewClass declares a class.
func NewClass(name, doc string) *Class {
	return &Class{Name: name, Doc: doc}
}

// NewModule declares a module namespace.
func NewModule(name, doc string) *Class {
	c := NewClass(name, doc)
	c.Module = true
	return c
}

func (c *Class) add(name string, m any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if slices.Contains(c.order, name) {
		panic("bindings: " + c.Name + "." + name + " declared twice")
	}
	c.order = append(c.order, name)
	c.decl = append(c.decl, m)
	c.index.Store(nil)
}

// lookupIndex returns the class's index, building it on first use.
func (c *Class) lookupIndex() *classIndex {
	if ix := c.index.Load(); ix != nil {
		return ix
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ix := c.index.Load(); ix != nil {
		return ix
	}
	ix := &classIndex{members: make(map[string]any, len(c.order)), camel: map[string]string{}}
	for i, name := range c.order {
		ix.members[name] = c.decl[i]
		if cc := CamelCase(name); cc != name {
			ix.camel[cc] = name
		}
	}
	c.index.Store(ix)
	return ix
}

// Lookup finds a method or property by name; with camel, the camelCase
// spelling is accepted as well. The result is a *Method or *Property.
func (c *Class) Lookup(name string, camel bool) any {
	ix := c.lookupIndex()
	if m, ok := ix.members[name]; ok {
		return m
	}
	if camel {
		if n, ok := ix.camel[name]; ok {
			return ix.members[n]
		}
	}
	return nil
}

// declared returns the members in declaration order.
func (c *Class) declared() []any {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clip(c.decl)
}

// Names lists member names in declaration order.
func (c *Class) Names() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.order)
}

// Methods lists the methods in declaration order.
func (c *Class) Methods() []*Method {
	var out []*Method
	for _, d := range c.declared() {
		if m, ok := d.(*Method); ok {
			out = append(out, m)
		}
	}
	return out
}

// Properties lists the properties in declaration order.
func (c *Class) Properties() []*Property {
	var out []*Property
	for _, d := range c.declared() {
		if p, ok := d.(*Property); ok {
			out = append(out, p)
		}
	}
	return out
}

// Property is a read-only attribute of an object.
type Property struct {
	Name  string
	Doc   string
	Class *Class
	get   func(c *Call, self Object) (any, error)
}

// Get reads the property.
func (p *Property) Get(c *Call, self Object) (any, error) {
	v, err := p.get(c, self)
	return v, Convert(err)
}

// Prop declares a property of cls.
func Prop[S Object](cls *Class, name, doc string, get func(c *Call, self S) (any, error)) *Property {
	p := &Property{Name: name, Doc: doc, Class: cls, get: func(c *Call, self Object) (any, error) {
		s, ok := self.(S)
		if !ok {
			return nil, Errorf(InvalidArgument, "%s.%s: receiver is %s, not %s", cls.Name, name, className(self), cls.Name)
		}
		return get(c, s)
	}}
	cls.add(name, p)
	return p
}

// className names the class of a value for messages.
func className(o any) string {
	if ob, ok := o.(Object); ok && ob.Class() != nil {
		return ob.Class().Name
	}
	return typeName(o)
}

// CamelCase turns a docker-py name into its JavaScript spelling:
// exec_run -> execRun, short_id -> shortId.
func CamelCase(s string) string {
	if !strings.Contains(s, "_") || strings.HasPrefix(s, "_") {
		return s
	}
	parts := strings.Split(s, "_")
	var b strings.Builder
	b.WriteString(parts[0])
	for _, p := range parts[1:] {
		if p == "" {
			continue
		}
		b.WriteString(strings.ToUpper(p[:1]))
		b.WriteString(p[1:])
	}
	return b.String()
}

var classes = map[string]*Class{}

// RegisterClass makes a class findable by name (for docs and completion).
func RegisterClass(c *Class) *Class {
	classes[c.Name] = c
	return c
}

// Classes returns every registered class sorted by name.
func Classes() []*Class {
	out := make([]*Class, 0, len(classes))
	for _, c := range classes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
