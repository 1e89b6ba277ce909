package bindings

import (
	"encoding/json"
	"fmt"
)

// Network is docker-py's Network model. Its methods are the client.api
// network operations with the network bound as their net_id.
type Network struct {
	Model
}

// NetworkClass describes Network.
var NetworkClass = RegisterClass(NewClass("Network", "A network (docker-py's Network model)."))

// Class implements Object.
func (n *Network) Class() *Class { return NetworkClass }

func newNetwork(cl *Client, raw json.RawMessage) (*Network, error) {
	n := &Network{}
	if err := n.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	return n, nil
}

func init() {
	cls := NetworkClass
	baseMembers(cls, modelKind[*Network]{inspect: inspectNetwork})
	Prop(cls, "name", "The network's name.", func(_ *Call, n *Network) (any, error) { return n.attr("Name"), nil })
	Prop(cls, "containers", "The containers connected to the network, as Container objects.", func(c *Call, n *Network) (any, error) {
		return n.containers(c)
	})
	Bind[*Network](cls, "connect", apiConnectContainer, Derived{Self: "net_id", Doc: "Connect a container to this network."})
	Bind[*Network](cls, "disconnect", apiDisconnectContainer, Derived{Self: "net_id", Doc: "Disconnect a container from this network."})
	Bind[*Network](cls, "remove", apiRemoveNetwork, Derived{Doc: "Remove this network."})
}

// containers is docker-py's Network.containers: a Container for each
// entry of attrs.Containers (inspected once when the network came from a
// list), in the order of their IDs.
func (n *Network) containers(c *Call) (any, error) {
	if err := n.full(c, inspectNetwork); err != nil {
		return nil, err
	}
	d, _ := n.attr("Containers").(map[string]any)
	ids := sortedKeys(d)
	out := make([]any, 0, len(ids))
	for _, id := range ids {
		ct, err := n.client.containers.get(c, id)
		if err != nil {
			return nil, err
		}
		out = append(out, ct)
	}
	return out, nil
}
