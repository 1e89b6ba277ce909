package bindings

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Param describes one parameter of a method, read once from the tags of
// the method's argument struct:
//
//	Image   string   `arg:"image" pos:"0" req:"true" doc:"The image to run."`
//	Detach  bool     `arg:"detach" doc:"Run in the background."`
//	Tail    StrOrInt `arg:"tail" default:"\"all\""`
//
// pos gives a positional index, req marks a required parameter, default is
// a JSON literal applied when the argument is not given. Embedded structs
// contribute their parameters, so parameter sets compose.
type Param struct {
	Name     string
	Camel    string
	Pos      int // -1 for keyword-only
	Required bool
	Kind     string // the accepted script types, for messages and docs ("str", "str|list", ...)
	Default  any
	HasDef   bool
	Doc      string
	Dict     bool // accepts a dict value, so a trailing table can fill it positionally
	nullable bool // a pointer or interface field: not given means None
	index    int
	set      setter
}

// Method describes one method of a class.
type Method struct {
	Name  string
	Doc   string
	Class *Class
	// params is filled from the argument struct on first use (Parameters,
	// Invoke, Param, Signature), so a process pays the reflection only for
	// the methods it calls.
	params []*Param
	prep   sync.Once
	load   func()
	// Ctor marks constructors (docker.DockerClient, docker.types.*): JS
	// allows them to be called with new.
	Ctor bool
	// api is the client.api method a derived method (Bind, Forward) calls.
	api        *Method
	positional []*Param
	byName     map[string]*Param
	byCamel    map[string]*Param
	invoke     func(c *Call, self Object, args []any) (any, error)
}

// Parameters returns the method's parameters in declaration order.
func (m *Method) Parameters() []*Param {
	m.prep.Do(m.load)
	return m.params
}

// FullName is "Class.method", the name used in messages.
func (m *Method) FullName() string { return m.Class.Name + "." + m.Name }

// Signature renders the method as docker-py would document it: the
// positional parameters in order, then the keyword ones.
func (m *Method) Signature() string {
	params := m.Parameters()
	parts := make([]string, 0, len(params))
	for _, p := range m.positional {
		parts = append(parts, p.signature())
	}
	star := false
	for _, p := range params {
		if p.Pos < 0 {
			if !star {
				parts = append(parts, "*")
				star = true
			}
			parts = append(parts, p.signature())
		}
	}
	return m.Name + "(" + strings.Join(parts, ", ") + ")"
}

func (p *Param) signature() string {
	switch {
	case p.Required:
		return p.Name
	case p.HasDef:
		return p.Name + "=" + reprDefault(p.Default)
	case p.Kind == "bool" && !p.nullable:
		return p.Name + "=False"
	}
	return p.Name + "=None"
}

func reprDefault(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case bool:
		if x {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	}
	return fmt.Sprint(v)
}

// Param finds a parameter by name (camelCase too when camel is set).
func (m *Method) Param(name string, camel bool) *Param {
	m.prep.Do(m.load)
	if p, ok := m.byName[name]; ok {
		return p
	}
	if camel {
		return m.byCamel[name]
	}
	return nil
}

// Invoke calls the method with script arguments: positional values, the
// last of which may be a dict of keyword arguments (SCRIPTING.md §4).
// Argument errors are InvalidArgument exceptions raised before any request.
func (m *Method) Invoke(c *Call, self Object, args []any) (any, error) {
	m.prep.Do(m.load)
	var cc Call
	if c != nil {
		cc = *c
	}
	cc.method = m
	v, err := invokeGuarded(&cc, m, self, args)
	return v, Convert(err)
}

// NoArgs is the argument struct of methods without parameters.
type NoArgs struct{}

// Def declares a method of cls implemented by fn. The parameters come from
// the tags of A; the reflection happens once, when the method is first
// used (a test reads every description, so bad tags still fail early).
func Def[S Object, A any](cls *Class, name, doc string, fn func(c *Call, self S, a *A) (any, error)) *Method {
	m := &Method{Name: name, Doc: doc, Class: cls}
	m.load = func() {
		m.byName, m.byCamel = map[string]*Param{}, map[string]*Param{}
		var zero A
		t := reflect.TypeOf(zero)
		collectParams(m, t, 0)
		applyOrder(m, t)
		if len(m.params) > 128 {
			panic("bindings: " + m.FullName() + " has more than 128 parameters")
		}
		sortPositional(m)
	}
	m.invoke = func(c *Call, self Object, args []any) (any, error) {
		s, ok := self.(S)
		if !ok {
			return nil, ArgError(c.Name(), "receiver is %s, not %s", className(self), cls.Name)
		}
		a := new(A)
		if err := m.bind(c, unsafe.Pointer(a), args); err != nil {
			return nil, err
		}
		return fn(c, s, a)
	}
	cls.add(name, m)
	return m
}

