-- docker-py docs, "Containers" page: the examples of ContainerCollection
-- (client.containers.run/create/get/list/prune).
local prefix = arg[1]
local client = docker.from_env()

-- >>> import docker
-- >>> client = docker.from_env()
-- >>> client.containers.run('alpine', 'echo hello world')
-- b'hello world\n'
io.write(client.containers:run("busybox", "echo hello world", {name = prefix .. "-hello"}))

-- >>> container = client.containers.run('bfirsh/reticulate-splines',
--                                      detach=True)
-- >>> container.logs()
-- 'Reticulating spline 1...\nReticulating spline 2...\n'
local container = client.containers:run("busybox",
  {"sh", "-c", "for i in 1 2; do echo \"Reticulating spline $i...\"; done"},
  {detach = true, name = prefix .. "-splines"})
container:wait()
io.write(container:logs())

-- run(...) with stream=True returns a log generator
local lines = {}
for chunk in client.containers:run("busybox", "echo streamed", {stream = true, name = prefix .. "-stream"}) do
  lines[#lines + 1] = chunk
end
io.write(table.concat(lines))

-- run(...) raises docker.errors.ContainerError on a non-zero exit code
local ok, err = pcall(function()
  return client.containers:run("busybox", {"sh", "-c", "echo oops >&2; exit 3"}, {name = prefix .. "-fail"})
end)
print("ContainerError", ok, docker.errors.is(err, docker.errors.ContainerError), err.exit_status, err.stderr)

-- run(...) raises docker.errors.ImageNotFound if the image does not exist
ok, err = pcall(function() return client.containers:run(prefix .. "-no-such-image", "true") end)
print("ImageNotFound", ok, docker.errors.is(err, docker.errors.ImageNotFound))

-- create(image, command=None, **kwargs)
local created = client.containers:create("busybox", "sleep 30", {name = prefix .. "-created", init = true,
  labels = {[prefix] = "created"}})
print("create", created.status, created.name == prefix .. "-created")
created:start()

-- get(id_or_name)
local byName = client.containers:get(prefix .. "-created")
print("get by name", byName == created, byName.status)
print("get by id", client.containers:get(created.id) == created)
ok, err = pcall(function() return client.containers:get(prefix .. "-missing") end)
print("get missing", ok, docker.errors.is(err, docker.errors.NotFound))

-- list(**kwargs): only running containers by default, all=True for every one
local function names(list)
  local out = {}
  for _, c in ipairs(list) do out[#out + 1] = (c.name:sub(#prefix + 2)) end
  table.sort(out)
  return table.concat(out, ",")
end
local mine = {name = prefix}
print("list", names(client.containers:list{filters = mine}))
print("list all", names(client.containers:list{all = true, filters = mine}))
-- filters: exited, status, label ("key" or "key=value"), id, name, ancestor, before, since
print("exited=3", names(client.containers:list{all = true, filters = {name = prefix, exited = 3}}))
print("status=exited", names(client.containers:list{all = true, filters = {name = prefix, status = "exited"}}))
print("status=running", names(client.containers:list{filters = {name = prefix, status = "running"}}))
print("label=key", names(client.containers:list{all = true, filters = {label = prefix}}))
print("label=key=value", names(client.containers:list{all = true, filters = {label = prefix .. "=created"}}))
print("id", names(client.containers:list{all = true, filters = {id = created.id}}))
print("name", names(client.containers:list{all = true, filters = {name = prefix .. "-splines"}}))
print("ancestor", names(client.containers:list{all = true, filters = {name = prefix, ancestor = "busybox"}}))
print("before", names(client.containers:list{all = true, filters = {name = prefix, before = prefix .. "-splines"}}))
print("since", names(client.containers:list{all = true, filters = {name = prefix, since = prefix .. "-fail"}}))
-- since / before / limit as keyword arguments
print("since=", names(client.containers:list{all = true, since = prefix .. "-fail", filters = mine}))
print("before=", names(client.containers:list{all = true, before = prefix .. "-splines", filters = mine}))
print("limit=1", names(client.containers:list{limit = 1, filters = mine}))
-- sparse=True: use Container.reload() to retrieve all attributes
local sparse = client.containers:list{sparse = true, filters = {id = created.id}}
sparse[1]:reload()
print("sparse", #sparse, sparse[1].name == prefix .. "-created", sparse[1].attrs.State.Running)
print("ignore_removed", #client.containers:list{all = true, ignore_removed = true, filters = mine})

created:stop()

-- prune(filters=None): a dict with the deleted IDs and the space reclaimed
local res = client.containers:prune{filters = {label = prefix}}
print("prune", #res.ContainersDeleted, res.ContainersDeleted[1] == created.id, type(res.SpaceReclaimed))
for _, n in ipairs({"hello", "splines", "stream", "fail"}) do client.containers:get(prefix .. "-" .. n):remove() end
print("left", #client.containers:list{all = true, filters = mine})
