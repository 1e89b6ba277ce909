-- dscript benchmark client (Lua): dscript bench.lua WORKLOAD N [ARG [ARG2]]
-- Prints "BENCH secs=S n=N bytes=B"; S is the workload's loop, timed in
-- the script (process start and docker.from_env() excluded).
local time = require("time")
local what, n, a, b = arg[1], tonumber(arg[2]) or 0, arg[3], arg[4]
local client = docker.from_env()
local bytes = 0
local t0 = time.monotonic()
if what == "idle" then
  -- runtime and client only
elseif what == "startping" or what == "ping" then
  for _ = 1, n do client:ping() end
elseif what == "list" then
  for _ = 1, n do
    local l = client.containers:list{all = true, filters = {label = a}}
    for _, c in ipairs(l) do local _ = {c.id, c.name, c.status, c.labels} end
    bytes = #l
  end
elseif what == "run" then
  local k, v = b:match("^([^=]*)=(.*)$")
  for _ = 1, n do client.containers:run(a, "true", {remove = true, labels = {[k] = v}}) end
elseif what == "logs" then
  for chunk in client.containers:get(a):logs{stream = true} do bytes = bytes + #chunk end
elseif what == "build" then
  client.images:build{path = a, tag = b, rm = true}
elseif what == "save" then
  for chunk in client.images:get(a):save() do bytes = bytes + #chunk end
else
  error("unknown workload " .. tostring(what))
end
print(string.format("BENCH secs=%.6f n=%d bytes=%d", time.monotonic() - t0, n, bytes))