// Func declares a method that needs no receiver state (module functions).
func Func[A any](cls *Class, name, doc string, fn func(c *Call, a *A) (any, error)) *Method {
	return Def(cls, name, doc, func(c *Call, _ Object, a *A) (any, error) { return fn(c, a) })
}

func collectParams(m *Method, t reflect.Type, base uintptr) {
	if t.Kind() != reflect.Struct {
		panic("bindings: arguments of " + m.FullName() + " must be a struct")
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, ok := f.Tag.Lookup("arg")
		if f.Name == "_" {
			continue
		}
		if !ok {
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				collectParams(m, f.Type, base+f.Offset)
			}
			continue
		}
		k := kindOf(f.Type)
		if k == nil {
			panic(fmt.Sprintf("bindings: %s: parameter %s has unsupported type %s", m.FullName(), name, f.Type))
		}
		p := &Param{Name: name, Camel: CamelCase(name), Pos: -1, Kind: k.name, Dict: k.dict, Doc: f.Tag.Get("doc"), index: len(m.params),
			nullable: f.Type.Kind() == reflect.Pointer || f.Type.Kind() == reflect.Interface}
		if kn := f.Tag.Get("kind"); kn != "" {
			p.Kind = kn
		}
		if ps := f.Tag.Get("pos"); ps != "" {
			n, err := strconv.Atoi(ps)
			if err != nil {
				panic("bindings: bad pos tag on " + m.FullName() + "." + name)
			}
			p.Pos = n
		}
		p.Required = f.Tag.Get("req") == "true"
		if d, ok := f.Tag.Lookup("default"); ok {
			v, err := DecodeJSON([]byte(d))
			if err != nil {
				panic("bindings: bad default on " + m.FullName() + "." + name + ": " + err.Error())
			}
			p.Default, p.HasDef = v, true
		}
		p.set = k.make(base + f.Offset)
		if p.HasDef {
			var probe = reflect.New(t)
			if err := k.make(f.Offset)(probe.UnsafePointer(), p.Default); err != nil {
				panic("bindings: default of " + m.FullName() + "." + name + ": " + err.Error())
			}
		}
		if _, dup := m.byName[name]; dup {
			panic("bindings: parameter " + name + " of " + m.FullName() + " declared twice")
		}
		m.params = append(m.params, p)
		m.byName[name] = p
		if p.Camel != name {
			m.byCamel[p.Camel] = p
		}
	}
}

// applyOrder reads the signature marker of an argument struct, a blank
// field tagged with docker-py's positional order:
//
//	_ struct{} `order:"image,command,hostname" only:"true"`
//
// The named parameters take those positions and every other one becomes
// keyword-only; with only, the others are left out of the method. It lets
// a method reuse embedded parameter sets in its own positional order.
func applyOrder(m *Method, t reflect.Type) {
	f, ok := t.FieldByName("_")
	if !ok {
		return
	}
	order := f.Tag.Get("order")
	pos := map[string]int{}
	if order != "" {
		for i, n := range strings.Split(order, ",") {
			pos[n] = i
		}
	}
	only := f.Tag.Get("only") == "true"
	kept := m.params[:0]
	for _, p := range m.params {
		i, named := pos[p.Name]
		switch {
		case named:
			p.Pos = i
		case only:
			delete(m.byName, p.Name)
			delete(m.byCamel, p.Camel)
			continue
		default:
			p.Pos = -1
		}
		p.index = len(kept)
		kept = append(kept, p)
	}
	for n := range pos {
		if _, ok := m.byName[n]; !ok {
			panic("bindings: " + m.FullName() + ": order names unknown parameter " + n)
		}
	}
	m.params = kept
}

