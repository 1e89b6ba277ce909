package testengine

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetPanicsWithoutMain(t *testing.T) {
	saved := current.Load()
	current.Store(nil)
	defer current.Store(saved)
	assert.PanicsWithValue(t,
		"testengine.Get: no test engine; the package's tests need `func TestMain(m *testing.M) { testengine.Main(m) }`",
		func() { Get() })
}

func TestWantRegistriesAndIsAddr(t *testing.T) {
	for v, want := range map[string]bool{"start": true, "1": true, "TRUE": true, " yes ": true, "": false, "127.0.0.1:5000": false, "0": false} {
		assert.Equal(t, want, WantRegistries(v), "%q", v)
	}
	for v, want := range map[string]bool{"127.0.0.1:5000": true, "localhost:1": true, "start": false, ":5000": false, "": false, "1": false} {
		assert.Equal(t, want, isAddr(v), "%q", v)
	}
}

func TestFreeAddrFallsBackWhenTaken(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	taken := l.Addr().(*net.TCPAddr).Port

	addr, err := freeAddr(taken)
	require.NoError(t, err)
	_, port, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	assert.NotEqual(t, strconv.Itoa(taken), port)

	l.Close()
	addr, err = freeAddr(taken)
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1:"+strconv.Itoa(taken), addr)
}

func TestTailFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.log")
	var lines []string
	for i := 0; i < 50; i++ {
		lines = append(lines, "line "+strconv.Itoa(i))
	}
	require.NoError(t, os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	tail := tailFile(p, 3)
	assert.Equal(t, "\nlast 3 lines of "+p+":\n    line 47\n    line 48\n    line 49", tail)
	assert.Contains(t, tailFile(filepath.Join(t.TempDir(), "none.log"), 3), "no log")
}

func TestBridgeArgs(t *testing.T) {
	for i := 0; i < 100; i++ {
		args := bridgeArgs()
		flags := map[string]string{}
		for k := 0; k+1 < len(args); k += 2 {
			flags[args[k]] = args[k+1]
		}
		subnet := docker0Subnet()
		if subnet == nil {
			require.Contains(t, flags, "--bip", "%v", args)
			_, subnet, _ = net.ParseCIDR(flags["--bip"])
			require.NotNil(t, subnet, flags["--bip"])
			assert.False(t, overlapsAny(subnet, usedNets()))
		} else {
			assert.NotContains(t, flags, "--bip", "docker0 exists: keep its address")
		}
		ip, block, err := net.ParseCIDR(flags["--fixed-cidr"])
		require.NoError(t, err, "%v", args)
		ones, _ := block.Mask.Size()
		if sub, _ := subnet.Mask.Size(); sub > 22 {
			assert.Equal(t, sub+3, ones, "an eighth of a small docker0")
		} else {
			assert.Equal(t, 24, ones)
		}
		assert.True(t, subnet.Contains(ip), "%s in %s", block, subnet)
		assert.False(t, block.Contains(subnet.IP), "%s avoids the first /24 of %s", block, subnet)
		assert.Regexp(t, `^base=10\.\d+\.0\.0/16,size=24$`, flags["--default-address-pool"])
	}
}

func TestUpperBlock(t *testing.T) {
	_, n16, _ := net.ParseCIDR("172.17.0.0/16")
	for i := 0; i < 500; i++ {
		ip, _, err := net.ParseCIDR(upperBlock(n16))
		require.NoError(t, err)
		third := ip.To4()[2]
		assert.True(t, third >= 128 && third < 255, "%s", ip)
	}
	_, n24, _ := net.ParseCIDR("10.78.0.0/24")
	for i := 0; i < 100; i++ {
		ip, block, err := net.ParseCIDR(upperBlock(n24))
		require.NoError(t, err)
		ones, _ := block.Mask.Size()
		assert.Equal(t, 27, ones)
		last := ip.To4()[3]
		assert.True(t, last >= 128 && last < 224, "%s", ip)
	}
	_, n22, _ := net.ParseCIDR("10.1.4.0/22")
	ip, _, err := net.ParseCIDR(upperBlock(n22))
	require.NoError(t, err)
	assert.Equal(t, "10.1.6.0", ip.String())
	_, n27, _ := net.ParseCIDR("10.1.1.0/27")
	assert.Empty(t, upperBlock(n27))
	assert.Empty(t, upperBlock(nil))
}

func TestOverlapsAny(t *testing.T) {
	_, a, _ := net.ParseCIDR("172.17.0.0/16")
	_, b, _ := net.ParseCIDR("172.17.5.0/24")
	_, c, _ := net.ParseCIDR("172.0.0.0/8")
	_, d, _ := net.ParseCIDR("172.18.0.0/16")
	assert.True(t, overlapsAny(a, []*net.IPNet{b}))
	assert.True(t, overlapsAny(a, []*net.IPNet{c}))
	assert.False(t, overlapsAny(a, []*net.IPNet{d}))
	routes := usedNets()
	assert.NotEmpty(t, routes)
}

func TestSanitizeName(t *testing.T) {
	assert.Equal(t, "a-b", sanitizeName("A  B"))
	assert.Equal(t, "", sanitizeName("---"))
	assert.LessOrEqual(t, len(sanitizeName(strings.Repeat("ab-", 40))), maxPrefixLen)
	assert.False(t, strings.HasSuffix(sanitizeName(strings.Repeat("abcdefg-", 4)+"x"), "-"))
}
