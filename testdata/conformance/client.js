const client = docker.from_env();
print("ping", client.ping());
const ping = client.ping;
print("ping with dot", client.ping());
const v = client.version();
print("api version is a string", typeof v.ApiVersion === "string");
print("info has ID", client.info().ID !== undefined);
const api = client.api;
print("api ping", api.ping());
print("low-level client", String(new docker.APIClient({base_url: process.env.DOCKER_HOST})).slice(0, 1) === "<");
const other = docker.DockerClient({base_url: process.env.DOCKER_HOST, version: "1.40", timeout: 30});
print("pinned version", other.version().ApiVersion !== undefined, other.ping());
other.close();
try { new docker.DockerClient({baseUrl: "ftp://nowhere"}); } catch (e) { print("bad base_url", e.name); }
try { docker.DockerClient({base_url: "unix:///nonexistent/docker.sock"}).ping(); } catch (e) {
  print("unreachable", e.name, e.message.includes("unix:///nonexistent/docker.sock"));
}
