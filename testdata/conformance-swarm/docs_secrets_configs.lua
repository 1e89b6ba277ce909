-- docker-py docs, "Secrets" and "Configs" pages: create, get, list, and
-- the models' id, name, attrs, reload and remove.
local prefix = arg[1]
local client = docker.from_env()

local secret = client.secrets:create{name = prefix .. "-pw", data = "s3cret", labels = {scenario = "secrets"}}
print("secret", #secret.id, secret.name == prefix .. "-pw", tostring(secret) == "<Secret: '" .. prefix .. "-pw'>")
print("secret attrs", secret.attrs.Spec.Labels.scenario, secret.attrs.Spec.Data == nil)
local got = client.secrets:get(prefix .. "-pw")
print("secret get", got.id == secret.id, got.short_id == secret.id:sub(1, #got.short_id))
print("secret list", #client.secrets:list{filters = {name = prefix .. "-pw"}}, #client.secrets:list{filters = {label = "scenario=none"}})

local config = client.configs:create{name = prefix .. "-conf", data = "key=value\n", labels = {scenario = "configs"}}
print("config", #config.id, config.name == prefix .. "-conf", tostring(config) == "<Config: '" .. prefix .. "-conf'>")
print("config data", config.attrs.Spec.Data) -- base64
config:reload()
print("config list", #client.configs:list{filters = {label = "scenario=configs"}}, client.configs:list{filters = {name = prefix .. "-conf"}}[1].name == config.name)

-- the low-level calls
local sid = client.api:create_secret(prefix .. "-raw", "x")
print("api secret", client.api:inspect_secret(sid).Spec.Name == prefix .. "-raw", client.api:remove_secret(sid))
local cid = client.api:create_config(prefix .. "-raw", "y", {a = "b"})
print("api config", client.api:inspect_config(cid.ID).Spec.Labels.a, #client.api:configs{filters = {name = prefix .. "-raw"}}, client.api:remove_config(cid))

print("remove", secret:remove(), config:remove())
local ok, err = pcall(function() return client.secrets:get(prefix .. "-pw") end)
print("gone", ok, err.class, #client.api:secrets{filters = {name = prefix}})
