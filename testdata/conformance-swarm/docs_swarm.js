// docker-py docs, "Swarm" page: client.swarm's init (the page's example,
// with this machine's addresses), attributes, update, unlock key, leave.
const [prefix, listen, advertise, pool] = process.argv.slice(2, 6);
const dataport = Number(process.argv[6]);
const client = docker.from_env();

print("before init", client.swarm.id === null, Object.keys(client.swarm.attrs).length === 0);
const node_id = client.swarm.init({
  advertise_addr: advertise, listen_addr: listen,
  force_new_cluster: false, snapshot_interval: 5000,
  log_entries_for_slow_followers: 1200,
  default_addr_pool: [pool], subnet_size: 24, data_path_port: dataport,
  name: "default", labels: {scenario: prefix},
});
const swarm = client.swarm;
print("init", node_id.length > 0, swarm.id.length, swarm.short_id === swarm.id.slice(0, swarm.short_id.length), swarm.version > 0);
print("spec", swarm.attrs.Spec.Raft.SnapshotInterval, swarm.attrs.Spec.Raft.LogEntriesForSlowFollowers, swarm.attrs.Spec.Labels.scenario === prefix);
print("node", client.api.inspect_node(node_id).Spec.Role);

// update(): the same arguments as init's spec, plus the rotations
const worker = swarm.attrs.JoinTokens.Worker;
const v = swarm.version;
print("update", swarm.update({rotate_worker_token: true, snapshot_interval: 10000, autolock_managers: true, name: "default"}));
swarm.reload();
print("reloaded", swarm.version > v, swarm.attrs.JoinTokens.Worker !== worker, swarm.attrs.Spec.Raft.SnapshotInterval, swarm.attrs.Spec.EncryptionConfig.AutoLockManagers);

// get_unlock_key() and unlock(key): the daemon is not locked, so it refuses
const key = swarm.get_unlock_key();
print("unlock key", key.UnlockKey.slice(0, 7));
const fails = (f) => { try { f(); return [true, null]; } catch (e) { return [false, e.name]; } };
print("unlock", ...fails(() => swarm.unlock(key)));
print("bad key", ...fails(() => client.api.unlock_swarm({Key: "x"})));
print("autolock off", swarm.update({name: "default"}), client.api.get_unlock_key().UnlockKey === "");

// leave(): the last manager leaves only by force
print("leave", ...fails(() => swarm.leave()));
print("leave force", swarm.leave({force: true}), client.swarm.id === null);
