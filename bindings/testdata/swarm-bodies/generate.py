"""Records the requests docker-py 7.1 sends for cases.json into expected.json.

Run from this directory: python3 generate.py. The daemon is a fake transport
answering with answers.json, so nothing runs against a real engine.
"""
import json
import urllib.parse

import docker
import requests

answers = json.load(open("answers.json"))
recorded = []


def fake_send(request, **kwargs):
    url = urllib.parse.urlparse(request.url)
    path = url.path
    if path.startswith("/v1.41"):
        path = path[len("/v1.41"):]
    body = request.body
    if isinstance(body, bytes):
        body = body.decode()
    recorded.append({"method": request.method, "path": path,
                     "body": json.loads(body) if body else None})
    resp = requests.Response()
    key = request.method + " " + path
    resp.status_code = 200
    resp._content = json.dumps(answers[key]).encode() if key in answers else b""
    resp.headers["Content-Type"] = "application/json"
    resp.request = request
    resp.raw = None
    return resp


client = docker.DockerClient(base_url="tcp://127.0.0.1:1", version="1.41")
client.api.send = fake_send


def build(v):
    if isinstance(v, list):
        return [build(e) for e in v]
    if isinstance(v, dict):
        if "$tuple" in v:
            return tuple(build(e) for e in v["$tuple"])
        if "$type" in v:
            kwargs = {k: build(e) for k, e in v.get("kwargs", {}).items()}
            if v["$type"] == "EndpointSpec" and isinstance(kwargs.get("ports"), dict):
                kwargs["ports"] = {int(k): e for k, e in kwargs["ports"].items()}
            return getattr(docker.types, v["$type"])(*build(v.get("args", [])), **kwargs)
        if "$api" in v:
            kwargs = {k: build(e) for k, e in v.get("kwargs", {}).items()}
            return getattr(client.api, v["$api"])(*build(v.get("args", [])), **kwargs)
        return {k: build(e) for k, e in v.items()}
    return v


targets = {
    "api": lambda: client.api,
    "services": lambda: client.services,
    "service": lambda: client.services.get("svc1"),
    "swarm": lambda: client.swarm,
    "node": lambda: client.nodes.get("n1"),
    "secrets": lambda: client.secrets,
    "configs": lambda: client.configs,
}

out = []
for case in json.load(open("cases.json")):
    obj = targets[case["target"]]()
    args = build(case.get("args", []))
    kwargs = {k: build(e) for k, e in case.get("kwargs", {}).items()}
    del recorded[:]
    getattr(obj, case["method"])(*args, **kwargs)
    out.append({"name": case["name"], "requests": list(recorded)})

with open("expected.json", "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
