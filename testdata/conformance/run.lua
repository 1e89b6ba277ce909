local prefix = arg[1]
local client = docker.from_env()
io.write(client.containers:run("busybox", "echo hello world", {remove = true}))
io.write(client.containers:run{image = "busybox", command = {"sh", "-c", "echo out; echo err >&2"}, stderr = true, stdout = false, remove = true})
io.write(client.containers:run("busybox", "sh -c 'echo $GREETING'", {environment = {GREETING = "hi there"}, remove = true}))
io.write(client.containers:run("busybox", nil, {entrypoint = {"printf", "%s\\n"}, command = {"a", "b"}, remove = true}))
io.write(client.containers:run("busybox", "pwd", {working_dir = "/tmp", remove = true}))

local c = client.containers:run("busybox", "sh -c 'echo one; sleep 0.1; echo two >&2'", {
  detach = true, name = prefix .. "-detached", labels = {tier = "web", [prefix] = "yes"}})
print("repr matches short_id", tostring(c) == "<Container: " .. c.short_id .. ">")
print("short_id length", #c.short_id)
print("name", c.name == prefix .. "-detached")
print("wait", c:wait().StatusCode)
c:reload()
print("status", c.status)
print("label", c.labels.tier, c.attrs.Config.Labels.tier)
io.write(c:logs())
io.write(c:logs{stderr = false})
io.write(c:logs{stdout = false})
print("get by name equals", client.containers:get(prefix .. "-detached") == c)
print("get by id equals", client.containers:get(c.id) == c)
local listed = client.containers:list{all = true, filters = {label = prefix}}
print("listed", #listed, listed[1] == c)
print("not running", #client.containers:list{filters = {label = prefix}})
local sparse = client.containers:list{all = true, sparse = true, filters = {label = prefix}}
print("sparse", #sparse, sparse[1].id == c.id)
c:remove()
print("after remove", #client.containers:list{all = true, filters = {label = prefix}})
