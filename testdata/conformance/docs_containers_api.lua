-- docker-py docs, low-level API "Containers" section (ContainerApiMixin):
-- the examples of create_container (port bindings, volumes, networking),
-- create_endpoint_config, create_host_config, create_networking_config,
-- get_archive, port and start. Adapted for this machine: port bindings are
-- on 127.0.0.1, host paths live under /tmp/<prefix>, containers are named
-- with the prefix, and sleeping containers use init=true.
local prefix = arg[1]
local client = docker.from_env()
local cli = client.api
local n = 0
local function name() n = n + 1 return prefix .. "-" .. n end
local function join(l) return table.concat(l or {}, ",") end
local function show(what, id)
  local info = cli:inspect_container(id)
  local keys = {}
  for k in pairs(info.HostConfig.PortBindings) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    for _, b in ipairs(info.HostConfig.PortBindings[k]) do out[#out + 1] = k .. "=" .. b.HostIp .. ":" .. b.HostPort end
  end
  local exposed = {}
  for k in pairs(info.Config.ExposedPorts or {}) do exposed[#exposed + 1] = k end
  table.sort(exposed)
  print(what, join(out), "exposed", join(exposed))
end
local function bindings(what, hc)
  local keys = {}
  for k in pairs(hc.PortBindings) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    for _, b in ipairs(hc.PortBindings[k]) do out[#out + 1] = k .. "=" .. b.HostIp .. ":" .. b.HostPort end
  end
  print(what, join(out))
end

-- container_id = cli.create_container(
--     'busybox', 'ls', ports=[1111, 2222],
--     host_config=cli.create_host_config(port_bindings={
--         1111: 4567,
--         2222: None
--     })
-- )
-- (on 127.0.0.1: 1111: ('127.0.0.1', 4567), 2222: ('127.0.0.1',))
local container_id = cli:create_container(
  "busybox", "ls", {name = name(), ports = {1111, 2222},
  host_config = cli:create_host_config{port_bindings = {
    [1111] = {"127.0.0.1", 4567},
    [2222] = {"127.0.0.1"}
  }}}
)
show("port_bindings", container_id.Id)

-- cli.create_host_config(port_bindings={1111: ('127.0.0.1', 4567)})
bindings("host address", cli:create_host_config{port_bindings = {[1111] = {"127.0.0.1", 4567}}})

-- cli.create_host_config(port_bindings={1111: ('127.0.0.1',)})
bindings("no host port", cli:create_host_config{port_bindings = {[1111] = {"127.0.0.1"}}})

-- container_id = cli.create_container(
--     'busybox', 'ls', ports=[(1111, 'udp'), 2222],
--     host_config=cli.create_host_config(port_bindings={
--         '1111/udp': 4567, 2222: None
--     })
-- )
container_id = cli:create_container(
  "busybox", "ls", {name = name(), ports = {{1111, "udp"}, 2222},
  host_config = cli:create_host_config{port_bindings = {
    ["1111/udp"] = {"127.0.0.1", 4567}, [2222] = {"127.0.0.1"}
  }}}
)
show("udp", container_id.Id)

-- cli.create_host_config(port_bindings={
--     1111: [1234, 4567]
-- })
local hc = cli:create_host_config{port_bindings = {
  [1111] = {{"127.0.0.1", 1234}, {"127.0.0.1", 4567}}
}}
bindings("several host ports", hc)

-- cli.create_host_config(port_bindings={
--     1111: [
--         ('192.168.0.100', 1234),
--         ('192.168.0.101', 1234)
--     ]
-- })
-- (both on 127.0.0.1, so with two host ports)
hc = cli:create_host_config{port_bindings = {
  [1111] = {
    {"127.0.0.1", 1234},
    {"127.0.0.1", 1235}
  }
}}
bindings("several IPs", hc)
container_id = cli:create_container("busybox", "ls", {name = name(), ports = {1111}, host_config = hc})
show("several IPs", container_id.Id)

-- container_id = cli.create_container(
--     'busybox', 'ls', volumes=['/mnt/vol1', '/mnt/vol2'],
--     host_config=cli.create_host_config(binds={
--         '/home/user1/': {
--             'bind': '/mnt/vol2',
--             'mode': 'rw',
--         },
--         '/var/www': {
--             'bind': '/mnt/vol1',
--             'mode': 'ro',
--         }
--     })
-- )
local host = "/tmp/" .. prefix
local function mounts(what, id)
  cli:start(id)
  cli:wait(id)
  local info = cli:inspect_container(id)
  local out = {}
  for _, m in ipairs(info.Mounts) do out[#out + 1] = m.Destination .. ":" .. tostring(m.RW) end
  table.sort(out)
  local vols = {}
  for k in pairs(info.Config.Volumes or {}) do vols[#vols + 1] = k end
  table.sort(vols)
  print(what, join(out), "volumes", join(vols))
end
container_id = cli:create_container(
  "busybox", "ls", {name = name(), volumes = {"/mnt/vol1", "/mnt/vol2"},
  host_config = cli:create_host_config{binds = {
    [host .. "/home/user1/"] = {
      bind = "/mnt/vol2",
      mode = "rw",
    },
    [host .. "/var/www"] = {
      bind = "/mnt/vol1",
      mode = "ro",
    }
  }}}
)
mounts("binds dict", container_id.Id)

-- container_id = cli.create_container(
--     'busybox', 'ls', volumes=['/mnt/vol1', '/mnt/vol2'],
--     host_config=cli.create_host_config(binds=[
--         '/home/user1:/mnt/vol2',
--         '/var/www:/mnt/vol1:ro',
--     ])
-- )
container_id = cli:create_container(
  "busybox", "ls", {name = name(), volumes = {"/mnt/vol1", "/mnt/vol2"},
  host_config = cli:create_host_config{binds = {
    host .. "/home/user1:/mnt/vol2",
    host .. "/var/www:/mnt/vol1:ro",
  }}}
)
mounts("binds list", container_id.Id)

-- networking_config = docker_client.create_networking_config({
--     'network1': docker_client.create_endpoint_config(
--         ipv4_address='172.28.0.124',
--         aliases=['foo', 'bar'],
--         links=['container2']
--     )
-- })
local docker_client = cli
local networking_config = docker_client:create_networking_config({
  network1 = docker_client:create_endpoint_config{
    ipv4_address = "172.28.0.124",
    aliases = {"foo", "bar"},
    links = {"container2"}
  }
})
local ep = networking_config.EndpointsConfig.network1
print("networking_config", ep.IPAMConfig.IPv4Address, join(ep.Aliases), join(ep.Links))

-- >>> endpoint_config = client.create_endpoint_config(
--     aliases=['web', 'app'],
--     links={'app_db': 'db', 'another': None},
--     ipv4_address='132.65.0.123'
-- )
-- (Python's None as a dict value: false, since a Lua table cannot hold nil)
local endpoint_config = cli:create_endpoint_config{
  aliases = {"web", "app"},
  links = {app_db = "db", another = false},
  ipv4_address = "132.65.0.123"
}
print("endpoint_config", join(endpoint_config.Aliases), join(endpoint_config.Links), endpoint_config.IPAMConfig.IPv4Address)

-- >>> cli.create_host_config(privileged=True, cap_drop=['MKNOD'],
--                            volumes_from=['nostalgic_newton'])
-- {'CapDrop': ['MKNOD'], 'LxcConf': None, 'Privileged': True,
--  'VolumesFrom': ['nostalgic_newton'], 'PublishAllPorts': False}
hc = cli:create_host_config{privileged = true, cap_drop = {"MKNOD"},
                            volumes_from = {"nostalgic_newton"}}
print("host_config", join(hc.CapDrop), hc.Privileged, join(hc.VolumesFrom), hc.PublishAllPorts == true)

-- create_host_config tmpfs: {'/mnt/vol2': '', '/mnt/vol1': 'size=3G,uid=1000'}
hc = cli:create_host_config{tmpfs = {
  ["/mnt/vol2"] = "",
  ["/mnt/vol1"] = "size=3G,uid=1000"
}}
print("tmpfs", hc.Tmpfs["/mnt/vol2"] == "", hc.Tmpfs["/mnt/vol1"])

-- >>> networking_config = docker_client.create_networking_config({
--     'network1': docker_client.create_endpoint_config()
-- })
networking_config = docker_client:create_networking_config({
  network1 = docker_client:create_endpoint_config()
})
print("networking_config", type(networking_config.EndpointsConfig.network1) == "table")

-- >>> container = cli.create_container(
-- ...     image='busybox:latest',
-- ...     command='/bin/sleep 30')
-- >>> cli.start(container=container.get('Id'))
local container = cli:create_container{
  image = "busybox:latest",
  command = "/bin/sleep 30", name = name(), host_config = cli:create_host_config{init = true}}
cli:start{container = container.Id}
print("start", cli:inspect_container(container.Id).State.Running)

-- >>> c = docker.APIClient()
-- >>> f = open('./sh_bin.tar', 'wb')
-- >>> bits, stat = c.get_archive(container, '/bin/sh')
-- >>> print(stat)
-- {'name': 'sh', 'size': 1075464, 'mode': 493,
--  'mtime': '2018-10-01T15:37:48-07:00', 'linkTarget': ''}
-- >>> for chunk in bits:
-- ...     f.write(chunk)
-- >>> f.close()
local c = docker.APIClient()
local f = {}
local bits, stat = c:get_archive(container, "/bin/sh")
print("stat", stat.name, stat.linkTarget, type(stat.size), type(stat.mode), type(stat.mtime))
for chunk in bits do
  f[#f + 1] = chunk
end
local archive = table.concat(f)
print("sh_bin.tar", #archive % 512, require("tar").list(archive)[1].name)
cli:remove_container(container, {force = true})

-- $ docker run -d -p 80:80 ubuntu:14.04 /bin/sleep 30
-- >>> cli.port('7174d6347063', 80)
-- [{'HostIp': '0.0.0.0', 'HostPort': '80'}]
-- (published on 127.0.0.1, on a port the daemon picks)
local web = client.containers:run("busybox", "/bin/sleep 30", {detach = true, init = true, name = name(),
  ports = {[80] = {"127.0.0.1"}}})
local p = cli:port(web.short_id, 80)
print("port", #p, p[1].HostIp, p[1].HostPort:match("^%d+$") ~= nil)
web:remove{force = true}

-- remove the containers and what the binds created on the host
for _, ct in ipairs(cli:containers{all = true, filters = {name = prefix}}) do cli:remove_container(ct.Id) end
client.containers:run("busybox", {"rm", "-rf", "/hosttmp/" .. prefix},
  {name = name(), remove = true, volumes = {["/tmp"] = {bind = "/hosttmp", mode = "rw"}}})
print("left", #cli:containers{all = true, filters = {name = prefix}})
