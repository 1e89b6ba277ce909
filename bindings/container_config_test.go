package bindings

import (
	"encoding/json"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// createBody binds script arguments as containers.create() does and builds
// the create request body, normalized through JSON.
func createBody(t *testing.T, kw map[string]any) (map[string]any, error) {
	t.Helper()
	m := ContainerCollectionClass.Lookup("create", false).(*Method)
	a := new(CreateArgs)
	m.Parameters()
	if err := m.bind(&Call{method: m}, unsafe.Pointer(a), []any{"busybox", kw}); err != nil {
		return nil, err
	}
	body, err := a.config("ContainerCollection.create()")
	if err != nil {
		return nil, err
	}
	return roundTrip(t, body), nil
}

func roundTrip(t *testing.T, v any) map[string]any {
	t.Helper()
	raw, err := EncodeJSON(v)
	require.NoError(t, err)
	d, err := DecodeJSON(raw)
	require.NoError(t, err)
	return d.(map[string]any)
}

// at reads a dotted path ("HostConfig.Memory") and renders it as JSON;
// "-" is a missing key.
func at(t *testing.T, v map[string]any, path string) string {
	t.Helper()
	var cur any = v
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return "-"
		}
		if cur, ok = m[k]; !ok {
			return "-"
		}
	}
	b, err := json.Marshal(cur)
	require.NoError(t, err)
	return string(b)
}

