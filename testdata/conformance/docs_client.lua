-- docker-py docs, "Client" page: from_env, DockerClient and its members,
-- df() and both events() examples.
local prefix = arg[1]
local json = require("json")

-- >>> client = docker.from_env()
local client = docker.from_env()
print("from_env", tostring(client):sub(1, 1) == "<", client:ping())
print("from_env options", docker.from_env{version = "auto", timeout = 30}:ping())
-- DockerClient.from_env(), the class method
print("DockerClient.from_env", client:from_env{timeout = 10}:version().ApiVersion ~= nil)
-- >>> client = docker.DockerClient(base_url='unix:///var/run/docker.sock')
local other = docker.DockerClient{base_url = os.getenv("DOCKER_HOST")}
print("DockerClient", other:ping())
-- close()
other:close()

-- the collections
print("collections", tostring(client.containers):sub(1, 1) == "<", tostring(client.networks):sub(1, 1) == "<",
  tostring(client.volumes):sub(1, 1) == "<")

-- df()
local df = client:df()
print("df", type(df.LayersSize), type(df.Images), type(df.Containers), type(df.Volumes), df.BuildCache == nil or type(df.BuildCache) == "table")

-- >>> for event in client.events(decode=True):
-- ...     print(event)
local since = os.time()
local c = client.containers:create("busybox", "true", {name = prefix .. "-events", init = true})
local events = client:events{decode = true, filters = {container = c.id}}
c:start()
for event in events do
  print("event", event.Type, event.Action, event.Actor.ID == c.id)
  if event.Action == "die" then break end
end
events:close()
c:remove()

-- >>> events = client.events()
-- >>> for event in events:
-- ...     print(event)
-- >>> # and cancel from another thread
-- >>> events.close()
events = client:events{since = since, filters = {container = c.id}}
local first = events()
print("raw event", type(first), json.decode(first).Action)
events:close()
print("closed", events() == nil)

-- since and until: the replay ends by itself
local actions = {}
for event in client:events{since = since, ["until"] = os.time() + 1, filters = {container = c.id}, decode = true} do
  actions[#actions + 1] = event.Action
end
print("replay", table.concat(actions, ","))

-- info(), ping(), version()
print("info", client:info().Containers ~= nil, client:ping(), type(client:version().Version))
