-- docker-py docs, "Swarm" page: client.swarm's init (the page's example,
-- with this machine's addresses), attributes, update, unlock key, leave.
local prefix, listen, advertise, pool, dataport = arg[1], arg[2], arg[3], arg[4], tonumber(arg[5])
local client = docker.from_env()

print("before init", client.swarm.id == nil, next(client.swarm.attrs) == nil)
local node_id = client.swarm:init{
  advertise_addr = advertise, listen_addr = listen,
  force_new_cluster = false, snapshot_interval = 5000,
  log_entries_for_slow_followers = 1200,
  default_addr_pool = {pool}, subnet_size = 24, data_path_port = dataport,
  name = "default", labels = {scenario = prefix},
}
local swarm = client.swarm
print("init", #node_id > 0, #swarm.id, swarm.short_id == swarm.id:sub(1, #swarm.short_id), swarm.version > 0)
print("spec", swarm.attrs.Spec.Raft.SnapshotInterval, swarm.attrs.Spec.Raft.LogEntriesForSlowFollowers, swarm.attrs.Spec.Labels.scenario == prefix)
print("node", client.api:inspect_node(node_id).Spec.Role)

-- update(): the same arguments as init's spec, plus the rotations
local worker = swarm.attrs.JoinTokens.Worker
local v = swarm.version
print("update", swarm:update{rotate_worker_token = true, snapshot_interval = 10000, autolock_managers = true, name = "default"})
swarm:reload()
print("reloaded", swarm.version > v, swarm.attrs.JoinTokens.Worker ~= worker, swarm.attrs.Spec.Raft.SnapshotInterval, swarm.attrs.Spec.EncryptionConfig.AutoLockManagers)

-- get_unlock_key() and unlock(key): the daemon is not locked, so it refuses
local key = swarm:get_unlock_key()
print("unlock key", key.UnlockKey:sub(1, 7))
local ok, err = pcall(function() return swarm:unlock(key) end)
print("unlock", ok, err.class)
ok, err = pcall(function() return client.api:unlock_swarm({Key = "x"}) end)
print("bad key", ok, err.class)
print("autolock off", swarm:update{name = "default"}, client.api:get_unlock_key().UnlockKey == "")

-- leave(): the last manager leaves only by force
ok, err = pcall(function() return swarm:leave() end)
print("leave", ok, err.class)
print("leave force", swarm:leave{force = true}, client.swarm.id == nil)