func TestCreateConfig(t *testing.T) {
	ulimit := newUlimit(&UlimitArgs{Name: "nofile", Soft: ptr(int64(1)), Hard: ptr(int64(2))})
	lc := newLogConfig(&LogConfigArgs{Type: ptr("json-file"), Config: map[string]string{"max-size": "1m"}})
	tests := []struct {
		name string
		kw   map[string]any
		want map[string]string
	}{
		{"defaults", map[string]any{}, map[string]string{
			"Image": `"busybox"`, "HostConfig": `{}`, "Cmd": "-", "NetworkingConfig": "-", "Volumes": "-"}},
		{"memory units", map[string]any{"mem_limit": "64m", "memswap_limit": "1g", "mem_reservation": int64(1024), "shm_size": "8M", "kernel_memory": 0.0}, map[string]string{
			"HostConfig.Memory": "67108864", "HostConfig.MemorySwap": "1073741824", "HostConfig.MemoryReservation": "1024",
			"HostConfig.ShmSize": "8388608", "HostConfig.KernelMemory": "-"}},
		{"memory float and kb", map[string]any{"mem_limit": 1.5e6, "memswap_limit": "-1", "shm_size": "64kb"}, map[string]string{
			"HostConfig.Memory": "1500000", "HostConfig.MemorySwap": "-1", "HostConfig.ShmSize": "65536"}},
		{"cpu", map[string]any{"cpu_count": int64(2), "cpu_percent": int64(50), "cpu_period": int64(100000), "cpu_quota": int64(50000),
			"cpu_rt_period": int64(1000), "cpu_rt_runtime": int64(500), "cpu_shares": int64(512), "cpuset_cpus": "0-1", "cpuset_mems": "0",
			"nano_cpus": int64(1e9)}, map[string]string{
			"HostConfig.CpuCount": "2", "HostConfig.CpuPercent": "50", "HostConfig.CpuPeriod": "100000", "HostConfig.CpuQuota": "50000",
			"HostConfig.CPURealtimePeriod": "1000", "HostConfig.CPURealtimeRuntime": "500", "HostConfig.CpuShares": "512",
			"HostConfig.CpusetCpus": `"0-1"`, "HostConfig.CpusetMems": `"0"`, "HostConfig.NanoCpus": "1000000000"}},
		{"falsy ints are left out", map[string]any{"cpu_shares": int64(0), "pids_limit": int64(0), "oom_score_adj": int64(0), "mem_swappiness": int64(0)}, map[string]string{
			"HostConfig.CpuShares": "-", "HostConfig.PidsLimit": "-", "HostConfig.OomScoreAdj": "-", "HostConfig.MemorySwappiness": "0"}},
		{"blkio", map[string]any{"blkio_weight": int64(300),
			"blkio_weight_device": []any{map[string]any{"Path": "/dev/sda", "Weight": int64(200)}},
			"device_read_bps":     []any{map[string]any{"path": "/dev/sda", "rate": "1m"}},
			"device_write_iops":   []any{map[string]any{"Path": "/dev/sda", "Rate": int64(100)}},
			"device_read_iops":    []any{}, "device_write_bps": []any{}}, map[string]string{
			"HostConfig.BlkioWeight": "300", "HostConfig.BlkioWeightDevice": `[{"Path":"/dev/sda","Weight":200}]`,
			"HostConfig.BlkioDeviceReadBps": `[{"Path":"/dev/sda","Rate":1048576}]`, "HostConfig.BlkioDeviceWriteIOps": `[{"Path":"/dev/sda","Rate":100}]`,
			"HostConfig.BlkioDeviceReadIOps": "-"}},
		{"volumes dict", map[string]any{"volumes": map[string]any{
			"/home": map[string]any{"bind": "/mnt/home", "mode": "ro"}, "/var/www": map[string]any{"bind": "/www", "ro": false}, "data": "/data"}}, map[string]string{
			"HostConfig.Binds": `["/home:/mnt/home:ro","/var/www:/www:rw","data:/data:rw"]`,
			"Volumes":          `{"/data":{},"/mnt/home":{},"/www":{}}`}},
		{"volumes list", map[string]any{"volumes": []any{"/tmp:/t:ro", "vol:/v", "/anon"}}, map[string]string{
			"HostConfig.Binds": `["/tmp:/t:ro","vol:/v","/anon"]`, "Volumes": `{"/anon":{},"/t":{},"/v":{}}`}},
		{"mounts", map[string]any{"mounts": []any{
			mustMount(t, &MountArgs{Target: "/t", Type: "tmpfs", TmpfsSize: ptr(ByteSize(1024)), TmpfsMode: ptr(int64(0o700))}),
			map[string]any{"target": "/b", "source": "/src", "type": "bind", "read_only": true, "propagation": "rshared"},
			map[string]any{"Target": "/raw", "Type": "volume"},
			"/host:/ctr:ro", "vol:/data", "/anon"}}, map[string]string{
			"HostConfig.Mounts": `[{"ReadOnly":false,"Target":"/t","TmpfsOptions":{"Mode":448,"SizeBytes":1024},"Type":"tmpfs"},` +
				`{"BindOptions":{"Propagation":"rshared"},"ReadOnly":true,"Source":"/src","Target":"/b","Type":"bind"},` +
				`{"Target":"/raw","Type":"volume"},` +
				`{"ReadOnly":true,"Source":"/host","Target":"/ctr","Type":"bind"},` +
				`{"ReadOnly":false,"Source":"vol","Target":"/data","Type":"volume"},` +
				`{"ReadOnly":false,"Target":"/anon","Type":"volume"}]`}},
		{"tmpfs dict and list", map[string]any{"tmpfs": []any{"/run:size=1m", "/tmp"}}, map[string]string{
			"HostConfig.Tmpfs": `{"/run":"size=1m","/tmp":""}`}},
		{"tmpfs dict", map[string]any{"tmpfs": map[string]any{"/run": "size=1m", "/x": false}}, map[string]string{
			"HostConfig.Tmpfs": `{"/run":"size=1m","/x":""}`}},
		{"restart policy dict", map[string]any{"restart_policy": map[string]any{"Name": "on-failure", "MaximumRetryCount": int64(5)}}, map[string]string{
			"HostConfig.RestartPolicy": `{"MaximumRetryCount":5,"Name":"on-failure"}`}},
		{"restart policy snake", map[string]any{"restart_policy": map[string]any{"name": "always"}}, map[string]string{
			"HostConfig.RestartPolicy": `{"Name":"always"}`}},
		{"restart policy type", map[string]any{"restart_policy": mustRestart(t, "on-failure", 3)}, map[string]string{
			"HostConfig.RestartPolicy": `{"MaximumRetryCount":3,"Name":"on-failure"}`}},
		{"restart policy type any", map[string]any{"restart_policy": mustRestart(t, "any", 0)}, map[string]string{
			"HostConfig.RestartPolicy": `{"Name":"always"}`}},
		{"healthcheck dict", map[string]any{"healthcheck": map[string]any{"test": "curl -f localhost", "interval": int64(1e9), "timeout": "500ms", "retries": int64(3), "start_period": int64(0)}}, map[string]string{
			"Healthcheck": `{"Interval":1000000000,"Retries":3,"StartPeriod":0,"Test":["CMD-SHELL","curl -f localhost"],"Timeout":500000000}`}},
		{"healthcheck daemon keys", map[string]any{"healthcheck": map[string]any{"Test": []any{"NONE"}}}, map[string]string{
			"Healthcheck": `{"Test":["NONE"]}`}},
		{"log config dict", map[string]any{"log_config": map[string]any{"type": "json-file", "config": map[string]any{"max-size": "1m", "max-file": int64(3)}}}, map[string]string{
			"HostConfig.LogConfig": `{"Config":{"max-file":"3","max-size":"1m"},"Type":"json-file"}`}},
		{"log config type", map[string]any{"log_config": lc}, map[string]string{
			"HostConfig.LogConfig": `{"Config":{"max-size":"1m"},"Type":"json-file"}`}},
		{"log config daemon keys", map[string]any{"log_config": map[string]any{"Type": "none"}}, map[string]string{
			"HostConfig.LogConfig": `{"Config":{},"Type":"none"}`}},
		{"ulimits", map[string]any{"ulimits": []any{ulimit, map[string]any{"name": "nproc", "soft": int64(10)}, map[string]any{"Name": "core", "Soft": int64(0), "Hard": int64(0)}}}, map[string]string{
			"HostConfig.Ulimits": `[{"Hard":2,"Name":"nofile","Soft":1},{"Name":"nproc","Soft":10},{"Hard":0,"Name":"core","Soft":0}]`}},
		{"devices", map[string]any{"devices": []any{"/dev/sda:/dev/xvda:rwm", "/dev/null", "/dev/zero:/dev/z",
			map[string]any{"PathOnHost": "/dev/a", "PathInContainer": "/dev/b", "CgroupPermissions": "r"}}}, map[string]string{
			"HostConfig.Devices": `[{"CgroupPermissions":"rwm","PathInContainer":"/dev/xvda","PathOnHost":"/dev/sda"},` +
				`{"CgroupPermissions":"rwm","PathInContainer":"/dev/null","PathOnHost":"/dev/null"},` +
				`{"CgroupPermissions":"rwm","PathInContainer":"/dev/z","PathOnHost":"/dev/zero"},` +
				`{"CgroupPermissions":"r","PathInContainer":"/dev/b","PathOnHost":"/dev/a"}]`}},
		{"device requests", map[string]any{"device_requests": []any{
			map[string]any{"count": int64(-1), "capabilities": []any{[]any{"gpu"}}},
			mustDeviceRequest(t, &DeviceRequestArgs{Driver: "nvidia", DeviceIDs: []string{"0"}})}}, map[string]string{
			"HostConfig.DeviceRequests": `[{"Capabilities":[["gpu"]],"Count":-1,"DeviceIDs":[],"Driver":"","Options":{}},` +
				`{"Capabilities":[],"Count":0,"DeviceIDs":["0"],"Driver":"nvidia","Options":{}}]`}},
		{"device cgroup rules", map[string]any{"device_cgroup_rules": []any{"c 1:3 mr"}}, map[string]string{
			"HostConfig.DeviceCgroupRules": `["c 1:3 mr"]`}},
		{"extra hosts dict", map[string]any{"extra_hosts": map[string]any{"b.local": "10.0.0.2", "a.local": "10.0.0.1"}}, map[string]string{
			"HostConfig.ExtraHosts": `["a.local:10.0.0.1","b.local:10.0.0.2"]`}},
		{"extra hosts list", map[string]any{"extra_hosts": []any{"a:1.2.3.4"}}, map[string]string{
			"HostConfig.ExtraHosts": `["a:1.2.3.4"]`}},
		{"dns and caps", map[string]any{"dns": []any{"8.8.8.8"}, "dns_opt": []any{"ndots:2"}, "dns_search": []any{"x.org"},
			"cap_add": []any{"NET_ADMIN"}, "cap_drop": []any{"ALL"}, "security_opt": []any{"no-new-privileges"}}, map[string]string{
			"HostConfig.Dns": `["8.8.8.8"]`, "HostConfig.DnsOptions": `["ndots:2"]`, "HostConfig.DnsSearch": `["x.org"]`,
			"HostConfig.CapAdd": `["NET_ADMIN"]`, "HostConfig.CapDrop": `["ALL"]`, "HostConfig.SecurityOpt": `["no-new-privileges"]`}},
		{"sysctls and storage opt", map[string]any{"sysctls": map[string]any{"net.ipv4.ip_forward": int64(1)}, "storage_opt": map[string]any{"size": "10G"}}, map[string]string{
			"HostConfig.Sysctls": `{"net.ipv4.ip_forward":"1"}`, "HostConfig.StorageOpt": `{"size":"10G"}`}},
		{"network", map[string]any{"network": "net1"}, map[string]string{
			"HostConfig.NetworkMode": `"net1"`, "NetworkingConfig": `{"EndpointsConfig":{"net1":{}}}`}},
		{"network with networking config", map[string]any{"network": "net1", "networking_config": map[string]any{
			"net1": mustEndpoint(t, &EndpointConfigArgs{Aliases: []string{"web"}, IPv4Address: ptr("10.1.0.5")})}}, map[string]string{
			"NetworkingConfig": `{"EndpointsConfig":{"net1":{"Aliases":["web"],"IPAMConfig":{"IPv4Address":"10.1.0.5"}}}}`}},
		{"networking config of another network is dropped", map[string]any{"network": "net1", "networking_config": map[string]any{"net2": nil}}, map[string]string{
			"NetworkingConfig": `{"EndpointsConfig":{"net1":{}}}`}},
		{"networking config low-level form", map[string]any{"networking_config": map[string]any{"EndpointsConfig": map[string]any{
			"n": map[string]any{"aliases": []any{"a"}, "links": map[string]any{"db": "database"}}}}}, map[string]string{
			"NetworkingConfig": `{"EndpointsConfig":{"n":{"Aliases":["a"],"Links":["db:database"]}}}`}},
		{"network mode", map[string]any{"network_mode": "host", "network_disabled": true}, map[string]string{
			"HostConfig.NetworkMode": `"host"`, "NetworkDisabled": "true"}},
		{"links dict", map[string]any{"links": map[string]any{"web": "w", "db": "database", "cache": false}}, map[string]string{
			"HostConfig.Links": `["cache","db:database","web:w"]`}},
		{"links list", map[string]any{"links": []any{[]any{"web", "w"}, "db:database", []any{"cache"}}}, map[string]string{
			"HostConfig.Links": `["cache","db:database","web:w"]`}},
		{"namespaces and modes", map[string]any{"userns_mode": "host", "uts_mode": "host", "ipc_mode": "shareable", "pid_mode": "host",
			"cgroupns": "private", "isolation": "default", "runtime": "runc", "cgroup_parent": "/docker", "volume_driver": "local"}, map[string]string{
			"HostConfig.UsernsMode": `"host"`, "HostConfig.UTSMode": `"host"`, "HostConfig.IpcMode": `"shareable"`, "HostConfig.PidMode": `"host"`,
			"HostConfig.CgroupnsMode": `"private"`, "HostConfig.Isolation": `"default"`, "HostConfig.Runtime": `"runc"`,
			"HostConfig.CgroupParent": `"/docker"`, "HostConfig.VolumeDriver": `"local"`}},
		{"flags", map[string]any{"privileged": true, "publish_all_ports": true, "read_only": false, "oom_kill_disable": true,
			"init": true, "auto_remove": true, "pids_limit": int64(-1), "oom_score_adj": int64(-500), "mem_swappiness": int64(10)}, map[string]string{
			"HostConfig.Privileged": "true", "HostConfig.PublishAllPorts": "true", "HostConfig.ReadonlyRootfs": "false",
			"HostConfig.OomKillDisable": "true", "HostConfig.Init": "true", "HostConfig.AutoRemove": "true",
			"HostConfig.PidsLimit": "-1", "HostConfig.OomScoreAdj": "-500", "HostConfig.MemorySwappiness": "10"}},
		{"group add and volumes_from", map[string]any{"group_add": []any{"audio", int64(20)}, "volumes_from": "a,b:ro"}, map[string]string{
			"HostConfig.GroupAdd": `["audio","20"]`, "HostConfig.VolumesFrom": `["a","b:ro"]`}},
		{"lxc conf", map[string]any{"lxc_conf": map[string]any{"lxc.cgroup.cpuset.cpus": "0"}}, map[string]string{
			"HostConfig.LxcConf": `[{"Key":"lxc.cgroup.cpuset.cpus","Value":"0"}]`}},
		{"config fields", map[string]any{"user": int64(1000), "domainname": "example.com", "hostname": "h", "mac_address": "02:42:ac:11:00:02",
			"stop_signal": "SIGINT", "stop_timeout": int64(3), "working_dir": "/w", "tty": true, "stdin_open": true,
			"use_config_proxy": true, "platform": "linux/amd64", "labels": []any{"a"}, "environment": map[string]any{"B": "2", "A": nil},
			"command": "echo 'a b'", "entrypoint": []any{"sh", "-c"}}, map[string]string{
			"User": `"1000"`, "Domainname": `"example.com"`, "Hostname": `"h"`, "MacAddress": `"02:42:ac:11:00:02"`,
			"StopSignal": `"SIGINT"`, "StopTimeout": "3", "WorkingDir": `"/w"`, "Tty": "true", "OpenStdin": "true",
			"AttachStdin": "true", "StdinOnce": "true", "Labels": `{"a":""}`, "Env": `["A","B=2"]`,
			"Cmd": `["echo","a b"]`, "Entrypoint": `["sh","-c"]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := createBody(t, tt.kw)
			require.NoError(t, err)
			for path, want := range tt.want {
				assert.Equal(t, want, at(t, body, path), path)
			}
		})
	}
}

func TestCreateConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		kw   map[string]any
		want string
	}{
		{"bad size", map[string]any{"mem_limit": "12x"}, `argument 'mem_limit' must be a size such as 512m or 1g (units b, k, m, g), not "12x"`},
		{"size of wrong type", map[string]any{"shm_size": true}, `argument 'shm_size' must be int or str, not bool`},
		{"volume without bind", map[string]any{"volumes": map[string]any{"/h": map[string]any{"mode": "ro"}}}, `argument 'volumes' key '/h': 'bind' must be the path inside the container (str), not None`},
		{"volume ro and mode", map[string]any{"volumes": map[string]any{"/h": map[string]any{"bind": "/c", "mode": "ro", "ro": true}}}, `argument 'volumes' key '/h': a binding cannot contain both "ro" and "mode"`},
		{"volume unknown key", map[string]any{"volumes": map[string]any{"/h": map[string]any{"bind": "/c", "readonly": true}}}, `argument 'volumes' key '/h': unknown key 'readonly' (bind, mode or ro)`},
		{"volumes of wrong type", map[string]any{"volumes": "/h:/c"}, `argument 'volumes' must be dict or list of str, not str`},
		{"mount string", map[string]any{"mounts": []any{"a:b:c:d"}}, `argument 'mounts' item 1: invalid mount format "a:b:c:d" (source:target[:ro])`},
		{"mount mode", map[string]any{"mounts": []any{"/a:/b:rx"}}, `argument 'mounts' item 1: invalid mount mode "rx" in "/a:/b:rx" (ro or rw)`},
		{"mount dict", map[string]any{"mounts": []any{map[string]any{"source": "/a"}}}, `argument 'mounts' item 1: docker.types.Mount(): missing required argument 'target'`},
		{"mount type", map[string]any{"mounts": []any{map[string]any{"target": "/a", "type": "nfs"}}}, `argument 'mounts' item 1: docker.types.Mount(): unsupported mount type: "nfs" (bind, volume, tmpfs or npipe)`},
		{"mount item type", map[string]any{"mounts": []any{int64(1)}}, `argument 'mounts' item 1 must be a Mount, dict or str, not int`},
		{"tmpfs item", map[string]any{"tmpfs": []any{int64(1)}}, `argument 'tmpfs' item 1 must be a str "/path[:options]", not int`},
		{"tmpfs value", map[string]any{"tmpfs": map[string]any{"/a": int64(1)}}, `argument 'tmpfs' key '/a' must be an options str such as "size=64m", not int`},
		{"restart name", map[string]any{"restart_policy": map[string]any{"Name": "sometimes"}}, `argument 'restart_policy' key 'Name' is "sometimes", not a restart policy (no, always, unless-stopped, on-failure)`},
		{"restart retries", map[string]any{"restart_policy": map[string]any{"Name": "always", "MaximumRetryCount": int64(2)}}, `argument 'restart_policy' MaximumRetryCount can only be used with Name "on-failure"`},
		{"restart key", map[string]any{"restart_policy": map[string]any{"Policy": "always"}}, `argument 'restart_policy' unknown key 'Policy' (Name, MaximumRetryCount)`},
		{"restart type", map[string]any{"restart_policy": "always"}, `argument 'restart_policy' must be dict {Name, MaximumRetryCount} or RestartPolicy, not str`},
		{"healthcheck interval", map[string]any{"healthcheck": map[string]any{"test": "true", "interval": int64(10)}}, `argument 'healthcheck' docker.types.Healthcheck(): interval must be 0 or at least 1000000 nanoseconds (1ms), not 10`},
		{"healthcheck duration", map[string]any{"healthcheck": map[string]any{"test": "true", "timeout": "soon"}}, `argument 'healthcheck' docker.types.Healthcheck(): argument 'timeout' must be int nanoseconds or a duration such as "30s", not "soon"`},
		{"healthcheck key", map[string]any{"healthcheck": map[string]any{"cmd": "true"}}, `argument 'healthcheck' docker.types.Healthcheck(): unexpected keyword argument 'cmd'`},
		{"log config", map[string]any{"log_config": "json-file"}, `argument 'log_config' must be LogConfig or dict, not str`},
		{"log config value", map[string]any{"log_config": map[string]any{"type": "json-file", "config": map[string]any{"a": []any{}}}}, `argument 'log_config' docker.types.LogConfig(): argument 'config' must be a dict of str, but key 'a' is list`},
		{"ulimit", map[string]any{"ulimits": []any{map[string]any{"name": "nofile", "soft": "many"}}}, `argument 'ulimits' item 1: docker.types.Ulimit(): argument 'soft' must be int, not str`},
		{"ulimits type", map[string]any{"ulimits": map[string]any{"nofile": int64(1)}}, `argument 'ulimits' must be list of Ulimit, not dict`},
		{"device", map[string]any{"devices": []any{"/dev/a:/dev/b:rwx"}}, `argument 'devices' item 1: device permissions "rwx" must be made of r, w and m`},
		{"device format", map[string]any{"devices": []any{"a:b:c:d"}}, `argument 'devices' item 1: "a:b:c:d" is not a device such as "/dev/sda:/dev/xvda:rwm"`},
		{"device request", map[string]any{"device_requests": []any{map[string]any{"capabilities": []any{"gpu"}}}}, `argument 'device_requests' item 1: docker.types.DeviceRequest(): capabilities must be a list of lists of str, but item 1 is str`},
		{"blkio", map[string]any{"blkio_weight_device": []any{map[string]any{"Weight": int64(1)}}}, `argument 'blkio_weight_device' item 1 needs a Path`},
		{"blkio key", map[string]any{"device_read_bps": []any{map[string]any{"Path": "/dev/a", "Weight": int64(1)}}}, `argument 'device_read_bps' item 1: unknown key 'Weight' (Path or Rate)`},
		{"extra hosts", map[string]any{"extra_hosts": "a:1.2.3.4"}, `argument 'extra_hosts' must be dict or list of str, not str`},
		{"links", map[string]any{"links": []any{int64(1)}}, `argument 'links' item 1 must be a (container, alias) pair or str, not int`},
		{"sysctls", map[string]any{"sysctls": []any{"a=1"}}, `argument 'sysctls' must be dict, not list`},
		{"endpoint", map[string]any{"networking_config": map[string]any{"n": map[string]any{"alias": "x"}}}, `argument 'networking_config' key 'n': docker.types.EndpointConfig(): unexpected keyword argument 'alias'`},
		{"network and mode", map[string]any{"network": "a", "network_mode": "host"}, `the options 'network' and 'network_mode' cannot be used together`},
		{"host mode and ports", map[string]any{"network_mode": "host", "ports": map[string]any{"80": int64(80)}}, `"host" network_mode is incompatible with port_bindings`},
		{"userns", map[string]any{"userns_mode": "private"}, `invalid value for userns_mode param: private (host)`},
		{"uts", map[string]any{"uts_mode": "private"}, `invalid value for uts_mode param: private (host)`},
		{"cpu type", map[string]any{"cpu_shares": "512"}, `argument 'cpu_shares' must be int, not str`},
		{"unknown", map[string]any{"memory": "1g"}, `unexpected keyword argument 'memory'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := createBody(t, tt.kw)
			require.Error(t, err)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, InvalidArgument, e.Class)
			assert.Equal(t, "ContainerCollection.create(): "+tt.want, e.Message)
		})
	}
}

