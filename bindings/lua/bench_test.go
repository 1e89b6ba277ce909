package lua

import (
	"context"
	"testing"

	"github.com/dscript/dscript/bindings"
	glua "github.com/yuin/gopher-lua"
)

// Benchmarks of the Lua adapter's hot paths: value conversion both ways,
// a method call from a script (the per-call overhead of client:ping()) and
// a stream iterator (the per-chunk overhead of logs{stream=true}). Their
// allocation budgets are in README.md's Performance section.

// inspectSample is a container inspect answer (busybox, two labels, an
// environment and a published port), 3.7 kB as the daemon sends it.
const inspectSample = `{"Id":"e5b5dae8544742128fefce7766e4c71a8a535b066c2ff81aa018e558cf0c24f4","Created":"2026-11-28T21:24:40.095867303Z","Path":"sleep","Args":["100"],"State":{"Status":"created","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":0,"Error":"","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"},"Image":"sha256:f2f13c45bd0039243ee3d4702266f581902a15e61569ca552b7e6a1182698327","ResolvConfPath":"","HostnamePath":"","HostsPath":"","LogPath":"","Name":"/benchsample","RestartCount":0,"Driver":"overlay2","Platform":"linux","MountLabel":"","ProcessLabel":"","AppArmorProfile":"","ExecIDs":null,"HostConfig":{"Binds":null,"ContainerIDFile":"","LogConfig":{"Type":"json-file","Config":{}},"NetworkMode":"default","PortBindings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]},"RestartPolicy":{"Name":"no","MaximumRetryCount":0},"AutoRemove":false,"VolumeDriver":"","VolumesFrom":null,"CapAdd":null,"CapDrop":null,"CgroupnsMode":"host","Dns":[],"DnsOptions":[],"DnsSearch":[],"ExtraHosts":null,"GroupAdd":null,"IpcMode":"private","Cgroup":"","Links":null,"OomScoreAdj":0,"PidMode":"","Privileged":false,"PublishAllPorts":false,"ReadonlyRootfs":false,"SecurityOpt":null,"UTSMode":"","UsernsMode":"","ShmSize":67108864,"Runtime":"runc","ConsoleSize":[0,0],"Isolation":"","CpuShares":0,"Memory":0,"NanoCpus":0,"CgroupParent":"","BlkioWeight":0,"BlkioWeightDevice":[],"BlkioDeviceReadBps":[],"BlkioDeviceWriteBps":[],"BlkioDeviceReadIOps":[],"BlkioDeviceWriteIOps":[],"CpuPeriod":0,"CpuQuota":0,"CpuRealtimePeriod":0,"CpuRealtimeRuntime":0,"CpusetCpus":"","CpusetMems":"","Devices":[],"DeviceCgroupRules":null,"DeviceRequests":null,"KernelMemory":0,"KernelMemoryTCP":0,"MemoryReservation":0,"MemorySwap":0,"MemorySwappiness":null,"OomKillDisable":false,"PidsLimit":null,"Ulimits":[],"CpuCount":0,"CpuPercent":0,"IOMaximumIOps":0,"IOMaximumBandwidth":0,"MaskedPaths":["/proc/asound","/proc/acpi","/proc/kcore","/proc/keys","/proc/latency_stats","/proc/timer_list","/proc/timer_stats","/proc/sched_debug","/proc/scsi","/sys/firmware"],"ReadonlyPaths":["/proc/bus","/proc/fs","/proc/irq","/proc/sys","/proc/sysrq-trigger"]},"GraphDriver":{"Data":{"LowerDir":"/tmp/dtest/data/overlay2/db11a3683ee16599825cfdf59233b6f729592b5204c199e120120e35da08b275-init/diff:/tmp/dtest/data/overlay2/61bb02125f03a3b2eeb1369018b65df8baadc78ac665ba8220d1c9fbe15a0751/diff","MergedDir":"/tmp/dtest/data/overlay2/db11a3683ee16599825cfdf59233b6f729592b5204c199e120120e35da08b275/merged","UpperDir":"/tmp/dtest/data/overlay2/db11a3683ee16599825cfdf59233b6f729592b5204c199e120120e35da08b275/diff","WorkDir":"/tmp/dtest/data/overlay2/db11a3683ee16599825cfdf59233b6f729592b5204c199e120120e35da08b275/work"},"Name":"overlay2"},"Mounts":[],"Config":{"Hostname":"e5b5dae85447","Domainname":"","User":"","AttachStdin":false,"AttachStdout":true,"AttachStderr":true,"ExposedPorts":{"80/tcp":{}},"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["A=1","B=2"],"Cmd":["sleep","100"],"Image":"busybox","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{"app":"web","dscript.test.rootfs":"1","tier":"front"}},"NetworkSettings":{"Bridge":"","SandboxID":"","HairpinMode":false,"LinkLocalIPv6Address":"","LinkLocalIPv6PrefixLen":0,"Ports":{},"SandboxKey":"","SecondaryIPAddresses":null,"SecondaryIPv6Addresses":null,"EndpointID":"","Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","MacAddress":"","Networks":{"bridge":{"IPAMConfig":null,"Links":null,"Aliases":null,"NetworkID":"","EndpointID":"","Gateway":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"MacAddress":"","DriverOpts":null}}}}`

