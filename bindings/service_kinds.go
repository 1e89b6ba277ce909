package bindings

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The parameter kinds of the service and swarm specs. docker-py takes a
// docker.types value or a plain dict wherever one is expected; so do these
// kinds: a dict in the daemon's form (capitalized keys, as inspect answers
// and docker-py's own values have) is sent as it is, a dict of the type's
// keywords builds the type, as Type(**d) would. Anything else is refused,
// naming the parameter, before any request.

// The spec values, each the daemon's JSON form of the value given. A nil
// value means the parameter was not given.
type (
	// ContainerSpecDict is a ContainerSpec or dict.
	ContainerSpecDict map[string]any
	// TaskTemplateDict is a TaskTemplate or dict.
	TaskTemplateDict map[string]any
	// ResourcesDict is a Resources or dict.
	ResourcesDict map[string]any
	// SwarmRestartPolicyDict is a (swarm) RestartPolicy or dict.
	SwarmRestartPolicyDict map[string]any
	// PlacementDict is a Placement, dict, or list of constraints.
	PlacementDict map[string]any
	// UpdateConfigDict is an UpdateConfig, RollbackConfig or dict.
	UpdateConfigDict map[string]any
	// EndpointSpecDict is an EndpointSpec or dict.
	EndpointSpecDict map[string]any
	// DNSConfigDict is a DNSConfig or dict.
	DNSConfigDict map[string]any
	// PrivilegesDict is a Privileges or dict.
	PrivilegesDict map[string]any
	// SwarmSpecDict is a SwarmSpec or dict.
	SwarmSpecDict map[string]any
	// SwarmExternalCADict is a SwarmExternalCA or dict.
	SwarmExternalCADict map[string]any
	// ServiceModeSpec is a ServiceMode, a mode name or a dict.
	ServiceModeSpec map[string]any
	// NodeSpec is a node's spec {Role, Availability, Labels, Name}.
	NodeSpec map[string]any
)

// The lists of the specs, each item in the daemon's JSON form. A given
// list is never nil, so that an empty one is sent as docker-py sends it.
type (
	// ServiceNetworks are network names or IDs, NetworkAttachmentConfig
	// values or dicts; a name becomes {Target = name}.
	ServiceNetworks []any
	// SecretRefs are SecretReference values or dicts.
	SecretRefs []any
	// ConfigRefs are ConfigReference values or dicts.
	ConfigRefs []any
	// ExternalCAs are SwarmExternalCA values or dicts.
	ExternalCAs []any
	// PlacementPrefs are PlacementPreference values, dicts or (strategy,
	// descriptor) pairs.
	PlacementPrefs []any
	// Platforms are (architecture, os) pairs.
	Platforms []any
	// GenericResources are {kind = int or str} or the daemon's list.
	GenericResources []any
	// ServicePorts are {published = target} or {published = {target,
	// protocol, mode}}, or the daemon's list.
	ServicePorts []any
	// TaskHosts are /etc/hosts entries: {host = ip} (sent as "ip host") or
	// a list of "ip host" strings.
	TaskHosts []string
)

// ForceUpdate is Service.update's force_update: true increases the
// service's counter, an int sets it.
type ForceUpdate struct {
	Counter int64
	Bump    bool
	Given   bool
}

// The constructors the dict forms are built with; set by init.
var (
	serviceModeCtor, taskTemplateCtor, containerSpecCtor, resourcesCtor  *Method
	updateConfigCtor, endpointSpecCtor, placementCtor, placementPrefCtor *Method
	secretRefCtor, configRefCtor, networkAttachmentCtor, dnsConfigCtor   *Method
	privilegesCtor, swarmSpecCtor, externalCACtor, restartPolicyCtor     *Method
)

