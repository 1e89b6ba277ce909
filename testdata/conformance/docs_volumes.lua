-- docker-py docs, "Volumes" page: client.volumes and the Volume model,
-- with the examples of the page and of the low-level volumes section.
local prefix = arg[1]
local client = docker.from_env()

-- >>> volume = client.volumes.create(name='foobar', driver='local',
--         driver_opts={'foo': 'bar', 'baz': 'false'}, labels={"key": "value"})
-- The local driver refuses options it does not know:
local ok, err = pcall(function()
  return client.volumes:create{name = prefix .. "-foobar", driver = "local",
    driver_opts = {foo = "bar", baz = "false"}, labels = {key = "value"}}
end)
print("unknown driver_opts", err.class, err.status_code, tostring(err):find("invalid option", 1, true) ~= nil)
-- with options it knows (a tmpfs volume):
local volume = client.volumes:create{name = prefix .. "-foobar", driver = "local",
  driver_opts = {type = "tmpfs", device = "tmpfs", o = "size=1m"}, labels = {key = "value", scenario = prefix}}
print("create", tostring(volume) == "<Volume: " .. volume.short_id .. ">", volume.name == prefix .. "-foobar", volume.id == volume.name)
print("attrs", volume.attrs.Driver, volume.attrs.Scope, volume.attrs.Labels.key, volume.attrs.Options.type)
-- name=None: the engine generates a name
local anon = client.volumes:create{labels = {scenario = prefix}}
print("create unnamed", #anon.name, anon.id == anon.name)

-- get(volume_id)
local got = client.volumes:get(prefix .. "-foobar")
print("get", got.id == volume.id, got.attrs.Mountpoint == volume.attrs.Mountpoint)
ok, err = pcall(function() return client.volumes:get(prefix .. "-missing") end)
print("get missing", err.class)

-- list(filters=...)
local function names(list)
  local out = {}
  for _, v in ipairs(list) do out[#out + 1] = v.name == anon.name and "unnamed" or v.name:sub(#prefix + 2) end
  table.sort(out)
  return table.concat(out, ",")
end
print("list", names(client.volumes:list{filters = {label = "scenario=" .. prefix}}))
print("list name", names(client.volumes:list{filters = {name = prefix .. "-foobar"}}))
print("list label", names(client.volumes:list{filters = {label = {"scenario=" .. prefix, "key=value"}}}))

-- reload(); remove(force)
volume:reload()
print("reload", volume.attrs.Labels.key)
local user = client.containers:create("busybox", "true", {name = prefix .. "-user", volumes = {[volume.name] = {bind = "/data"}}})
ok, err = pcall(function() return volume:remove() end)
print("remove in use", err.class, err.status_code)
user:remove()
volume:remove{force = true}
ok, err = pcall(function() return volume:reload() end)
print("removed", err.class)

-- the low-level API: create_volume, inspect_volume, volumes, remove_volume
local created = client.api:create_volume(prefix .. "-baz", "local", nil, {scenario = prefix})
print("api create", created.Name == prefix .. "-baz", created.Driver, created.Labels.scenario == prefix)
local info = client.api:inspect_volume(prefix .. "-baz")
print("api inspect", info.Name == created.Name, info.Mountpoint == created.Mountpoint)
print("api volumes", #client.api:volumes{filters = {label = "scenario=" .. prefix}}.Volumes)
client.api:remove_volume(prefix .. "-baz")

-- prune(filters)
local pruned = client.volumes:prune{filters = {label = "scenario=" .. prefix}}
print("prune", #pruned.VolumesDeleted, pruned.VolumesDeleted[1] == anon.name, type(pruned.SpaceReclaimed))
print("list after", #client.volumes:list{filters = {label = "scenario=" .. prefix}})
