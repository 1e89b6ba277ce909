package bindings

import (
	"errors"
	"fmt"
	"strings"
)

// IPAMConfig is docker.types.IPAMConfig: the IPAM of a network to create,
// {Driver, Config, Options}.
type IPAMConfig struct{ dockerType }

// IPAMPool is docker.types.IPAMPool: one entry of IPAMConfig's pools,
// {Subnet, IPRange, Gateway, AuxiliaryAddresses}.
type IPAMPool struct{ dockerType }

// The IPAM classes.
var (
	IPAMConfigClass = RegisterClass(NewClass("IPAMConfig", "The IP address management of a network (docker.types.IPAMConfig)."))
	IPAMPoolClass   = RegisterClass(NewClass("IPAMPool", "An address pool of an IPAMConfig (docker.types.IPAMPool)."))
)

// Class implements Object.
func (*IPAMConfig) Class() *Class { return IPAMConfigClass }

// Class implements Object.
func (*IPAMPool) Class() *Class { return IPAMPoolClass }

// IPAMConfigArgs are docker.types.IPAMConfig's parameters.
type IPAMConfigArgs struct {
	Driver      string            `arg:"driver" pos:"0" default:"\"default\"" doc:"The IPAM driver."`
	PoolConfigs any               `arg:"pool_configs" pos:"1" kind:"list" doc:"The address pools: IPAMPool objects (or dicts of their arguments)."`
	Options     map[string]string `arg:"options" pos:"2" doc:"Driver options."`
}

// IPAMPoolArgs are docker.types.IPAMPool's parameters.
type IPAMPoolArgs struct {
	Subnet       *string           `arg:"subnet" pos:"0" doc:"The subnet in CIDR notation, e.g. \"192.168.52.0/24\"."`
	IPRange      *string           `arg:"iprange" pos:"1" doc:"The range endpoints get addresses from, in CIDR notation."`
	Gateway      *string           `arg:"gateway" pos:"2" doc:"The gateway's address."`
	AuxAddresses map[string]string `arg:"aux_addresses" pos:"3" doc:"Addresses the driver must not hand out: {name = ip}."`
}

var ipamConfigCtor, ipamPoolCtor *Method

func newIPAMPool(a *IPAMPoolArgs) *IPAMPool {
	v := map[string]any{"Subnet": nil, "IPRange": nil, "Gateway": nil, "AuxiliaryAddresses": nil}
	for key, p := range map[string]*string{"Subnet": a.Subnet, "IPRange": a.IPRange, "Gateway": a.Gateway} {
		if p != nil {
			v[key] = *p
		}
	}
	if a.AuxAddresses != nil {
		v["AuxiliaryAddresses"] = stringMapAny(a.AuxAddresses)
	}
	return &IPAMPool{dockerType{v}}
}

func newIPAMConfig(a *IPAMConfigArgs) (*IPAMConfig, error) {
	pools := []any{}
	if a.PoolConfigs != nil {
		l, err := ToList(a.PoolConfigs)
		if err != nil {
			return nil, fmt.Errorf("pool_configs %v", err)
		}
		for i, e := range l {
			switch x := e.(type) {
			case *IPAMPool:
				pools = append(pools, x.JSONValue())
			case map[string]any:
				if daemonForm(x) {
					pools = append(pools, toJSONable(x))
					continue
				}
				p, err := fromDict(ipamPoolCtor, x)
				if err != nil {
					return nil, fmt.Errorf("pool_configs item %d: %s", i+1, ctorErrText(ipamPoolCtor, err))
				}
				pools = append(pools, p.JSONValue())
			default:
				return nil, fmt.Errorf("pool_configs item %d must be an IPAMPool or dict, not %s", i+1, typeName(e))
			}
		}
	}
	v := map[string]any{"Driver": a.Driver, "Config": pools}
	if len(a.Options) > 0 {
		v["Options"] = stringMapAny(a.Options)
	}
	return &IPAMConfig{dockerType{v}}, nil
}

// IPAMSpec is the ipam parameter of create_network: an IPAMConfig, a dict
// of its arguments, or a dict in the daemon's form ({Driver, Config}). It
// holds the daemon's form.
type IPAMSpec map[string]any

func toIPAMSpec(v any) (IPAMSpec, error) {
	switch x := v.(type) {
	case *IPAMConfig:
		return x.JSONValue().(map[string]any), nil
	case map[string]any:
		if daemonForm(x) {
			return toJSONable(x).(map[string]any), nil
		}
		o, err := fromDict(ipamConfigCtor, x)
		if err != nil {
			return nil, errors.New(ctorErrText(ipamConfigCtor, err))
		}
		return o.JSONValue().(map[string]any), nil
	}
	return nil, typeError("IPAMConfig or dict", v)
}

var _ = registerIPAMKinds()

func registerIPAMKinds() bool {
	RegisterKind("IPAMConfig|dict", true, toIPAMSpec)
	return true
}

func init() {
	daemonKeyAliases["IPRange"] = "iprange"
	daemonKeyAliases["AuxiliaryAddresses"] = "aux_addresses"
	ipamConfigCtor = ctor("IPAMConfig", "An IP address management configuration for create_network's ipam.", func(a *IPAMConfigArgs) (Object, error) { return newIPAMConfig(a) })
	ipamPoolCtor = ctor("IPAMPool", "An address pool for IPAMConfig's pool_configs.", func(a *IPAMPoolArgs) (Object, error) { return newIPAMPool(a), nil })
	fieldProps[*IPAMConfig](IPAMConfigClass, [][3]string{
		{"driver", "Driver", "The IPAM driver."}, {"pool_configs", "Config", "The address pools."},
		{"options", "Options", "Driver options."},
	})
	fieldProps[*IPAMPool](IPAMPoolClass, [][3]string{
		{"subnet", "Subnet", "The subnet."}, {"iprange", "IPRange", "The range endpoints get addresses from."},
		{"gateway", "Gateway", "The gateway's address."}, {"aux_addresses", "AuxiliaryAddresses", "Reserved addresses."},
	})
}

// ctorErrText is the message of a constructor's error without the
// constructor's name, for a message about the argument it was built from.
func ctorErrText(m *Method, err error) string {
	return strings.TrimPrefix(errText(err), m.FullName()+"(): ")
}