// typeOrDict reads a docker.types value of one of classes, or a dict: one
// in the daemon's form (or empty) as it is, one of keywords built by ctor.
func typeOrDict(v any, ctor *Method, classes ...*Class) (map[string]any, error) {
	names := make([]string, len(classes))
	for i, cls := range classes {
		names[i] = cls.Name
	}
	want := strings.Join(names, " or ") + " or dict"
	switch x := v.(type) {
	case dictObject:
		for _, cls := range classes {
			if x.Class() == cls {
				d, _ := x.JSONValue().(map[string]any)
				return d, nil
			}
		}
	case map[string]any:
		if len(x) == 0 || daemonForm(x) {
			d, _ := toJSONable(x).(map[string]any)
			return d, nil
		}
		o, err := fromDict(ctor, x)
		if err != nil {
			return nil, fmt.Errorf("is not a valid %s: %s", classes[0].Name, ctorErrText(ctor, err))
		}
		d, _ := o.JSONValue().(map[string]any)
		return d, nil
	}
	return nil, typeError(want, v)
}

// typedList reads a list whose items are docker.types values of cls or
// dicts.
func typedList(v any, ctor *Method, cls *Class) ([]any, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of "+cls.Name, v)
	}
	out := make([]any, 0, len(l))
	for i, e := range l {
		d, err := typeOrDict(e, ctor, cls)
		if err != nil {
			return nil, fmt.Errorf("item %d %v", i+1, err)
		}
		out = append(out, d)
	}
	return out, nil
}

// specKind registers a type-or-dict kind.
func specKind[T ~map[string]any](name string, ctor **Method, classes ...*Class) {
	RegisterKind(name, true, func(v any) (T, error) {
		d, err := typeOrDict(v, *ctor, classes...)
		return T(d), err
	})
}

func toPlacementDict(v any) (PlacementDict, error) {
	switch v.(type) {
	case []any, Tuple:
		c, err := ToStrings(v)
		if err != nil {
			return nil, fmt.Errorf("as a list of constraints %v", err)
		}
		p, err := newPlacement(&PlacementArgs{Constraints: c})
		if err != nil {
			return nil, err
		}
		d, _ := p.JSONValue().(map[string]any)
		return d, nil
	}
	d, err := typeOrDict(v, placementCtor, PlacementClass)
	if err != nil {
		return nil, fmt.Errorf("%v (or a list of constraints)", err)
	}
	return d, nil
}

// serviceModeKeys are the keys of a mode dict in the daemon's form
// (matched case-insensitively, as the daemon does).
var serviceModeKeys = map[string]bool{"replicated": true, "global": true, "replicatedjob": true, "globaljob": true}

func toServiceModeSpec(v any) (ServiceModeSpec, error) {
	switch x := v.(type) {
	case string:
		m, err := newServiceMode(&ServiceModeArgs{Mode: x})
		if err != nil {
			return nil, err
		}
		return m.v, nil
	case *ServiceMode:
		d, _ := x.JSONValue().(map[string]any)
		return d, nil
	case map[string]any:
		if _, kw := x["mode"]; kw {
			o, err := fromDict(serviceModeCtor, x)
			if err != nil {
				return nil, fmt.Errorf("is not a valid ServiceMode: %s", ctorErrText(serviceModeCtor, err))
			}
			d, _ := o.JSONValue().(map[string]any)
			return d, nil
		}
		for _, k := range sortedKeys(x) {
			if !serviceModeKeys[strings.ToLower(k)] {
				return nil, fmt.Errorf("has the key '%s', not a mode (replicated, global, ReplicatedJob, GlobalJob)", clip(k))
			}
			if _, err := dictArg(k, x[k]); err != nil {
				return nil, fmt.Errorf("key '%s' must be a dict, not %s", clip(k), typeName(x[k]))
			}
		}
		if len(x) > 1 {
			return nil, fmt.Errorf("must have one mode, not %d", len(x))
		}
		d, _ := toJSONable(x).(map[string]any)
		return d, nil
	}
	return nil, typeError("ServiceMode, mode name or dict", v)
}

func toServiceNetworks(v any) (ServiceNetworks, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of network names or NetworkAttachmentConfig", v)
	}
	out := make(ServiceNetworks, 0, len(l))
	for i, n := range l {
		if s, ok := n.(string); ok {
			if s == "" {
				return nil, fmt.Errorf("item %d must be a network name or ID, not an empty str", i+1)
			}
			out = append(out, map[string]any{"Target": s})
			continue
		}
		d, err := typeOrDict(n, networkAttachmentCtor, NetworkAttachmentConfigClass)
		if err != nil {
			return nil, fmt.Errorf("item %d %v (or a network name)", i+1, err)
		}
		out = append(out, d)
	}
	return out, nil
}

