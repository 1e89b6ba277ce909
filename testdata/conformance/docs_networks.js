// docker-py docs, "Networks" page: client.networks and the Network model,
// with the examples of the page and of the low-level networks section.
const prefix = process.argv[2];
const client = docker.from_env();
const labels = {scenario: prefix};

// >>> client.networks.create("network1", driver="bridge")
const network1 = client.networks.create(prefix + "-network1", {driver: "bridge", labels});
print("create", String(network1) === "<Network: " + network1.short_id + ">", network1.name === prefix + "-network1");
print("id", network1.id.length, network1.short_id === network1.id.slice(0, 12));
print("attrs", network1.attrs.Driver, network1.attrs.Scope, network1.attrs.Labels.scenario === prefix);

// >>> ipam_pool = docker.types.IPAMPool(subnet='192.168.52.0/24', gateway='192.168.52.254')
// >>> ipam_config = docker.types.IPAMConfig(pool_configs=[ipam_pool])
// >>> client.networks.create("network1", driver="bridge", ipam=ipam_config)
const ipam_pool = new docker.types.IPAMPool({subnet: "192.168.52.0/24", gateway: "192.168.52.254"});
const ipam_config = docker.types.IPAMConfig({pool_configs: [ipam_pool]});
print("IPAMPool", String(ipam_pool));
print("IPAMConfig", String(ipam_config));
const network2 = client.networks.create(prefix + "-network2", {driver: "bridge", ipam: ipam_config, labels});
const pool = network2.attrs.IPAM.Config[0];
print("ipam", network2.attrs.IPAM.Driver, pool.Subnet, pool.Gateway);
// the IPAMPool docstring's example: iprange and aux_addresses
print("IPAMPool full", String(docker.types.IPAMPool({subnet: "124.42.0.0/16", iprange: "124.42.0.0/24",
  gateway: "124.42.0.254", aux_addresses: {reserved1: "124.42.1.1"}})));
print("IPAMConfig driver", String(docker.types.IPAMConfig({driver: "default"})));

// get(network_id, verbose, scope)
print("get", client.networks.get(network1.id).name === network1.name, client.networks.get(network1.name).id === network1.id);
print("get scope", client.networks.get(network1.id, {verbose: true, scope: "local"}).attrs.Scope);
try { client.networks.get(prefix + "-missing"); } catch (e) { print("get missing", e.name); }

// list(names, ids, filters, greedy)
const names = (list) => list.map((n) => n.name.slice(prefix.length + 1)).sort().join(",");
print("list names", names(client.networks.list({names: [prefix + "-network1", prefix + "-network2"]})));
print("list ids", names(client.networks.list({ids: [network2.id]})));
print("list filters", names(client.networks.list({filters: {label: "scenario=" + prefix, driver: "bridge"}})));

// Network: connect(container, aliases, ipv4_address, ...), containers
const container = client.containers.run("busybox", "sleep 60", {detach: true, init: true, name: prefix + "-web", labels});
network2.connect(container, {aliases: ["web", "www"], ipv4_address: "192.168.52.10"});
container.reload();
const ep = container.attrs.NetworkSettings.Networks[prefix + "-network2"];
print("connect", ep.IPAddress, ep.Aliases.join(",").includes("web,www"));
print("containers before reload", network2.containers.length);
network2.reload();
const cs = network2.containers;
print("containers", cs.length, cs[0].id === container.id, cs[0].name === prefix + "-web");
const greedy = client.networks.list({names: [prefix + "-network2"], greedy: true});
print("list greedy", greedy.length, greedy[0].attrs.Containers[container.id] !== undefined);
// the low-level form: container and network by name
client.api.connect_container_to_network(container.name, network1.name, {aliases: ["db"]});
print("api connect", client.networks.get(network1.id).containers.length);

// disconnect(container, force)
network2.disconnect(container);
network1.disconnect(container.id, {force: true});
network2.reload();
print("disconnect", network2.containers.length, Object.keys(client.api.inspect_network(network1.id).Containers).length === 0);
container.remove({force: true});

// the low-level API: create_network, inspect_network, networks, remove_network
const created = client.api.create_network(prefix + "-network3", "bridge", {labels, internal: true});
print("api create", created.Id.length, created.Warning);
print("api inspect", client.api.inspect_network(created.Id).Internal);
print("api networks", client.api.networks({names: [prefix + "-network3"]}).length);
client.api.remove_network(created.Id);

// remove(); prune(filters)
network1.remove();
try { network1.reload(); } catch (e) { print("removed", e.name); }
const pruned = client.networks.prune({filters: {label: "scenario=" + prefix}});
print("prune", pruned.NetworksDeleted.length, pruned.NetworksDeleted[0] === prefix + "-network2");
print("list after", client.networks.list({filters: {label: "scenario=" + prefix}}).length);
