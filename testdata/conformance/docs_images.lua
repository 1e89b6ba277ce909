-- docker-py docs, "Images" page: every example, and each method of
-- ImageCollection, Image and RegistryData. Images go to the test registry
-- instead of Docker Hub; search (Docker Hub only) is tested in Go against
-- a fake daemon.
local prefix = arg[1]
local client = docker.from_env()
local tar = require("tar")
local json = require("json")
local registry = os.getenv("DSCRIPT_TEST_REGISTRY")
local repo = registry .. "/" .. prefix .. "-busybox"

-- short tags: the tags of repo without it
local function short(tags)
  local out = {}
  for _, t in ipairs(tags) do
    if t:sub(1, #repo) == repo then out[#out + 1] = t:sub(#repo + 1) end
  end
  table.sort(out)
  return table.concat(out, ",")
end
local function has(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

-- get(name) and the Image properties: attrs, id, labels, short_id, tags
local busybox = client.images:get("busybox:latest")
print("get", busybox.id:sub(1, 7), busybox.short_id == busybox.id:sub(1, 19), has(busybox.tags, "busybox:latest"))
print("attrs", busybox.attrs.Id == busybox.id, type(busybox.labels), tostring(busybox):match("^<Image: ") ~= nil)
-- reload()
busybox:reload()
print("reload", busybox.attrs.Os)

-- tag(repository, tag=None, **kwargs): True if successful
print("tag", busybox:tag(repo, "latest"), busybox:tag(repo .. ":v2"))

-- >>> for line in cli.push('yourname/app', stream=True):
-- ...   print line
-- {"status":"Pushing repository yourname/app (1 tags)"}
local n, statuses = 0, 0
for line in client.api:push(repo, {stream = true}) do
  n = n + 1
  if json.decode(line).status then statuses = statuses + 1 end
end
print("push stream", n > 0, statuses > 0)
-- push(repository, tag=None, **kwargs): the output text
print("push", client.images:push(repo, "v2"):find('"status"') ~= nil)
local dec = {}
for m in client.images:push(repo, "latest", {stream = true, decode = true}) do dec[#dec + 1] = m end
print("push decode", type(dec[#dec]), dec[#dec].aux.Digest:sub(1, 7))

-- remove(*args, **kwargs)
client.images:remove(repo .. ":latest")
client.images:remove{image = repo .. ":v2"}
print("remove", #client.images:list{name = repo})

-- >>> # Pull the image tagged `latest` in the busybox repo
-- >>> image = client.images.pull('busybox:latest')
local image = client.images:pull(repo .. ":latest")
print("pull", image.id == busybox.id, short(image.tags))
-- >>> # Pull all tags in the busybox repo
-- >>> images = client.images.pull('busybox', all_tags=True)
local images = client.images:pull(repo, {all_tags = true})
print("pull all_tags", #images, short(images[1].tags))
-- api.pull(stream=True, decode=True) iterates the progress
local last
for m in client.api:pull(repo, {tag = "v2", stream = true, decode = true}) do last = m end
print("api pull", last.status:match("Image is up to date") ~= nil)

-- get_registry_data(name): RegistryData attrs, id, short_id
local rd = client.images:get_registry_data(repo .. ":latest")
print("registry data", rd.id:sub(1, 7), rd.short_id == rd.id:sub(1, 19), rd.attrs.Descriptor.digest == rd.id, type(rd.attrs.Platforms))
-- has_platform(platform): str or dict
local arch = client:version().Arch
print("has_platform", rd:has_platform("linux"), rd:has_platform("linux/" .. arch), rd:has_platform({os = "linux"}), rd:has_platform("windows"))
local ok, err = pcall(function() return rd:has_platform("a/b/c/d") end)
print("has_platform invalid", ok, err.class)
-- reload(), pull(platform=None)
local digest = rd.id
rd:reload()
print("registry reload", rd.id == digest)
print("registry pull", rd:pull().id == busybox.id)

-- list(**kwargs): name, all, filters
print("list name", #client.images:list{name = repo}, #client.images:list(repo))
print("list all", #client.images:list{all = true} >= #client.images:list())
print("list filters", #client.images:list{filters = {reference = repo .. ":v2"}})

-- history()
local hist = image:history()
print("history", #hist > 0, type(hist[1].CreatedBy), type(hist[1].Created))

-- >>> image = cli.get_image("busybox:latest")
-- >>> f = open('/tmp/busybox-latest.tar', 'w')
-- >>> for chunk in image:
-- >>>   f.write(chunk)
-- >>> f.close()
local f = {}
for chunk in client.api:get_image("busybox:latest") do f[#f + 1] = chunk end
local archive = table.concat(f)
local names = {}
for _, e in ipairs(tar.list(archive)) do names[e.name] = true end
print("get_image", #archive % 512, names["manifest.json"], names["repositories"])
-- save(chunk_size=2097152, named=False); attrs (tags) are as of the
-- pull until reload()
image:reload()
print("tags", short(image.tags))
f = {}
local sizes = true
for chunk in image:save{chunk_size = 65536, named = repo .. ":v2"} do
  f[#f + 1] = chunk
end
for i = 1, #f - 1 do sizes = sizes and #f[i] == 65536 end
local saved = table.concat(f)
print("save", #f > 1, sizes)
ok, err = pcall(function() return image:save{named = "other:tag"} end)
print("save named", ok, err.class, tostring(err))

-- load(data): the images loaded
client.images:remove(repo .. ":v2")
local loaded = client.images:load(saved)
print("load", #loaded, short(loaded[1].tags), loaded[1].id == busybox.id)
ok, err = pcall(function() return client.images:load("not a tar archive") end)
print("load error", ok, err.class)

-- build(**kwargs): (Image, generator of decoded logs)
local built, logs = client.images:build{path = "testdata/conformance/images-context", tag = prefix .. "-built:1",
  rm = true, buildargs = {GREETING = "hi"}, labels = {[prefix] = "1"}}
local text = {}
for chunk in logs do if chunk.stream then text[#text + 1] = chunk.stream end end
print("build", built.labels.built, built.labels[prefix], has(built.tags, prefix .. "-built:1"))
print("build log", table.concat(text):match("Successfully built") ~= nil)
-- fileobj: a Dockerfile; custom_context with encoding: the context's tar
local fromobj = client.images:build{fileobj = "FROM scratch\nLABEL from=fileobj\n", labels = {[prefix] = "dangling"}}
print("build fileobj", fromobj.labels.from, #fromobj.tags)
local ctx = tar.create({Dockerfile = "FROM scratch\nCOPY f /f\nLABEL from=custom\n", f = "x"})
local custom = client.images:build{fileobj = ctx, custom_context = true, tag = prefix .. "-built:custom"}
print("build custom_context", custom.labels.from)
-- BuildError with msg and build_log
ok, err = pcall(function()
  return client.images:build{fileobj = "FROM busybox\nRUN echo failing && exit 3\n", rm = true, forcerm = true}
end)
print("BuildError", ok, docker.errors.is(err, docker.errors.BuildError), err.msg)
local failing = false
for _, m in ipairs(err.build_log) do
  if m.stream and m.stream:match("failing") then failing = true end
end
print("build_log", failing)
-- neither path nor fileobj
ok, err = pcall(function() return client.images:build{tag = "x"} end)
print("no context", ok, err.class, tostring(err))

-- prune(filters=None)
local pruned = client.images:prune{filters = {label = prefix .. "=dangling"}}
print("prune", #pruned.ImagesDeleted > 0, type(pruned.SpaceReclaimed))
print("prune_builds", type(client.images:prune_builds().SpaceReclaimed))

-- Image.remove(force=False, noprune=False)
built:remove()
custom:remove{force = true}
for _, t in ipairs({":latest", ":v2"}) do client.images:remove(repo .. t) end
print("left", #client.images:list{name = repo}, #client.images:list{name = prefix .. "-built"})