func toPlacementPrefs(v any) (PlacementPrefs, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of PlacementPreference or (strategy, descriptor) pairs", v)
	}
	out := make(PlacementPrefs, 0, len(l))
	for i, p := range l {
		if t, ok := pair(p); ok {
			s, sok := t[0].(string)
			desc, dok := t[1].(string)
			if !sok || !dok {
				return nil, fmt.Errorf("item %d must be a (strategy, descriptor) pair of str, not (%s, %s)", i+1, typeName(t[0]), typeName(t[1]))
			}
			pp, err := newPlacementPreference(&PlacementPreferenceArgs{Strategy: s, Descriptor: desc})
			if err != nil {
				return nil, fmt.Errorf("item %d: %v", i+1, err)
			}
			out = append(out, pp.JSONValue())
			continue
		}
		d, err := typeOrDict(p, placementPrefCtor, PlacementPreferenceClass)
		if err != nil {
			return nil, fmt.Errorf("item %d %v (or a (strategy, descriptor) pair)", i+1, err)
		}
		out = append(out, d)
	}
	return out, nil
}

func toPlatforms(v any) (Platforms, error) {
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("list of (architecture, os) pairs", v)
	}
	out := make(Platforms, 0, len(l))
	for i, p := range l {
		t, ok := pair(p)
		if !ok {
			return nil, fmt.Errorf("item %d must be an (architecture, os) pair, not %s", i+1, typeName(p))
		}
		arch, aok := t[0].(string)
		os, ook := t[1].(string)
		if !aok || !ook {
			return nil, fmt.Errorf("item %d must be an (architecture, os) pair of str, not (%s, %s)", i+1, typeName(t[0]), typeName(t[1]))
		}
		out = append(out, map[string]any{"Architecture": arch, "OS": os})
	}
	return out, nil
}

// toGenericResources is docker-py's _convert_generic_resources_dict:
// {kind = int} is a DiscreteResourceSpec, {kind = str} a NamedResourceSpec;
// a list is the daemon's form already.
func toGenericResources(v any) (GenericResources, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		out := make(GenericResources, 0, len(d))
		for _, k := range sortedKeys(d) {
			var spec map[string]any
			if s, ok := d[k].(string); ok {
				spec = map[string]any{"NamedResourceSpec": map[string]any{"Kind": k, "Value": s}}
			} else if n, err := ToInt(d[k]); err == nil && isInt(d[k]) {
				spec = map[string]any{"DiscreteResourceSpec": map[string]any{"Kind": k, "Value": n}}
			} else {
				return nil, fmt.Errorf("key '%s' must be an int (discrete) or a str (named), not %s", clip(k), typeName(d[k]))
			}
			out = append(out, spec)
		}
		return out, nil
	}
	l, err := ToList(v)
	if err != nil {
		return nil, typeError("dict or list", v)
	}
	out := make(GenericResources, 0, len(l))
	for i, e := range l {
		d, ok := e.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("item %d must be a dict such as {DiscreteResourceSpec = {Kind, Value}}, not %s", i+1, typeName(e))
		}
		out = append(out, toJSONable(d))
	}
	return out, nil
}

