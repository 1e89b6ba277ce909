package bindings

import (
	"fmt"

	"github.com/dscript/dscript/engine"
)

// NetworkCollection is client.networks.
type NetworkCollection struct {
	client *Client
}

// NetworkCollectionClass describes client.networks.
var NetworkCollectionClass = RegisterClass(NewClass("NetworkCollection", "The networks of the daemon (client.networks)."))

// Class implements Object.
func (nc *NetworkCollection) Class() *Class { return NetworkCollectionClass }

// API implements APIUser.
func (nc *NetworkCollection) API() *APIClient { return nc.client.api }

// GetNetworkArgs are networks.get()'s parameters.
type GetNetworkArgs struct {
	NetworkID string `arg:"network_id" pos:"0" req:"true" doc:"The network's ID or name."`
	NetworkScopeArgs
}

// ListNetworksArgs are networks.list()'s parameters: api.networks()'s and
// greedy.
type ListNetworksArgs struct {
	NetworksArgs
	Greedy bool `arg:"greedy" doc:"Inspect each network at once (attrs then include the containers)."`
}

func init() {
	cls := NetworkCollectionClass
	Forward[*NetworkCollection](cls, "create", apiCreateNetwork, Derived{Doc: "Create a network; returns the Network.",
		Then: func(c *Call, self Object, v any) (any, error) {
			id, _ := v.(map[string]any)["Id"].(string)
			if id == "" {
				return nil, fmt.Errorf("%s: the daemon's answer has no Id", c.Name())
			}
			return self.(*NetworkCollection).get(c, id, &NetworkScopeArgs{})
		}})
	Def(cls, "get", "Get a network by ID or name.", func(c *Call, nc *NetworkCollection, a *GetNetworkArgs) (any, error) {
		return nc.get(c, a.NetworkID, &a.NetworkScopeArgs)
	})
	Def(cls, "list", "List networks.", func(c *Call, nc *NetworkCollection, a *ListNetworksArgs) (any, error) {
		return nc.list(c, a)
	})
	Forward[*NetworkCollection](cls, "prune", apiPruneNetworks, Derived{})
}

func (nc *NetworkCollection) get(c *Call, id string, o *NetworkScopeArgs) (*Network, error) {
	if id == "" {
		return nil, Errorf(NullResource, "Resource ID was not provided")
	}
	raw, err := nc.client.eng.NetworkInspect(c.Context(), id, o.options())
	if err != nil {
		return nil, err
	}
	return newNetwork(nc.client, raw)
}

// list makes each Network from its list entry, which answers id and name;
// reading attrs or containers inspects that network once, unless greedy
// inspected them all at once (docker-py's greedy).
func (nc *NetworkCollection) list(c *Call, a *ListNetworksArgs) (any, error) {
	v, err := decodeRaw(nc.client.eng.NetworkList(c.Context(), engine.NetworkListOptions{Filters: a.filters()}))
	if err != nil {
		return nil, err
	}
	entries, _ := v.([]any)
	out := make([]any, 0, len(entries))
	for _, e := range entries {
		d, _ := e.(map[string]any)
		id, _ := d["Id"].(string)
		if id == "" {
			return nil, fmt.Errorf("%s: a list entry has no Id", c.Name())
		}
		n := &Network{Model{client: nc.client, id: id}}
		n.setDecoded(d, true)
		if a.Greedy {
			if err := n.reload(c, inspectNetwork); err != nil {
				return nil, err
			}
		}
		out = append(out, n)
	}
	return out, nil
}
