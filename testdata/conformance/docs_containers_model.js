// docker-py docs, "Containers" page: the Container model, its properties
// and methods, with the get_archive example.
const prefix = process.argv[2];
const client = docker.from_env();
const tar = require("tar");
const nl = (s) => s.replace(/\n/g, "|");

const container = client.containers.run("busybox", ["sh", "-c", "echo started; sleep 0.1; echo warn >&2; exec sleep 60"],
  {detach: true, init: true, tty: false, name: prefix + "-model", labels: {role: "model"}});

// attrs, id, labels, name, short_id, status
print("id", container.id.length, container.short_id === container.id.slice(0, container.short_id.length));
print("name", container.name === prefix + "-model", container.attrs.Name === "/" + prefix + "-model");
print("labels", container.labels.role);
print("status", container.status);
// reload(): local attributes are cached until reload()
container.reload();
print("reload", container.status, container.attrs.State.Running);

// exec_run(cmd, ...): a tuple (exit_code, output)
const res = container.exec_run("sh -c 'echo out; exit 2'");
print("exec_run", res.exit_code, nl(res.output), res[0], nl(res[1]));
// exec_run environment: ["PASSWORD=xxx"] or {"PASSWORD": "xxx"}
print("environment list", nl(container.exec_run("sh -c 'echo $PASSWORD'", {environment: ["PASSWORD=xxx"]}).output));
print("environment dict", nl(container.exec_run("sh -c 'echo $PASSWORD'", {environment: {PASSWORD: "xxx"}}).output));
// stdout / stderr / user / workdir / tty
print("stderr=False", nl(container.exec_run(["sh", "-c", "echo o; echo e >&2"], {stderr: false}).output));
print("user workdir", nl(container.exec_run("sh -c 'id -u; pwd'", {user: "nobody", workdir: "/tmp"}).output));
print("tty", container.exec_run("echo tty", {tty: true}).output.replace(/[\r\n]/g, ""));
// demux=True: output is (stdout, stderr)
const out = container.exec_run(["sh", "-c", "echo o; echo e >&2"], {demux: true}).output;
print("demux", nl(out[0]), nl(out[1]));
// stream=True: exit_code is None and output is a generator
const sr = container.exec_run(["sh", "-c", "echo a; sleep 0.1; echo b"], {stream: true});
let got = [];
for (const chunk of sr.output) got.push(chunk);
print("stream", sr.exit_code === null, nl(got.join("")));
// detach=True
print("detach", container.exec_run("touch /detached", {detach: true}).output === "");
// socket=True: a socket for custom reads and writes
const sock = container.exec_run("cat", {stdin: true, socket: true}).output;
sock.write("via socket\n");
sock.close_write();
got = [];
for (const chunk of sock.chunks()) got.push(chunk);
print("socket", nl(got.join("")));

// logs(**kwargs)
print("logs", nl(container.logs()));
print("logs stdout", nl(container.logs({stderr: false})), "stderr", nl(container.logs({stdout: false})));
print("logs tail", nl(container.logs({tail: 1})), nl(container.logs({tail: "all"})));
print("logs timestamps", /^\d{4}-\d\d-\d\dT/.test(container.logs({timestamps: true, stderr: false})));
const now = Math.floor(Date.now() / 1000);
print("logs since/until", nl(container.logs({since: 0, until: now + 60})), container.logs({since: now + 60}));
const it = container.logs({stream: true, follow: true});
print("logs stream", nl(it.next().value));
it.return();

// attach(**kwargs)
print("attach logs", nl(container.attach({logs: true, stream: false, stderr: false})));

// top(ps_args='aux')
let top = container.top();
print("top", top.Titles.length > 0, top.Processes.length > 0);
top = container.top({ps_args: "aux"});
print("top aux", top.Titles[0], top.Processes.length > 0);

// diff()
const kinds = container.diff().filter((ch) => ch.Path === "/detached").map((ch) => ch.Kind);
print("diff", kinds.join(","));

// put_archive(path, data): True if the call succeeds
print("put_archive", container.put_archive("/tmp", tar.create({"put.txt": "put\n"})));
print("put_archive read", nl(container.exec_run("cat /tmp/put.txt").output));

