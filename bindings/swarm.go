package bindings

import (
	"errors"
	"net/http"
	"sync"

	"github.com/dscript/dscript/engine"
)

// Swarm is docker-py's Swarm model (client.swarm): the swarm this daemon
// belongs to. Its attrs are api.inspect_swarm's answer, empty when the
// daemon is not a manager of a swarm.
type Swarm struct {
	client *Client
	mu     sync.Mutex
	attrs  map[string]any
}

// SwarmClass describes Swarm.
var SwarmClass = RegisterClass(NewClass("Swarm", "The swarm of the daemon (docker-py's Swarm model, client.swarm)."))

// Class implements Object.
func (s *Swarm) Class() *Class { return SwarmClass }

// API implements APIUser.
func (s *Swarm) API() *APIClient { return s.client.api }

// SwarmInitArgs are Swarm.init()'s parameters: init_swarm's addresses,
// then create_swarm_spec's parameters as keywords.
type SwarmInitArgs struct {
	_ struct{} `order:"advertise_addr,listen_addr,force_new_cluster,default_addr_pool,subnet_size,data_path_addr,data_path_port"`
	SwarmAddrArgs
	CreateSwarmSpecArgs
}

// SwarmUpdateArgs are Swarm.update()'s parameters: the rotations, then
// create_swarm_spec's parameters as keywords.
type SwarmUpdateArgs struct {
	_                      struct{} `order:"rotate_worker_token,rotate_manager_token,rotate_manager_unlock_key"`
	RotateWorkerToken      bool     `arg:"rotate_worker_token" doc:"Issue a new worker join token."`
	RotateManagerToken     bool     `arg:"rotate_manager_token" doc:"Issue a new manager join token."`
	RotateManagerUnlockKey bool     `arg:"rotate_manager_unlock_key" doc:"Issue a new unlock key."`
	CreateSwarmSpecArgs
}

// defaultNodeCertExpiry is what Swarm.update sends when node_cert_expiry
// is not given (docker-py's: 90 days in nanoseconds).
const defaultNodeCertExpiry = int64(7776000000000000)

func newSwarm(c *Call, cl *Client) (*Swarm, error) {
	s := &Swarm{client: cl}
	if err := s.reload(c); err != nil {
		var api *engine.APIError
		if !errors.As(err, &api) || (api.StatusCode != http.StatusNotAcceptable && api.StatusCode != http.StatusServiceUnavailable) {
			return nil, err
		}
	}
	return s, nil
}

func (s *Swarm) reload(c *Call) error {
	raw, err := inspectSwarm(c, s.client.api)
	if err != nil {
		return err
	}
	v, err := DecodeJSON(raw)
	if err != nil {
		return err
	}
	d, _ := v.(map[string]any)
	s.mu.Lock()
	s.attrs = d
	s.mu.Unlock()
	return nil
}

func (s *Swarm) attr(path ...string) any {
	s.mu.Lock()
	var v any = s.attrs
	s.mu.Unlock()
	for _, p := range path {
		d, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = d[p]
	}
	return v
}

func init() {
	cls := SwarmClass
	cls.Repr = func(o Object) string {
		id, _ := o.(*Swarm).attr("ID").(string)
		return repr("Swarm", id)
	}
	Prop(ClientClass, "swarm", "The swarm the daemon belongs to (a Swarm, read from the daemon on each access).", func(c *Call, cl *Client) (any, error) {
		return newSwarm(c, cl)
	})
	Prop(cls, "id", "The swarm's ID (nil when the daemon is not a manager).", func(_ *Call, s *Swarm) (any, error) { return s.attr("ID"), nil })
	Prop(cls, "short_id", "The ID, shortened.", func(_ *Call, s *Swarm) (any, error) {
		id, ok := s.attr("ID").(string)
		if !ok {
			return nil, nil
		}
		return shortID(id), nil
	})
	Prop(cls, "attrs", "api.inspect_swarm's answer ({} when the daemon is not a manager).", func(_ *Call, s *Swarm) (any, error) {
		if a, ok := s.attr().(map[string]any); ok {
			return a, nil
		}
		return map[string]any{}, nil
	})
	Prop(cls, "version", "The swarm's Version.Index, which update needs.", func(_ *Call, s *Swarm) (any, error) { return s.attr("Version", "Index"), nil })
	Def(cls, "reload", "Refresh attrs from the daemon.", func(c *Call, s *Swarm, _ *NoArgs) (any, error) { return nil, s.reload(c) })
	Def(cls, "init", "Make this daemon the first manager of a new swarm; keywords are create_swarm_spec's. Returns the node's ID.", func(c *Call, s *Swarm, x *SwarmInitArgs) (any, error) {
		spec, err := s.client.api.createSwarmSpec(c, &x.CreateSwarmSpecArgs)
		if err != nil {
			return nil, err
		}
		d := SwarmSpecDict(spec.dict())
		id, err := s.client.api.initSwarm(c, &InitSwarmArgs{SwarmAddrArgs: x.SwarmAddrArgs, SwarmSpec: &d})
		if err != nil {
			return nil, err
		}
		return id, s.reload(c)
	})
	Forward[*Swarm](cls, "join", apiJoinSwarm, Derived{})
	Forward[*Swarm](cls, "leave", apiLeaveSwarm, Derived{})
	Forward[*Swarm](cls, "unlock", apiUnlockSwarm, Derived{})
	Forward[*Swarm](cls, "get_unlock_key", apiGetUnlockKey, Derived{})
	Def(cls, "update", "Change the swarm's settings (create_swarm_spec's keywords; fields not given are reset) and rotate tokens; returns true.", func(c *Call, s *Swarm, x *SwarmUpdateArgs) (any, error) {
		if x.NodeCertExpiry == nil {
			n := defaultNodeCertExpiry
			x.NodeCertExpiry = &n
		}
		spec, err := s.client.api.createSwarmSpec(c, &x.CreateSwarmSpecArgs)
		if err != nil {
			return nil, err
		}
		v, err := ToInt(s.attr("Version", "Index"))
		if err != nil {
			return nil, ArgError(c.Name(), "the swarm has no Version.Index: reload it, or init or join a swarm first")
		}
		return s.client.api.updateSwarm(c, &UpdateSwarmArgs{Version: v, SwarmSpec: spec.dict(), RotateWorkerToken: x.RotateWorkerToken,
			RotateManagerToken: x.RotateManagerToken, RotateManagerUnlockKey: x.RotateManagerUnlockKey})
	})
}