// toServicePorts is docker-py's convert_service_ports: {published =
// target} or {published = {target, protocol, mode}} becomes the daemon's
// list, in the order of the published ports; a list is that form already.
func toServicePorts(v any) (ServicePorts, error) {
	d, ok := v.(map[string]any)
	if !ok || len(d) == 0 {
		l, err := ToList(v)
		if err != nil {
			return nil, typeError("dict or list", v)
		}
		out := make(ServicePorts, 0, len(l))
		for i, e := range l {
			p, ok := e.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("item %d must be a dict such as {TargetPort = 80, PublishedPort = 8080}, not %s", i+1, typeName(e))
			}
			out = append(out, toJSONable(p))
		}
		return out, nil
	}
	type entry struct {
		n   int64
		key string
	}
	keys := make([]entry, 0, len(d))
	for k := range d {
		n, err := strconv.ParseInt(k, 10, 64)
		if err != nil || n < 0 || n > math.MaxUint16 {
			return nil, fmt.Errorf("has the published port %q, not a port number", clip(k))
		}
		keys = append(keys, entry{n, k})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].n < keys[j].n })
	out := make(ServicePorts, 0, len(keys))
	for _, k := range keys {
		spec := map[string]any{"Protocol": "tcp", "PublishedPort": k.n}
		target := d[k.key]
		var rest []any
		switch t := target.(type) {
		case []any, Tuple:
			l, _ := ToList(t)
			if len(l) == 0 || len(l) > 3 {
				return nil, fmt.Errorf("port %s: a service port configuration has 1 to 3 items: (target_port, protocol, mode)", k.key)
			}
			target, rest = l[0], l[1:]
		}
		n, err := ToInt(target)
		if err != nil || !isInt(target) || n < 0 || n > math.MaxUint16 {
			return nil, fmt.Errorf("port %s: the target port must be an int from 0 to 65535, not %s", k.key, clipValue(target))
		}
		spec["TargetPort"] = n
		for i, key := range []string{"Protocol", "PublishMode"} {
			if i >= len(rest) || rest[i] == nil {
				continue
			}
			s, ok := rest[i].(string)
			if !ok {
				return nil, fmt.Errorf("port %s: the %s must be str, not %s", k.key, strings.ToLower(key), typeName(rest[i]))
			}
			spec[key] = s
		}
		out = append(out, spec)
	}
	return out, nil
}

// clipValue renders a refused scalar for a message, or its type.
func clipValue(v any) string {
	if s, ok := scalarString(v); ok {
		return clip(s)
	}
	return typeName(v)
}

// toTaskHosts is docker-py's format_extra_hosts(task=True): {host = ip}
// becomes "ip host" entries (sorted by host); a list is sent as it is.
func toTaskHosts(v any) (TaskHosts, error) {
	if d, ok := v.(map[string]any); ok && len(d) > 0 {
		out := make(TaskHosts, 0, len(d))
		for _, k := range sortedKeys(d) {
			ip, ok := d[k].(string)
			if !ok {
				return nil, fmt.Errorf("the address of '%s' must be str, not %s", clip(k), typeName(d[k]))
			}
			out = append(out, ip+" "+k)
		}
		return out, nil
	}
	l, err := ToStrings(v)
	if err != nil {
		return nil, typeError("dict {host = ip} or list of \"ip host\"", v)
	}
	return l, nil
}

// nodeSpecKeys check the fields of a node's spec.
var nodeSpecKeys = map[string]func(v any) error{
	"Name": func(v any) error { _, err := ToString(v); return err },
	"Role": func(v any) error { return oneOf(v, "worker", "manager") },
	"Availability": func(v any) error {
		return oneOf(v, "active", "pause", "drain")
	},
	"Labels": func(v any) error { _, err := ToStringMap(v); return err },
}

func oneOf(v any, names ...string) error {
	s, ok := v.(string)
	if !ok {
		return typeError("str", v)
	}
	for _, n := range names {
		if s == n {
			return nil
		}
	}
	return fmt.Errorf("must be %s, not %q", strings.Join(names, " or "), clip(s))
}

func toNodeSpec(v any) (NodeSpec, error) {
	d, err := ToDict(v)
	if err != nil {
		if l, lerr := ToList(v); lerr == nil && len(l) == 0 {
			return NodeSpec{}, nil
		}
		return nil, typeError("dict {Role, Availability, Labels, Name}", v)
	}
	out := make(NodeSpec, len(d))
	for _, k := range sortedKeys(d) {
		// the daemon reads the keys case-insensitively; they are sent
		// capitalized
		key := canonicalKey(k, "Availability", "Labels", "Name", "Role")
		if key == "" {
			return nil, fmt.Errorf("has the key '%s', not one of Availability, Labels, Name, Role", clip(k))
		}
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("has the key '%s' twice", key)
		}
		if d[k] == nil {
			out[key] = nil
			continue
		}
		if err := nodeSpecKeys[key](d[k]); err != nil {
			return nil, fmt.Errorf("key '%s' %v", key, err)
		}
		out[key] = toJSONable(d[k])
	}
	return out, nil
}

