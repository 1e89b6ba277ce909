// deploy.js: a small blue/green-style deployment with busybox httpd.
//
//   dscript scripts/deploy.js [NAME] [--keep]
//
// Starts version 1 of a web page in a container published on a free port of
// 127.0.0.1, waits until it answers, then replaces it with version 2 (stop
// the old one, start the new one, verify). On any error everything the
// script started is removed; without --keep, so is version 2 at the end.
const http = require("http");

let name = "dscript-deploy", keep = false;
for (const a of process.argv.slice(2)) {
  if (a === "--keep") keep = true; else name = a;
}

const client = docker.from_env();
const label = "dscript.deploy=" + name;

function start(version) {
  const c = client.containers.run("busybox",
    ["sh", "-c", 'mkdir -p /www && echo "hello from version $VERSION" > /www/index.html && exec httpd -f -p 80 -h /www'],
    {detach: true, init: true, name: name + "-v" + version,
     environment: {VERSION: String(version)},
     ports: {"80/tcp": ["127.0.0.1"]},
     labels: {"dscript.deploy": name, version: String(version)}});
  c.reload();
  const port = c.attrs.NetworkSettings.Ports["80/tcp"][0].HostPort;
  const url = "http://127.0.0.1:" + port + "/";
  const res = http.wait_for(url, {timeout: 30});
  const body = res.body.trimEnd();
  print(`${c.name} is up at ${url}: ${res.status} ${body}`);
  if (body !== "hello from version " + version) {
    throw new Error(`${c.name} serves ${JSON.stringify(body)}, want version ${version}`);
  }
  return c;
}

function cleanup() {
  for (const c of client.containers.list({all: true, filters: {label: label}})) {
    c.remove({force: true});
    print("removed " + c.name);
  }
}

try {
  cleanup();
  const old = start(1);
  old.stop({timeout: 1});
  old.remove();
  print("stopped " + old.name);
  const current = start(2);
  print("deployed " + current.name + " (" + current.status + ")");
} catch (e) {
  print("deployment failed: " + e.message);
  cleanup();
  throw e;
}
if (!keep) cleanup();
