// docker-py docs, "Containers" page: the examples given in the parameter
// list of ContainerCollection.run (create takes the same arguments).
// Adapted for this machine: published ports are bound to 127.0.0.1, host
// paths live under /tmp/<prefix>, long-running containers use init=true.
const prefix = process.argv[2];
const client = docker.from_env();
const write = (s) => process.stdout.write(s);
let n = 0;
const create = (kw) => {
  n++;
  kw.name = prefix + "-c" + n;
  return client.containers.create("busybox", "true", kw);
};
const run = (cmd, kw) => {
  n++;
  kw.name = prefix + "-r" + n;
  kw.remove = true;
  return client.containers.run("busybox", cmd, kw);
};
const bindings = (c, port) => [
  c.attrs.HostConfig.PortBindings[port].map((b) => b.HostIp + ":" + b.HostPort).join(","),
  c.attrs.Config.ExposedPorts[port] !== undefined,
];

// ports: { '2222/tcp': 3333 }  (bound to 127.0.0.1: ('127.0.0.1', 3333))
print("ports", ...bindings(create({ports: {"2222/tcp": ["127.0.0.1", 3333]}}), "2222/tcp"));
// ports: { '2222/tcp': None }  (a random port on 127.0.0.1: ('127.0.0.1',))
print("ports", ...bindings(create({ports: {"2222/tcp": ["127.0.0.1"]}}), "2222/tcp"));
// ports: { '1111/tcp': ('127.0.0.1', 1111) }
print("ports", ...bindings(create({ports: {"1111/tcp": ["127.0.0.1", 1111]}}), "1111/tcp"));
// ports: { '1111/tcp': [1234, 4567] }  (each bound to 127.0.0.1)
print("ports", ...bindings(create({ports: {"1111/tcp": [["127.0.0.1", 1234], ["127.0.0.1", 4567]]}}), "1111/tcp"));
// ports: the key as an integer
print("ports", ...bindings(create({ports: {2222: ["127.0.0.1", 3333]}}), "2222/tcp"));
// the random port is published once the container runs
const web = client.containers.run("busybox", "sleep 30", {detach: true, init: true, name: prefix + "-web",
  ports: {"2222/tcp": ["127.0.0.1"]}});
web.reload();
const p = web.ports["2222/tcp"][0];
print("published", p.HostIp, /^\d+$/.test(p.HostPort));

// restart_policy: { "Name": "on-failure", "MaximumRetryCount": 5 }
const rp = create({restart_policy: {Name: "on-failure", MaximumRetryCount: 5}}).attrs.HostConfig.RestartPolicy;
print("restart_policy", rp.Name, rp.MaximumRetryCount);

// tmpfs: { '/mnt/vol2': '', '/mnt/vol1': 'size=3G,uid=1000' }
write(run("sh -c 'stat -c \"%n %u\" /mnt/vol2 /mnt/vol1; df -k /mnt/vol1 | tail -1 | awk \"{print \\$2}\"'",
  {tmpfs: {"/mnt/vol2": "", "/mnt/vol1": "size=3G,uid=1000"}}));

// volumes: {'/home/user1/': {'bind': '/mnt/vol2', 'mode': 'rw'},
//           '/var/www': {'bind': '/mnt/vol1', 'mode': 'ro'}}
const host = "/tmp/" + prefix;
write(run(["sh", "-c", "echo hi > /mnt/vol2/f && cat /mnt/vol2/f; touch /mnt/vol1/f 2>/dev/null || echo vol1 read-only"],
  {volumes: {[host + "/home/user1/"]: {bind: "/mnt/vol2", mode: "rw"},
             [host + "/var/www"]: {bind: "/mnt/vol1", mode: "ro"}}}));
// volumes as a list
write(run("cat /mnt/vol2/f", {volumes: [host + "/home/user1/:/mnt/vol2:ro"]}));

// labels: {"label1": "value1", "label2": "value2"}
let l = create({labels: {label1: "value1", label2: "value2"}}).labels;
print("labels", l.label1, l.label2);
// labels: ["label1", "label2"]
l = create({labels: ["label1", "label2"]}).labels;
print("labels", l.label1 === "", l.label2 === "");

// environment: ["SOMEVARIABLE=xxx"], or as a dictionary
write(run("sh -c 'echo $SOMEVARIABLE'", {environment: ["SOMEVARIABLE=xxx"]}));
write(run("sh -c 'echo $SOMEVARIABLE'", {environment: {SOMEVARIABLE: "xxx"}}));

// cap_add: ["SYS_ADMIN", "MKNOD"]
print("cap_add", create({cap_add: ["SYS_ADMIN", "MKNOD"]}).attrs.HostConfig.CapAdd.join(","));

// devices: /dev/sda:/dev/xvda:rwm
const d = create({devices: ["/dev/sda:/dev/xvda:rwm"]}).attrs.HostConfig.Devices[0];
print("devices", d.PathOnHost, d.PathInContainer, d.CgroupPermissions);

// blkio_weight_device: [{"Path": "device_path", "Weight": weight}]
// (this kernel discards weight devices, so the request is checked as built)
const wd = client.api.create_host_config({blkio_weight_device: [{Path: "/dev/null", Weight: 500}]}).BlkioWeightDevice[0];
print("blkio_weight_device", wd.Path, wd.Weight);
// device_read_bps: [{"Path": "device_path", "Rate": rate}]  (a device this machine has)
const bps = create({device_read_bps: [{Path: "/dev/null", Rate: 1048576}]}).attrs.HostConfig.BlkioDeviceReadBps[0];
print("device_read_bps", bps.Path, bps.Rate);

// mem_limit: 100000b, 1000k, 128m, 1g (the daemon refuses less than 6 MB, so
// the small ones are checked as built)
for (const v of ["100000b", "1000k"]) print("mem_limit", v, client.api.create_host_config({mem_limit: v}).Memory);
for (const v of ["128m", "1g"]) print("mem_limit", v, create({mem_limit: v}).attrs.HostConfig.Memory);
// shm_size: 1G
print("shm_size", create({shm_size: "1G"}).attrs.HostConfig.ShmSize);
// stop_signal: SIGINT
print("stop_signal", create({stop_signal: "SIGINT"}).attrs.Config.StopSignal);
// pids_limit: -1 for unlimited
const pl = create({pids_limit: -1}).attrs.HostConfig.PidsLimit;
print("pids_limit", client.api.create_host_config({pids_limit: -1}).PidsLimit, pl == null || pl <= 0);

// network_mode: none, bridge, container:<name|id>, host
write(run("ls /sys/class/net", {network_mode: "none"}));
write(run("ls /sys/class/net", {network_mode: "bridge"}));
print("container:", run("hostname", {network_mode: "container:" + web.name}) === web.id.slice(0, 12) + "\n");
print("host", create({network_mode: "host"}).attrs.HostConfig.NetworkMode);

// links: {'container': 'alias'}
write(run(["sh", "-c", "grep -c alias /etc/hosts"], {links: {[web.name]: "alias"}}));

// mounts: a list of docker.types.Mount objects
write(run("sh -c 'echo m > /data/f; cat /data/f'",
  {mounts: [docker.types.Mount("/data", host + "/home/user1", {type: "bind"})]}));

web.remove({force: true});
// remove what the volumes created on the host
run(["rm", "-rf", "/hosttmp/" + prefix], {volumes: {"/tmp": {bind: "/hosttmp", mode: "rw"}}});
for (const c of client.containers.list({all: true, filters: {name: prefix}})) c.remove();
print("left", client.containers.list({all: true, filters: {name: prefix}}).length);
