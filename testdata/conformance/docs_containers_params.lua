-- docker-py docs, "Containers" page: the examples given in the parameter
-- list of ContainerCollection.run (create takes the same arguments).
-- Adapted for this machine: published ports are bound to 127.0.0.1, host
-- paths live under /tmp/<prefix>, long-running containers use init=true.
local prefix = arg[1]
local client = docker.from_env()
local n = 0
local function create(kw)
  n = n + 1
  kw.name = prefix .. "-c" .. n
  return client.containers:create("busybox", "true", kw)
end
local function run(cmd, kw)
  n = n + 1
  kw.name = prefix .. "-r" .. n
  kw.remove = true
  return client.containers:run("busybox", cmd, kw)
end
local function bindings(c, port)
  local out = {}
  for _, b in ipairs(c.attrs.HostConfig.PortBindings[port]) do out[#out + 1] = b.HostIp .. ":" .. b.HostPort end
  return table.concat(out, ","), c.attrs.Config.ExposedPorts[port] ~= nil
end

-- ports: { '2222/tcp': 3333 }  (bound to 127.0.0.1: ('127.0.0.1', 3333))
print("ports", bindings(create{ports = {["2222/tcp"] = {"127.0.0.1", 3333}}}, "2222/tcp"))
-- ports: { '2222/tcp': None }  (a random port on 127.0.0.1: ('127.0.0.1',))
print("ports", bindings(create{ports = {["2222/tcp"] = {"127.0.0.1"}}}, "2222/tcp"))
-- ports: { '1111/tcp': ('127.0.0.1', 1111) }
print("ports", bindings(create{ports = {["1111/tcp"] = {"127.0.0.1", 1111}}}, "1111/tcp"))
-- ports: { '1111/tcp': [1234, 4567] }  (each bound to 127.0.0.1)
print("ports", bindings(create{ports = {["1111/tcp"] = {{"127.0.0.1", 1234}, {"127.0.0.1", 4567}}}}, "1111/tcp"))
-- ports: the key as an integer
print("ports", bindings(create{ports = {[2222] = {"127.0.0.1", 3333}}}, "2222/tcp"))
-- the random port is published once the container runs
local web = client.containers:run("busybox", "sleep 30", {detach = true, init = true, name = prefix .. "-web",
  ports = {["2222/tcp"] = {"127.0.0.1"}}})
web:reload()
local p = web.ports["2222/tcp"][1]
print("published", p.HostIp, p.HostPort:match("^%d+$") ~= nil)

-- restart_policy: { "Name": "on-failure", "MaximumRetryCount": 5 }
local rp = create{restart_policy = {Name = "on-failure", MaximumRetryCount = 5}}.attrs.HostConfig.RestartPolicy
print("restart_policy", rp.Name, rp.MaximumRetryCount)

-- tmpfs: { '/mnt/vol2': '', '/mnt/vol1': 'size=3G,uid=1000' }
io.write(run("sh -c 'stat -c \"%n %u\" /mnt/vol2 /mnt/vol1; df -k /mnt/vol1 | tail -1 | awk \"{print \\$2}\"'",
  {tmpfs = {["/mnt/vol2"] = "", ["/mnt/vol1"] = "size=3G,uid=1000"}}))

-- volumes: {'/home/user1/': {'bind': '/mnt/vol2', 'mode': 'rw'},
--           '/var/www': {'bind': '/mnt/vol1', 'mode': 'ro'}}
local host = "/tmp/" .. prefix
io.write(run({"sh", "-c", "echo hi > /mnt/vol2/f && cat /mnt/vol2/f; touch /mnt/vol1/f 2>/dev/null || echo vol1 read-only"},
  {volumes = {[host .. "/home/user1/"] = {bind = "/mnt/vol2", mode = "rw"},
              [host .. "/var/www"] = {bind = "/mnt/vol1", mode = "ro"}}}))
-- volumes as a list
io.write(run("cat /mnt/vol2/f", {volumes = {host .. "/home/user1/:/mnt/vol2:ro"}}))

-- labels: {"label1": "value1", "label2": "value2"}
local l = create{labels = {label1 = "value1", label2 = "value2"}}.labels
print("labels", l.label1, l.label2)
-- labels: ["label1", "label2"]
l = create{labels = {"label1", "label2"}}.labels
print("labels", l.label1 == "", l.label2 == "")

-- environment: ["SOMEVARIABLE=xxx"], or as a dictionary
io.write(run("sh -c 'echo $SOMEVARIABLE'", {environment = {"SOMEVARIABLE=xxx"}}))
io.write(run("sh -c 'echo $SOMEVARIABLE'", {environment = {SOMEVARIABLE = "xxx"}}))

-- cap_add: ["SYS_ADMIN", "MKNOD"]
print("cap_add", table.concat(create{cap_add = {"SYS_ADMIN", "MKNOD"}}.attrs.HostConfig.CapAdd, ","))

-- devices: /dev/sda:/dev/xvda:rwm
local d = create{devices = {"/dev/sda:/dev/xvda:rwm"}}.attrs.HostConfig.Devices[1]
print("devices", d.PathOnHost, d.PathInContainer, d.CgroupPermissions)

-- blkio_weight_device: [{"Path": "device_path", "Weight": weight}]
-- (this kernel discards weight devices, so the request is checked as built)
local wd = client.api:create_host_config{blkio_weight_device = {{Path = "/dev/null", Weight = 500}}}.BlkioWeightDevice[1]
print("blkio_weight_device", wd.Path, wd.Weight)
-- device_read_bps: [{"Path": "device_path", "Rate": rate}]  (a device this machine has)
local bps = create{device_read_bps = {{Path = "/dev/null", Rate = 1048576}}}.attrs.HostConfig.BlkioDeviceReadBps[1]
print("device_read_bps", bps.Path, bps.Rate)

-- mem_limit: 100000b, 1000k, 128m, 1g (the daemon refuses less than 6 MB, so
-- the small ones are checked as built)
for _, v in ipairs({"100000b", "1000k"}) do print("mem_limit", v, client.api:create_host_config{mem_limit = v}.Memory) end
for _, v in ipairs({"128m", "1g"}) do print("mem_limit", v, create{mem_limit = v}.attrs.HostConfig.Memory) end
-- shm_size: 1G
print("shm_size", create{shm_size = "1G"}.attrs.HostConfig.ShmSize)
-- stop_signal: SIGINT
print("stop_signal", create{stop_signal = "SIGINT"}.attrs.Config.StopSignal)
-- pids_limit: -1 for unlimited
local pl = create{pids_limit = -1}.attrs.HostConfig.PidsLimit
print("pids_limit", client.api:create_host_config{pids_limit = -1}.PidsLimit, pl == nil or pl <= 0)

-- network_mode: none, bridge, container:<name|id>, host
io.write(run("ls /sys/class/net", {network_mode = "none"}))
io.write(run("ls /sys/class/net", {network_mode = "bridge"}))
print("container:", run("hostname", {network_mode = "container:" .. web.name}) == web.id:sub(1, 12) .. "\n")
print("host", create{network_mode = "host"}.attrs.HostConfig.NetworkMode)

-- links: {'container': 'alias'}
io.write(run({"sh", "-c", "grep -c alias /etc/hosts"}, {links = {[web.name] = "alias"}}))

-- mounts: a list of docker.types.Mount objects
io.write(run("sh -c 'echo m > /data/f; cat /data/f'",
  {mounts = {docker.types.Mount("/data", host .. "/home/user1", {type = "bind"})}}))

web:remove{force = true}
-- remove what the volumes created on the host
run({"rm", "-rf", "/hosttmp/" .. prefix}, {volumes = {["/tmp"] = {bind = "/hosttmp", mode = "rw"}}})
for _, c in ipairs(client.containers:list{all = true, filters = {name = prefix}}) do c:remove() end
print("left", #client.containers:list{all = true, filters = {name = prefix}})
