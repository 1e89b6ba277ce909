// docker-py docs, "Containers" page: the examples of ContainerCollection
// (client.containers.run/create/get/list/prune).
const prefix = process.argv[2];
const client = docker.from_env();
const write = (s) => process.stdout.write(s);

// >>> import docker
// >>> client = docker.from_env()
// >>> client.containers.run('alpine', 'echo hello world')
// b'hello world\n'
write(client.containers.run("busybox", "echo hello world", {name: prefix + "-hello"}));

// >>> container = client.containers.run('bfirsh/reticulate-splines',
//                                      detach=True)
// >>> container.logs()
// 'Reticulating spline 1...\nReticulating spline 2...\n'
const container = client.containers.run("busybox",
  ["sh", "-c", "for i in 1 2; do echo \"Reticulating spline $i...\"; done"],
  {detach: true, name: prefix + "-splines"});
container.wait();
write(container.logs());

// run(...) with stream=True returns a log generator
const lines = [];
for (const chunk of client.containers.run("busybox", "echo streamed", {stream: true, name: prefix + "-stream"})) {
  lines.push(chunk);
}
write(lines.join(""));

// run(...) raises docker.errors.ContainerError on a non-zero exit code
try {
  client.containers.run("busybox", ["sh", "-c", "echo oops >&2; exit 3"], {name: prefix + "-fail"});
  print("ContainerError", true);
} catch (err) {
  print("ContainerError", false, err instanceof docker.errors.ContainerError, err.exit_status, err.stderr);
}

// run(...) raises docker.errors.ImageNotFound if the image does not exist
try {
  client.containers.run(prefix + "-no-such-image", "true");
  print("ImageNotFound", true);
} catch (err) {
  print("ImageNotFound", false, err instanceof docker.errors.ImageNotFound);
}

// create(image, command=None, **kwargs)
const created = client.containers.create("busybox", "sleep 30", {name: prefix + "-created", init: true,
  labels: {[prefix]: "created"}});
print("create", created.status, created.name === prefix + "-created");
created.start();

// get(id_or_name)
const byName = client.containers.get(prefix + "-created");
print("get by name", byName.id === created.id, byName.status);
print("get by id", client.containers.get(created.id).id === created.id);
try {
  client.containers.get(prefix + "-missing");
  print("get missing", true);
} catch (err) {
  print("get missing", false, err instanceof docker.errors.NotFound);
}

// list(**kwargs): only running containers by default, all=True for every one
const names = (list) => list.map((c) => c.name.slice(prefix.length + 1)).sort().join(",");
const mine = {name: prefix};
print("list", names(client.containers.list({filters: mine})));
print("list all", names(client.containers.list({all: true, filters: mine})));
// filters: exited, status, label ("key" or "key=value"), id, name, ancestor, before, since
print("exited=3", names(client.containers.list({all: true, filters: {name: prefix, exited: 3}})));
print("status=exited", names(client.containers.list({all: true, filters: {name: prefix, status: "exited"}})));
print("status=running", names(client.containers.list({filters: {name: prefix, status: "running"}})));
print("label=key", names(client.containers.list({all: true, filters: {label: prefix}})));
print("label=key=value", names(client.containers.list({all: true, filters: {label: prefix + "=created"}})));
print("id", names(client.containers.list({all: true, filters: {id: created.id}})));
print("name", names(client.containers.list({all: true, filters: {name: prefix + "-splines"}})));
print("ancestor", names(client.containers.list({all: true, filters: {name: prefix, ancestor: "busybox"}})));
print("before", names(client.containers.list({all: true, filters: {name: prefix, before: prefix + "-splines"}})));
print("since", names(client.containers.list({all: true, filters: {name: prefix, since: prefix + "-fail"}})));
// since / before / limit as keyword arguments
print("since=", names(client.containers.list({all: true, since: prefix + "-fail", filters: mine})));
print("before=", names(client.containers.list({all: true, before: prefix + "-splines", filters: mine})));
print("limit=1", names(client.containers.list({limit: 1, filters: mine})));
// sparse=True: use Container.reload() to retrieve all attributes
const sparse = client.containers.list({sparse: true, filters: {id: created.id}});
sparse[0].reload();
print("sparse", sparse.length, sparse[0].name === prefix + "-created", sparse[0].attrs.State.Running);
print("ignore_removed", client.containers.list({all: true, ignore_removed: true, filters: mine}).length);

created.stop();

// prune(filters=None): a dict with the deleted IDs and the space reclaimed
const res = client.containers.prune({filters: {label: prefix}});
print("prune", res.ContainersDeleted.length, res.ContainersDeleted[0] === created.id, typeof res.SpaceReclaimed);
for (const n of ["hello", "splines", "stream", "fail"]) client.containers.get(prefix + "-" + n).remove();
print("left", client.containers.list({all: true, filters: mine}).length);
