-- deploy.lua: a small blue/green-style deployment with busybox httpd.
--
--   dscript scripts/deploy.lua [NAME] [--keep]
--
-- Starts version 1 of a web page in a container published on a free port of
-- 127.0.0.1, waits until it answers, then replaces it with version 2 (stop
-- the old one, start the new one, verify). On any error everything the
-- script started is removed; without --keep, so is version 2 at the end.
local http = require("http")

local name, keep = "dscript-deploy", false
for i = 1, #arg do
  if arg[i] == "--keep" then keep = true else name = arg[i] end
end

local client = docker.from_env()
local label = "dscript.deploy=" .. name

local function start(version)
  local c = client.containers:run("busybox",
    {"sh", "-c", 'mkdir -p /www && echo "hello from version $VERSION" > /www/index.html && exec httpd -f -p 80 -h /www'},
    {detach = true, init = true, name = name .. "-v" .. version,
     environment = {VERSION = tostring(version)},
     ports = {["80/tcp"] = {"127.0.0.1"}},
     labels = {["dscript.deploy"] = name, version = tostring(version)}})
  c:reload()
  local port = c.attrs.NetworkSettings.Ports["80/tcp"][1].HostPort
  local url = "http://127.0.0.1:" .. port .. "/"
  local res = http.wait_for(url, {timeout = 30})
  local body = res.body:gsub("%s+$", "")
  print(string.format("%s is up at %s: %d %s", c.name, url, res.status, body))
  if body ~= "hello from version " .. version then
    error(string.format("%s serves %q, want version %d", c.name, body, version))
  end
  return c
end

local function cleanup()
  for _, c in ipairs(client.containers:list{all = true, filters = {label = label}}) do
    c:remove{force = true}
    print("removed " .. c.name)
  end
end

local ok, err = pcall(function()
  cleanup()
  local old = start(1)
  old:stop{timeout = 1}
  old:remove()
  print("stopped " .. old.name)
  local new = start(2)
  print("deployed " .. new.name .. " (" .. new.status .. ")")
end)
if not ok then
  print("deployment failed: " .. tostring(err))
  cleanup()
  error(err, 0)
end
if not keep then cleanup() end
