-- docker-py docs, "Nodes" page: client.nodes.list (the page's example),
-- get, and a Node's attributes, update (the page's example) and reload.
local prefix = arg[1]
local client = docker.from_env()

local nodes = client.nodes:list{filters = {role = "manager"}}
print("list", #nodes, #client.nodes:list{filters = {role = "worker"}})
local node = client.nodes:get(nodes[1].id)
print("get", node.id == nodes[1].id, #node.short_id, node.attrs.Spec.Role, node.attrs.Status.State)

-- update(node_spec): the daemon changes a new node itself, so a version
-- read meanwhile is refused until the node is read again
local node_spec = {Availability = "active", Name = "node-name", Role = "manager", Labels = {foo = "bar", scenario = prefix}}
local ok, err
for _ = 1, 50 do
  ok, err = pcall(function() return node:update(node_spec) end)
  if ok then break end
  node:reload()
end
print("update", ok)
local v = node.version
node:reload()
print("reload", node.version > v, node.attrs.Spec.Labels.foo, node.attrs.Spec.Name, node.labels.scenario == prefix)

-- the low-level calls
print("api", #client.api:nodes(), client.api:inspect_node(node.id).ID == node.id)
ok, err = pcall(function() return node:remove() end)
print("remove the last manager", ok, err.class)
ok, err = pcall(function() return client.nodes:get("nope") end)
print("get missing", ok, err.class)
