// dscript benchmark client (JavaScript): dscript bench.js WORKLOAD N [ARG [ARG2]]
// Prints "BENCH secs=S n=N bytes=B"; S is the workload's loop, timed in
// the script (process start and docker.from_env() excluded).
const time = require("time");
const [what, ns, a, b] = process.argv.slice(2);
const n = Number(ns || 0);
const client = docker.from_env();
let bytes = 0;
const t0 = time.monotonic();
switch (what) {
  case "idle":
    break;
  case "startping":
  case "ping":
    for (let i = 0; i < n; i++) client.ping();
    break;
  case "list":
    for (let i = 0; i < n; i++) {
      const l = client.containers.list({all: true, filters: {label: a}});
      for (const c of l) [c.id, c.name, c.status, c.labels];
      bytes = l.length;
    }
    break;
  case "run": {
    const [k, v] = [b.slice(0, b.indexOf("=")), b.slice(b.indexOf("=") + 1)];
    for (let i = 0; i < n; i++) client.containers.run(a, "true", {remove: true, labels: {[k]: v}});
    break;
  }
  case "logs":
    for (const chunk of client.containers.get(a).logs({stream: true})) bytes += chunk.length;
    break;
  case "build":
    client.images.build({path: a, tag: b, rm: true});
    break;
  case "save":
    for (const chunk of client.images.get(a).save()) bytes += chunk.byteLength;
    break;
  default:
    throw new Error("unknown workload " + what);
}
print("BENCH secs=" + (time.monotonic() - t0).toFixed(6) + " n=" + n + " bytes=" + bytes);
