local prefix = arg[1]
local client = docker.from_env()
local api = client.api
local tar = require("tar")
local bar = function(s) return (s:gsub("\n", "|")) end

-- every container method takes the {Id} dict that create_container returns
local created = api:create_container{image = "busybox", command = "sleep 60", name = prefix .. "-s", host_config = {Init = true}}
api:start(created)
print("started", api:inspect_container(created).State.Status)

-- put_archive / get_archive
print("put", api:put_archive(created, "/tmp", tar.create({["hello.txt"] = "hi"})))
local chunks, stat = api:get_archive(created, "/tmp/hello.txt")
print("stat", stat.name, stat.size)
local path_stat = api:archive_stat(created, "/tmp/hello.txt")
print("archive_stat", path_stat.name, path_stat.size, path_stat.mode == stat.mode)
print("extract", tar.extract(chunks)["hello.txt"])
local n, small = 0, true
for chunk in (api:get_archive(created.Id, "/tmp/hello.txt", 512)) do
  n = n + 1
  small = small and #chunk <= 512
end
print("chunks", n > 1, small)
chunks = api:get_archive{container = created, path = "/tmp/hello.txt", chunk_size = 4096, encode_stream = false}
print("by name", tar.extract(chunks)["hello.txt"])

-- export
local found = false
for _, e in ipairs(tar.list(api:export(created, 65536))) do
  if e.name == "bin/busybox" then found = e.type == "file" end
end
print("export has bin/busybox", found)

-- stats
local st = api:stats(created, {stream = false})
print("stats one", st.memory_stats ~= nil)
st = api:stats(created, nil, false, true)
print("stats one_shot", st.memory_stats ~= nil)
local it = api:stats(created, true)
local s1 = it()
it:close()
print("stats decode", type(s1), s1.cpu_stats ~= nil)
it = api:stats(created)
local raw = it()
it:close()
print("stats raw", type(raw), raw:sub(1, 1))

-- Container.exec_run(socket=true): an interactive round trip
local c = client.containers:get(created.Id)
local r = c:exec_run("cat", {socket = true, stdin = true})
print("exec_run socket", r.exit_code, tostring(r.output), tostring(r))
local sock = r.output
print("sent", sock:write("hello\n"))
sock:close_write()
local got = {}
for chunk in sock:chunks() do got[#got + 1] = chunk end
print("echoed", bar(table.concat(got)), sock.closed)
r = c:exec_run("cat", {socket = true, stdin = true, tty = true})
r.output:write("x\n")
r.output:close_write()
r.output:close()
print("exec_run tty socket", r.exit_code, r.output.closed)
api:remove_container(created, {force = true})

-- attach
local logs = api:create_container("busybox", {"sh", "-c", "echo out; sleep 0.1; echo err >&2"}, {name = prefix .. "-logs"})
api:start(logs)
api:wait(logs)
print("attach", bar(api:attach(logs, {logs = true})))
local out, err = api:attach(logs, true, true, false, true, true)
print("attach demux", bar(out), bar(err))
out = api:attach{container = logs, stderr = false, logs = true}
print("attach stdout", bar(out))
api:remove_container(logs)
local live = api:create_container("busybox", {"sh", "-c", "sleep 0.3; echo a; sleep 0.1; echo b"}, {name = prefix .. "-live"})
api:start(live)
got = {}
for chunk in api:attach(live, {stream = true, logs = true}) do got[#got + 1] = chunk end
print("attach stream", bar(table.concat(got)))
api:remove_container(live, {force = true})

-- attach_socket: a round trip with cat
local cat = api:create_container("busybox", "cat", {stdin_open = true, name = prefix .. "-cat"})
api:start(cat)
local s = api:attach_socket(cat, {stdin = 1, stream = 1, stdout = 1})
print("socket", tostring(s), s:write("hello\n"))
s:close_write()
got = {}
for chunk in s:chunks() do got[#got + 1] = chunk end
print("echoed", bar(table.concat(got)))
print("cat exit", api:wait(cat).StatusCode)
api:remove_container(cat)

-- create_container_config / create_container_from_config
local cfg = api:create_container_config("busybox", "echo from config", {labels = {[prefix] = "1"}, host_config = {Init = true}})
print("config", cfg.Image, table.concat(cfg.Cmd, " "), cfg.Labels[prefix], cfg.HostConfig.Init)
local fc = api:create_container_from_config(cfg, prefix .. "-cfg")
print("from config", type(fc.Id), #fc.Id)
api:start(fc)
print("wait", api:wait(fc).StatusCode)
print("logs", bar(api:logs(fc)))
print("name", api:inspect_container(fc).Name == "/" .. prefix .. "-cfg", api:inspect_container(fc).Config.Labels[prefix])
api:remove_container{container = fc}

local calls = {
  function() return api:inspect_container(5) end,
  function() return api:start({Warnings = {}}) end,
  function() return api:stop("") end,
  function() return api:get_archive(fc) end,
  function() return api:stats(fc, {decode = true, stream = false}) end,
  function() return api:create_container_config("busybox", {name = "x"}) end,
  function() return api:attach_socket(fc, {bogus = 1}) end,
}
for _, f in ipairs(calls) do
  local ok, e = pcall(f)
  print(ok, e.class, tostring(e))
end
