-- docker-py docs, "Plugins" page: client.plugins on a daemon without
-- plugins (the lifecycle of a built plugin is in the Go tests, which
-- build one): list, get, create, and the low-level calls on a missing plugin.
local client = docker.from_env()
print("list", #client.plugins:list(), #client.api:plugins())
local ok, err = pcall(function() return client.plugins:get("nope:latest") end)
print("get missing", ok, err.class)
ok, err = pcall(function() return client.api:inspect_plugin("nope:latest") end)
print("inspect missing", ok, err.class)
ok, err = pcall(function() return client.api:configure_plugin("nope:latest", {A = "b"}) end)
print("configure missing", ok, err.class)
ok, err = pcall(function() return client.api:enable_plugin("nope:latest") end)
print("enable missing", ok, err.class)
ok, err = pcall(function() return client.api:remove_plugin("nope:latest", {force = true}) end)
print("remove missing", ok, err.class)
ok, err = pcall(function() return client.plugins:create("nope", "/nonexistent/plugin") end)
print("create from nowhere", ok, err.class)