func TestInitPathIsInvalidVersion(t *testing.T) {
	_, err := createBody(t, map[string]any{"init_path": "/usr/bin/docker-init"})
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, InvalidVersion, e.Class)
	assert.Contains(t, e.Message, "init_path param is not supported in API versions > 1.29")
}

func TestCreateParamsFit(t *testing.T) {
	// every docker-py run/create keyword is a parameter
	m := ContainerCollectionClass.Lookup("run", false).(*Method)
	for _, name := range strings.Fields(`auto_remove blkio_weight_device blkio_weight cap_add cap_drop cgroup_parent cgroupns
		cpu_count cpu_percent cpu_period cpu_quota cpu_shares cpuset_cpus cpuset_mems cpu_rt_period cpu_rt_runtime
		device_cgroup_rules device_read_bps device_read_iops device_write_bps device_write_iops devices device_requests
		dns_opt dns_search dns extra_hosts group_add init init_path ipc_mode isolation kernel_memory links log_config
		lxc_conf mem_limit mem_reservation mem_swappiness memswap_limit mounts nano_cpus network_mode oom_kill_disable
		oom_score_adj pid_mode pids_limit privileged publish_all_ports read_only restart_policy security_opt shm_size
		storage_opt sysctls tmpfs ulimits userns_mode uts_mode version volume_driver volumes_from runtime
		command detach domainname entrypoint environment healthcheck hostname image labels mac_address name
		network_disabled platform stdin_open stop_signal tty use_config_proxy user working_dir
		ports volumes network networking_config stop_timeout stdout stderr remove stream`) {
		assert.NotNil(t, m.Param(name, false), name)
	}
}

func ptr[T any](v T) *T { return &v }

func mustMount(t *testing.T, a *MountArgs) *Mount {
	m, err := newMount(a)
	require.NoError(t, err)
	return m
}

func mustRestart(t *testing.T, cond string, attempts int64) *RestartPolicy {
	r, err := newRestartPolicy(&RestartPolicyArgs{Condition: cond, MaxAttempts: attempts})
	require.NoError(t, err)
	return r
}

func mustDeviceRequest(t *testing.T, a *DeviceRequestArgs) *DeviceRequest {
	r, err := newDeviceRequest(a)
	require.NoError(t, err)
	return r
}

func mustEndpoint(_ *testing.T, a *EndpointConfigArgs) *EndpointConfig { return newEndpointConfig(a) }
