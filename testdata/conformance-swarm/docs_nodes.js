// docker-py docs, "Nodes" page: client.nodes.list (the page's example),
// get, and a Node's attributes, update (the page's example) and reload.
const prefix = process.argv[2];
const client = docker.from_env();

const nodes = client.nodes.list({filters: {role: "manager"}});
print("list", nodes.length, client.nodes.list({filters: {role: "worker"}}).length);
const node = client.nodes.get(nodes[0].id);
print("get", node.id === nodes[0].id, node.short_id.length, node.attrs.Spec.Role, node.attrs.Status.State);

// update(node_spec): the daemon changes a new node itself, so a version
// read meanwhile is refused until the node is read again
const node_spec = {Availability: "active", Name: "node-name", Role: "manager", Labels: {foo: "bar", scenario: prefix}};
let ok = false;
for (let i = 0; i < 50 && !ok; i++) {
  try { node.update(node_spec); ok = true; } catch (e) { node.reload(); }
}
print("update", ok);
const v = node.version;
node.reload();
print("reload", node.version > v, node.attrs.Spec.Labels.foo, node.attrs.Spec.Name, node.labels.scenario === prefix);

// the low-level calls
print("api", client.api.nodes().length, client.api.inspect_node(node.id).ID === node.id);
const fails = (f) => { try { f(); return [true, null]; } catch (e) { return [false, e.name]; } };
print("remove the last manager", ...fails(() => node.remove()));
print("get missing", ...fails(() => client.nodes.get("nope")));
