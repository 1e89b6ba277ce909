const prefix = process.argv[2];
const client = docker.from_env();
const write = (s) => process.stdout.write(s);
const c = client.containers.run("busybox", ["sh", "-c", "for i in 1 2 3 4 5; do echo line $i; done; sleep 0.1; echo bad >&2"],
  {detach: true, name: prefix + "-logs"});
c.wait();
let n = 0;
for (const chunk of c.logs({stream: true, stderr: false})) { n++; write("got " + chunk); }
print("chunks", n);
write(c.logs({tail: 2}));
for (const chunk of c.logs({stream: true, tail: 1, stdout: false})) write("err " + chunk);
const it = c.logs({stream: true});
write("first " + it.next().value);
it.close();
print("after close", it.next().done);
const lines = [];
for (const chunk of client.containers.run("busybox", "sh -c 'echo a; sleep 0.2; echo b'", {stream: true, remove: true})) {
  lines.push(chunk);
}
print("run stream", lines.join("").replace(/\n/g, ","), 2);
const f = client.containers.run("busybox", "sh -c 'echo x; sleep 0.3; echo y'", {detach: true, name: prefix + "-follow"});
const got = [];
for (const chunk of f.logs({stream: true, follow: true})) got.push(chunk);
print("follow", got.join("").replace(/\n/g, ","), 2);
f.remove({force: true});
c.remove();