// canonicalKey is the one of keys that k spells in any case, or "".
func canonicalKey(k string, keys ...string) string {
	for _, c := range keys {
		if strings.EqualFold(k, c) {
			return c
		}
	}
	return ""
}

func toForceUpdate(v any) (ForceUpdate, error) {
	if b, ok := v.(bool); ok {
		return ForceUpdate{Bump: b, Given: b}, nil
	}
	n, err := ToInt(v)
	if err != nil || !isInt(v) {
		return ForceUpdate{}, typeError("int or bool", v)
	}
	return ForceUpdate{Counter: n, Given: true}, nil
}

var _ = registerServiceKinds()

func registerServiceKinds() bool {
	specKind[ContainerSpecDict]("ContainerSpec|dict", &containerSpecCtor, ContainerSpecClass)
	specKind[TaskTemplateDict]("TaskTemplate|dict", &taskTemplateCtor, TaskTemplateClass)
	specKind[ResourcesDict]("Resources|dict", &resourcesCtor, ResourcesClass)
	specKind[SwarmRestartPolicyDict]("RestartPolicy|dict", &restartPolicyCtor, RestartPolicyClass)
	specKind[UpdateConfigDict]("UpdateConfig|dict", &updateConfigCtor, UpdateConfigClass, RollbackConfigClass)
	specKind[EndpointSpecDict]("EndpointSpec|dict", &endpointSpecCtor, EndpointSpecClass)
	specKind[DNSConfigDict]("DNSConfig|dict", &dnsConfigCtor, DNSConfigClass)
	specKind[PrivilegesDict]("Privileges|dict", &privilegesCtor, PrivilegesClass)
	specKind[SwarmSpecDict]("SwarmSpec|dict", &swarmSpecCtor, SwarmSpecClass)
	registerOptionalDict("SwarmSpec|dict", func(v any) (SwarmSpecDict, error) { return typeOrDict(v, swarmSpecCtor, SwarmSpecClass) })
	specKind[SwarmExternalCADict]("SwarmExternalCA|dict", &externalCACtor, SwarmExternalCAClass)
	RegisterKind("Placement|dict|list", true, toPlacementDict)
	RegisterKind("ServiceMode|dict|str", true, toServiceModeSpec)
	RegisterKind("dict", true, toNodeSpec)
	RegisterKind("list", false, toServiceNetworks)
	RegisterKind("list", false, func(v any) (SecretRefs, error) { return typedList(v, secretRefCtor, SecretReferenceClass) })
	RegisterKind("list", false, func(v any) (ConfigRefs, error) { return typedList(v, configRefCtor, ConfigReferenceClass) })
	RegisterKind("list", false, func(v any) (ExternalCAs, error) { return typedList(v, externalCACtor, SwarmExternalCAClass) })
	RegisterKind("list", false, toPlacementPrefs)
	RegisterKind("list", false, toPlatforms)
	RegisterKind("dict|list", true, toGenericResources)
	RegisterKind("dict|list", true, toServicePorts)
	RegisterKind("dict|list", true, toTaskHosts)
	registerOptional("list of str", ToStrings)
	RegisterKind("int|bool", false, toForceUpdate)
	return true
}

// Helpers that put typed values into a spec as the neutral values its JSON
// form holds: nil when not given.

func optStr(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func optInt(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func optBool(p *bool) any {
	if p == nil {
		return nil
	}
	return *p
}

func optStrings(l []string) any {
	if l == nil {
		return nil
	}
	return stringsAny(l)
}

func optStringMap(m map[string]string) any {
	if m == nil {
		return nil
	}
	return stringMapAny(m)
}

// optMap is a spec value as a plain dict, nil when not given.
func optMap[T ~map[string]any](m T) any {
	if m == nil {
		return nil
	}
	return map[string]any(m)
}

// optList is a spec list as a plain list, nil when not given.
func optList[T ~[]any](l T) any {
	if l == nil {
		return nil
	}
	return []any(l)
}
