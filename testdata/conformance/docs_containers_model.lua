-- docker-py docs, "Containers" page: the Container model, its properties
-- and methods, with the get_archive example.
local prefix = arg[1]
local client = docker.from_env()
local tar = require("tar")
local nl = function(s) return (s:gsub("\n", "|")) end

local container = client.containers:run("busybox", {"sh", "-c", "echo started; sleep 0.1; echo warn >&2; exec sleep 60"},
  {detach = true, init = true, tty = false, name = prefix .. "-model", labels = {role = "model"}})

-- attrs, id, labels, name, short_id, status
print("id", #container.id, container.short_id == container.id:sub(1, #container.short_id))
print("name", container.name == prefix .. "-model", container.attrs.Name == "/" .. prefix .. "-model")
print("labels", container.labels.role)
print("status", container.status)
-- reload(): local attributes are cached until reload()
container:reload()
print("reload", container.status, container.attrs.State.Running)

-- exec_run(cmd, ...): a tuple (exit_code, output)
local res = container:exec_run("sh -c 'echo out; exit 2'")
print("exec_run", res.exit_code, nl(res.output), res[1], nl(res[2]))
-- exec_run environment: ["PASSWORD=xxx"] or {"PASSWORD": "xxx"}
print("environment list", nl(container:exec_run("sh -c 'echo $PASSWORD'", {environment = {"PASSWORD=xxx"}}).output))
print("environment dict", nl(container:exec_run("sh -c 'echo $PASSWORD'", {environment = {PASSWORD = "xxx"}}).output))
-- stdout / stderr / user / workdir / tty
print("stderr=False", nl(container:exec_run({"sh", "-c", "echo o; echo e >&2"}, {stderr = false}).output))
print("user workdir", nl(container:exec_run("sh -c 'id -u; pwd'", {user = "nobody", workdir = "/tmp"}).output))
print("tty", (container:exec_run("echo tty", {tty = true}).output:gsub("[\r\n]", "")))
-- demux=True: output is (stdout, stderr)
local out = container:exec_run({"sh", "-c", "echo o; echo e >&2"}, {demux = true}).output
print("demux", nl(out[1]), nl(out[2]))
-- stream=True: exit_code is None and output is a generator
local sr = container:exec_run({"sh", "-c", "echo a; sleep 0.1; echo b"}, {stream = true})
local got = {}
for chunk in sr.output do got[#got + 1] = chunk end
print("stream", sr.exit_code == nil, nl(table.concat(got)))
-- detach=True
print("detach", container:exec_run("touch /detached", {detach = true}).output == "")
-- socket=True: a socket for custom reads and writes
local sock = container:exec_run("cat", {stdin = true, socket = true}).output
sock:write("via socket\n")
sock:close_write()
got = {}
for chunk in sock:chunks() do got[#got + 1] = chunk end
print("socket", nl(table.concat(got)))

-- logs(**kwargs)
print("logs", nl(container:logs()))
print("logs stdout", nl(container:logs{stderr = false}), "stderr", nl(container:logs{stdout = false}))
print("logs tail", nl(container:logs{tail = 1}), nl(container:logs{tail = "all"}))
print("logs timestamps", container:logs{timestamps = true, stderr = false}:match("^%d%d%d%d%-%d%d%-%d%dT") ~= nil)
print("logs since/until", nl(container:logs{since = 0, ["until"] = os.time() + 60}), container:logs{since = os.time() + 60})
local it = container:logs{stream = true, follow = true}
print("logs stream", nl(it()))
it:close()

-- attach(**kwargs)
print("attach logs", nl(container:attach{logs = true, stream = false, stderr = false}))

-- top(ps_args='aux')
local top = container:top()
print("top", #top.Titles > 0, #top.Processes > 0)
top = container:top{ps_args = "aux"}
print("top aux", top.Titles[1], #top.Processes > 0)

-- diff()
local kinds = {}
for _, ch in ipairs(container:diff()) do if ch.Path == "/detached" then kinds[#kinds + 1] = ch.Kind end end
print("diff", table.concat(kinds, ","))

-- put_archive(path, data): True if the call succeeds
print("put_archive", container:put_archive("/tmp", tar.create({["put.txt"] = "put\n"})))
print("put_archive read", nl(container:exec_run("cat /tmp/put.txt").output))

-- >>> f = open('./sh_bin.tar', 'wb')
-- >>> bits, stat = container.get_archive('/bin/sh')
-- >>> print(stat)
-- {'name': 'sh', 'size': 1075464, 'mode': 493,
-- 'mtime': '2018-10-01T15:37:48-07:00', 'linkTarget': ''}
-- >>> for chunk in bits:
-- ...     f.write(chunk)
-- >>> f.close()
local f = {}
local bits, stat = container:get_archive("/bin/sh")
print("stat", stat.name, stat.linkTarget, type(stat.size), type(stat.mode), type(stat.mtime))
for chunk in bits do
  f[#f + 1] = chunk
end
local archive = table.concat(f)
print("sh_bin.tar", #archive % 512, tar.list(archive)[1].name)
-- get_archive of a file, with chunk_size
bits, stat = container:get_archive("/tmp/put.txt", 512)
print("get_archive", stat.name, stat.size, tar.extract(bits)["put.txt"] == "put\n")

-- export(chunk_size=2097152): the filesystem tar archive
local found = false
for _, e in ipairs(tar.list(container:export())) do
  if e.name == "tmp/put.txt" then found = true end
end
print("export", found)

-- stats(decode=..., stream=...)
local st = container:stats{stream = false}
print("stats", type(st.memory_stats) == "table", type(st.cpu_stats) == "table")
local sit = container:stats{decode = true}
local s1 = sit()
sit:close()
print("stats decode", type(s1.cpu_stats) == "table")

-- pause() / unpause()
container:pause()
container:reload()
print("pause", container.status)
container:unpause()
for _ = 1, 200 do container:reload() if container.status == "running" then break end require("time").sleep(0.02) end
print("unpause", container.status)

-- update(**kwargs): a dict with a Warnings key
local up = container:update{cpu_shares = 512, mem_limit = "64m", memswap_limit = "128m",
  restart_policy = {Name = "on-failure", MaximumRetryCount = 3}}
container:reload()
local hc = container.attrs.HostConfig
print("update", type(up) == "table", hc.CpuShares, hc.Memory, hc.MemorySwap, hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount)
container:update{restart_policy = {Name = "no"}}

-- rename(name)
container:rename(prefix .. "-renamed")
container:reload()
print("rename", container.name == prefix .. "-renamed")

-- restart(timeout=...)
container:restart{timeout = 1}
container:reload()
print("restart", container.status, container.attrs.RestartCount)

-- kill(signal=...): str or int
-- the signal goes to the command once it runs (not to the shell before it)
for _ = 1, 100 do
  local running = false
  for _, p in ipairs(container:top().Processes) do
    if p[#p] == "sleep 60" then running = true end
  end
  if running then break end
  require("time").sleep(0.05)
end
container:kill("SIGTERM")
print("kill SIGTERM", container:wait().StatusCode)
container:start()
container:kill(9)
print("kill 9", container:wait().StatusCode)
-- start() / stop(timeout=...)
container:start()
container:stop{timeout = 1}
container:reload()
print("stop", container.status)
-- wait(timeout=..., condition=...)
print("wait", container:wait{timeout = 10}.StatusCode)
container:start()
container:kill()
print("wait condition", container:wait{condition = "not-running"}.StatusCode)

-- resize(height, width): a tty container
local tty = client.containers:run("busybox", "sleep 60", {detach = true, init = true, tty = true, name = prefix .. "-tty"})
tty:resize(40, 120)
print("resize", nl(tty:exec_run("stty -F /dev/console size").output))
tty:resize{height = 24, width = 80}
print("resize", nl(tty:exec_run("stty -F /dev/console size").output))
-- remove(force=True)
tty:remove{force = true}
local ok, err = pcall(function() return client.containers:get(prefix .. "-tty") end)
print("remove force", ok, docker.errors.is(err, docker.errors.NotFound))
-- remove(v=True)
container:remove{v = true}
print("left", #client.containers:list{all = true, filters = {name = prefix}})
