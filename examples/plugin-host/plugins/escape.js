// Tries to mount the host's /etc into a container: the policy refuses.
function on_event(event) {
  try {
    docker.fromEnv().containers.run("busybox", "cat /host/shadow", {volumes: {"/etc": {bind: "/host"}}});
  } catch (e) {
    notify("warn", `${e.name}: ${e.message}`);
  }
  return {summary: "escape refused", count: 0};
}
