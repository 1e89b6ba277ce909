-- create/run options: docker-py's conversions, checked by the daemon
local prefix = arg[1]
local client = docker.from_env()
local T = docker.types

local function join(l) return table.concat(l or {}, ",") end

local c = client.containers:create("busybox", "sleep 60", {
  name = prefix .. "-opts", init = true,
  mem_limit = "64m", mem_reservation = "32m", memswap_limit = "128m", shm_size = "8m",
  cpu_shares = 512, nano_cpus = 500000000, pids_limit = 64, oom_score_adj = 100,
  volumes = {["/tmp"] = {bind = "/hosttmp", mode = "ro"}},
  tmpfs = {["/cache"] = "size=4m"},
  mounts = {T.Mount{target = "/scratch", type = "tmpfs", tmpfs_size = "16m"},
            T.Mount("/etc/hostsrc", "/etc", {type = "bind", read_only = true})},
  ulimits = {T.Ulimit{name = "nofile", soft = 1024, hard = 2048}, {name = "nproc", soft = 100, hard = 200}},
  restart_policy = {Name = "on-failure", MaximumRetryCount = 3},
  healthcheck = {test = "true", interval = 1000000000, timeout = "2s", retries = 3, start_period = 500000000},
  log_config = T.LogConfig{type = "json-file", config = {["max-size"] = "1m", ["max-file"] = 2}},
  extra_hosts = {["db.local"] = "10.0.0.5", ["cache.local"] = "10.0.0.6"},
  cap_add = {"NET_ADMIN"}, cap_drop = {"MKNOD"},
  sysctls = {["net.ipv4.ip_forward"] = 1},
  dns = {"1.1.1.1"}, dns_search = {"example.com"}, dns_opt = {"ndots:2"},
  labels = {app = "opts", [prefix] = "yes"},
  user = 1000, working_dir = "/tmp", hostname = "box", domainname = "example.com",
  ports = {[80] = {"127.0.0.1", false}, ["53/udp"] = 5353, ["8080/tcp"] = {{"127.0.0.1", 18080}, {"127.0.0.1", 18081}}},
  devices = {"/dev/null:/dev/mynull:rw"},
  read_only = true, stop_signal = "SIGINT", stop_timeout = 5,
  environment = {A = "1"}, group_add = {"audio", 20}, security_opt = {"no-new-privileges"},
})
local hc, cfg = c.attrs.HostConfig, c.attrs.Config
print("memory", hc.Memory, hc.MemoryReservation, hc.MemorySwap, hc.ShmSize)
print("cpu", hc.CpuShares, hc.NanoCpus, hc.PidsLimit, hc.OomScoreAdj)
print("binds", join(hc.Binds))
print("tmpfs", hc.Tmpfs["/cache"])
for i, m in ipairs(hc.Mounts) do
  print("mount", i, m.Type, m.Target, m.Source or "", m.ReadOnly == true, m.TmpfsOptions and m.TmpfsOptions.SizeBytes or "")
end
for _, u in ipairs(hc.Ulimits) do print("ulimit", u.Name, u.Soft, u.Hard) end
print("restart", hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount)
local h = cfg.Healthcheck
print("healthcheck", join(h.Test), h.Interval, h.Timeout, h.Retries, h.StartPeriod)
print("log", hc.LogConfig.Type, hc.LogConfig.Config["max-size"], hc.LogConfig.Config["max-file"])
print("extra_hosts", join(hc.ExtraHosts))
print("caps", join(hc.CapAdd), join(hc.CapDrop))
print("sysctls", hc.Sysctls["net.ipv4.ip_forward"])
print("dns", join(hc.Dns), join(hc.DnsSearch), join(hc.DnsOptions))
print("labels", cfg.Labels.app, cfg.Labels[prefix])
print("user", cfg.User, cfg.WorkingDir, cfg.Hostname, cfg.Domainname)
local pb = hc.PortBindings
print("ports", pb["80/tcp"][1].HostIp, pb["80/tcp"][1].HostPort == "", pb["53/udp"][1].HostPort,
  pb["8080/tcp"][1].HostPort, pb["8080/tcp"][2].HostPort, cfg.ExposedPorts["53/udp"] ~= nil)
