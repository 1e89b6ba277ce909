local prefix = arg[1]
local client = docker.from_env()
local c = client.containers:run("busybox", {"sh", "-c", "for i in 1 2 3 4 5; do echo line $i; done; sleep 0.1; echo bad >&2"},
  {detach = true, name = prefix .. "-logs"})
c:wait()
local n = 0
for chunk in c:logs{stream = true, stderr = false} do n = n + 1; io.write("got ", chunk) end
print("chunks", n)
io.write(c:logs{tail = 2})
for chunk in c:logs{stream = true, tail = 1, stdout = false} do io.write("err ", chunk) end
local it = c:logs{stream = true}
io.write("first ", it())
it:close()
print("after close", it() == nil)
local lines = {}
for chunk in client.containers:run("busybox", "sh -c 'echo a; sleep 0.2; echo b'", {stream = true, remove = true}) do
  lines[#lines + 1] = chunk
end
print("run stream", table.concat(lines, ""):gsub("\n", ","))
-- follow on a running container ends when it exits
local f = client.containers:run("busybox", "sh -c 'echo x; sleep 0.3; echo y'", {detach = true, name = prefix .. "-follow"})
local got = {}
for chunk in f:logs{stream = true, follow = true} do got[#got + 1] = chunk end
print("follow", table.concat(got, ""):gsub("\n", ","))
f:remove{force = true}
c:remove()
