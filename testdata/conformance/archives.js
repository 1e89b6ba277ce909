const prefix = process.argv[2];
const client = docker.from_env();
const tar = require("tar");
const write = (s) => process.stdout.write(s);
const c = client.containers.run("busybox", "sleep 60", {detach: true, init: true, name: prefix + "-arch"});

// put_archive of a tar built by the tar module
print("put", c.put_archive("/tmp", tar.create({"hello.txt": "hi"})));
print("cat", c.exec_run("cat /tmp/hello.txt").output);

// get_archive: an iterator of chunks and the stat
const [chunks, stat] = c.get_archive("/tmp/hello.txt");
print("stat", stat.name, stat.size);
print("extract", tar.extract(chunks)["hello.txt"]);
let n = 0, allBytes = true;
for (const chunk of c.getArchive("/tmp/hello.txt", 512)[0]) {
  n++;
  allBytes = allBytes && chunk instanceof ArrayBuffer && chunk.byteLength <= 512;
}
print("chunks", n > 1, allBytes);

// put_archive streams an iterator of chunks
print("put iterator", c.put_archive("/", c.get_archive("/tmp/hello.txt")[0]));
print("cat", c.exec_run("cat /hello.txt").output);

// export: tar.list reads the stream
let found = false;
for (const e of tar.list(c.export())) {
  if (e.name === "bin/busybox") found = e.type === "file";
}
print("export has bin/busybox", found);

// stats
const st = c.stats({stream: false});
print("stats memory_stats", st.memory_stats !== undefined);
let samples = 0;
for (const s of c.stats({decode: true})) {
  samples++;
  if (s.cpu_stats === undefined) print("no cpu_stats");
  if (samples === 2) break;
}
print("stats samples", samples);
c.remove({force: true});

// attach with logs=true replays the output
const l = client.containers.run("busybox", ["sh", "-c", "echo out; sleep 0.1; echo err >&2"], {detach: true, name: prefix + "-logs"});
l.wait();
write(l.attach({logs: true}));
const [out, err] = l.attach({logs: true, demux: true});
print("demux", out === "out\n", err === "err\n");
l.remove();

// attach_socket: an interactive round trip with cat
const cat = client.containers.create("busybox", "cat", {stdin_open: true, name: prefix + "-cat"});
cat.start();
const s = cat.attach_socket({params: {stdin: 1, stream: 1, stdout: 1}});
print("sent", s.write("hello\n"));
s.closeWrite();
const got = [];
for (const chunk of s.chunks()) got.push(chunk);
print("echoed", got.join("").replace(/\n/g, "|"));
print("socket closed", s.closed);
print("cat exit", cat.wait().StatusCode);
cat.remove();
