const prefix = process.argv[2];
const client = docker.from_env();
const api = client.api;
const nl = (s) => s.replace(/\n/g, ",");

const created = api.create_container({image: "busybox", command: "sleep 60", name: prefix + "-api", tty: true,
  ports: {"80/tcp": ["127.0.0.1", 0]},
  host_config: {Init: true, PortBindings: {"80/tcp": [{HostIp: "127.0.0.1", HostPort: ""}]}}});
const id = created.Id;
api.start(id);

const p = api.port(id, 80);
print("port", p.length, p[0].HostIp, /^\d+$/.test(p[0].HostPort));
const p2 = api.port(id, "80/tcp");
print("port tcp", p2[0].HostPort === p[0].HostPort);
print("port udp", api.port(id, "80/udp") === null ? "nil" : "?", api.port({container: id, privatePort: 81}) === null ? "nil" : "?");

api.pause(id);
print("paused", api.inspect_container(id).State.Status);
api.unpause(id);
let st = api.inspectContainer(id).State.Status;
for (let i = 0; i < 200 && st !== "running"; i++) { require("time").sleep(0.02); st = api.inspectContainer(id).State.Status; }
print("unpaused", st);

api.rename(id, prefix + "-api2");
print("renamed", api.inspect_container(id).Name === "/" + prefix + "-api2");
api.resize(id, 30, 100);
api.resize({container: id, height: 40, width: 120});
print("resized");

let top = api.top(id);
print("top", top.Titles.length > 0, top.Processes.length > 0);
top = api.top(id, "-o pid,comm");
print("top ps_args", top.Titles[0], top.Titles[1]);

let ex = api.exec_create(id, "sh -c 'echo out; sleep 0.1; echo err >&2; exit 3'");
print("exec_create", typeof ex.Id, ex.Id.length);
const out = api.exec_start(ex);
print("exec_start", out.length, out.includes("out\n"), out.includes("err\n"));
const info = api.exec_inspect(ex);
print("exec_inspect", info.ExitCode, info.Running, api.execInspect(ex.Id).ID === ex.Id);

ex = api.execCreate(id, ["sh", "-c", "echo o; sleep 0.1; echo e >&2"]);
let [o, e] = api.exec_start(ex.Id, {demux: true});
print("demux", nl(o), nl(e));
ex = api.exec_create(id, "sh -c 'echo e >&2'", {stdout: false});
[o, e] = api.exec_start(ex, false, false, false, false, true);
print("demux stderr only", o === null ? "nil" : o, nl(e));

ex = api.exec_create(id, "sh -c 'echo a; sleep 0.1; echo b'");
const got = [];
for (const chunk of api.exec_start(ex, {stream: true})) got.push(chunk);
print("stream", nl(got.join("")));
ex = api.exec_create(id, "sh -c 'echo x; sleep 0.1; echo y >&2'");
const outs = [], errs = [];
for (const [so, se] of api.execStart({execId: ex, stream: true, demux: true})) {
  if (so !== null) outs.push(so);
  if (se !== null) errs.push(se);
}
print("stream demux", nl(outs.join("")), nl(errs.join("")));

ex = api.exec_create(id, "sh -c 'echo $FOO; pwd; id -u'", {environment: {FOO: "bar"}, workdir: "/tmp", user: "nobody"});
print("env", nl(api.exec_start(ex)));
ex = api.exec_create(id, "echo tty", {tty: true});
print("tty", api.exec_start(ex, {tty: true}).replace(/[\r\n]/g, ""));

ex = api.exec_create(id, "sleep 3", {tty: true});
print("detach", api.exec_start(ex, {detach: true, tty: true}) === "");
api.exec_resize(ex, 20, 80);
api.execResize(ex, {height: 24, width: 100});
print("exec_resize", api.exec_inspect(ex).Running);

ex = api.exec_create(id, "touch /newfile");
api.exec_start(ex);
print("touch", api.exec_inspect(ex).ExitCode);
let found = false;
for (const ch of api.diff(id)) if (ch.Path === "/newfile") found = ch.Kind;
print("diff", found);

const up = api.update_container(id, {cpuShares: 512, mem_limit: "64m", memswap_limit: 128 * 1024 * 1024,
  restart_policy: {Name: "on-failure", MaximumRetryCount: 2}});
print("update_container", typeof up === "object" ? "table" : typeof up, Array.isArray(up.Warnings) || up.Warnings === null ? (up.Warnings === null ? "nil" : "table") : typeof up.Warnings);
const hc = api.inspect_container(id).HostConfig;
print("updated", hc.CpuShares, hc.Memory, hc.MemorySwap, hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount);
api.updateContainer(id, null, null, null, 256);
print("updated positional", api.inspect_container(id).HostConfig.CpuShares);

ex = api.exec_create(id, "cat", {stdin: true});
const sock = api.exec_start(ex, {socket: true});
sock.write("over the socket\n");
sock.closeWrite();
const sgot = [];
for (const chunk of sock.chunks()) sgot.push(chunk);
print("socket", String(sock), nl(sgot.join("")), api.exec_inspect(ex).ExitCode);

const c = client.containers.get(id);
print("c.ports", c.ports["80/tcp"][0].HostIp, c.ports["80/tcp"][0].HostPort === p[0].HostPort);
// other tests tag busybox too: look for its own tag only
print("c.image", c.image.id.slice(0, 7), c.image.id === api.inspect_image("busybox").Id, String(c.image).startsWith("<Image: '"), c.image.tags.includes("busybox:latest"));
print("c.health", c.health);

const hid = api.create_container({image: "busybox", command: "sleep 60", name: prefix + "-health",
  healthcheck: {test: "true", interval: 100000000}, hostConfig: {Init: true}}).Id;
const hcnt = client.containers.get(hid);
print("health created", hcnt.health);
api.start(hid);
const time = require("time");
for (let i = 0; i < 100; i++) {
  hcnt.reload();
  if (hcnt.health === "healthy") break;
  time.sleep(0.1);
}
print("health", hcnt.health);
api.remove_container(hid, {force: true});

api.restart(id, 1);
print("restarted", api.inspect_container(id).State.Status);
api.restart(id);
print("restarted default", api.inspect_container(id).State.Status);
api.remove_container(id, {force: true});

const pc = api.create_container({image: "busybox", command: "true", name: prefix + "-prune", labels: {[prefix]: "1"}});
let res = api.prune_containers({filters: {label: prefix}});
print("prune_containers", res.ContainersDeleted.length, res.ContainersDeleted[0] === pc.Id, typeof res.SpaceReclaimed);
res = api.pruneContainers({label: prefix});
print("prune again", res.ContainersDeleted === null || res.ContainersDeleted.length === 0);

const calls = [
  () => api.exec_create(id, "true", {bogus: 1}),
  () => api.rename(id),
  () => api.port(),
  () => api.exec_inspect(true),
  () => api.exec_resize("x", {height: 10}),
  () => api.exec_start({Id: 5}),
  () => api.update_container(id, {mem_limit: "lots"}),
];
for (const f of calls) {
  try { f(); print(true); } catch (err) { print(false, err.name, err.message); }
}
