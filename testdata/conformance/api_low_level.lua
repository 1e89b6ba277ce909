local prefix = arg[1]
local client = docker.from_env()
local api = client.api
local nl = function(s) return (s:gsub("\n", ",")) end

local created = api:create_container{image = "busybox", command = "sleep 60", name = prefix .. "-api", tty = true,
  ports = {["80/tcp"] = {"127.0.0.1", 0}},
  host_config = {Init = true, PortBindings = {["80/tcp"] = {{HostIp = "127.0.0.1", HostPort = ""}}}}}
local id = created.Id
api:start(id)

local p = api:port(id, 80)
print("port", #p, p[1].HostIp, p[1].HostPort:match("^%d+$") ~= nil)
local p2 = api:port(id, "80/tcp")
print("port tcp", p2[1].HostPort == p[1].HostPort)
print("port udp", api:port(id, "80/udp"), api:port{container = id, private_port = 81})

api:pause(id)
print("paused", api:inspect_container(id).State.Status)
api:unpause(id)
local st = api:inspect_container(id).State.Status
for _ = 1, 200 do if st == "running" then break end require("time").sleep(0.02) st = api:inspect_container(id).State.Status end
print("unpaused", st)

api:rename(id, prefix .. "-api2")
print("renamed", api:inspect_container(id).Name == "/" .. prefix .. "-api2")
api:resize(id, 30, 100)
api:resize{container = id, height = 40, width = 120}
print("resized")

local top = api:top(id)
print("top", #top.Titles > 0, #top.Processes > 0)
top = api:top(id, "-o pid,comm")
print("top ps_args", top.Titles[1], top.Titles[2])

local ex = api:exec_create(id, "sh -c 'echo out; sleep 0.1; echo err >&2; exit 3'")
print("exec_create", type(ex.Id), #ex.Id)
local out = api:exec_start(ex)
print("exec_start", #out, out:find("out\n", 1, true) ~= nil, out:find("err\n", 1, true) ~= nil)
local info = api:exec_inspect(ex)
print("exec_inspect", info.ExitCode, info.Running, api:exec_inspect(ex.Id).ID == ex.Id)

ex = api:exec_create(id, {"sh", "-c", "echo o; sleep 0.1; echo e >&2"})
local o, e = api:exec_start(ex.Id, {demux = true})
print("demux", nl(o), nl(e))
ex = api:exec_create(id, "sh -c 'echo e >&2'", {stdout = false})
o, e = api:exec_start(ex, false, false, false, false, true)
print("demux stderr only", o, nl(e))

ex = api:exec_create(id, "sh -c 'echo a; sleep 0.1; echo b'")
local got = {}
for chunk in api:exec_start(ex, {stream = true}) do got[#got + 1] = chunk end
print("stream", nl(table.concat(got)))
ex = api:exec_create(id, "sh -c 'echo x; sleep 0.1; echo y >&2'")
local outs, errs = {}, {}
for so, se in api:exec_start{exec_id = ex, stream = true, demux = true} do
  if so then outs[#outs + 1] = so end
  if se then errs[#errs + 1] = se end
end
print("stream demux", nl(table.concat(outs)), nl(table.concat(errs)))

ex = api:exec_create(id, "sh -c 'echo $FOO; pwd; id -u'", {environment = {FOO = "bar"}, workdir = "/tmp", user = "nobody"})
print("env", nl(api:exec_start(ex)))
ex = api:exec_create(id, "echo tty", {tty = true})
print("tty", (api:exec_start(ex, {tty = true}):gsub("[\r\n]", "")))

ex = api:exec_create(id, "sleep 3", {tty = true})
print("detach", api:exec_start(ex, {detach = true, tty = true}) == "")
api:exec_resize(ex, 20, 80)
api:exec_resize(ex, {height = 24, width = 100})
print("exec_resize", api:exec_inspect(ex).Running)

ex = api:exec_create(id, "touch /newfile")
api:exec_start(ex)
print("touch", api:exec_inspect(ex).ExitCode)
local found = false
for _, ch in ipairs(api:diff(id)) do
  if ch.Path == "/newfile" then found = ch.Kind end
end
print("diff", found)

local up = api:update_container(id, {cpu_shares = 512, mem_limit = "64m", memswap_limit = 128 * 1024 * 1024,
  restart_policy = {Name = "on-failure", MaximumRetryCount = 2}})
print("update_container", type(up), type(up.Warnings))
local hc = api:inspect_container(id).HostConfig
print("updated", hc.CpuShares, hc.Memory, hc.MemorySwap, hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount)
api:update_container(id, nil, nil, nil, 256)
print("updated positional", api:inspect_container(id).HostConfig.CpuShares)

ex = api:exec_create(id, "cat", {stdin = true})
local sock = api:exec_start(ex, {socket = true})
sock:write("over the socket\n")
sock:close_write()
got = {}
for chunk in sock:chunks() do got[#got + 1] = chunk end
print("socket", tostring(sock), nl(table.concat(got)), api:exec_inspect(ex).ExitCode)

local c = client.containers:get(id)
print("c.ports", c.ports["80/tcp"][1].HostIp, c.ports["80/tcp"][1].HostPort == p[1].HostPort)
-- other tests tag busybox too: look for its own tag only
local tags = {}
for _, t in ipairs(c.image.tags) do tags[t] = true end
print("c.image", c.image.id:sub(1, 7), c.image.id == api:inspect_image("busybox").Id, tostring(c.image):match("^<Image: '") ~= nil, tags["busybox:latest"])
print("c.health", c.health)

local hid = api:create_container{image = "busybox", command = "sleep 60", name = prefix .. "-health",
  healthcheck = {test = "true", interval = 100000000}, host_config = {Init = true}}.Id
local hcnt = client.containers:get(hid)
print("health created", hcnt.health)
api:start(hid)
local time = require("time")
for _ = 1, 100 do
  hcnt:reload()
  if hcnt.health == "healthy" then break end
  time.sleep(0.1)
end
print("health", hcnt.health)
api:remove_container(hid, {force = true})

api:restart(id, 1)
print("restarted", api:inspect_container(id).State.Status)
api:restart(id)
print("restarted default", api:inspect_container(id).State.Status)
api:remove_container(id, {force = true})

local pc = api:create_container{image = "busybox", command = "true", name = prefix .. "-prune", labels = {[prefix] = "1"}}
local res = api:prune_containers{filters = {label = prefix}}
print("prune_containers", #res.ContainersDeleted, res.ContainersDeleted[1] == pc.Id, type(res.SpaceReclaimed))
res = api:prune_containers({label = prefix})
print("prune again", res.ContainersDeleted == nil or #res.ContainersDeleted == 0)

local calls = {
  function() return api:exec_create(id, "true", {bogus = 1}) end,
  function() return api:rename(id) end,
  function() return api:port() end,
  function() return api:exec_inspect(true) end,
  function() return api:exec_resize("x", {height = 10}) end,
  function() return api:exec_start({Id = 5}) end,
  function() return api:update_container(id, {mem_limit = "lots"}) end,
}
for _, f in ipairs(calls) do
  local ok, err = pcall(f)
  print(ok, err.class, tostring(err))
end
