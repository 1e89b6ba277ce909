"""docker-py benchmark client: python3 bench.py WORKLOAD N [ARG [ARG2]]

Prints "BENCH secs=S n=N bytes=B"; S is the workload's loop, timed in the
script (interpreter start, import docker and docker.from_env() excluded).
"""
import sys
import time

import docker

what, n = sys.argv[1], int(sys.argv[2])
a = sys.argv[3] if len(sys.argv) > 3 else None
b = sys.argv[4] if len(sys.argv) > 4 else None
client = docker.from_env()
nbytes = 0
t0 = time.monotonic()
if what == "idle":
    pass
elif what in ("startping", "ping"):
    for _ in range(n):
        client.ping()
elif what == "list":
    for _ in range(n):
        lst = client.containers.list(all=True, filters={"label": a})
        for c in lst:
            (c.id, c.name, c.status, c.labels)
        nbytes = len(lst)
elif what == "run":
    k, _, v = b.partition("=")
    for _ in range(n):
        client.containers.run(a, "true", remove=True, labels={k: v})
elif what == "logs":
    for chunk in client.containers.get(a).logs(stream=True):
        nbytes += len(chunk)
elif what == "build":
    client.images.build(path=a, tag=b, rm=True)
elif what == "save":
    with open("/dev/null", "wb") as f:
        for chunk in client.images.get(a).save():
            nbytes += len(chunk)
            f.write(chunk)
else:
    raise SystemExit("unknown workload " + what)
print("BENCH secs=%.6f n=%d bytes=%d" % (time.monotonic() - t0, n, nbytes))
