local prefix = arg[1]
local client = docker.from_env()

local ok, err = pcall(function() return client.containers:get("no-such-" .. prefix) end)
print("ok", ok)
print("class", err.class)
print("message", tostring(err) == '404 Client Error for http+docker://localhost/v1.41/containers/no-such-' .. prefix .. '/json: Not Found ("No such container: no-such-' .. prefix .. '")')
print("status_code", err.status_code, err:is_client_error(), err:is_server_error())
print("explanation", err.explanation == "No such container: no-such-" .. prefix)
print("is NotFound", docker.errors.is(err, docker.errors.NotFound))
print("is APIError", docker.errors.is(err, docker.errors.APIError))
print("is DockerException", docker.errors.is(err, docker.errors.DockerException))
print("is ImageNotFound", docker.errors.is(err, docker.errors.ImageNotFound))

ok, err = pcall(function() return client.containers:run("no-such-image-" .. prefix, "true") end)
print("missing image", err.class, docker.errors.is(err, docker.errors.NotFound))

ok, err = pcall(function()
  return client.containers:run("busybox", "sh -c 'echo oops >&2; exit 3'", {name = prefix .. "-fails", remove = true})
end)
print("ContainerError", err.class, err.exit_status, err.image, err.command)
print("stderr", err.stderr)
print("message", tostring(err))

local calls = {
  function() return client.containers:run("busybox", "true", {bogus = 1}) end,
  function() return client.containers:run() end,
  function() return client.containers:list{all = "yes"} end,
  function() return client.containers:run("busybox", "true", {image = "x"}) end,
  function() return client.containers:get(42) end,
  function() return client.containers:list(true, 1, 2, 3, 4, 5, 6, 7, 8) end,
}
for _, f in ipairs(calls) do
  ok, err = pcall(f)
  print(err.class, tostring(err))
end

ok, err = pcall(function() error("plain script error", 0) end)
print("script errors pass through", err)
ok, err = pcall(function() error(docker.errors.NotFound("made by the script")) end)
print("raised by script", err.class, tostring(err), docker.errors.is(err, docker.errors.APIError))
