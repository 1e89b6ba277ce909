package testengine

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dscript/dscript/engine"
)

// StartTimeout is the default bound on how long Start waits for dockerd,
// and for each registry, to answer.
const StartTimeout = 60 * time.Second

// EnvDockerd names the dockerd binary Start runs instead of the one in
// PATH (to try another version, or to test the harness's failure paths).
const EnvDockerd = "DSCRIPT_TEST_DOCKERD"

// maxDirLen bounds the length of a daemon directory: the daemon's socket and
// containerd's sockets below it must fit the 108-byte limit of unix socket
// paths.
const maxDirLen = 60

// daemonShutdownGrace is how long Stop waits after SIGTERM before it kills
// dockerd; dockerd itself gives containers --shutdown-timeout seconds.
const daemonShutdownGrace = 30 * time.Second

// startDaemon starts dockerd with everything below e.Dir and waits until it
// answers /_ping.
func (e *Env) startDaemon(ctx context.Context, extra []string) error {
	d := e.Dir
	sock := filepath.Join(d, "docker.sock")
	config := filepath.Join(d, "daemon.json")
	// An empty configuration file, so that /etc/docker/daemon.json of the
	// machine does not apply.
	if err := os.WriteFile(config, []byte("{}\n"), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", config, err)
	}
	dockerd := os.Getenv(EnvDockerd)
	if dockerd == "" {
		dockerd = "dockerd"
	}
	args := []string{
		dockerd,
		"--host", "unix://" + sock,
		"--data-root", filepath.Join(d, "data"),
		"--exec-root", filepath.Join(d, "exec"),
		"--pidfile", filepath.Join(d, "docker.pid"),
		"--config-file", config,
		"--shutdown-timeout", "2",
		"--log-level", "warn",
	}
	env := childEnv("DOCKER_HOST=", "DOCKER_CONTEXT=", "DOCKER_TLS_VERIFY=", "DOCKER_CERT_PATH=")
	lctx, lcancel := context.WithTimeout(ctx, StartTimeout)
	unlock, err := lockStart(lctx)
	lcancel()
	if err != nil {
		return err
	}
	defer unlock()
	// The bridge is read under the start lock, after any stale one is gone.
	// A restart keeps the first start's addresses but leaves out the
	// address pool: a dockerd that finds its stored default network and
	// has --default-address-pool deletes the docker0 interface (to make it
	// anew from the pool), under every other daemon of the machine.
	if e.bridgeFlags == nil {
		resetStaleBridge()
		e.bridgeFlags = bridgeArgs()
		args = append(args, e.bridgeFlags...)
	} else {
		for i := 0; i+1 < len(e.bridgeFlags); i += 2 {
			if e.bridgeFlags[i] != "--default-address-pool" {
				args = append(args, e.bridgeFlags[i], e.bridgeFlags[i+1])
			}
		}
	}
	args = append(args, extra...)
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	becomeSubreaper()
	p, err := startProc("dockerd", filepath.Join(d, "dockerd.log"), env, syscall.SIGTERM, args...)
	if err != nil {
		return err
	}
	e.daemon = p
	e.Host = "unix://" + sock
	e.reaperStop = make(chan struct{})
	go func(stop <-chan struct{}) {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				reapOrphans()
			}
		}
	}(e.reaperStop)

	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		if lastErr = pingOnce(ctx, e.Host); lastErr == nil {
			e.ready = true
			return nil
		}
		select {
		case <-p.done:
			return fmt.Errorf("dockerd %s before answering on %s%s", p.describeExit(), e.Host, p.logTail(30))
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.Canceled) {
				return fmt.Errorf("start of dockerd on %s canceled: %w", e.Host, ctx.Err())
			}
			return fmt.Errorf("dockerd did not answer on %s within %s (last error: %v)%s", e.Host, e.timeout, lastErr, p.logTail(30))
		case <-tick.C:
		}
	}
}

// pingOnce pings the daemon at host once with a fresh client, so that a
// failure leaves no state behind.
func pingOnce(ctx context.Context, host string) error {
	c, err := engine.New(engine.Options{Host: host, Timeout: 2 * time.Second})
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.SystemPing(ctx)
	return err
}

