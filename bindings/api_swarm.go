package bindings

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"

	"github.com/dscript/dscript/engine"
)

// The swarm and node operations of client.api, declared once with
// docker-py's names, positional order and defaults (docker-py's
// api/swarm.py). The Swarm and Node models bind to them (swarm.go,
// nodes.go).

// SwarmAddrArgs are the address parameters of api.init_swarm() and
// Swarm.init(); the json tags name the fields of the daemon's body (a field
// left as None is not sent).
type SwarmAddrArgs struct {
	AdvertiseAddr   *string   `arg:"advertise_addr" pos:"0" json:"AdvertiseAddr,omitempty" doc:"Address other nodes reach this one at: an address, an interface name, optionally with a port."`
	ListenAddr      string    `arg:"listen_addr" pos:"1" default:"\"0.0.0.0:2377\"" json:"ListenAddr" doc:"Address to listen on for the swarm's control plane."`
	ForceNewCluster bool      `arg:"force_new_cluster" pos:"2" json:"ForceNewCluster" doc:"Make a new cluster from this node's state."`
	DefaultAddrPool *[]string `arg:"default_addr_pool" pos:"4" json:"DefaultAddrPool,omitempty" doc:"Subnets overlay networks take their subnets from (default {\"10.0.0.0/8\"})."`
	SubnetSize      *int64    `arg:"subnet_size" pos:"5" json:"SubnetSize,omitempty" doc:"Prefix length of each overlay network's subnet (default 24)."`
	DataPathAddr    *string   `arg:"data_path_addr" pos:"6" json:"DataPathAddr,omitempty" doc:"Address for the overlay networks' data traffic."`
	DataPathPort    *int64    `arg:"data_path_port" pos:"7" json:"DataPathPort,omitempty" doc:"UDP port for the overlay networks' data traffic (default 4789)."`
}

// InitSwarmArgs are api.init_swarm()'s parameters.
type InitSwarmArgs struct {
	SwarmAddrArgs
	SwarmSpec *SwarmSpecDict `arg:"swarm_spec" pos:"3" json:"Spec,omitempty" doc:"The swarm's settings (api.create_swarm_spec)."`
}

// JoinSwarmArgs are api.join_swarm()'s parameters.
type JoinSwarmArgs struct {
	RemoteAddrs   []string `arg:"remote_addrs" pos:"0" req:"true" json:"RemoteAddrs" doc:"Addresses of managers of the swarm."`
	JoinToken     string   `arg:"join_token" pos:"1" req:"true" json:"JoinToken" doc:"The worker or manager join token."`
	ListenAddr    string   `arg:"listen_addr" pos:"2" default:"\"0.0.0.0:2377\"" json:"ListenAddr" doc:"Address to listen on for the swarm's control plane."`
	AdvertiseAddr *string  `arg:"advertise_addr" pos:"3" json:"AdvertiseAddr,omitempty" doc:"Address other nodes reach this one at."`
	DataPathAddr  *string  `arg:"data_path_addr" pos:"4" json:"DataPathAddr,omitempty" doc:"Address for the overlay networks' data traffic."`
}

// LeaveSwarmArgs are api.leave_swarm()'s parameters.
type LeaveSwarmArgs struct {
	Force bool `arg:"force" pos:"0" doc:"Leave even as the last manager (the swarm's state is lost)."`
}

// UpdateSwarmArgs are api.update_swarm()'s parameters.
type UpdateSwarmArgs struct {
	Version                int64         `arg:"version" pos:"0" req:"true" doc:"The swarm's current Version.Index."`
	SwarmSpec              SwarmSpecDict `arg:"swarm_spec" pos:"1" doc:"The whole new spec (api.create_swarm_spec)."`
	RotateWorkerToken      bool          `arg:"rotate_worker_token" pos:"2" doc:"Issue a new worker join token."`
	RotateManagerToken     bool          `arg:"rotate_manager_token" pos:"3" doc:"Issue a new manager join token."`
	RotateManagerUnlockKey bool          `arg:"rotate_manager_unlock_key" pos:"4" doc:"Issue a new unlock key."`
}

// UnlockSwarmArgs are api.unlock_swarm()'s parameters.
type UnlockSwarmArgs struct {
	Key any `arg:"key" pos:"0" req:"true" kind:"str|dict" doc:"The unlock key, or the {UnlockKey} dict get_unlock_key returns."`
}

// CreateSwarmSpecArgs are api.create_swarm_spec()'s parameters: SwarmSpec's
// without the version, plus external_ca.
type CreateSwarmSpecArgs struct {
	_ struct{} `order:"task_history_retention_limit,snapshot_interval,keep_old_snapshots,log_entries_for_slow_followers,heartbeat_tick,election_tick,dispatcher_heartbeat_period,node_cert_expiry,external_cas,name,labels,signing_ca_cert,signing_ca_key,ca_force_rotate,autolock_managers,log_driver"`
	SwarmSpecFields
	ExternalCA SwarmExternalCADict `arg:"external_ca" doc:"One external CA (instead of external_cas)."`
}