print("devices", hc.Devices[1].PathOnHost, hc.Devices[1].PathInContainer, hc.Devices[1].CgroupPermissions)
print("misc", hc.ReadonlyRootfs, hc.Init, cfg.StopSignal, cfg.StopTimeout, join(cfg.Env), join(hc.GroupAdd), join(hc.SecurityOpt))
c:remove{v = true}

-- the options take effect in a running container
local out = client.containers:run("busybox",
  {"sh", "-c", "ulimit -n; grep db.local /etc/hosts; cat /proc/sys/net/ipv4/ip_forward; touch /hosttmp/x 2>/dev/null || echo ro; df -k /scratch | tail -1 | awk '{print $2}'; id -u"},
  {remove = true, volumes = {"/tmp:/hosttmp:ro"}, ulimits = {{Name = "nofile", Soft = 512, Hard = 512}},
   extra_hosts = {"db.local:10.0.0.5"}, sysctls = {["net.ipv4.ip_forward"] = "1"},
   mounts = {T.Mount{target = "/scratch", type = "tmpfs", tmpfs_size = 8388608}},
   user = "1000", init = true})
io.write(out)

-- low-level: create_host_config and create_container
local api = client.api
local hcfg = api:create_host_config{mem_limit = "1g", binds = {["/tmp"] = "/mnt"}, port_bindings = {[9000] = 9001},
  restart_policy = T.RestartPolicy{condition = "any"}, tmpfs = {"/run:size=1m"}}
print("host_config", hcfg.Memory, join(hcfg.Binds), hcfg.PortBindings["9000/tcp"][1].HostPort, hcfg.RestartPolicy.Name, hcfg.Tmpfs["/run"])
local created = api:create_container("busybox", "true", {name = prefix .. "-api", host_config = hcfg, ports = {9000}, labels = {[prefix] = "yes"}})
local info = api:inspect_container(created.Id)
print("api", info.HostConfig.Memory, info.HostConfig.RestartPolicy.Name, info.Config.ExposedPorts["9000/tcp"] ~= nil)
api:remove_container(created.Id)
local nc = api:create_networking_config{bridge = api:create_endpoint_config{aliases = {"web"}}}
print("networking", join(nc.EndpointsConfig.bridge.Aliases))

-- bad values are InvalidArgument errors, raised before any request
local function try(kw)
  kw.name = prefix .. "-bad"
  local ok, err = pcall(function() return client.containers:create("busybox", kw) end)
  print(ok, docker.errors.is(err, docker.errors.InvalidArgument), tostring(err))
end
try{mem_limit = "12x"}
try{volumes = {["/tmp"] = {mode = "ro"}}}
try{ports = {["http"] = 80}}
try{restart_policy = {Name = "sometimes"}}
try{ulimits = {{name = "nofile", soft = "many"}}}
try{devices = {"/dev/null:/dev/x:rwx"}}
try{mounts = {T.Ulimit{name = "nofile"}}}
try{network = "bridge", network_mode = "host"}
local ok, err = pcall(function() return T.Mount{target = "/x", type = "tmpfs", read_only = true, no_copy = true} end)
print(ok, docker.errors.is(err, docker.errors.InvalidArgument), tostring(err))
local m = T.Mount("/data", "/srv", {type = "bind", propagation = "rprivate"})
print("Mount", m.target, m.source, m.type, m.read_only, m.propagation)
local hc2 = T.Healthcheck{test = {"CMD", "true"}, interval = "1s"}
print("Healthcheck", join(hc2.test), hc2.interval, tostring(hc2))
print("left", #client.containers:list{all = true, filters = {label = prefix}})