// >>> f = open('./sh_bin.tar', 'wb')
// >>> bits, stat = container.get_archive('/bin/sh')
// >>> print(stat)
// {'name': 'sh', 'size': 1075464, 'mode': 493,
// 'mtime': '2018-10-01T15:37:48-07:00', 'linkTarget': ''}
// >>> for chunk in bits:
// ...     f.write(chunk)
// >>> f.close()
const f = [];
let [bits, stat] = container.get_archive("/bin/sh");
print("stat", stat.name, stat.linkTarget, typeof stat.size, typeof stat.mode, typeof stat.mtime);
for (const chunk of bits) {
  f.push(new Uint8Array(chunk));
}
const size = f.reduce((a, c) => a + c.length, 0);
const archive = new Uint8Array(size);
let off = 0;
for (const c of f) { archive.set(c, off); off += c.length; }
print("sh_bin.tar", size % 512, tar.list(archive)[0].name);
// get_archive of a file, with chunk_size
[bits, stat] = container.get_archive("/tmp/put.txt", 512);
print("get_archive", stat.name, stat.size, tar.extract(bits)["put.txt"] === "put\n");

// export(chunk_size=2097152): the filesystem tar archive
const found = tar.list(container.export()).some((e) => e.name === "tmp/put.txt");
print("export", found);

// stats(decode=..., stream=...)
const st = container.stats({stream: false});
print("stats", typeof st.memory_stats === "object", typeof st.cpu_stats === "object");
for (const s1 of container.stats({decode: true})) {
  print("stats decode", typeof s1.cpu_stats === "object");
  break;
}

// pause() / unpause()
container.pause();
container.reload();
print("pause", container.status);
container.unpause();
for (let i = 0; i < 200; i++) { container.reload(); if (container.status === "running") break; require("time").sleep(0.02); }
print("unpause", container.status);

// update(**kwargs): a dict with a Warnings key
const up = container.update({cpu_shares: 512, mem_limit: "64m", memswap_limit: "128m",
  restart_policy: {Name: "on-failure", MaximumRetryCount: 3}});
container.reload();
const hc = container.attrs.HostConfig;
print("update", typeof up === "object", hc.CpuShares, hc.Memory, hc.MemorySwap,
  hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount);
container.update({restart_policy: {Name: "no"}});

// rename(name)
container.rename(prefix + "-renamed");
container.reload();
print("rename", container.name === prefix + "-renamed");

// restart(timeout=...)
container.restart({timeout: 1});
container.reload();
print("restart", container.status, container.attrs.RestartCount);

// kill(signal=...): str or int
// the signal goes to the command once it runs (not to the shell before it)
for (let i = 0; i < 100; i++) {
  if (container.top().Processes.some((p) => p[p.length - 1] === "sleep 60")) break;
  require("time").sleep(0.05);
}
container.kill("SIGTERM");
print("kill SIGTERM", container.wait().StatusCode);
container.start();
container.kill(9);
print("kill 9", container.wait().StatusCode);
// start() / stop(timeout=...)
container.start();
container.stop({timeout: 1});
container.reload();
print("stop", container.status);
// wait(timeout=..., condition=...)
print("wait", container.wait({timeout: 10}).StatusCode);
container.start();
container.kill();
print("wait condition", container.wait({condition: "not-running"}).StatusCode);

// resize(height, width): a tty container
const tty = client.containers.run("busybox", "sleep 60", {detach: true, init: true, tty: true, name: prefix + "-tty"});
tty.resize(40, 120);
print("resize", nl(tty.exec_run("stty -F /dev/console size").output));
tty.resize({height: 24, width: 80});
print("resize", nl(tty.exec_run("stty -F /dev/console size").output));
// remove(force=True)
tty.remove({force: true});
try {
  client.containers.get(prefix + "-tty");
  print("remove force", true);
} catch (err) {
  print("remove force", false, err instanceof docker.errors.NotFound);
}
// remove(v=True)
container.remove({v: true});
print("left", client.containers.list({all: true, filters: {name: prefix}}).length);
