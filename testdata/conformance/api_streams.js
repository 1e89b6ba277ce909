const prefix = process.argv[2];
const client = docker.from_env();
const api = client.api;
const tar = require("tar");
const bar = (s) => s.replace(/\n/g, "|");
const nil = (v) => (v === null ? "nil" : v);

// every container method takes the {Id} dict that create_container returns
const created = api.create_container({image: "busybox", command: "sleep 60", name: prefix + "-s", host_config: {Init: true}});
api.start(created);
print("started", api.inspect_container(created).State.Status);

// put_archive / get_archive
print("put", api.put_archive(created, "/tmp", tar.create({"hello.txt": "hi"})));
let [chunks, stat] = api.get_archive(created, "/tmp/hello.txt");
print("stat", stat.name, stat.size);
const pathStat = api.archive_stat(created, "/tmp/hello.txt");
print("archive_stat", pathStat.name, pathStat.size, pathStat.mode === stat.mode);
print("extract", tar.extract(chunks)["hello.txt"]);
let n = 0, small = true;
for (const chunk of api.getArchive(created.Id, "/tmp/hello.txt", 512)[0]) {
  n++;
  small = small && chunk instanceof ArrayBuffer && chunk.byteLength <= 512;
}
print("chunks", n > 1, small);
[chunks] = api.get_archive({container: created, path: "/tmp/hello.txt", chunkSize: 4096, encode_stream: false});
print("by name", tar.extract(chunks)["hello.txt"]);

// export
let found = false;
for (const e of tar.list(api.export(created, 65536))) {
  if (e.name === "bin/busybox") found = e.type === "file";
}
print("export has bin/busybox", found);

// stats
let st = api.stats(created, {stream: false});
print("stats one", st.memory_stats !== undefined);
st = api.stats(created, null, false, true);
print("stats one_shot", st.memory_stats !== undefined);
for (const s1 of api.stats(created, true)) {
  print("stats decode", typeof s1 === "object" ? "table" : typeof s1, s1.cpu_stats !== undefined);
  break;
}
for (const raw of api.stats(created)) {
  print("stats raw", typeof raw, raw[0]);
  break;
}

// Container.exec_run(socket=true): an interactive round trip
const c = client.containers.get(created.Id);
let r = c.exec_run("cat", {socket: true, stdin: true});
print("exec_run socket", nil(r.exit_code), String(r.output), String(r));
const sock = r.output;
print("sent", sock.write("hello\n"));
sock.close_write();
let got = [];
for (const chunk of sock.chunks()) got.push(chunk);
print("echoed", bar(got.join("")), sock.closed);
r = c.execRun("cat", {socket: true, stdin: true, tty: true});
r.output.write("x\n");
r.output.closeWrite();
r.output.close();
print("exec_run tty socket", nil(r.exit_code), r.output.closed);
api.remove_container(created, {force: true});

// attach
const logs = api.create_container("busybox", ["sh", "-c", "echo out; sleep 0.1; echo err >&2"], {name: prefix + "-logs"});
api.start(logs);
api.wait(logs);
print("attach", bar(api.attach(logs, {logs: true})));
let [out, err] = api.attach(logs, true, true, false, true, true);
print("attach demux", bar(out), bar(err));
out = api.attach({container: logs, stderr: false, logs: true});
print("attach stdout", bar(out));
api.remove_container(logs);
const live = api.create_container("busybox", ["sh", "-c", "sleep 0.3; echo a; sleep 0.1; echo b"], {name: prefix + "-live"});
api.start(live);
got = [];
for (const chunk of api.attach(live, {stream: true, logs: true})) got.push(chunk);
print("attach stream", bar(got.join("")));
api.remove_container(live, {force: true});

// attach_socket: a round trip with cat
const cat = api.create_container("busybox", "cat", {stdin_open: true, name: prefix + "-cat"});
api.start(cat);
const s = api.attach_socket(cat, {stdin: 1, stream: 1, stdout: 1});
print("socket", String(s), s.write("hello\n"));
s.closeWrite();
got = [];
for (const chunk of s.chunks()) got.push(chunk);
print("echoed", bar(got.join("")));
print("cat exit", api.wait(cat).StatusCode);
api.remove_container(cat);

// create_container_config / create_container_from_config
const cfg = api.create_container_config("busybox", "echo from config", {labels: {[prefix]: "1"}, host_config: {Init: true}});
print("config", cfg.Image, cfg.Cmd.join(" "), cfg.Labels[prefix], cfg.HostConfig.Init);
const fc = api.createContainerFromConfig(cfg, prefix + "-cfg");
print("from config", typeof fc.Id, fc.Id.length);
api.start(fc);
print("wait", api.wait(fc).StatusCode);
print("logs", bar(api.logs(fc)));
print("name", api.inspect_container(fc).Name === "/" + prefix + "-cfg", api.inspect_container(fc).Config.Labels[prefix]);
api.remove_container({container: fc});

const calls = [
  () => api.inspect_container(5),
  () => api.start({Warnings: []}),
  () => api.stop(""),
  () => api.get_archive(fc),
  () => api.stats(fc, {decode: true, stream: false}),
  () => api.create_container_config("busybox", {name: "x"}),
  () => api.attach_socket(fc, {bogus: 1}),
];
for (const f of calls) {
  try { f(); print(true); } catch (e) { print(false, e.name, e.message); }
}
