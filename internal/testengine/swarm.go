package testengine

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

// SwarmAddrs are the addresses a private daemon's swarm uses, kept apart
// from those of any other daemon of the machine: the body fields of
// SwarmInit and SwarmJoin.
type SwarmAddrs struct {
	// ListenAddr is the address of the swarm's control plane,
	// "127.0.0.1:<free port>".
	ListenAddr string
	// AdvertiseAddr is "127.0.0.1": the other nodes reach this one there.
	AdvertiseAddr string
	// DataPathPort is a free UDP port for the overlay networks' VXLAN
	// traffic (SwarmInit only: it is the swarm's).
	DataPathPort uint32
	// DefaultAddrPool is a 10.x.0.0/16 for the overlay networks that no
	// route or address of the machine overlaps (SwarmInit only).
	DefaultAddrPool []string
	// SubnetSize is the size of each overlay network's subnet (24).
	SubnetSize uint32
}

// InitRequest returns the body of a SwarmInit with these addresses, plus
// spec as its Spec when spec is not nil.
func (a SwarmAddrs) InitRequest(spec any) map[string]any {
	req := map[string]any{
		"ListenAddr":      a.ListenAddr,
		"AdvertiseAddr":   a.AdvertiseAddr,
		"DataPathPort":    a.DataPathPort,
		"DefaultAddrPool": a.DefaultAddrPool,
		"SubnetSize":      a.SubnetSize,
	}
	if spec != nil {
		req["Spec"] = spec
	}
	return req
}

// JoinRequest returns the body of a SwarmJoin of the swarm whose manager
// listens at remote, with token.
func (a SwarmAddrs) JoinRequest(remote, token string) map[string]any {
	return map[string]any{
		"ListenAddr":    a.ListenAddr,
		"AdvertiseAddr": a.AdvertiseAddr,
		"RemoteAddrs":   []string{remote},
		"JoinToken":     token,
	}
}

// PrepareSwarm readies a daemon started by Start for swarm mode and
// returns the addresses its swarm should use. Every daemon of a machine
// would otherwise share the host bridge "docker_gwbridge" that links swarm
// containers to the host, so it creates the daemon's docker_gwbridge
// network first on a bridge of its own name (dsgw-<random>), with
// addresses from the daemon's own pool. Stop leaves the swarm and prunes
// that network.
func (e *Env) PrepareSwarm(ctx context.Context) (SwarmAddrs, error) {
	if !e.Started || e.Client == nil {
		return SwarmAddrs{}, errors.New("testengine: PrepareSwarm needs a daemon started by Start, never the shared one")
	}
	bridge := fmt.Sprintf("dsgw-%08x", randUint32())[:13]
	create := func() error {
		// under the start lock: a daemon that starts meanwhile remakes the
		// iptables chains this network's rules go into
		unlock, err := lockStart(ctx)
		if err != nil {
			return err
		}
		defer unlock()
		_, err = e.Client.NetworkCreate(ctx, map[string]any{
			"Name":   "docker_gwbridge",
			"Driver": "bridge",
			"Options": map[string]string{
				"com.docker.network.bridge.name":                 bridge,
				"com.docker.network.bridge.enable_icc":           "false",
				"com.docker.network.bridge.enable_ip_masquerade": "true",
			},
		})
		return err
	}
	err := create()
	for try := 0; err != nil && strings.Contains(err.Error(), "No chain/target/match") && try < 3; try++ {
		// the chains were remade by a daemon outside the lock (another
		// package's harness): once they are back, ask again
		time.Sleep(time.Second)
		err = create()
	}
	if err != nil {
		return SwarmAddrs{}, fmt.Errorf("testengine: create docker_gwbridge on %s: %w", e.Host, err)
	}
	port, err := freePort("tcp")
	if err != nil {
		return SwarmAddrs{}, err
	}
	dataPort, err := freePort("udp")
	if err != nil {
		return SwarmAddrs{}, err
	}
	return SwarmAddrs{
		ListenAddr:      net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		AdvertiseAddr:   "127.0.0.1",
		DataPathPort:    uint32(dataPort),
		DefaultAddrPool: []string{freePool()},
		SubnetSize:      24,
	}, nil
}

// freePort returns a port of network ("tcp" or "udp") free on 127.0.0.1
// in the range swarm accepts for its ports (1024-49151).
func freePort(network string) (int, error) {
	for attempt := 0; attempt < 50; attempt++ {
		port := 20000 + int(randUint32()%20000)
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		switch network {
		case "udp":
			c, err := net.ListenPacket("udp", "0.0.0.0:"+strconv.Itoa(port))
			if err == nil {
				c.Close()
				return port, nil
			}
		default:
			l, err := net.Listen("tcp", addr)
			if err == nil {
				l.Close()
				return port, nil
			}
		}
	}
	return 0, fmt.Errorf("testengine: no free %s port found", network)
}

// freePool returns a 10.x.0.0/16 that no route or address of the machine
// overlaps.
func freePool() string {
	used := usedNets()
	var pool *net.IPNet
	for attempt := 0; attempt < 20; attempt++ {
		second := 64 + randUint32()%190
		pool = &net.IPNet{IP: net.IPv4(10, byte(second), 0, 0).To4(), Mask: net.CIDRMask(16, 32)}
		if !overlapsAny(pool, used) {
			break
		}
	}
	return pool.String()
}
