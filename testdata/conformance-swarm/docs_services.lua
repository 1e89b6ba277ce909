-- docker-py docs, "Services" page: client.services.create with the
-- docker.types of services, get, list, and a Service's tasks, logs,
-- scale, update, force_update, reload and remove.
local prefix = arg[1]
local client = docker.from_env()
local time = require("time")
local T = docker.types

local function wait(what, cond)
  for _ = 1, 600 do
    if cond() then return end
    time.sleep(0.2)
  end
  error("timed out waiting: " .. what)
end
local function running(svc, n)
  wait(n .. " running tasks", function()
    local tasks = svc:tasks{filters = {["desired-state"] = "running"}}
    local up = 0
    for _, t in ipairs(tasks) do
      if t.Status.State == "running" then up = up + 1 end
    end
    return up == n and #tasks == n
  end)
  return true
end

-- The daemon changes a service while it converges (its update status):
-- an update of a version read meanwhile is refused ("update out of
-- sequence"), and made again on the service read anew.
local function again(svc, f)
  for _ = 1, 50 do
    svc:reload()
    local ok, err = pcall(f)
    if ok then return err end
    if not tostring(err):find("out of sequence") then error(err) end
    time.sleep(0.1)
  end
  error("the service kept changing")
end

local svc = client.services:create("busybox", "sh -c 'echo hello-$GREETING; exec sleep 600'", {
  name = prefix .. "-web", env = {"GREETING=one"}, labels = {scenario = "services"}, container_labels = {c = "l"},
  mode = T.ServiceMode("replicated", {replicas = 2}),
  restart_policy = T.RestartPolicy{condition = "on-failure", max_attempts = 3},
  update_config = T.UpdateConfig{parallelism = 1, order = "stop-first", failure_action = "rollback"},
  rollback_config = T.RollbackConfig{parallelism = 2},
  endpoint_spec = T.EndpointSpec{mode = "dnsrr"},
  resources = T.Resources{mem_limit = 64 * 1024 * 1024},
  constraints = {"node.role==manager"}, preferences = {T.PlacementPreference("spread", "node.labels.zone")},
  dns_config = T.DNSConfig{options = {"ndots:2"}}, hosts = {["db.local"] = "10.1.2.3"},
  stop_grace_period = 2000000000, init = true, cap_drop = {"MKNOD"},
})
local spec = svc.attrs.Spec
print("create", svc.name == prefix .. "-web", #svc.id, svc.version > 0, spec.Labels.scenario)
print("mode", spec.Mode.Replicated.Replicas, spec.UpdateConfig.Order, spec.UpdateConfig.FailureAction, spec.RollbackConfig.Parallelism, spec.EndpointSpec.Mode)
local cs = spec.TaskTemplate.ContainerSpec
print("container spec", cs.Command[1], cs.Command[3], cs.Env[1], cs.Labels.c, cs.Hosts[1], cs.DNSConfig.Options[1], cs.StopGracePeriod, cs.Init, cs.CapabilityDrop[1])
local tt = spec.TaskTemplate
print("task template", tt.Resources.Limits.MemoryBytes, tt.RestartPolicy.Condition, tt.RestartPolicy.MaxAttempts, tt.Placement.Constraints[1], tt.Placement.Preferences[1].Spread.SpreadDescriptor)
print("running", running(svc, 2))

-- logs(): an iterator, closed before its end
local logs = svc:logs{stdout = true, follow = true}
local seen = ""
for chunk in logs do
  seen = seen .. chunk
  if seen:find("hello%-one") then break end
end
logs:close()
print("logs", seen:find("hello%-one") ~= nil)

-- get, list and the low-level list
print("get", client.services:get(prefix .. "-web").id == svc.id, client.services:get(svc.id, {insert_defaults = true}).attrs.Spec.RollbackConfig.Parallelism)
print("list", #client.services:list{filters = {name = prefix .. "-web"}}, #client.services:list{filters = {label = "scenario=none"}})
print("api", client.api:services{filters = {label = "scenario=services"}, status = true}[1].ServiceStatus.DesiredTasks)

-- scale(): seen through the tasks
again(svc, function() return svc:scale(3) end)
print("scale up", running(svc, 3))
again(svc, function() return svc:scale(1) end)
print("scale down", running(svc, 1))

-- update(): what is not given is kept
again(svc, function() return svc:update{env = {"GREETING=two"}} end)
svc:reload()
cs = svc.attrs.Spec.TaskTemplate.ContainerSpec
print("update", cs.Env[1], cs.Image:sub(1, 14), svc.attrs.Spec.Mode.Replicated.Replicas, cs.Labels.c)
wait("the new task", function()
  local out = ""
  for chunk in svc:logs{stdout = true} do out = out .. chunk end
  return out:find("hello%-two") ~= nil
end)
again(svc, function() return svc:force_update() end)
svc:reload()
print("force_update", svc.attrs.Spec.TaskTemplate.ForceUpdate)

-- modes: jobs and global services
local job = client.services:create("busybox", {"true"}, {name = prefix .. "-job", mode = T.ServiceMode("replicated-job", {replicas = 2, concurrency = 1})})
print("job", job.attrs.Spec.Mode.ReplicatedJob.TotalCompletions, job.attrs.Spec.Mode.ReplicatedJob.MaxConcurrent)
wait("the job's tasks complete", function()
  local done = 0
  for _, t in ipairs(job:tasks()) do
    if t.Status.State == "complete" then done = done + 1 end
  end
  return done == 2
end)
print("job done", true)
local global = client.services:create("busybox", "sleep 600", {name = prefix .. "-global", mode = "global"})
print("global", global.attrs.Spec.Mode.Global ~= nil, running(global, 1))
local ok, err = pcall(function() return global:scale(2) end)
print("scale global", ok, err.class)
local mode = T.ServiceMode("global-job")
print("ServiceMode", mode.mode, mode.replicas == nil, T.ServiceMode("replicated", {replicas = 4}).replicas)

print("remove", svc:remove(), job:remove(), client.api:remove_service(global.id))
ok, err = pcall(function() return client.services:get(prefix .. "-web") end)
print("gone", ok, err.class)
