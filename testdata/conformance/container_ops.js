const prefix = process.argv[2];
const client = docker.from_env();
const nl = (s) => s.replace(/\n/g, ",");
const c = client.containers.run("busybox", "sleep 60", {detach: true, tty: true, name: prefix + "-ops"});
c.pause();
c.reload();
print("paused", c.status);
c.unpause();
// the daemon records the resume from containerd's event, just after its answer
for (let i = 0; i < 200; i++) { c.reload(); if (c.status === "running") break; require("time").sleep(0.02); }
print("unpaused", c.status);
c.rename(prefix + "-renamed");
c.reload();
print("renamed", c.name === prefix + "-renamed");
c.resize(30, 100);
c.resize({height: 40, width: 120});
print("resized");
const top = c.top();
print("top", top.Titles.length > 0, top.Processes.length);
const top2 = c.top({psArgs: "-o pid,comm"});
print("top ps_args", top2.Titles[0], top2.Titles[1]);
let r = c.exec_run("sh -c 'echo out; echo err; exit 3'");
print("exec", r.exit_code, nl(r.output));
print("index", r[0], r[1] === r.output);
const [code, out] = r;
print("destructure", [code, out].length, code === r.exit_code && out === r.output);
r = c.execRun(["sh", "-c", "echo o; echo e >&2"], {demux: true});
print("demux", r.exitCode, r.output[0] === "o\n", r.output[1] === "e\n");
r = c.exec_run("sh -c 'echo e >&2'", {demux: true, stdout: false});
print("demux stderr only", r.output[0] === null, r.output[1] === "e\n");
r = c.exec_run("sh -c 'echo $FOO; pwd; id -u'", {environment: {FOO: "bar"}, workdir: "/tmp", user: "nobody"});
print("env", r.exit_code, nl(r.output));
r = c.exec_run("sh -c 'echo a; sleep 0.1; echo b'", {stream: true});
const got = [];
for (const chunk of r.output) got.push(chunk);
print("stream", r.exit_code === null, nl(got.join("")));
const outs = [], errs = [];
for (const [o, e] of c.exec_run("sh -c 'echo x; sleep 0.1; echo y >&2'", {stream: true, demux: true}).output) {
  if (o !== null) outs.push(o);
  if (e !== null) errs.push(e);
}
print("stream demux", outs.join("").replace(/\n/g, ""), errs.join("").replace(/\n/g, ""));
const it = c.exec_run("sh -c 'while true; do echo tick; sleep 0.05; done'", {stream: true}).output;
print("first", it.next().value.startsWith("tick"));  // a chunk may hold several ticks
it.close();
print("closed", it.next().done);
r = c.exec_run("sh -c 'echo tty'", {tty: true});
print("tty", r.exit_code, r.output.replace(/[\r\n]/g, ""));
r = c.exec_run("touch /newfile");
print("touch", r.exit_code);
let found = false;
for (const ch of c.diff()) if (ch.Path === "/newfile") found = ch.Kind;
print("diff", found);
const up = c.update({cpuShares: 512, mem_limit: "64m", memswap_limit: 128 * 1024 * 1024,
  restart_policy: {Name: "on-failure", MaximumRetryCount: 2}});
print("update", typeof up === "object" ? "table" : typeof up);
c.reload();
const hc = c.attrs.HostConfig;
print("updated", hc.CpuShares, hc.Memory, hc.MemorySwap, hc.RestartPolicy.Name, hc.RestartPolicy.MaximumRetryCount);
let err = null;
try { c.exec_run(); } catch (e) { err = e; }
print("no cmd", err === null, err instanceof docker.errors.InvalidArgument ? "InvalidArgument" : String(err));
c.restart({timeout: 1});
c.reload();
print("restarted", c.status);
c.restart({timeout: 0});
c.remove({force: true});
const p = client.containers.create("busybox", "true", {name: prefix + "-prune", labels: {[prefix]: "1"}});
let res = client.containers.prune({filters: {label: prefix}});
print("prune", res.ContainersDeleted.length, res.ContainersDeleted[0] === p.id, typeof res.SpaceReclaimed);
res = client.containers.prune({label: prefix});
print("prune again", res.ContainersDeleted === null || res.ContainersDeleted.length === 0);