func sortPositional(m *Method) {
	for _, p := range m.params {
		if p.Pos < 0 {
			continue
		}
		for len(m.positional) <= p.Pos {
			m.positional = append(m.positional, nil)
		}
		if m.positional[p.Pos] != nil {
			panic("bindings: two parameters at one position in " + m.FullName())
		}
		m.positional[p.Pos] = p
	}
	for i, p := range m.positional {
		if p == nil {
			panic(fmt.Sprintf("bindings: %s has no parameter at position %d", m.FullName(), i))
		}
	}
}

type paramSet [2]uint64

func (s *paramSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }
func (s *paramSet) add(i int)      { s[i>>6] |= 1 << (i & 63) }

// split separates script arguments into positional values and keyword
// arguments (a trailing dict whose keys are all parameter names, unless it
// fills a dict positional), checking their count against m.
func (m *Method) split(c *Call, args []any) ([]any, map[string]any, error) {
	camel := c != nil && c.Camel
	var kw map[string]any
	if n := len(args); n > 0 {
		if d, ok := args[n-1].(map[string]any); ok {
			// the first unknown key in order, so the message is stable
			bad, unknown := "", false
			for k := range d {
				if m.Param(k, camel) == nil && (!unknown || k < bad) {
					bad, unknown = k, true
				}
			}
			switch {
			case !unknown:
				kw, args = d, args[:n-1]
			case n-1 < len(m.positional) && m.positional[n-1].Dict:
				// a dict that fills the next positional parameter
			default:
				return nil, nil, ArgError(c.Name(), "unexpected keyword argument '%s'", bad)
			}
		}
	}
	if len(args) > len(m.positional) {
		return nil, nil, ArgError(c.Name(), "takes %d positional arguments but %d were given", len(m.positional), len(args))
	}
	return args, kw, nil
}

func (m *Method) bind(c *Call, ptr unsafe.Pointer, args []any) error {
	camel := c != nil && c.Camel
	args, kw, err := m.split(c, args)
	if err != nil {
		return err
	}
	var given paramSet
	for i, v := range args {
		p := m.positional[i]
		if v == nil {
			continue
		}
		if err := p.setChecked(ptr, v); err != nil {
			return ArgError(c.Name(), "argument '%s' %v", p.Name, err)
		}
		given.add(p.index)
	}
	for k, v := range kw {
		p := m.Param(k, camel)
		if given.has(p.index) {
			return ArgError(c.Name(), "got multiple values for argument '%s'", p.Name)
		}
		if v == nil {
			continue
		}
		if err := p.setChecked(ptr, v); err != nil {
			return ArgError(c.Name(), "argument '%s' %v", p.Name, err)
		}
		given.add(p.index)
	}
	for _, p := range m.params {
		if given.has(p.index) {
			continue
		}
		if p.Required {
			return ArgError(c.Name(), "missing required argument '%s'", p.Name)
		}
		if p.HasDef {
			if err := p.set(ptr, p.Default); err != nil {
				return ArgError(c.Name(), "default of '%s' %v", p.Name, err)
			}
		}
	}
	return nil
}

// setChecked sets a script's value: a dict or list holding NaN or an
// infinity anywhere is refused (no JSON can carry it), the rest is the
// kind's to judge.
func (p *Param) setChecked(ptr unsafe.Pointer, v any) error {
	switch v.(type) {
	case map[string]any, []any, Tuple:
		if where, bad := nonFinite(v, 0); bad {
			return fmt.Errorf("holds a number that is NaN or infinite (at %s)", where)
		}
	}
	return p.set(ptr, v)
}

// nonFinite finds a NaN or infinite float inside v and tells where.
func nonFinite(v any, depth int) (string, bool) {
	if depth > 200 {
		return "", false
	}
	switch x := v.(type) {
	case float64:
		return "", math.IsNaN(x) || math.IsInf(x, 0)
	case map[string]any:
		for k, e := range x {
			if where, bad := nonFinite(e, depth+1); bad {
				return "[" + strconv.Quote(k) + "]" + where, true
			}
		}
	case []any:
		for i, e := range x {
			if where, bad := nonFinite(e, depth+1); bad {
				return "[" + strconv.Itoa(i+1) + "]" + where, true
			}
		}
	case Tuple:
		return nonFinite([]any(x), depth)
	}
	return "", false
}
