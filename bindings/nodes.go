package bindings

import (
	"encoding/json"
	"fmt"
)

// Node is docker-py's Node model: a node of the swarm.
type Node struct {
	Model
}

// NodeCollection is client.nodes.
type NodeCollection struct {
	client *Client
}

// The classes of nodes.
var (
	NodeClass           = RegisterClass(NewClass("Node", "A node of the swarm (docker-py's Node model)."))
	NodeCollectionClass = RegisterClass(NewClass("NodeCollection", "The nodes of the swarm (client.nodes)."))
)

// Class implements Object.
func (n *Node) Class() *Class { return NodeClass }

// Class implements Object.
func (nc *NodeCollection) Class() *Class { return NodeCollectionClass }

// API implements APIUser.
func (nc *NodeCollection) API() *APIClient { return nc.client.api }

// NodeGetArgs are nodes.get()'s parameters.
type NodeGetArgs struct {
	NodeID string `arg:"node_id" pos:"0" req:"true" doc:"The node's ID or host name."`
}

// CollectionCreateArgs are the parameters of the create of a collection
// whose objects are not created by scripts (docker-py's Collection.create).
type CollectionCreateArgs struct {
	Attrs map[string]any `arg:"attrs" pos:"0" doc:"Not used."`
}

func newNode(cl *Client, raw json.RawMessage) (*Node, error) {
	n := &Node{}
	if err := n.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("node: %w", err)
	}
	return n, nil
}

// modelsOf turns a list answer into models, each keeping its entry as
// its attrs (swarm list entries are whole inspect answers).
func modelsOf[T interface {
	Object
	model() *Model
}](c *Call, cl *Client, v any, mk func() T) (any, error) {
	l, _ := v.([]any)
	out := make([]any, 0, len(l))
	for _, e := range l {
		d, _ := e.(map[string]any)
		id, _ := d["ID"].(string)
		if id == "" {
			id, _ = d["Id"].(string)
		}
		if id == "" {
			return nil, fmt.Errorf("%s: a list entry has no ID", c.Name())
		}
		o := mk()
		m := o.model()
		m.client, m.id = cl, id
		m.setDecoded(d, false)
		out = append(out, o)
	}
	return out, nil
}

// version reads Version.Index of a swarm object's attrs.
func versionOf(c *Call, m *Model) (int64, error) {
	v, err := ToInt(m.attr("Version", "Index"))
	if err != nil {
		return 0, ArgError(c.Name(), "the object has no Version.Index (reload it)")
	}
	return v, nil
}

func init() {
	cls := NodeClass
	baseMembers(cls, modelKind[*Node]{inspect: inspectNode, labels: []string{"Spec", "Labels"}})
	Prop(ClientClass, "nodes", "The nodes collection.", func(_ *Call, cl *Client) (any, error) { return &NodeCollection{client: cl}, nil })
	Prop(cls, "version", "The node's Version.Index, which update needs.", func(_ *Call, n *Node) (any, error) { return n.attr("Version", "Index"), nil })
	Def(cls, "update", "Replace the node's spec ({Role, Availability, Labels, Name}); returns true.", func(c *Call, n *Node, x *struct {
		NodeSpec NodeSpec `arg:"node_spec" pos:"0" req:"true" doc:"The whole new spec: {Role, Availability, Labels, Name}."`
	}) (any, error) {
		v, err := versionOf(c, &n.Model)
		if err != nil {
			return nil, err
		}
		return apiUpdateNode.Invoke(c, n.API(), []any{n, v, map[string]any(x.NodeSpec)})
	})
	Bind[*Node](cls, "remove", apiRemoveNode, Derived{})

	cc := NodeCollectionClass
	Def(cc, "get", "Get a node by ID or host name.", func(c *Call, nc *NodeCollection, x *NodeGetArgs) (any, error) {
		return getModel(c, nc.client, x.NodeID, inspectNode, newNode)
	})
	Forward[*NodeCollection](cc, "list", apiNodes, Derived{Doc: "List the swarm's nodes as Node objects.", Then: func(c *Call, self Object, v any) (any, error) {
		return modelsOf(c, self.(*NodeCollection).client, v, func() *Node { return &Node{} })
	}})
	Def(cc, "create", "Not supported: nodes join a swarm (Swarm.join).", func(c *Call, _ *NodeCollection, _ *CollectionCreateArgs) (any, error) {
		return nil, Errorf(DockerException, "%s: nodes are not created; a daemon joins the swarm (client.swarm.join)", c.Name())
	})
}
