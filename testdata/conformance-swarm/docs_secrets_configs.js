// docker-py docs, "Secrets" and "Configs" pages: create, get, list, and
// the models' id, name, attrs, reload and remove.
const prefix = process.argv[2];
const client = docker.from_env();

const secret = client.secrets.create({name: prefix + "-pw", data: "s3cret", labels: {scenario: "secrets"}});
print("secret", secret.id.length, secret.name === prefix + "-pw", String(secret) === "<Secret: '" + prefix + "-pw'>");
print("secret attrs", secret.attrs.Spec.Labels.scenario, secret.attrs.Spec.Data === undefined);
const got = client.secrets.get(prefix + "-pw");
print("secret get", got.id === secret.id, got.short_id === secret.id.slice(0, got.short_id.length));
print("secret list", client.secrets.list({filters: {name: prefix + "-pw"}}).length, client.secrets.list({filters: {label: "scenario=none"}}).length);

const config = client.configs.create({name: prefix + "-conf", data: "key=value\n", labels: {scenario: "configs"}});
print("config", config.id.length, config.name === prefix + "-conf", String(config) === "<Config: '" + prefix + "-conf'>");
print("config data", config.attrs.Spec.Data);
config.reload();
print("config list", client.configs.list({filters: {label: "scenario=configs"}}).length, client.configs.list({filters: {name: prefix + "-conf"}})[0].name === config.name);

// the low-level calls
const sid = client.api.create_secret(prefix + "-raw", "x");
print("api secret", client.api.inspect_secret(sid).Spec.Name === prefix + "-raw", client.api.remove_secret(sid));
const cid = client.api.create_config(prefix + "-raw", "y", {a: "b"});
print("api config", client.api.inspect_config(cid.ID).Spec.Labels.a, client.api.configs({filters: {name: prefix + "-raw"}}).length, client.api.remove_config(cid));

print("remove", secret.remove(), config.remove());
let gone;
try { client.secrets.get(prefix + "-pw"); gone = [true, null]; } catch (e) { gone = [false, e.name]; }
print("gone", ...gone, client.api.secrets({filters: {name: prefix}}).length);