// bridgeArgs returns dockerd flags that keep a private daemon's container
// addresses apart from those of another daemon on the machine.
//
// All daemons of a machine share the bridge docker0: a later daemon adopts
// the existing one and would hand out the addresses the first one uses
// (both give 172.17.0.2 to their first container). So the daemon takes its
// containers' addresses from a random /24 in the upper half of docker0's
// subnet (--fixed-cidr); when docker0 does not exist yet, it creates it
// with docker's usual kind of subnet (the first 172.17-31.0.0/16 that no
// route or address of the machine overlaps; --bip), leaving the lower half
// to whichever daemon comes next. User-defined networks come from a random
// 10.x.0.0/16 pool (--default-address-pool) rather than the 172.18-31
// ranges every other daemon draws from first.
func bridgeArgs() []string {
	var args []string
	used := usedNets()
	subnet := docker0Subnet()
	if subnet == nil {
		for n := 17; n <= 31 && subnet == nil; n++ {
			cand := &net.IPNet{IP: net.IPv4(172, byte(n), 0, 0).To4(), Mask: net.CIDRMask(16, 32)}
			if !overlapsAny(cand, used) {
				subnet = cand
			}
		}
		if subnet != nil {
			gw := append(net.IP(nil), subnet.IP...)
			gw[3] = 1
			args = append(args, "--bip", gw.String()+"/16")
		}
	}
	if cidr := upperBlock(subnet); cidr != "" {
		args = append(args, "--fixed-cidr", cidr)
	}
	for attempt := 0; attempt < 20; attempt++ {
		second := 64 + randUint32()%190 // 10.64.0.0 .. 10.253.0.0
		pool := &net.IPNet{IP: net.IPv4(10, byte(second), 0, 0).To4(), Mask: net.CIDRMask(16, 32)}
		if !overlapsAny(pool, used) || attempt == 19 {
			args = append(args, "--default-address-pool", fmt.Sprintf("base=10.%d.0.0/16,size=24", second))
			break
		}
	}
	return args
}

// resetStaleBridge deletes a docker0 that no running daemon uses when it is
// too small to share (smaller than a /22, as a daemon that found no docker0
// and no --bip makes from its address pool): the daemon about to start then
// makes a /16 whose blocks the harness can hand out. While another dockerd
// runs, docker0 is its bridge and stays.
func resetStaleBridge() {
	subnet := docker0Subnet()
	if subnet == nil {
		return
	}
	if ones, _ := subnet.Mask.Size(); ones <= 22 || dockerdRunning() {
		return
	}
	if out, err := exec.Command("ip", "link", "delete", "docker0").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "testengine: delete the stale docker0 (%s): %v: %s\n", subnet, err, out)
	}
}

// dockerdRunning reports whether a dockerd process runs on the machine.
func dockerdRunning() bool {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return true // cannot tell: leave docker0 alone
	}
	for _, e := range entries {
		comm, err := os.ReadFile(filepath.Join("/proc", e.Name(), "comm"))
		if err == nil && strings.TrimSpace(string(comm)) == "dockerd" {
			return true
		}
	}
	return false
}

// docker0Subnet returns the IPv4 subnet of docker0, or nil when it does not
// exist.
func docker0Subnet() *net.IPNet {
	ifc, err := net.InterfaceByName("docker0")
	if err != nil {
		return nil
	}
	addrs, err := ifc.Addrs()
	if err != nil {
		return nil
	}
	for _, a := range addrs {
		if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil {
			return &net.IPNet{IP: ipn.IP.To4().Mask(ipn.Mask), Mask: ipn.Mask}
		}
	}
	return nil
}

// upperBlock returns a random block in the upper half of subnet (never its
// last block, which holds the broadcast address): a /24 of a /22 or
// larger subnet, an eighth of a smaller one (a /27 of a /24), down to a
// /29; "" when subnet is nil or smaller than a /26.
func upperBlock(subnet *net.IPNet) string {
	if subnet == nil {
		return ""
	}
	ones, bits := subnet.Mask.Size()
	if bits != 32 || ones > 26 {
		return ""
	}
	size := 24
	if ones > 22 {
		size = ones + 3
	}
	blocks := uint32(1) << (size - ones) // number of blocks in the subnet
	half := blocks / 2
	k := half + randUint32()%(half-1)
	base := binary.BigEndian.Uint32(subnet.IP.To4().Mask(subnet.Mask))
	ip := make(net.IP, 4)
	binary.BigEndian.PutUint32(ip, base+k<<(32-size))
	return fmt.Sprintf("%s/%d", ip, size)
}

// usedNets returns the networks of the machine's IPv4 addresses and routes
// (other than the default route).
func usedNets() []*net.IPNet {
	var out []*net.IPNet
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil && !ipn.IP.IsLoopback() {
				out = append(out, ipn)
			}
		}
	}
	data, err := os.ReadFile("/proc/net/route")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		f := strings.Fields(line)
		if len(f) < 8 {
			continue
		}
		dst, err1 := strconv.ParseUint(f[1], 16, 32)
		mask, err2 := strconv.ParseUint(f[7], 16, 32)
		if err1 != nil || err2 != nil || mask == 0 {
			continue
		}
		// The kernel prints them in host (little-endian) byte order.
		ip, m := make(net.IP, 4), make(net.IPMask, 4)
		binary.LittleEndian.PutUint32(ip, uint32(dst))
		binary.LittleEndian.PutUint32(m, uint32(mask))
		out = append(out, &net.IPNet{IP: ip, Mask: m})
	}
	return out
}

// overlapsAny tells whether n overlaps one of nets.
func overlapsAny(n *net.IPNet, nets []*net.IPNet) bool {
	for _, o := range nets {
		if n.Contains(o.IP.Mask(o.Mask)) || o.Contains(n.IP) {
			return true
		}
	}
	return false
}

// randUint32 returns a random number.
func randUint32() uint32 {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return binary.BigEndian.Uint32(b[:])
}