type benchThing struct{}

var benchThingClass = bindings.NewClass("LuaBenchThing", "An object for the benchmarks.")

func (*benchThing) Class() *bindings.Class { return benchThingClass }

type benchEchoArgs struct {
	Value any  `arg:"value" pos:"0"`
	Flag  bool `arg:"flag"`
}

func init() {
	bindings.Def(benchThingClass, "noop", "Do nothing.", func(*bindings.Call, *benchThing, *bindings.NoArgs) (any, error) { return true, nil })
	bindings.Def(benchThingClass, "echo", "Return the value.", func(_ *bindings.Call, _ *benchThing, a *benchEchoArgs) (any, error) { return a.Value, nil })
}

func benchRuntime(b *testing.B) *Runtime {
	b.Helper()
	r := New(Options{})
	b.Cleanup(func() { _ = r.Close() })
	return r
}

// runLoop runs src, which loops n times, b.N/n times (at least once) and
// reports ns and allocations per loop iteration.
func runLoop(b *testing.B, r *Runtime, n int, src string) {
	b.Helper()
	fn, err := r.L.LoadString(src)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.L.Push(fn)
		if err := r.L.PCall(0, 0, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
}

// BenchmarkToLuaAttrs converts a decoded inspect answer (Container.attrs)
// to a Lua table.
func BenchmarkToLuaAttrs(b *testing.B) {
	r := benchRuntime(b)
	v, err := bindings.DecodeJSON([]byte(inspectSample))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(inspectSample)))
	for b.Loop() {
		_ = r.toLua(v)
	}
}

// BenchmarkFromLuaKwargs converts a keyword-argument table like
// containers.list's to Go values.
func BenchmarkFromLuaKwargs(b *testing.B) {
	r := benchRuntime(b)
	if err := r.L.DoString(`kw = {all = true, limit = 5, filters = {label = {"app=web", "tier=front"}, status = "exited"}}`); err != nil {
		b.Fatal(err)
	}
	kw := r.L.GetGlobal("kw")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.fromLua(kw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCallMethod is obj:noop() from a script: method lookup, argument
// binding and result conversion, without a request.
func BenchmarkCallMethod(b *testing.B) {
	r := benchRuntime(b)
	r.SetGlobal("obj", &benchThing{})
	runLoop(b, r, 1000, `for i = 1, 1000 do obj:noop() end`)
}

// BenchmarkCallMethodKwargs is obj:echo("x", {flag = true}): positional and
// keyword arguments checked against the method's parameters.
func BenchmarkCallMethodKwargs(b *testing.B) {
	r := benchRuntime(b)
	r.SetGlobal("obj", &benchThing{})
	runLoop(b, r, 1000, `for i = 1, 1000 do obj:echo("x", {flag = true}) end`)
}

// BenchmarkIterateChunks is "for chunk in it do n = n + #chunk end" over
// 48-byte chunks made as containerLogs makes them (a string copied from
// the frame buffer): the adapter's per-chunk cost in log streaming.
func BenchmarkIterateChunks(b *testing.B) {
	r := benchRuntime(b)
	frame := []byte("0123456789abcdefghijklmnopqrstuvwxyz0123456789\n")
	const n = 1000
	var left int
	it := &bindings.FuncIterator{NextFunc: func(*bindings.Call) (any, bool, error) {
		if left == 0 {
			return nil, false, nil
		}
		left--
		return string(frame), true, nil
	}}
	fn, err := r.L.LoadString(`local n = 0; for chunk in it do n = n + #chunk end; return n`)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n * len(frame)))
	for b.Loop() {
		left = n
		*it = bindings.FuncIterator{NextFunc: it.NextFunc}
		r.L.SetGlobal("it", r.toLua(it))
		r.L.Push(fn)
		if err := r.L.PCall(0, 1, nil); err != nil {
			b.Fatal(err)
		}
		if got := r.L.Get(-1); got != glua.LNumber(n*len(frame)) {
			b.Fatalf("read %v bytes", got)
		}
		r.L.Pop(1)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
}

// BenchmarkRuntimeNew is the cost of a runtime with the docker module, as
// each script run (and each embedding) pays it.
func BenchmarkRuntimeNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r := New(Options{})
		if err := r.RunString(context.Background(), "bench", "local c = docker.from_env()"); err != nil {
			b.Fatal(err)
		}
		_ = r.Close()
	}
}
