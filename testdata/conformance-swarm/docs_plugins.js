// docker-py docs, "Plugins" page: client.plugins on a daemon without
// plugins (the lifecycle of a built plugin is in the Go tests, which
// build one): list, get, create, and the low-level calls on a missing plugin.
const client = docker.from_env();
print("list", client.plugins.list().length, client.api.plugins().length);
const fails = (f) => { try { f(); return [true, null]; } catch (e) { return [false, e.name]; } };
print("get missing", ...fails(() => client.plugins.get("nope:latest")));
print("inspect missing", ...fails(() => client.api.inspect_plugin("nope:latest")));
print("configure missing", ...fails(() => client.api.configure_plugin("nope:latest", {A: "b"})));
print("enable missing", ...fails(() => client.api.enable_plugin("nope:latest")));
print("remove missing", ...fails(() => client.api.remove_plugin("nope:latest", {force: true})));
print("create from nowhere", ...fails(() => client.plugins.create("nope", "/nonexistent/plugin")));
