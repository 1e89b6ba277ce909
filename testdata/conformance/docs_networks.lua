-- docker-py docs, "Networks" page: client.networks and the Network model,
-- with the examples of the page and of the low-level networks section.
local prefix = arg[1]
local client = docker.from_env()
local labels = {scenario = prefix}

-- >>> client.networks.create("network1", driver="bridge")
local network1 = client.networks:create(prefix .. "-network1", {driver = "bridge", labels = labels})
print("create", tostring(network1) == "<Network: " .. network1.short_id .. ">", network1.name == prefix .. "-network1")
print("id", #network1.id, network1.short_id == network1.id:sub(1, 12))
print("attrs", network1.attrs.Driver, network1.attrs.Scope, network1.attrs.Labels.scenario == prefix)

-- >>> ipam_pool = docker.types.IPAMPool(subnet='192.168.52.0/24', gateway='192.168.52.254')
-- >>> ipam_config = docker.types.IPAMConfig(pool_configs=[ipam_pool])
-- >>> client.networks.create("network1", driver="bridge", ipam=ipam_config)
local ipam_pool = docker.types.IPAMPool{subnet = "192.168.52.0/24", gateway = "192.168.52.254"}
local ipam_config = docker.types.IPAMConfig{pool_configs = {ipam_pool}}
print("IPAMPool", tostring(ipam_pool))
print("IPAMConfig", tostring(ipam_config))
local network2 = client.networks:create(prefix .. "-network2", {driver = "bridge", ipam = ipam_config, labels = labels})
local pool = network2.attrs.IPAM.Config[1]
print("ipam", network2.attrs.IPAM.Driver, pool.Subnet, pool.Gateway)
-- the IPAMPool docstring's example: iprange and aux_addresses
print("IPAMPool full", tostring(docker.types.IPAMPool{subnet = "124.42.0.0/16", iprange = "124.42.0.0/24",
  gateway = "124.42.0.254", aux_addresses = {reserved1 = "124.42.1.1"}}))
print("IPAMConfig driver", tostring(docker.types.IPAMConfig{driver = "default"}))

-- get(network_id, verbose, scope)
print("get", client.networks:get(network1.id).name == network1.name, client.networks:get(network1.name).id == network1.id)
print("get scope", client.networks:get(network1.id, {verbose = true, scope = "local"}).attrs.Scope)
local ok, err = pcall(function() return client.networks:get(prefix .. "-missing") end)
print("get missing", err.class)

-- list(names, ids, filters, greedy)
local function names(list)
  local out = {}
  for _, n in ipairs(list) do out[#out + 1] = n.name:sub(#prefix + 2) end
  table.sort(out)
  return table.concat(out, ",")
end
print("list names", names(client.networks:list{names = {prefix .. "-network1", prefix .. "-network2"}}))
print("list ids", names(client.networks:list{ids = {network2.id}}))
print("list filters", names(client.networks:list{filters = {label = "scenario=" .. prefix, driver = "bridge"}}))

-- Network: connect(container, aliases, ipv4_address, ...), containers
local container = client.containers:run("busybox", "sleep 60", {detach = true, init = true, name = prefix .. "-web", labels = labels})
network2:connect(container, {aliases = {"web", "www"}, ipv4_address = "192.168.52.10"})
container:reload()
local ep = container.attrs.NetworkSettings.Networks[prefix .. "-network2"]
print("connect", ep.IPAddress, table.concat(ep.Aliases, ","):find("web,www", 1, true) ~= nil)
print("containers before reload", #network2.containers)
network2:reload()
local cs = network2.containers
print("containers", #cs, cs[1].id == container.id, cs[1].name == prefix .. "-web")
local greedy = client.networks:list{names = {prefix .. "-network2"}, greedy = true}
print("list greedy", #greedy, greedy[1].attrs.Containers[container.id] ~= nil)
-- the low-level form: container and network by name
client.api:connect_container_to_network(container.name, network1.name, {aliases = {"db"}})
print("api connect", #client.networks:get(network1.id).containers)

-- disconnect(container, force)
network2:disconnect(container)
network1:disconnect(container.id, {force = true})
network2:reload()
print("disconnect", #network2.containers, next(client.api:inspect_network(network1.id).Containers) == nil)
container:remove{force = true}

-- the low-level API: create_network, inspect_network, networks, remove_network
local created = client.api:create_network(prefix .. "-network3", "bridge", {labels = labels, internal = true})
print("api create", #created.Id, created.Warning)
print("api inspect", client.api:inspect_network(created.Id).Internal)
print("api networks", #client.api:networks{names = {prefix .. "-network3"}})
client.api:remove_network(created.Id)

-- remove(); prune(filters)
network1:remove()
ok, err = pcall(function() return network1:reload() end)
print("removed", err.class)
local pruned = client.networks:prune{filters = {label = "scenario=" .. prefix}}
print("prune", #pruned.NetworksDeleted, pruned.NetworksDeleted[1] == prefix .. "-network2")
print("list after", #client.networks:list{filters = {label = "scenario=" .. prefix}})
