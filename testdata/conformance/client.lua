local client = docker.from_env()
print("ping", client:ping())
print("ping with dot", client.ping())
local v = client:version()
print("api version is a string", type(v.ApiVersion) == "string")
print("info has ID", client:info().ID ~= nil)
local api = client.api
print("api ping", api:ping())
print("low-level client", tostring(docker.APIClient{base_url = os.getenv("DOCKER_HOST")}):sub(1, 1) == "<")
