local prefix = arg[1]
local client = docker.from_env()
local tar = require("tar")
local c = client.containers:run("busybox", "sleep 60", {detach = true, init = true, name = prefix .. "-arch"})

-- put_archive of a tar built by the tar module
print("put", c:put_archive("/tmp", tar.create({["hello.txt"] = "hi"})))
print("cat", c:exec_run("cat /tmp/hello.txt").output)

-- get_archive: an iterator of chunks and the stat
local chunks, stat = c:get_archive("/tmp/hello.txt")
print("stat", stat.name, stat.size)
print("extract", tar.extract(chunks)["hello.txt"])
local n, allBytes = 0, true
local small = c:get_archive("/tmp/hello.txt", 512)
for chunk in small do
  n = n + 1
  allBytes = allBytes and type(chunk) == "string" and #chunk <= 512
end
print("chunks", n > 1, allBytes)

-- put_archive streams an iterator of chunks
print("put iterator", c:put_archive("/", (c:get_archive("/tmp/hello.txt"))))
print("cat", c:exec_run("cat /hello.txt").output)

-- export: tar.list reads the stream
local found = false
for _, e in ipairs(tar.list(c:export())) do
  if e.name == "bin/busybox" then found = e.type == "file" end
end
print("export has bin/busybox", found)

-- stats
local st = c:stats{stream = false}
print("stats memory_stats", st.memory_stats ~= nil)
local it = c:stats{decode = true}
local samples = 0
for s in it do
  samples = samples + 1
  if s.cpu_stats == nil then print("no cpu_stats") end
  if samples == 2 then break end
end
it:close()
print("stats samples", samples)
c:remove{force = true}

-- attach with logs=true replays the output
local l = client.containers:run("busybox", {"sh", "-c", "echo out; sleep 0.1; echo err >&2"}, {detach = true, name = prefix .. "-logs"})
l:wait()
io.write(l:attach{logs = true})
local out, err = l:attach{logs = true, demux = true}
print("demux", out == "out\n", err == "err\n")
l:remove()

-- attach_socket: an interactive round trip with cat
local cat = client.containers:create("busybox", "cat", {stdin_open = true, name = prefix .. "-cat"})
cat:start()
local s = cat:attach_socket{params = {stdin = 1, stream = 1, stdout = 1}}
print("sent", s:write("hello\n"))
s:close_write()
local got = {}
for chunk in s:chunks() do got[#got + 1] = chunk end
print("echoed", (table.concat(got):gsub("\n", "|")))
print("socket closed", s.closed)
print("cat exit", cat:wait().StatusCode)
cat:remove()
