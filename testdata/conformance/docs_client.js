// docker-py docs, "Client" page: from_env, DockerClient and its members,
// df() and both events() examples.
const prefix = process.argv[2];
const json = require("json");

// >>> client = docker.from_env()
const client = docker.from_env();
print("from_env", String(client).slice(0, 1) === "<", client.ping());
print("from_env options", docker.from_env({version: "auto", timeout: 30}).ping());
// DockerClient.from_env(), the class method
print("DockerClient.from_env", client.from_env({timeout: 10}).version().ApiVersion !== undefined);
// >>> client = docker.DockerClient(base_url='unix:///var/run/docker.sock')
const other = new docker.DockerClient({base_url: process.env.DOCKER_HOST});
print("DockerClient", other.ping());
// close()
other.close();

// the collections
print("collections", String(client.containers).slice(0, 1) === "<", String(client.networks).slice(0, 1) === "<",
  String(client.volumes).slice(0, 1) === "<");

// df()
const df = client.df();
const kind = (v) => Array.isArray(v) ? "table" : typeof v;
print("df", kind(df.LayersSize), kind(df.Images), kind(df.Containers), kind(df.Volumes), df.BuildCache === null || Array.isArray(df.BuildCache));

// >>> for event in client.events(decode=True):
// ...     print(event)
const since = Math.floor(Date.now() / 1000);
const c = client.containers.create("busybox", "true", {name: prefix + "-events", init: true});
let events = client.events({decode: true, filters: {container: c.id}});
c.start();
for (const event of events) {
  print("event", event.Type, event.Action, event.Actor.ID === c.id);
  if (event.Action === "die") break;
}
events.close();
c.remove();

// >>> events = client.events()
// >>> for event in events:
// ...     print(event)
// >>> # and cancel from another thread
// >>> events.close()
events = client.events({since, filters: {container: c.id}});
const first = events.next().value;
print("raw event", typeof first, json.decode(first).Action);
events.close();
print("closed", events.next().done);

// since and until: the replay ends by itself
const actions = [];
for (const event of client.events({since, until: Math.floor(Date.now() / 1000) + 1, filters: {container: c.id}, decode: true})) {
  actions.push(event.Action);
}
print("replay", actions.join(","));

// info(), ping(), version()
print("info", client.info().Containers !== undefined, client.ping(), typeof client.version().Version);
