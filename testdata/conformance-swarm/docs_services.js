// docker-py docs, "Services" page: client.services.create with the
// docker.types of services, get, list, and a Service's tasks, logs,
// scale, update, force_update, reload and remove.
const prefix = process.argv[2];
const client = docker.from_env();
const time = require("time");
const T = docker.types;

const wait = (what, cond) => {
  for (let i = 0; i < 600; i++) {
    if (cond()) return;
    time.sleep(0.2);
  }
  throw new Error("timed out waiting: " + what);
};
const running = (svc, n) => {
  wait(n + " running tasks", () => {
    const tasks = svc.tasks({filters: {"desired-state": "running"}});
    return tasks.filter((t) => t.Status.State === "running").length === n && tasks.length === n;
  });
  return true;
};

// The daemon changes a service while it converges (its update status):
// an update of a version read meanwhile is refused ("update out of
// sequence"), and made again on the service read anew.
const again = (svc, f) => {
  for (let i = 0; i < 50; i++) {
    svc.reload();
    try { return f(); } catch (e) { if (!String(e.message).includes("out of sequence")) throw e; }
    time.sleep(0.1);
  }
  throw new Error("the service kept changing");
};

const svc = client.services.create("busybox", "sh -c 'echo hello-$GREETING; exec sleep 600'", {
  name: prefix + "-web", env: ["GREETING=one"], labels: {scenario: "services"}, container_labels: {c: "l"},
  mode: T.ServiceMode("replicated", {replicas: 2}),
  restart_policy: T.RestartPolicy({condition: "on-failure", max_attempts: 3}),
  update_config: T.UpdateConfig({parallelism: 1, order: "stop-first", failure_action: "rollback"}),
  rollback_config: T.RollbackConfig({parallelism: 2}),
  endpoint_spec: T.EndpointSpec({mode: "dnsrr"}),
  resources: T.Resources({mem_limit: 64 * 1024 * 1024}),
  constraints: ["node.role==manager"], preferences: [T.PlacementPreference("spread", "node.labels.zone")],
  dns_config: T.DNSConfig({options: ["ndots:2"]}), hosts: {"db.local": "10.1.2.3"},
  stop_grace_period: 2000000000, init: true, cap_drop: ["MKNOD"],
});
const spec = svc.attrs.Spec;
print("create", svc.name === prefix + "-web", svc.id.length, svc.version > 0, spec.Labels.scenario);
print("mode", spec.Mode.Replicated.Replicas, spec.UpdateConfig.Order, spec.UpdateConfig.FailureAction, spec.RollbackConfig.Parallelism, spec.EndpointSpec.Mode);
let cs = spec.TaskTemplate.ContainerSpec;
print("container spec", cs.Command[0], cs.Command[2], cs.Env[0], cs.Labels.c, cs.Hosts[0], cs.DNSConfig.Options[0], cs.StopGracePeriod, cs.Init, cs.CapabilityDrop[0]);
const tt = spec.TaskTemplate;
print("task template", tt.Resources.Limits.MemoryBytes, tt.RestartPolicy.Condition, tt.RestartPolicy.MaxAttempts, tt.Placement.Constraints[0], tt.Placement.Preferences[0].Spread.SpreadDescriptor);
print("running", running(svc, 2));

// logs(): an iterator, closed before its end
const logs = svc.logs({stdout: true, follow: true});
let seen = "";
for (const chunk of logs) {
  seen += chunk;
  if (seen.includes("hello-one")) break;
}
logs.close();
print("logs", seen.includes("hello-one"));

// get, list and the low-level list
print("get", client.services.get(prefix + "-web").id === svc.id, client.services.get(svc.id, {insert_defaults: true}).attrs.Spec.RollbackConfig.Parallelism);
print("list", client.services.list({filters: {name: prefix + "-web"}}).length, client.services.list({filters: {label: "scenario=none"}}).length);
print("api", client.api.services({filters: {label: "scenario=services"}, status: true})[0].ServiceStatus.DesiredTasks);

// scale(): seen through the tasks
again(svc, () => svc.scale(3));
print("scale up", running(svc, 3));
again(svc, () => svc.scale(1));
print("scale down", running(svc, 1));

// update(): what is not given is kept
again(svc, () => svc.update({env: ["GREETING=two"]}));
svc.reload();
cs = svc.attrs.Spec.TaskTemplate.ContainerSpec;
print("update", cs.Env[0], cs.Image.slice(0, 14), svc.attrs.Spec.Mode.Replicated.Replicas, cs.Labels.c);
wait("the new task", () => {
  let out = "";
  for (const chunk of svc.logs({stdout: true})) out += chunk;
  return out.includes("hello-two");
});
again(svc, () => svc.force_update());
svc.reload();
print("force_update", svc.attrs.Spec.TaskTemplate.ForceUpdate);

// modes: jobs and global services
const job = client.services.create("busybox", ["true"], {name: prefix + "-job", mode: T.ServiceMode("replicated-job", {replicas: 2, concurrency: 1})});
print("job", job.attrs.Spec.Mode.ReplicatedJob.TotalCompletions, job.attrs.Spec.Mode.ReplicatedJob.MaxConcurrent);
wait("the job's tasks complete", () => job.tasks().filter((t) => t.Status.State === "complete").length === 2);
print("job done", true);
const global = client.services.create("busybox", "sleep 600", {name: prefix + "-global", mode: "global"});
print("global", global.attrs.Spec.Mode.Global !== undefined, running(global, 1));
let res;
try { global.scale(2); res = [true, null]; } catch (e) { res = [false, e.name]; }
print("scale global", ...res);
const mode = T.ServiceMode("global-job");
print("ServiceMode", mode.mode, mode.replicas === null, T.ServiceMode("replicated", {replicas: 4}).replicas);

print("remove", svc.remove(), job.remove(), client.api.remove_service(global.id));
try { client.services.get(prefix + "-web"); res = [true, null]; } catch (e) { res = [false, e.name]; }
print("gone", ...res);
