const prefix = process.argv[2];
const client = docker.from_env();

let err = null;
try { client.containers.get("no-such-" + prefix); } catch (e) { err = e; }
print("ok", err === null);
print("class", err.name);
print("message", err.message === '404 Client Error for http+docker://localhost/v1.41/containers/no-such-' + prefix + '/json: Not Found ("No such container: no-such-' + prefix + '")');
print("status_code", err.status_code, err.is_client_error(), err.isServerError());
print("explanation", err.explanation === "No such container: no-such-" + prefix);
print("is NotFound", err instanceof docker.errors.NotFound);
print("is APIError", err instanceof docker.errors.APIError);
print("is DockerException", err instanceof docker.errors.DockerException);
print("is ImageNotFound", err instanceof docker.errors.ImageNotFound);

try { client.containers.run("no-such-image-" + prefix, "true"); } catch (e) { err = e; }
print("missing image", err.name, err instanceof docker.errors.NotFound);

try {
  client.containers.run("busybox", "sh -c 'echo oops >&2; exit 3'", {name: prefix + "-fails", remove: true});
} catch (e) { err = e; }
print("ContainerError", err.name, err.exit_status, err.image, err.command);
print("stderr", err.stderr);
print("message", err.message);

const calls = [
  () => client.containers.run("busybox", "true", {bogus: 1}),
  () => client.containers.run(),
  () => client.containers.list({all: "yes"}),
  () => client.containers.run("busybox", "true", {image: "x"}),
  () => client.containers.get(42),
  () => client.containers.list(true, 1, 2, 3, 4, 5, 6, 7, 8),
];
for (const f of calls) {
  try { f(); } catch (e) { print(e.name, e.message); }
}

try { throw "plain script error"; } catch (e) { print("script errors pass through", e); }
try { throw new docker.errors.NotFound("made by the script"); } catch (e) {
  print("raised by script", e.name, e.message, e instanceof docker.errors.APIError);
}