// NodesArgs are api.nodes()'s parameters.
type NodesArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"Filters such as {role=\"manager\"}, {membership=\"accepted\"}."`
}

// NodeArgs name one node.
type NodeArgs struct {
	NodeID Ref `arg:"node_id" pos:"0" req:"true" doc:"The node: ID, host name or Node."`
}

// UpdateNodeArgs are api.update_node()'s parameters.
type UpdateNodeArgs struct {
	NodeArgs
	Version  int64    `arg:"version" pos:"1" req:"true" doc:"The node's current Version.Index."`
	NodeSpec NodeSpec `arg:"node_spec" pos:"2" doc:"The whole new spec: {Role, Availability, Labels, Name}."`
}

// RemoveNodeArgs are api.remove_node()'s parameters.
type RemoveNodeArgs struct {
	NodeArgs
	Force bool `arg:"force" pos:"1" doc:"Remove a node that is still up."`
}

// The defaults docker-py fills in for init_swarm's address pool.
var (
	defaultSwarmAddrPool   = []string{"10.0.0.0/8"}
	defaultSwarmSubnetSize = int64(24)
)

// postBody is the body docker-py's _post_json sends for a dict: its
// top-level None values are left out (nested ones are sent as null).
func postBody(d map[string]any) map[string]any {
	out := make(map[string]any, len(d))
	for k, v := range d {
		if v != nil {
			out[k] = v
		}
	}
	return out
}

// specBody is a spec argument as docker-py sends it: a dict (or
// docker.types value) without its top-level None values, {} for None.
func specBody(d map[string]any) map[string]any {
	if d == nil {
		return map[string]any{}
	}
	return postBody(d)
}

func inspectSwarm(c *Call, a *APIClient) (json.RawMessage, error) {
	return a.eng.SwarmInspect(c.Context())
}

func inspectNode(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.NodeInspect(c.Context(), id)
}

// createSwarmSpec is api.create_swarm_spec: a SwarmSpec for the client's
// API version.
func (a *APIClient) createSwarmSpec(c *Call, x *CreateSwarmSpecArgs) (*SwarmSpec, error) {
	v, err := a.eng.APIVersion(c.Context())
	if err != nil {
		return nil, err
	}
	f := x.SwarmSpecFields
	if len(x.ExternalCA) > 0 {
		f.ExternalCAs = ExternalCAs{map[string]any(x.ExternalCA)}
	}
	s, err := newSwarmSpec(&SwarmSpecArgs{Version: v, SwarmSpecFields: f})
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, e
		}
		return nil, ArgError(c.Name(), "%v", err)
	}
	return s, nil
}

func (a *APIClient) initSwarm(c *Call, x *InitSwarmArgs) (any, error) {
	ctx := c.Context()
	if x.DefaultAddrPool != nil {
		if err := a.eng.RequireVersion(ctx, c.Name()+" (default_addr_pool)", "1.39"); err != nil {
			return nil, err
		}
		if x.SubnetSize == nil {
			n := defaultSwarmSubnetSize
			x.SubnetSize = &n
		}
	}
	if x.SubnetSize != nil {
		if err := a.eng.RequireVersion(ctx, c.Name()+" (subnet_size)", "1.39"); err != nil {
			return nil, err
		}
		if x.DefaultAddrPool == nil {
			pool := slices.Clone(defaultSwarmAddrPool)
			x.DefaultAddrPool = &pool
		}
	}
	if x.DataPathAddr != nil {
		if err := a.eng.RequireVersion(ctx, c.Name()+" (data_path_addr)", "1.30"); err != nil {
			return nil, err
		}
	}
	if x.DataPathPort != nil {
		if err := a.eng.RequireVersion(ctx, c.Name()+" (data_path_port)", "1.40"); err != nil {
			return nil, err
		}
	}
	if x.SwarmSpec != nil {
		d := SwarmSpecDict(postBody(*x.SwarmSpec))
		x.SwarmSpec = &d
	}
	return a.eng.SwarmInit(ctx, x)
}

// leaveSwarm is api.leave_swarm: with force, a node that is not part of a
// swarm (406, or 503 from some daemons) has nothing to leave.
func (a *APIClient) leaveSwarm(c *Call, x *LeaveSwarmArgs) (any, error) {
	err := a.eng.SwarmLeave(c.Context(), x.Force)
	var api *engine.APIError
	if x.Force && errors.As(err, &api) && (api.StatusCode == http.StatusNotAcceptable || api.StatusCode == http.StatusServiceUnavailable) {
		return true, nil
	}
	if err != nil {
		return nil, err
	}
	return true, nil
}

func (a *APIClient) updateSwarm(c *Call, x *UpdateSwarmArgs) (any, error) {
	if x.Version <= 0 {
		return nil, ArgError(c.Name(), "argument 'version' must be the swarm's Version.Index, not %d", x.Version)
	}
	spec := specBody(x.SwarmSpec)
	if x.RotateManagerUnlockKey {
		if err := a.eng.RequireVersion(c.Context(), c.Name()+" (rotate_manager_unlock_key)", "1.25"); err != nil {
			return nil, err
		}
	}
	err := a.eng.SwarmUpdate(c.Context(), engine.SwarmUpdateOptions{Version: uint64(x.Version), RotateWorkerToken: x.RotateWorkerToken,
		RotateManagerToken: x.RotateManagerToken, RotateManagerUnlockKey: x.RotateManagerUnlockKey}, spec)
	if err != nil {
		return nil, err
	}
	return true, nil
}

func (a *APIClient) unlockSwarm(c *Call, x *UnlockSwarmArgs) (any, error) {
	var key string
	switch k := x.Key.(type) {
	case string:
		key = k
	case map[string]any:
		s, ok := k["UnlockKey"].(string)
		if !ok {
			return nil, ArgError(c.Name(), "argument 'key': Invalid unlock key format (a dict needs an 'UnlockKey')")
		}
		key = s
	default:
		return nil, ArgError(c.Name(), "argument 'key' must be str or dict, not %s", typeName(x.Key))
	}
	if err := a.eng.SwarmUnlock(c.Context(), key); err != nil {
		return nil, err
	}
	return true, nil
}

// The api methods the models bind.
var (
	_ = Def(APIClientClass, "init_swarm", "Make this daemon the first manager of a new swarm; returns the node's ID.", func(c *Call, a *APIClient, x *InitSwarmArgs) (any, error) {
		return a.initSwarm(c, x)
	})
	apiJoinSwarm = Def(APIClientClass, "join_swarm", "Join this daemon to a swarm; returns true.", func(c *Call, a *APIClient, x *JoinSwarmArgs) (any, error) {
		if x.DataPathAddr != nil {
			if err := a.eng.RequireVersion(c.Context(), c.Name()+" (data_path_addr)", "1.30"); err != nil {
				return nil, err
			}
		}
		if x.RemoteAddrs == nil {
			x.RemoteAddrs = []string{}
		}
		if err := a.eng.SwarmJoin(c.Context(), x); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiLeaveSwarm = Def(APIClientClass, "leave_swarm", "Leave the swarm; returns true.", func(c *Call, a *APIClient, x *LeaveSwarmArgs) (any, error) {
		return a.leaveSwarm(c, x)
	})
	_ = Def(APIClientClass, "update_swarm", "Replace the swarm's spec, optionally rotating tokens or the unlock key; returns true.", func(c *Call, a *APIClient, x *UpdateSwarmArgs) (any, error) {
		return a.updateSwarm(c, x)
	})
	_ = Def(APIClientClass, "inspect_swarm", "The swarm this daemon manages: {ID, Version, Spec, JoinTokens, ...}.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		return decodeRaw(inspectSwarm(c, a))
	})
	apiGetUnlockKey = Def(APIClientClass, "get_unlock_key", "The key that unlocks a locked manager: {UnlockKey}.", func(c *Call, a *APIClient, _ *NoArgs) (any, error) {
		return decodeRaw(a.eng.SwarmUnlockkey(c.Context()))
	})
	apiUnlockSwarm = Def(APIClientClass, "unlock_swarm", "Unlock a manager locked after a restart; returns true.", func(c *Call, a *APIClient, x *UnlockSwarmArgs) (any, error) {
		return a.unlockSwarm(c, x)
	})
	apiNodes = Def(APIClientClass, "nodes", "List the swarm's nodes.", func(c *Call, a *APIClient, x *NodesArgs) (any, error) {
		return decodeRaw(a.eng.NodeList(c.Context(), engine.NodeListOptions{Filters: x.Filters}))
	})
	_ = Def(APIClientClass, "inspect_node", "Inspect a node.", func(c *Call, a *APIClient, x *NodeArgs) (any, error) {
		return decodeRaw(inspectNode(c, a, x.NodeID.ID))
	})
	apiUpdateNode = Def(APIClientClass, "update_node", "Replace a node's spec; returns true.", func(c *Call, a *APIClient, x *UpdateNodeArgs) (any, error) {
		if x.Version <= 0 {
			return nil, ArgError(c.Name(), "argument 'version' must be the node's Version.Index, not %d", x.Version)
		}
		spec := specBody(x.NodeSpec)
		if err := a.eng.NodeUpdate(c.Context(), x.NodeID.ID, uint64(x.Version), spec); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiRemoveNode = Def(APIClientClass, "remove_node", "Remove a node from the swarm; returns true.", func(c *Call, a *APIClient, x *RemoveNodeArgs) (any, error) {
		if err := a.eng.NodeDelete(c.Context(), x.NodeID.ID, x.Force); err != nil {
			return nil, err
		}
		return true, nil
	})
)

func init() {
	Def(APIClientClass, "create_swarm_spec", "A SwarmSpec for this client's API version (docker.types.SwarmSpec's parameters after version, plus external_ca).", func(c *Call, a *APIClient, x *CreateSwarmSpecArgs) (any, error) {
		return a.createSwarmSpec(c, x)
	})
}
