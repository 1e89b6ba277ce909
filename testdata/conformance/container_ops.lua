local prefix = arg[1]
local client = docker.from_env()
local c = client.containers:run("busybox", "sleep 60", {detach = true, tty = true, name = prefix .. "-ops"})
c:pause()
c:reload()
print("paused", c.status)
c:unpause()
-- the daemon records the resume from containerd's event, just after its answer
for _ = 1, 200 do c:reload() if c.status == "running" then break end require("time").sleep(0.02) end
print("unpaused", c.status)
c:rename(prefix .. "-renamed")
c:reload()
print("renamed", c.name == prefix .. "-renamed")
c:resize(30, 100)
c:resize{height = 40, width = 120}
print("resized")
local top = c:top()
print("top", #top.Titles > 0, #top.Processes)
local top2 = c:top{ps_args = "-o pid,comm"}
print("top ps_args", top2.Titles[1], top2.Titles[2])
local r = c:exec_run("sh -c 'echo out; echo err; exit 3'")
print("exec", r.exit_code, (r.output:gsub("\n", ",")))
print("index", r[1], r[2] == r.output)
print("destructure", #r, r[1] == r.exit_code and r[2] == r.output)
r = c:exec_run({"sh", "-c", "echo o; echo e >&2"}, {demux = true})
print("demux", r.exit_code, r.output[1] == "o\n", r.output[2] == "e\n")
r = c:exec_run("sh -c 'echo e >&2'", {demux = true, stdout = false})
print("demux stderr only", r.output[1] == nil, r.output[2] == "e\n")
r = c:exec_run("sh -c 'echo $FOO; pwd; id -u'", {environment = {FOO = "bar"}, workdir = "/tmp", user = "nobody"})
print("env", r.exit_code, (r.output:gsub("\n", ",")))
r = c:exec_run("sh -c 'echo a; sleep 0.1; echo b'", {stream = true})
local got = {}
for chunk in r.output do got[#got + 1] = chunk end
print("stream", r.exit_code == nil, (table.concat(got, ""):gsub("\n", ",")))
local outs, errs = {}, {}
local dm = c:exec_run("sh -c 'echo x; sleep 0.1; echo y >&2'", {stream = true, demux = true})
for o, e in dm.output do
  if o then outs[#outs + 1] = o end
  if e then errs[#errs + 1] = e end
end
print("stream demux", (table.concat(outs):gsub("\n", "")), (table.concat(errs):gsub("\n", "")))
local it = c:exec_run("sh -c 'while true; do echo tick; sleep 0.05; done'", {stream = true}).output
print("first", it():sub(1, 4) == "tick") -- a chunk may hold several ticks
it:close()
print("closed", it() == nil)
r = c:exec_run("sh -c 'echo tty'", {tty = true})
print("tty", r.exit_code, (r.output:gsub("[\r\n]", "")))
r = c:exec_run("touch /newfile")
print("touch", r.exit_code)
local found = false
for _, ch in ipairs(c:diff()) do
  if ch.Path == "/newfile" then found = ch.Kind end
end
print("diff", found)
local up = c:update{cpu_shares = 512, mem_limit = "64m", memswap_limit = 128 * 1024 * 1024,
  restart_policy = {Name = "on-failure", MaximumRetryCount = 2}}
print("update", type(up))
c:reload()
local hc = c.attrs.HostConfig
print("updated", hc.CpuShares, hc.Memory, hc.MemorySwap, hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount)
local ok, err = pcall(function() return c:exec_run() end)
print("no cmd", ok, err.class)
c:restart{timeout = 1}
c:reload()
print("restarted", c.status)
c:restart{timeout = 0}
c:remove{force = true}
local p = client.containers:create("busybox", "true", {name = prefix .. "-prune", labels = {[prefix] = "1"}})
local res = client.containers:prune{filters = {label = prefix}}
print("prune", #res.ContainersDeleted, res.ContainersDeleted[1] == p.id, type(res.SpaceReclaimed))
res = client.containers:prune({label = prefix})
print("prune again", res.ContainersDeleted == nil or #res.ContainersDeleted == 0)
