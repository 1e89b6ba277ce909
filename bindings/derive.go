package bindings

// APIUser is implemented by collections and models: the objects whose
// methods are calls into client.api (docker-py's models hold the client
// and call client.api the same way).
type APIUser interface {
	Object
	API() *APIClient
}

// Resource is a model with a daemon-side ID, passed to the api method as
// its first argument (the container of api.logs, the image of api.tag...).
type Resource interface {
	APIUser
	Identifier
}

// Derived configures a method that reuses an api method's declaration.
type Derived struct {
	// Doc replaces the api method's doc.
	Doc string
	// KeywordOnly makes the derived parameters keyword-only, as docker-py
	// models that take **kwargs and forward them; the first Positional of
	// them stay positional (commit(repository=None, tag=None, **kwargs)).
	KeywordOnly bool
	Positional  int
	// Then turns the api method's result into the model method's (commit
	// returns an Image where api.commit returns {Id}).
	Then func(c *Call, self Object, v any) (any, error)
	// Self names the api parameter a bound model fills when it is not the
	// first: Network.connect(container, ...) is
	// api.connect_container_to_network(container, net_id=network, ...).
	Self string
}

// Bind declares a model method that is api with the model itself as the
// first argument: docker-py's `def rename(self, name): return
// self.client.api.rename(self.id, name)`. Its parameters are api's after
// the first, with api's names, order and defaults; nothing is declared
// twice.
func Bind[S Resource](cls *Class, name string, api *Method, d Derived) *Method {
	return derive[S](cls, name, api, d, true)
}

// Forward declares a method of a collection or client that is api called
// with the same arguments (client.ping, containers.prune).
func Forward[S APIUser](cls *Class, name string, api *Method, d Derived) *Method {
	return derive[S](cls, name, api, d, false)
}

func derive[S APIUser](cls *Class, name string, api *Method, d Derived, bound bool) *Method {
	doc := d.Doc
	if doc == "" {
		doc = api.Doc
	}
	m := &Method{Name: name, Doc: doc, Class: cls, Ctor: api.Ctor, api: api}
	m.load = func() {
		api.prep.Do(api.load)
		m.byName, m.byCamel = map[string]*Param{}, map[string]*Param{}
		selfPos := 0
		if d.Self != "" {
			p, ok := api.byName[d.Self]
			if !ok || p.Pos < 0 {
				panic("bindings: " + m.FullName() + ": " + api.FullName() + " has no positional parameter " + d.Self)
			}
			selfPos = p.Pos
		}
		for _, p := range api.params {
			if bound && p.Pos == selfPos {
				continue
			}
			q := *p
			if bound && q.Pos > selfPos {
				q.Pos--
			}
			if d.KeywordOnly && q.Pos >= d.Positional {
				q.Pos = -1
			}
			m.params = append(m.params, &q)
			m.byName[q.Name] = &q
			if q.Camel != q.Name {
				m.byCamel[q.Camel] = &q
			}
		}
		sortPositional(m)
	}
	m.invoke = func(c *Call, self Object, args []any) (any, error) {
		s, ok := self.(S)
		if !ok {
			return nil, ArgError(c.Name(), "receiver is %s, not %s", className(self), cls.Name)
		}
		pos, kw, err := m.split(c, args)
		if err != nil {
			return nil, err
		}
		var full []any
		if d.Self != "" {
			if full, err = m.selfArgs(c, d.Self, s, pos, kw); err != nil {
				return nil, err
			}
		} else {
			full = make([]any, 0, len(pos)+2)
			if bound {
				full = append(full, s)
			}
			full = append(full, pos...)
			if kw != nil {
				full = append(full, kw)
			}
		}
		v, err := api.invoke(c, s.API(), full)
		if err != nil || d.Then == nil {
			return v, err
		}
		return d.Then(c, s, v)
	}
	cls.add(name, m)
	return m
}

// selfArgs passes a derived method's arguments to its api method by name,
// with the model as the parameter self: the model's place is in the
// middle of the api method's positional parameters.
func (m *Method) selfArgs(c *Call, self string, s Object, pos []any, kw map[string]any) ([]any, error) {
	camel := c != nil && c.Camel
	named := make(map[string]any, len(pos)+len(kw)+1)
	for i, v := range pos {
		named[m.positional[i].Name] = v
	}
	for k, v := range kw {
		p := m.Param(k, camel)
		if p.Pos >= 0 && p.Pos < len(pos) {
			return nil, ArgError(c.Name(), "got multiple values for argument '%s'", p.Name)
		}
		named[p.Name] = v
	}
	named[self] = s
	return []any{named}, nil
}
