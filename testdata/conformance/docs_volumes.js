// docker-py docs, "Volumes" page: client.volumes and the Volume model,
// with the examples of the page and of the low-level volumes section.
const prefix = process.argv[2];
const client = docker.from_env();

// >>> volume = client.volumes.create(name='foobar', driver='local',
//         driver_opts={'foo': 'bar', 'baz': 'false'}, labels={"key": "value"})
// The local driver refuses options it does not know:
try {
  client.volumes.create({name: prefix + "-foobar", driver: "local", driver_opts: {foo: "bar", baz: "false"}, labels: {key: "value"}});
} catch (e) {
  print("unknown driver_opts", e.name, e.status_code, e.message.includes("invalid option"));
}
// with options it knows (a tmpfs volume):
const volume = client.volumes.create({name: prefix + "-foobar", driver: "local",
  driver_opts: {type: "tmpfs", device: "tmpfs", o: "size=1m"}, labels: {key: "value", scenario: prefix}});
print("create", String(volume) === "<Volume: " + volume.short_id + ">", volume.name === prefix + "-foobar", volume.id === volume.name);
print("attrs", volume.attrs.Driver, volume.attrs.Scope, volume.attrs.Labels.key, volume.attrs.Options.type);
// name=None: the engine generates a name
const anon = client.volumes.create({labels: {scenario: prefix}});
print("create unnamed", anon.name.length, anon.id === anon.name);

// get(volume_id)
const got = client.volumes.get(prefix + "-foobar");
print("get", got.id === volume.id, got.attrs.Mountpoint === volume.attrs.Mountpoint);
try { client.volumes.get(prefix + "-missing"); } catch (e) { print("get missing", e.name); }

// list(filters=...)
const names = (list) => list.map((v) => v.name === anon.name ? "unnamed" : v.name.slice(prefix.length + 1)).sort().join(",");
print("list", names(client.volumes.list({filters: {label: "scenario=" + prefix}})));
print("list name", names(client.volumes.list({filters: {name: prefix + "-foobar"}})));
print("list label", names(client.volumes.list({filters: {label: ["scenario=" + prefix, "key=value"]}})));

// reload(); remove(force)
volume.reload();
print("reload", volume.attrs.Labels.key);
const user = client.containers.create("busybox", "true", {name: prefix + "-user", volumes: {[volume.name]: {bind: "/data"}}});
try { volume.remove(); } catch (e) { print("remove in use", e.name, e.status_code); }
user.remove();
volume.remove({force: true});
try { volume.reload(); } catch (e) { print("removed", e.name); }

// the low-level API: create_volume, inspect_volume, volumes, remove_volume
const created = client.api.create_volume(prefix + "-baz", "local", null, {scenario: prefix});
print("api create", created.Name === prefix + "-baz", created.Driver, created.Labels.scenario === prefix);
const info = client.api.inspect_volume(prefix + "-baz");
print("api inspect", info.Name === created.Name, info.Mountpoint === created.Mountpoint);
print("api volumes", client.api.volumes({filters: {label: "scenario=" + prefix}}).Volumes.length);
client.api.remove_volume(prefix + "-baz");

// prune(filters)
const pruned = client.volumes.prune({filters: {label: "scenario=" + prefix}});
print("prune", pruned.VolumesDeleted.length, pruned.VolumesDeleted[0] === anon.name, typeof pruned.SpaceReclaimed);
print("list after", client.volumes.list({filters: {label: "scenario=" + prefix}}).length);
