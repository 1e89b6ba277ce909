---@meta
-- lua-language-server annotations for dscript's Lua API. Generated from the
-- method descriptions in bindings/ (make docs); do not edit.
--
-- Keyword arguments go in a trailing table, under docker-py's names.

---An iterator over a stream (logs, events, archive chunks): for chunk in it do ... end; it:close() stops early.
---@class DScriptIterator
---@overload fun(): any
local DScriptIterator = {}
---Stops the stream.
function DScriptIterator:close() end

---An exception raised by dscript, of one of docker-py's classes.
---@class DScriptError
---@field class string
---@field message string

---The low-level client: one method per Engine API operation (docker-py's APIClient).
---@class APIClient
local APIClient = {}

---Check that the daemon answers; returns true.
---@return any
function APIClient:ping() end

---Keyword arguments of APIClient.version.
---@class APIClient.version.opts
---@field api_version? boolean Include the API version in the request path.

---The daemon's version information.
---@param api_version? boolean Include the API version in the request path.
---@param opts? APIClient.version.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.version.opts): any
---@return any
function APIClient:version(api_version, opts) end

---System-wide information about the daemon.
---@return any
function APIClient:info() end

---Keyword arguments of APIClient.containers.
---@class APIClient.containers.opts
---@field quiet? boolean Only return IDs.
---@field all? boolean Include stopped containers.
---@field trunc? boolean Truncate IDs.
---@field latest? boolean Only the latest created container.
---@field since? string Only containers created after this one.
---@field before? string Only containers created before this one.
---@field limit? integer At most this many containers.
---@field size? boolean Include sizes.
---@field filters? table<string, any> Filters such as {status="running"}.

---List containers as the daemon reports them.
---@param quiet? boolean Only return IDs.
---@param all? boolean Include stopped containers.
---@param trunc? boolean Truncate IDs.
---@param latest? boolean Only the latest created container.
---@param since? string Only containers created after this one.
---@param before? string Only containers created before this one.
---@param limit? integer At most this many containers.
---@param size? boolean Include sizes.
---@param filters? table<string, any> Filters such as {status="running"}.
---@param opts? APIClient.containers.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, limit?: integer, opts?: APIClient.containers.opts): any
---@overload fun(self: APIClient, quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, limit?: integer, size?: boolean, opts?: APIClient.containers.opts): any
---@return any
function APIClient:containers(quiet, all, trunc, latest, since, before, limit, size, filters, opts) end

---Keyword arguments of APIClient.inspect_container.
---@class APIClient.inspect_container.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Inspect a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.inspect_container.opts keyword arguments
---@return any
function APIClient:inspect_container(container, opts) end

---Keyword arguments of APIClient.create_container.
---@class APIClient.create_container.opts
---@field image? string The image to run.
---@field command? string|any[] The command to run (str or list).
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@field volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@field labels? table<string, any>|any[] Labels: a dict or a list of names.
---@field entrypoint? string|any[] The entrypoint (str or list).
---@field working_dir? string The working directory inside the container.
---@field hostname? string The container's host name.
---@field domainname? string The container's domain name.
---@field user? string|integer User (name or UID) to run as.
---@field tty? boolean Allocate a pseudo-TTY.
---@field stdin_open? boolean Keep STDIN open.
---@field detach? boolean Run in the background and return the Container (run).
---@field stop_signal? string The signal that stops the container.
---@field stop_timeout? integer Seconds to wait for the stop signal before killing.
---@field healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@field mac_address? string MAC address of the container.
---@field network_disabled? boolean Disable networking.
---@field network? string Name of the network to connect the container to at creation.
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field auto_remove? boolean Remove the container when it exits (daemon side).
---@field blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@field blkio_weight? integer Relative block IO weight, 10 to 1000.
---@field cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@field cap_drop? string[] Kernel capabilities to drop.
---@field cgroup_parent? string Parent cgroup of the container.
---@field cgroupns? string Cgroup namespace mode: private or host.
---@field cpu_count? integer Number of usable CPUs (Windows).
---@field cpu_percent? integer Usable percentage of the CPUs (Windows).
---@field cpu_period? integer Length of a CPU period in microseconds.
---@field cpu_quota? integer Microseconds of CPU time per period.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@field cpuset_mems? string Memory nodes to use (NUMA).
---@field cpu_rt_period? integer CPU real-time period in microseconds.
---@field cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@field device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@field device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@field device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@field device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@field device_write_iops? any[] Write IO-per-second limits.
---@field devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@field device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@field dns_opt? string[] resolv.conf options.
---@field dns_search? string[] DNS search domains.
---@field dns? string[] DNS servers.
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@field group_add? string[] Additional groups (names or IDs).
---@field init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@field init_path? string Path to docker-init (API < 1.29 only).
---@field ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@field isolation? string Isolation technology (Windows).
---@field kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@field lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@field mem_swappiness? integer Memory swappiness, 0 to 100.
---@field memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@field mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@field nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@field network_mode? string Network mode: bridge, host, none, container:<name>.
---@field oom_kill_disable? boolean Disable the OOM killer.
---@field oom_score_adj? integer OOM score adjustment.
---@field pid_mode? string PID namespace: host or container:<name>.
---@field pids_limit? integer Maximum number of processes (-1: unlimited).
---@field privileged? boolean Give extended privileges.
---@field publish_all_ports? boolean Publish every exposed port to a random host port.
---@field read_only? boolean Mount the root filesystem read-only.
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@field security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@field shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@field storage_opt? table<string, string> Storage driver options.
---@field sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@field tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@field ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@field userns_mode? string User namespace mode: host.
---@field uts_mode? string UTS namespace mode: host.
---@field version? string API version (accepted for docker-py compatibility).
---@field volume_driver? string Volume driver for the container's volumes.
---@field volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@field runtime? string OCI runtime to run the container with.
---@field name? string A name for the container.
---@field platform? string Platform of the image (os[/arch[/variant]]).
---@field use_config_proxy? boolean Accepted for docker-py compatibility; proxy settings are not injected.
---@field host_config? table<string, any> A HostConfig dict (from create_host_config).

---Create a container; returns {Id, Warnings}.
---@param image string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param opts? APIClient.create_container.opts keyword arguments
---@overload fun(self: APIClient, image: string, opts?: APIClient.create_container.opts): any
---@return any
function APIClient:create_container(image, command, opts) end

---Keyword arguments of APIClient.start.
---@class APIClient.start.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Start a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.start.opts keyword arguments
---@return any
function APIClient:start(container, opts) end

---Keyword arguments of APIClient.stop.
---@class APIClient.stop.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field timeout? integer Seconds to wait before killing.

---Stop a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param timeout? integer Seconds to wait before killing.
---@param opts? APIClient.stop.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.stop.opts): any
---@return any
function APIClient:stop(container, timeout, opts) end

---Keyword arguments of APIClient.kill.
---@class APIClient.kill.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field signal? string|integer Signal to send (default SIGKILL).

---Kill a container or send it a signal.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param signal? string|integer Signal to send (default SIGKILL).
---@param opts? APIClient.kill.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.kill.opts): any
---@return any
function APIClient:kill(container, signal, opts) end

---Keyword arguments of APIClient.wait.
---@class APIClient.wait.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field timeout? number Seconds to wait at most.
---@field condition? string not-running (default), next-exit or removed.

---Block until a container stops; returns {StatusCode, Error}.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.wait.opts keyword arguments
---@return any
function APIClient:wait(container, opts) end

---Keyword arguments of APIClient.remove_container.
---@class APIClient.remove_container.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field v? boolean Remove the container's anonymous volumes.
---@field link? boolean Remove the link, not the container.
---@field force? boolean Kill a running container first.

---Remove a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.remove_container.opts keyword arguments
---@return any
function APIClient:remove_container(container, opts) end

---Keyword arguments of APIClient.logs.
---@class APIClient.logs.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field stream? boolean Return an iterator of chunks instead of all the logs.
---@field timestamps? boolean Prefix each line with its timestamp.
---@field tail? string|integer Only the last N lines ("all" for every line).
---@field since? integer|string|number|string Only logs since this time (Unix seconds, RFC 3339 or Date).
---@field follow? boolean Keep streaming new output (default: the value of stream).
---@field until? integer|string|number|string Only logs before this time.

---A container's logs: bytes, or an iterator with stream=true.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.logs.opts keyword arguments
---@return any|DScriptIterator
function APIClient:logs(container, opts) end

---Keyword arguments of APIClient.images.
---@class APIClient.images.opts
---@field name? string Only images of this repository.
---@field quiet? boolean Only return IDs.
---@field all? boolean Include intermediate images.
---@field filters? table<string, any> Filters such as {dangling=true}.

---List images as the daemon reports them.
---@param name? string Only images of this repository.
---@param quiet? boolean Only return IDs.
---@param all? boolean Include intermediate images.
---@param filters? table<string, any> Filters such as {dangling=true}.
---@param opts? APIClient.images.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.images.opts): any
---@overload fun(self: APIClient, name?: string, opts?: APIClient.images.opts): any
---@overload fun(self: APIClient, name?: string, quiet?: boolean, opts?: APIClient.images.opts): any
---@overload fun(self: APIClient, name?: string, quiet?: boolean, all?: boolean, opts?: APIClient.images.opts): any
---@return any
function APIClient:images(name, quiet, all, filters, opts) end

---Keyword arguments of APIClient.inspect_image.
---@class APIClient.inspect_image.opts
---@field image? string|table The image (object, ID or name).

---Inspect an image.
---@param image string|table The image (object, ID or name).
---@param opts? APIClient.inspect_image.opts keyword arguments
---@return any
function APIClient:inspect_image(image, opts) end

---Keyword arguments of APIClient.archive_stat.
---@class APIClient.archive_stat.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field path? string Path of the file or directory in the container.

---The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param path string Path of the file or directory in the container.
---@param opts? APIClient.archive_stat.opts keyword arguments
---@return any
function APIClient:archive_stat(container, path, opts) end

---Keyword arguments of APIClient.create_host_config.
---@class APIClient.create_host_config.opts
---@field binds? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro"}.
---@field port_bindings? table<string, any> Port bindings: {["80/tcp"] = 8080} and the other ports forms.
---@field auto_remove? boolean Remove the container when it exits (daemon side).
---@field blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@field blkio_weight? integer Relative block IO weight, 10 to 1000.
---@field cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@field cap_drop? string[] Kernel capabilities to drop.
---@field cgroup_parent? string Parent cgroup of the container.
---@field cgroupns? string Cgroup namespace mode: private or host.
---@field cpu_count? integer Number of usable CPUs (Windows).
---@field cpu_percent? integer Usable percentage of the CPUs (Windows).
---@field cpu_period? integer Length of a CPU period in microseconds.
---@field cpu_quota? integer Microseconds of CPU time per period.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@field cpuset_mems? string Memory nodes to use (NUMA).
---@field cpu_rt_period? integer CPU real-time period in microseconds.
---@field cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@field device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@field device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@field device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@field device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@field device_write_iops? any[] Write IO-per-second limits.
---@field devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@field device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@field dns_opt? string[] resolv.conf options.
---@field dns_search? string[] DNS search domains.
---@field dns? string[] DNS servers.
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@field group_add? string[] Additional groups (names or IDs).
---@field init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@field init_path? string Path to docker-init (API < 1.29 only).
---@field ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@field isolation? string Isolation technology (Windows).
---@field kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@field lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@field mem_swappiness? integer Memory swappiness, 0 to 100.
---@field memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@field mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@field nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@field network_mode? string Network mode: bridge, host, none, container:<name>.
---@field oom_kill_disable? boolean Disable the OOM killer.
---@field oom_score_adj? integer OOM score adjustment.
---@field pid_mode? string PID namespace: host or container:<name>.
---@field pids_limit? integer Maximum number of processes (-1: unlimited).
---@field privileged? boolean Give extended privileges.
---@field publish_all_ports? boolean Publish every exposed port to a random host port.
---@field read_only? boolean Mount the root filesystem read-only.
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@field security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@field shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@field storage_opt? table<string, string> Storage driver options.
---@field sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@field tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@field ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@field userns_mode? string User namespace mode: host.
---@field uts_mode? string UTS namespace mode: host.
---@field version? string API version (accepted for docker-py compatibility).
---@field volume_driver? string Volume driver for the container's volumes.
---@field volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@field runtime? string OCI runtime to run the container with.

---Build a HostConfig dict for create_container(host_config=...).
---@param opts? APIClient.create_host_config.opts keyword arguments
---@return any
function APIClient:create_host_config(opts) end

---Keyword arguments of APIClient.create_networking_config.
---@class APIClient.create_networking_config.opts
---@field endpoints_config? table<string, any> Endpoint settings per network: {net = api:create_endpoint_config{...}}.

---Build a NetworkingConfig dict for create_container(networking_config=...).
---@param endpoints_config? table<string, any> Endpoint settings per network: {net = api:create_endpoint_config{...}}.
---@param opts? APIClient.create_networking_config.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.create_networking_config.opts): any
---@return any
function APIClient:create_networking_config(endpoints_config, opts) end

---Keyword arguments of APIClient.create_endpoint_config.
---@class APIClient.create_endpoint_config.opts
---@field aliases? string[] Network-scoped aliases of the container.
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field ipv4_address? string IPv4 address on the network.
---@field ipv6_address? string IPv6 address on the network.
---@field link_local_ips? string[] Link-local addresses.
---@field driver_opt? table<string, string> Driver options of the endpoint.
---@field mac_address? string MAC address on the network.

---Build an EndpointConfig dict for create_networking_config().
---@param aliases? string[] Network-scoped aliases of the container.
---@param links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@param ipv4_address? string IPv4 address on the network.
---@param ipv6_address? string IPv6 address on the network.
---@param link_local_ips? string[] Link-local addresses.
---@param driver_opt? table<string, string> Driver options of the endpoint.
---@param mac_address? string MAC address on the network.
---@param opts? APIClient.create_endpoint_config.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], links?: table<string, any>|any[], opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, link_local_ips?: string[], opts?: APIClient.create_endpoint_config.opts): any
---@overload fun(self: APIClient, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, link_local_ips?: string[], driver_opt?: table<string, string>, opts?: APIClient.create_endpoint_config.opts): any
---@return any
function APIClient:create_endpoint_config(aliases, links, ipv4_address, ipv6_address, link_local_ips, driver_opt, mac_address, opts) end

---Keyword arguments of APIClient.attach.
---@class APIClient.attach.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field stream? boolean Return an iterator of chunks as they arrive instead of all the output.
---@field logs? boolean Include the output written before attaching.
---@field demux? boolean Separate stdout and stderr: (stdout, stderr) pairs.

---Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param stdout? boolean Include stdout.
---@param stderr? boolean Include stderr.
---@param stream? boolean Return an iterator of chunks as they arrive instead of all the output.
---@param logs? boolean Include the output written before attaching.
---@param demux? boolean Separate stdout and stderr: (stdout, stderr) pairs.
---@param opts? APIClient.attach.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.attach.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, opts?: APIClient.attach.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, opts?: APIClient.attach.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, opts?: APIClient.attach.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, logs?: boolean, opts?: APIClient.attach.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:attach(container, stdout, stderr, stream, logs, demux, opts) end

---Keyword arguments of APIClient.attach_socket.
---@class APIClient.attach_socket.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field params? table<string, any> Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}).
---@field ws? boolean Attach over a websocket instead of a hijacked HTTP connection.

---Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks).
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param params? table<string, any> Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}).
---@param ws? boolean Attach over a websocket instead of a hijacked HTTP connection.
---@param opts? APIClient.attach_socket.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.attach_socket.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, params?: table<string, any>, opts?: APIClient.attach_socket.opts): any
---@return any
function APIClient:attach_socket(container, params, ws, opts) end

---Keyword arguments of APIClient.commit.
---@class APIClient.commit.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field repository? string Repository of the new image.
---@field tag? string Tag of the new image.
---@field message? string Commit message.
---@field author? string Author of the image.
---@field pause? boolean Pause the container while committing.
---@field changes? string|any[] Dockerfile instructions to apply, e.g. 'CMD ["sh"]'.
---@field conf? table<string, any> Container configuration of the image.

---Commit a container to an image; returns the daemon's answer {Id}.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param repository? string Repository of the new image.
---@param tag? string Tag of the new image.
---@param message? string Commit message.
---@param author? string Author of the image.
---@param pause? boolean Pause the container while committing.
---@param changes? string|any[] Dockerfile instructions to apply, e.g. 'CMD ["sh"]'.
---@param conf? table<string, any> Container configuration of the image.
---@param opts? APIClient.commit.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, tag?: string, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, tag?: string, message?: string, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, tag?: string, message?: string, author?: string, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, tag?: string, message?: string, author?: string, pause?: boolean, opts?: APIClient.commit.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, repository?: string, tag?: string, message?: string, author?: string, pause?: boolean, changes?: string|any[], opts?: APIClient.commit.opts): any
---@return any
function APIClient:commit(container, repository, tag, message, author, pause, changes, conf, opts) end

---Keyword arguments of APIClient.export.
---@class APIClient.export.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field chunk_size? integer Bytes per chunk of the iterator.

---A container's filesystem as a tar archive: an iterator of bytes chunks.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param opts? APIClient.export.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.export.opts): DScriptIterator
---@return DScriptIterator
function APIClient:export(container, chunk_size, opts) end

---Keyword arguments of APIClient.get_archive.
---@class APIClient.get_archive.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field path? string Path of the file or directory in the container.
---@field chunk_size? integer Bytes per chunk of the iterator.
---@field encode_stream? boolean Decode an HTTP content encoding of the answer (the daemon sends none).

---A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict).
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param path string Path of the file or directory in the container.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param encode_stream? boolean Decode an HTTP content encoding of the answer (the daemon sends none).
---@param opts? APIClient.get_archive.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, path: string, opts?: APIClient.get_archive.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, path: string, chunk_size?: integer, opts?: APIClient.get_archive.opts): any
---@return any
function APIClient:get_archive(container, path, chunk_size, encode_stream, opts) end

---Keyword arguments of APIClient.put_archive.
---@class APIClient.put_archive.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field path? string Directory in the container to extract into (it must exist).
---@field data? string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.

---Extract a tar archive into a directory of a container; returns true.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param path string Directory in the container to extract into (it must exist).
---@param data string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.
---@param opts? APIClient.put_archive.opts keyword arguments
---@return any
function APIClient:put_archive(container, path, data, opts) end

---Keyword arguments of APIClient.stats.
---@class APIClient.stats.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field decode? boolean Yield decoded dicts instead of JSON text (stream=true only).
---@field stream? boolean An iterator of samples (one a second); false returns one dict.
---@field one_shot? boolean Answer at once without the second sample for precpu_stats (stream=false only).

---A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param decode? boolean Yield decoded dicts instead of JSON text (stream=true only).
---@param stream? boolean An iterator of samples (one a second); false returns one dict.
---@param one_shot? boolean Answer at once without the second sample for precpu_stats (stream=false only).
---@param opts? APIClient.stats.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.stats.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, decode?: boolean, opts?: APIClient.stats.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, decode?: boolean, stream?: boolean, opts?: APIClient.stats.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:stats(container, decode, stream, one_shot, opts) end

---Keyword arguments of APIClient.create_container_config.
---@class APIClient.create_container_config.opts
---@field image? string The image to run.
---@field command? string|any[] The command to run (str or list).
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@field volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@field labels? table<string, any>|any[] Labels: a dict or a list of names.
---@field entrypoint? string|any[] The entrypoint (str or list).
---@field working_dir? string The working directory inside the container.
---@field hostname? string The container's host name.
---@field domainname? string The container's domain name.
---@field user? string|integer User (name or UID) to run as.
---@field tty? boolean Allocate a pseudo-TTY.
---@field stdin_open? boolean Keep STDIN open.
---@field detach? boolean Run in the background and return the Container (run).
---@field stop_signal? string The signal that stops the container.
---@field stop_timeout? integer Seconds to wait for the stop signal before killing.
---@field healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@field mac_address? string MAC address of the container.
---@field network_disabled? boolean Disable networking.
---@field network? string Name of the network to connect the container to at creation.
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field auto_remove? boolean Remove the container when it exits (daemon side).
---@field blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@field blkio_weight? integer Relative block IO weight, 10 to 1000.
---@field cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@field cap_drop? string[] Kernel capabilities to drop.
---@field cgroup_parent? string Parent cgroup of the container.
---@field cgroupns? string Cgroup namespace mode: private or host.
---@field cpu_count? integer Number of usable CPUs (Windows).
---@field cpu_percent? integer Usable percentage of the CPUs (Windows).
---@field cpu_period? integer Length of a CPU period in microseconds.
---@field cpu_quota? integer Microseconds of CPU time per period.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@field cpuset_mems? string Memory nodes to use (NUMA).
---@field cpu_rt_period? integer CPU real-time period in microseconds.
---@field cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@field device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@field device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@field device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@field device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@field device_write_iops? any[] Write IO-per-second limits.
---@field devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@field device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@field dns_opt? string[] resolv.conf options.
---@field dns_search? string[] DNS search domains.
---@field dns? string[] DNS servers.
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@field group_add? string[] Additional groups (names or IDs).
---@field init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@field init_path? string Path to docker-init (API < 1.29 only).
---@field ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@field isolation? string Isolation technology (Windows).
---@field kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@field lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@field mem_swappiness? integer Memory swappiness, 0 to 100.
---@field memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@field mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@field nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@field network_mode? string Network mode: bridge, host, none, container:<name>.
---@field oom_kill_disable? boolean Disable the OOM killer.
---@field oom_score_adj? integer OOM score adjustment.
---@field pid_mode? string PID namespace: host or container:<name>.
---@field pids_limit? integer Maximum number of processes (-1: unlimited).
---@field privileged? boolean Give extended privileges.
---@field publish_all_ports? boolean Publish every exposed port to a random host port.
---@field read_only? boolean Mount the root filesystem read-only.
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@field security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@field shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@field storage_opt? table<string, string> Storage driver options.
---@field sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@field tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@field ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@field userns_mode? string User namespace mode: host.
---@field uts_mode? string UTS namespace mode: host.
---@field version? string API version (accepted for docker-py compatibility).
---@field volume_driver? string Volume driver for the container's volumes.
---@field volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@field runtime? string OCI runtime to run the container with.
---@field host_config? table<string, any> A HostConfig dict (from create_host_config).

---The container configuration dict that create_container would send (for create_container_from_config).
---@param image string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param opts? APIClient.create_container_config.opts keyword arguments
---@overload fun(self: APIClient, image: string, opts?: APIClient.create_container_config.opts): any
---@return any
function APIClient:create_container_config(image, command, opts) end

---Keyword arguments of APIClient.create_container_from_config.
---@class APIClient.create_container_from_config.opts
---@field config? table<string, any> The container configuration, e.g. from create_container_config.
---@field name? string A name for the container.
---@field platform? string Platform of the image (os[/arch[/variant]]).

---Create a container from a configuration dict (create_container_config's); returns {Id, Warnings}.
---@param config table<string, any> The container configuration, e.g. from create_container_config.
---@param name? string A name for the container.
---@param platform? string Platform of the image (os[/arch[/variant]]).
---@param opts? APIClient.create_container_from_config.opts keyword arguments
---@overload fun(self: APIClient, config: table<string, any>, opts?: APIClient.create_container_from_config.opts): any
---@overload fun(self: APIClient, config: table<string, any>, name?: string, opts?: APIClient.create_container_from_config.opts): any
---@return any
function APIClient:create_container_from_config(config, name, platform, opts) end

---Keyword arguments of APIClient.diff.
---@class APIClient.diff.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Changes to a container's filesystem: a list of {Path, Kind} (nil when none).
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.diff.opts keyword arguments
---@return any
function APIClient:diff(container, opts) end

---Keyword arguments of APIClient.pause.
---@class APIClient.pause.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Pause all processes of a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.pause.opts keyword arguments
---@return any
function APIClient:pause(container, opts) end

---Keyword arguments of APIClient.unpause.
---@class APIClient.unpause.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Resume the processes of a paused container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.unpause.opts keyword arguments
---@return any
function APIClient:unpause(container, opts) end

---Keyword arguments of APIClient.rename.
---@class APIClient.rename.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field name? string The new name.

---Rename a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param name string The new name.
---@param opts? APIClient.rename.opts keyword arguments
---@return any
function APIClient:rename(container, name, opts) end

---Keyword arguments of APIClient.resize.
---@class APIClient.resize.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field height? integer Rows of the TTY.
---@field width? integer Columns of the TTY.

---Resize a container's TTY.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param height integer Rows of the TTY.
---@param width integer Columns of the TTY.
---@param opts? APIClient.resize.opts keyword arguments
---@return any
function APIClient:resize(container, height, width, opts) end

---Keyword arguments of APIClient.restart.
---@class APIClient.restart.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field timeout? integer Seconds to wait before killing.

---Restart a container (stop with timeout, then start).
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param timeout? integer Seconds to wait before killing.
---@param opts? APIClient.restart.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.restart.opts): any
---@return any
function APIClient:restart(container, timeout, opts) end

---Keyword arguments of APIClient.top.
---@class APIClient.top.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field ps_args? string Arguments of ps, e.g. "aux".

---The processes of a container: {Titles, Processes}.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param ps_args? string Arguments of ps, e.g. "aux".
---@param opts? APIClient.top.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.top.opts): any
---@return any
function APIClient:top(container, ps_args, opts) end

---Keyword arguments of APIClient.update_container.
---@class APIClient.update_container.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field blkio_weight? integer Block IO weight (10-1000).
---@field cpu_period? integer CPU CFS period in microseconds.
---@field cpu_quota? integer CPU CFS quota in microseconds.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs allowed, e.g. "0-3".
---@field cpuset_mems? string Memory nodes allowed, e.g. "0,1".
---@field mem_limit? integer|string Memory limit: bytes, or a string such as "512m".
---@field mem_reservation? integer|string Memory soft limit: bytes or "256m".
---@field memswap_limit? integer|string Memory plus swap limit (-1: unlimited swap).
---@field kernel_memory? integer|string Kernel memory limit: bytes or "64m".
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name="on-failure", MaximumRetryCount=3}.

---Update a container's resource limits and restart policy; returns {Warnings}.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param blkio_weight? integer Block IO weight (10-1000).
---@param cpu_period? integer CPU CFS period in microseconds.
---@param cpu_quota? integer CPU CFS quota in microseconds.
---@param cpu_shares? integer CPU shares (relative weight).
---@param cpuset_cpus? string CPUs allowed, e.g. "0-3".
---@param cpuset_mems? string Memory nodes allowed, e.g. "0,1".
---@param mem_limit? integer|string Memory limit: bytes, or a string such as "512m".
---@param mem_reservation? integer|string Memory soft limit: bytes or "256m".
---@param memswap_limit? integer|string Memory plus swap limit (-1: unlimited swap).
---@param kernel_memory? integer|string Kernel memory limit: bytes or "64m".
---@param restart_policy? table<string, any>|RestartPolicy Restart policy: {Name="on-failure", MaximumRetryCount=3}.
---@param opts? APIClient.update_container.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, cpuset_mems?: string, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, cpuset_mems?: string, mem_limit?: integer|string, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, cpuset_mems?: string, mem_limit?: integer|string, mem_reservation?: integer|string, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, cpuset_mems?: string, mem_limit?: integer|string, mem_reservation?: integer|string, memswap_limit?: integer|string, opts?: APIClient.update_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, blkio_weight?: integer, cpu_period?: integer, cpu_quota?: integer, cpu_shares?: integer, cpuset_cpus?: string, cpuset_mems?: string, mem_limit?: integer|string, mem_reservation?: integer|string, memswap_limit?: integer|string, kernel_memory?: integer|string, opts?: APIClient.update_container.opts): any
---@return any
function APIClient:update_container(container, blkio_weight, cpu_period, cpu_quota, cpu_shares, cpuset_cpus, cpuset_mems, mem_limit, mem_reservation, memswap_limit, kernel_memory, restart_policy, opts) end

---Keyword arguments of APIClient.port.
---@class APIClient.port.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field private_port? string|integer The container port: 80 (tcp, then udp) or "53/udp".

---The host bindings of a container port: a list of {HostIp, HostPort}, or nil.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param private_port string|integer The container port: 80 (tcp, then udp) or "53/udp".
---@param opts? APIClient.port.opts keyword arguments
---@return any
function APIClient:port(container, private_port, opts) end

---Keyword arguments of APIClient.prune_containers.
---@class APIClient.prune_containers.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? APIClient.prune_containers.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_containers.opts): any
---@return any
function APIClient:prune_containers(filters, opts) end

---Keyword arguments of APIClient.exec_create.
---@class APIClient.exec_create.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field cmd? string|any[] The command: a string (split like a shell) or a list.
---@field stdout? boolean Attach stdout.
---@field stderr? boolean Attach stderr.
---@field stdin? boolean Attach stdin.
---@field tty? boolean Allocate a pseudo-TTY.
---@field privileged? boolean Run with extended privileges.
---@field user? string User to run as (user, user:group, uid...).
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field workdir? string Working directory of the command.
---@field detach_keys? string Key sequence that detaches, e.g. "ctrl-p,ctrl-q".

---Set up a command to run in a running container; returns {Id}.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param cmd string|any[] The command: a string (split like a shell) or a list.
---@param stdout? boolean Attach stdout.
---@param stderr? boolean Attach stderr.
---@param stdin? boolean Attach stdin.
---@param tty? boolean Allocate a pseudo-TTY.
---@param privileged? boolean Run with extended privileges.
---@param user? string User to run as (user, user:group, uid...).
---@param environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@param workdir? string Working directory of the command.
---@param detach_keys? string Key sequence that detaches, e.g. "ctrl-p,ctrl-q".
---@param opts? APIClient.exec_create.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: table<string, any>|any[], opts?: APIClient.exec_create.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: table<string, any>|any[], workdir?: string, opts?: APIClient.exec_create.opts): any
---@return any
function APIClient:exec_create(container, cmd, stdout, stderr, stdin, tty, privileged, user, environment, workdir, detach_keys, opts) end

---Keyword arguments of APIClient.exec_inspect.
---@class APIClient.exec_inspect.opts
---@field exec_id? string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.

---Inspect an exec instance: Running, ExitCode, ProcessConfig, ...
---@param exec_id string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.
---@param opts? APIClient.exec_inspect.opts keyword arguments
---@return any
function APIClient:exec_inspect(exec_id, opts) end

---Keyword arguments of APIClient.exec_resize.
---@class APIClient.exec_resize.opts
---@field exec_id? string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.
---@field height? integer Rows of the TTY.
---@field width? integer Columns of the TTY.

---Resize the TTY of a running exec instance.
---@param exec_id string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.
---@param height? integer Rows of the TTY.
---@param width? integer Columns of the TTY.
---@param opts? APIClient.exec_resize.opts keyword arguments
---@overload fun(self: APIClient, exec_id: string|table<string, any>, opts?: APIClient.exec_resize.opts): any
---@overload fun(self: APIClient, exec_id: string|table<string, any>, height?: integer, opts?: APIClient.exec_resize.opts): any
---@return any
function APIClient:exec_resize(exec_id, height, width, opts) end

---Keyword arguments of APIClient.exec_start.
---@class APIClient.exec_start.opts
---@field exec_id? string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.
---@field detach? boolean Start the command and return at once.
---@field tty? boolean The exec has a pseudo-TTY (its output is not multiplexed).
---@field stream? boolean Return an iterator of output chunks.
---@field socket? boolean Return the connection as a Socket (read, write, close_write, close).
---@field demux? boolean Separate stdout and stderr: (stdout, stderr).

---Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach).
---@param exec_id string|table<string, any> The exec instance: its ID, or the {Id} dict from exec_create.
---@param detach? boolean Start the command and return at once.
---@param tty? boolean The exec has a pseudo-TTY (its output is not multiplexed).
---@param stream? boolean Return an iterator of output chunks.
---@param socket? boolean Return the connection as a Socket (read, write, close_write, close).
---@param demux? boolean Separate stdout and stderr: (stdout, stderr).
---@param opts? APIClient.exec_start.opts keyword arguments
---@overload fun(self: APIClient, exec_id: string|table<string, any>, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>, detach?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>, detach?: boolean, tty?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:exec_start(exec_id, detach, tty, stream, socket, demux, opts) end

---A container (docker-py's Container model).
---@class Container
---@field id any The container's full ID.
---@field short_id any The first 12 characters of the ID.
---@field name any The container's name, without the leading slash.
---@field status any The status: created, running, exited, ...
---@field attrs any The daemon's inspect answer.
---@field labels any The container's labels.
---@field ports any The published ports: NetworkSettings.Ports, {["80/tcp"]={{HostIp=..., HostPort=...}}}.
---@field image Image The container's Image.
---@field health any The healthcheck status: starting, healthy, unhealthy, or "unknown" without a healthcheck.
local Container = {}

---Refresh attrs from the daemon.
---@return any
function Container:reload() end

---Start the container.
---@return any
function Container:start() end

---Keyword arguments of Container.stop.
---@class Container.stop.opts
---@field timeout? integer Seconds to wait before killing (default 10).

---Stop the container (SIGTERM, then SIGKILL after timeout).
---@param timeout? integer Seconds to wait before killing (default 10).
---@param opts? Container.stop.opts keyword arguments
---@overload fun(self: Container, opts?: Container.stop.opts): any
---@return any
function Container:stop(timeout, opts) end

---Keyword arguments of Container.kill.
---@class Container.kill.opts
---@field signal? string|integer Signal to send (default SIGKILL).

---Kill the container or send it a signal.
---@param signal? string|integer Signal to send (default SIGKILL).
---@param opts? Container.kill.opts keyword arguments
---@overload fun(self: Container, opts?: Container.kill.opts): any
---@return any
function Container:kill(signal, opts) end

---Keyword arguments of Container.wait.
---@class Container.wait.opts
---@field timeout? number Seconds to wait at most.
---@field condition? string not-running (default), next-exit or removed.

---Block until the container stops; returns {StatusCode, Error}.
---@param opts? Container.wait.opts keyword arguments
---@return any
function Container:wait(opts) end

---Keyword arguments of Container.remove.
---@class Container.remove.opts
---@field v? boolean Remove the container's anonymous volumes.
---@field link? boolean Remove the link, not the container.
---@field force? boolean Kill a running container first.

---Remove the container.
---@param opts? Container.remove.opts keyword arguments
---@return any
function Container:remove(opts) end

---Keyword arguments of Container.logs.
---@class Container.logs.opts
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field stream? boolean Return an iterator of chunks instead of all the logs.
---@field timestamps? boolean Prefix each line with its timestamp.
---@field tail? string|integer Only the last N lines ("all" for every line).
---@field since? integer|string|number|string Only logs since this time (Unix seconds, RFC 3339 or Date).
---@field follow? boolean Keep streaming new output (default: the value of stream).
---@field until? integer|string|number|string Only logs before this time.

---The container's logs: a string, or an iterator with stream=true.
---@param opts? Container.logs.opts keyword arguments
---@return any|DScriptIterator
function Container:logs(opts) end

---Pause all processes of the container.
---@return any
function Container:pause() end

---Resume the processes of a paused container.
---@return any
function Container:unpause() end

---Keyword arguments of Container.restart.
---@class Container.restart.opts
---@field timeout? integer Seconds to wait before killing (default 10).

---Restart the container (stop with timeout, then start).
---@param timeout? integer Seconds to wait before killing (default 10).
---@param opts? Container.restart.opts keyword arguments
---@overload fun(self: Container, opts?: Container.restart.opts): any
---@return any
function Container:restart(timeout, opts) end

---Keyword arguments of Container.rename.
---@class Container.rename.opts
---@field name? string The new name.

---Rename the container.
---@param name string The new name.
---@param opts? Container.rename.opts keyword arguments
---@return any
function Container:rename(name, opts) end

---Keyword arguments of Container.resize.
---@class Container.resize.opts
---@field height? integer Rows of the TTY.
---@field width? integer Columns of the TTY.

---Resize the container's TTY.
---@param height integer Rows of the TTY.
---@param width integer Columns of the TTY.
---@param opts? Container.resize.opts keyword arguments
---@return any
function Container:resize(height, width, opts) end

---Keyword arguments of Container.top.
---@class Container.top.opts
---@field ps_args? string Arguments of ps, e.g. "aux".

---The processes of the container: {Titles, Processes}.
---@param ps_args? string Arguments of ps, e.g. "aux".
---@param opts? Container.top.opts keyword arguments
---@overload fun(self: Container, opts?: Container.top.opts): any
---@return any
function Container:top(ps_args, opts) end

---Changes to the filesystem: a list of {Path, Kind} (nil when none).
---@return any
function Container:diff() end

---Keyword arguments of Container.update.
---@class Container.update.opts
---@field blkio_weight? integer Block IO weight (10-1000).
---@field cpu_period? integer CPU CFS period in microseconds.
---@field cpu_quota? integer CPU CFS quota in microseconds.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs allowed, e.g. "0-3".
---@field cpuset_mems? string Memory nodes allowed, e.g. "0,1".
---@field mem_limit? integer|string Memory limit: bytes, or a string such as "512m".
---@field mem_reservation? integer|string Memory soft limit: bytes or "256m".
---@field memswap_limit? integer|string Memory plus swap limit (-1: unlimited swap).
---@field kernel_memory? integer|string Kernel memory limit: bytes or "64m".
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name="on-failure", MaximumRetryCount=3}.

---Update the container's resource limits and restart policy; returns {Warnings}.
---@param opts? Container.update.opts keyword arguments
---@return any
function Container:update(opts) end

---Keyword arguments of Container.exec_run.
---@class Container.exec_run.opts
---@field cmd? string|any[] The command: a string (split like a shell) or a list.
---@field stdout? boolean Attach stdout.
---@field stderr? boolean Attach stderr.
---@field stdin? boolean Attach stdin.
---@field tty? boolean Allocate a pseudo-TTY.
---@field privileged? boolean Run with extended privileges.
---@field user? string User to run as (user, user:group, uid...).
---@field detach? boolean Start the command and return at once.
---@field stream? boolean Output is an iterator of chunks.
---@field socket? boolean Output is the connection as a Socket (read, write, close_write, close, chunks); exit_code is nil.
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field workdir? string Working directory of the command.
---@field demux? boolean Separate stdout and stderr: output is {stdout, stderr}.

---Run a command in the container; returns an ExecResult (exit_code, output).
---@param cmd string|any[] The command: a string (split like a shell) or a list.
---@param opts? Container.exec_run.opts keyword arguments
---@return any
function Container:exec_run(cmd, opts) end

---Keyword arguments of Container.attach.
---@class Container.attach.opts
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field stream? boolean Return an iterator of chunks as they arrive instead of all the output.
---@field logs? boolean Include the output written before attaching.
---@field demux? boolean Separate stdout and stderr: (stdout, stderr) pairs.

---Attach to the container's output: a string, or an iterator with stream=true.
---@param opts? Container.attach.opts keyword arguments
---@return any|DScriptIterator
function Container:attach(opts) end

---Keyword arguments of Container.attach_socket.
---@class Container.attach_socket.opts
---@field params? table<string, any> Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}).
---@field ws? boolean Attach over a websocket instead of a hijacked HTTP connection.

---Attach and return the connection as a Socket (read, write, close_write, close).
---@param params? table<string, any> Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}).
---@param opts? Container.attach_socket.opts keyword arguments
---@overload fun(self: Container, opts?: Container.attach_socket.opts): any
---@return any
function Container:attach_socket(params, opts) end

---Keyword arguments of Container.export.
---@class Container.export.opts
---@field chunk_size? integer Bytes per chunk of the iterator.

---The container's filesystem as a tar archive: an iterator of bytes chunks.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param opts? Container.export.opts keyword arguments
---@overload fun(self: Container, opts?: Container.export.opts): DScriptIterator
---@return DScriptIterator
function Container:export(chunk_size, opts) end

---Keyword arguments of Container.get_archive.
---@class Container.get_archive.opts
---@field path? string Path of the file or directory in the container.
---@field chunk_size? integer Bytes per chunk of the iterator.
---@field encode_stream? boolean Decode an HTTP content encoding of the answer (the daemon sends none).

---A file or directory as a tar archive: (iterator of bytes chunks, stat dict).
---@param path string Path of the file or directory in the container.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param encode_stream? boolean Decode an HTTP content encoding of the answer (the daemon sends none).
---@param opts? Container.get_archive.opts keyword arguments
---@overload fun(self: Container, path: string, opts?: Container.get_archive.opts): any
---@overload fun(self: Container, path: string, chunk_size?: integer, opts?: Container.get_archive.opts): any
---@return any
function Container:get_archive(path, chunk_size, encode_stream, opts) end

---Keyword arguments of Container.put_archive.
---@class Container.put_archive.opts
---@field path? string Directory in the container to extract into (it must exist).
---@field data? string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.

---Extract a tar archive into a directory of the container; returns true.
---@param path string Directory in the container to extract into (it must exist).
---@param data string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.
---@param opts? Container.put_archive.opts keyword arguments
---@return any
function Container:put_archive(path, data, opts) end

---Keyword arguments of Container.stats.
---@class Container.stats.opts
---@field decode? boolean Yield decoded dicts instead of JSON text (stream=true only).
---@field stream? boolean An iterator of samples (one a second); false returns one dict.
---@field one_shot? boolean Answer at once without the second sample for precpu_stats (stream=false only).

---Resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false.
---@param opts? Container.stats.opts keyword arguments
---@return any|DScriptIterator
function Container:stats(opts) end

---Keyword arguments of Container.commit.
---@class Container.commit.opts
---@field repository? string Repository of the new image.
---@field tag? string Tag of the new image.
---@field message? string Commit message.
---@field author? string Author of the image.
---@field pause? boolean Pause the container while committing.
---@field changes? string|any[] Dockerfile instructions to apply, e.g. 'CMD ["sh"]'.
---@field conf? table<string, any> Container configuration of the image.

---Commit the container to an image; returns the Image.
---@param repository? string Repository of the new image.
---@param tag? string Tag of the new image.
---@param opts? Container.commit.opts keyword arguments
---@overload fun(self: Container, opts?: Container.commit.opts): any
---@overload fun(self: Container, repository?: string, opts?: Container.commit.opts): any
---@return any
function Container:commit(repository, tag, opts) end

---The containers of the daemon (client.containers).
---@class ContainerCollection
local ContainerCollection = {}

---Keyword arguments of ContainerCollection.prune.
---@class ContainerCollection.prune.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? ContainerCollection.prune.opts keyword arguments
---@overload fun(self: ContainerCollection, opts?: ContainerCollection.prune.opts): any
---@return any
function ContainerCollection:prune(filters, opts) end

---Keyword arguments of ContainerCollection.create.
---@class ContainerCollection.create.opts
---@field image? string The image to run.
---@field command? string|any[] The command to run (str or list).
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@field volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@field labels? table<string, any>|any[] Labels: a dict or a list of names.
---@field entrypoint? string|any[] The entrypoint (str or list).
---@field working_dir? string The working directory inside the container.
---@field hostname? string The container's host name.
---@field domainname? string The container's domain name.
---@field user? string|integer User (name or UID) to run as.
---@field tty? boolean Allocate a pseudo-TTY.
---@field stdin_open? boolean Keep STDIN open.
---@field detach? boolean Run in the background and return the Container (run).
---@field stop_signal? string The signal that stops the container.
---@field stop_timeout? integer Seconds to wait for the stop signal before killing.
---@field healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@field mac_address? string MAC address of the container.
---@field network_disabled? boolean Disable networking.
---@field network? string Name of the network to connect the container to at creation.
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field auto_remove? boolean Remove the container when it exits (daemon side).
---@field blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@field blkio_weight? integer Relative block IO weight, 10 to 1000.
---@field cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@field cap_drop? string[] Kernel capabilities to drop.
---@field cgroup_parent? string Parent cgroup of the container.
---@field cgroupns? string Cgroup namespace mode: private or host.
---@field cpu_count? integer Number of usable CPUs (Windows).
---@field cpu_percent? integer Usable percentage of the CPUs (Windows).
---@field cpu_period? integer Length of a CPU period in microseconds.
---@field cpu_quota? integer Microseconds of CPU time per period.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@field cpuset_mems? string Memory nodes to use (NUMA).
---@field cpu_rt_period? integer CPU real-time period in microseconds.
---@field cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@field device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@field device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@field device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@field device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@field device_write_iops? any[] Write IO-per-second limits.
---@field devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@field device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@field dns_opt? string[] resolv.conf options.
---@field dns_search? string[] DNS search domains.
---@field dns? string[] DNS servers.
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@field group_add? string[] Additional groups (names or IDs).
---@field init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@field init_path? string Path to docker-init (API < 1.29 only).
---@field ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@field isolation? string Isolation technology (Windows).
---@field kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@field lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@field mem_swappiness? integer Memory swappiness, 0 to 100.
---@field memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@field mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@field nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@field network_mode? string Network mode: bridge, host, none, container:<name>.
---@field oom_kill_disable? boolean Disable the OOM killer.
---@field oom_score_adj? integer OOM score adjustment.
---@field pid_mode? string PID namespace: host or container:<name>.
---@field pids_limit? integer Maximum number of processes (-1: unlimited).
---@field privileged? boolean Give extended privileges.
---@field publish_all_ports? boolean Publish every exposed port to a random host port.
---@field read_only? boolean Mount the root filesystem read-only.
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@field security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@field shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@field storage_opt? table<string, string> Storage driver options.
---@field sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@field tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@field ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@field userns_mode? string User namespace mode: host.
---@field uts_mode? string UTS namespace mode: host.
---@field version? string API version (accepted for docker-py compatibility).
---@field volume_driver? string Volume driver for the container's volumes.
---@field volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@field runtime? string OCI runtime to run the container with.
---@field name? string A name for the container.
---@field platform? string Platform of the image (os[/arch[/variant]]).
---@field use_config_proxy? boolean Accepted for docker-py compatibility; proxy settings are not injected.

---Create a container without starting it.
---@param image string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param opts? ContainerCollection.create.opts keyword arguments
---@overload fun(self: ContainerCollection, image: string, opts?: ContainerCollection.create.opts): Container
---@return Container
function ContainerCollection:create(image, command, opts) end

---Keyword arguments of ContainerCollection.run.
---@class ContainerCollection.run.opts
---@field image? string The image to run.
---@field command? string|any[] The command to run (str or list).
---@field environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@field ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@field volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@field labels? table<string, any>|any[] Labels: a dict or a list of names.
---@field entrypoint? string|any[] The entrypoint (str or list).
---@field working_dir? string The working directory inside the container.
---@field hostname? string The container's host name.
---@field domainname? string The container's domain name.
---@field user? string|integer User (name or UID) to run as.
---@field tty? boolean Allocate a pseudo-TTY.
---@field stdin_open? boolean Keep STDIN open.
---@field detach? boolean Run in the background and return the Container (run).
---@field stop_signal? string The signal that stops the container.
---@field stop_timeout? integer Seconds to wait for the stop signal before killing.
---@field healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@field mac_address? string MAC address of the container.
---@field network_disabled? boolean Disable networking.
---@field network? string Name of the network to connect the container to at creation.
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field auto_remove? boolean Remove the container when it exits (daemon side).
---@field blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@field blkio_weight? integer Relative block IO weight, 10 to 1000.
---@field cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@field cap_drop? string[] Kernel capabilities to drop.
---@field cgroup_parent? string Parent cgroup of the container.
---@field cgroupns? string Cgroup namespace mode: private or host.
---@field cpu_count? integer Number of usable CPUs (Windows).
---@field cpu_percent? integer Usable percentage of the CPUs (Windows).
---@field cpu_period? integer Length of a CPU period in microseconds.
---@field cpu_quota? integer Microseconds of CPU time per period.
---@field cpu_shares? integer CPU shares (relative weight).
---@field cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@field cpuset_mems? string Memory nodes to use (NUMA).
---@field cpu_rt_period? integer CPU real-time period in microseconds.
---@field cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@field device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@field device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@field device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@field device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@field device_write_iops? any[] Write IO-per-second limits.
---@field devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@field device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@field dns_opt? string[] resolv.conf options.
---@field dns_search? string[] DNS search domains.
---@field dns? string[] DNS servers.
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@field group_add? string[] Additional groups (names or IDs).
---@field init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@field init_path? string Path to docker-init (API < 1.29 only).
---@field ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@field isolation? string Isolation technology (Windows).
---@field kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@field lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@field mem_swappiness? integer Memory swappiness, 0 to 100.
---@field memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@field mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@field nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@field network_mode? string Network mode: bridge, host, none, container:<name>.
---@field oom_kill_disable? boolean Disable the OOM killer.
---@field oom_score_adj? integer OOM score adjustment.
---@field pid_mode? string PID namespace: host or container:<name>.
---@field pids_limit? integer Maximum number of processes (-1: unlimited).
---@field privileged? boolean Give extended privileges.
---@field publish_all_ports? boolean Publish every exposed port to a random host port.
---@field read_only? boolean Mount the root filesystem read-only.
---@field restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@field security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@field shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@field storage_opt? table<string, string> Storage driver options.
---@field sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@field tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@field ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@field userns_mode? string User namespace mode: host.
---@field uts_mode? string UTS namespace mode: host.
---@field version? string API version (accepted for docker-py compatibility).
---@field volume_driver? string Volume driver for the container's volumes.
---@field volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@field runtime? string OCI runtime to run the container with.
---@field name? string A name for the container.
---@field platform? string Platform of the image (os[/arch[/variant]]).
---@field use_config_proxy? boolean Accepted for docker-py compatibility; proxy settings are not injected.
---@field stdout? boolean Return stdout logs (when not detached).
---@field stderr? boolean Return stderr logs (when not detached).
---@field remove? boolean Remove the container once it has exited (client side).
---@field stream? boolean Return a log iterator instead of the logs (when not detached).

---Run a container; returns its logs, or the Container with detach=true.
---@param image string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param stdout? boolean Return stdout logs (when not detached).
---@param stderr? boolean Return stderr logs (when not detached).
---@param remove? boolean Remove the container once it has exited (client side).
---@param opts? ContainerCollection.run.opts keyword arguments
---@overload fun(self: ContainerCollection, image: string, opts?: ContainerCollection.run.opts): any
---@overload fun(self: ContainerCollection, image: string, command?: string|any[], opts?: ContainerCollection.run.opts): any
---@overload fun(self: ContainerCollection, image: string, command?: string|any[], stdout?: boolean, opts?: ContainerCollection.run.opts): any
---@overload fun(self: ContainerCollection, image: string, command?: string|any[], stdout?: boolean, stderr?: boolean, opts?: ContainerCollection.run.opts): any
---@return any
function ContainerCollection:run(image, command, stdout, stderr, remove, opts) end

---Keyword arguments of ContainerCollection.get.
---@class ContainerCollection.get.opts
---@field container_id? string|table The container's ID or name.

---Get a container by ID or name.
---@param container_id string|table The container's ID or name.
---@param opts? ContainerCollection.get.opts keyword arguments
---@return Container
function ContainerCollection:get(container_id, opts) end

---Keyword arguments of ContainerCollection.list.
---@class ContainerCollection.list.opts
---@field all? boolean Include stopped containers.
---@field since? string Only containers created after this ID or name.
---@field before? string Only containers created before this ID or name.
---@field limit? integer At most this many of the latest containers (-1: all).
---@field filters? table<string, any> Filters such as {status="exited", label="app=web"}.
---@field sparse? boolean Do not inspect each container (attrs are the list's fields).
---@field ignore_removed? boolean Skip containers removed while listing.

---List containers (running ones unless all=true).
---@param opts? ContainerCollection.list.opts keyword arguments
---@return Container[]
function ContainerCollection:list(opts) end

---A device request for HostConfig.DeviceRequests (docker.types.DeviceRequest).
---@class DeviceRequest
---@field driver any The device driver.
---@field count any Number of devices.
---@field device_ids any Device IDs.
---@field capabilities any Capabilities (list of lists).
---@field options any Driver options.
local DeviceRequest = {}

---A client for the Docker daemon (docker-py's DockerClient).
---@class DockerClient
---@field containers ContainerCollection The containers collection.
---@field api APIClient The low-level API client.
local DockerClient = {}

---Check that the daemon answers; returns true.
---@return any
function DockerClient:ping() end

---Keyword arguments of DockerClient.version.
---@class DockerClient.version.opts
---@field api_version? boolean Include the API version in the request path.

---The daemon's version information.
---@param api_version? boolean Include the API version in the request path.
---@param opts? DockerClient.version.opts keyword arguments
---@overload fun(self: DockerClient, opts?: DockerClient.version.opts): any
---@return any
function DockerClient:version(api_version, opts) end

---System-wide information about the daemon.
---@return any
function DockerClient:info() end

---Close the client's idle connections.
---@return any
function DockerClient:close() end

---A network endpoint configuration (docker.types.EndpointConfig).
---@class EndpointConfig
---@field aliases any Network-scoped aliases.
---@field links any Links.
---@field ipv4_address any IPv4 address.
---@field ipv6_address any IPv6 address.
---@field link_local_ips any Link-local addresses.
---@field driver_opt any Driver options.
---@field mac_address any MAC address.
local EndpointConfig = {}

---The result of exec_run(): exit_code and output (docker-py's ExecResult).
---@class ExecResult
---@field exit_code any The command's exit code (nil for stream, socket and detach).
---@field output Socket The output: a string, {stdout, stderr} with demux, an iterator with stream, a Socket with socket.
local ExecResult = {}

---A container healthcheck (docker.types.Healthcheck).
---@class Healthcheck
---@field test any The test command.
---@field interval any Time between checks (ns).
---@field timeout any Time before a check counts as hung (ns).
---@field retries any Failures before unhealthy.
---@field start_period any Start-up grace period (ns).
local Healthcheck = {}

---An image (docker-py's Image model).
---@class Image
---@field id any The image's full ID ("sha256:...").
---@field short_id any The ID shortened to sha256: and 12 hex digits.
---@field tags any The image's tags ("name:tag").
---@field labels any The image's labels.
---@field attrs any The daemon's inspect answer.
local Image = {}

---Refresh attrs from the daemon.
---@return any
function Image:reload() end

---A logging driver configuration (docker.types.LogConfig).
---@class LogConfig
---@field type any The logging driver.
---@field config any Driver options.
local LogConfig = {}

---A mount for HostConfig.Mounts (docker.types.Mount).
---@class Mount
---@field target any Path inside the container.
---@field source any Volume name or host path.
---@field type any bind, volume, tmpfs or npipe.
---@field read_only any Whether the mount is read-only.
---@field consistency any The consistency requirement.
---@field propagation any Bind propagation mode.
---@field no_copy any Whether the volume is not populated from the image.
---@field labels any Labels of the volume.
---@field driver_config any Volume driver {Name, Options}.
---@field tmpfs_size any Size of the tmpfs in bytes.
---@field tmpfs_mode any Permission bits of the tmpfs.
local Mount = {}

---A swarm restart policy (docker.types.RestartPolicy).
---@class RestartPolicy
---@field condition any none, on-failure or any.
---@field delay any Delay between restarts (ns).
---@field max_attempts any Attempts before giving up.
---@field window any Evaluation window (ns).
local RestartPolicy = {}

---The connection of attach_socket: read/recv, write/send, close_write, close, chunks().
---@class Socket
---@field closed any Whether the socket was closed.
local Socket = {}

---Keyword arguments of Socket.read.
---@class Socket.read.opts
---@field n? integer Read at most this many bytes (read: nil or -1 reads to the end).

---Read raw output: up to n bytes as they arrive ("" at the end).
---@param n? integer Read at most this many bytes (read: nil or -1 reads to the end).
---@param opts? Socket.read.opts keyword arguments
---@overload fun(self: Socket, opts?: Socket.read.opts): any
---@return any
function Socket:read(n, opts) end

---Keyword arguments of Socket.recv.
---@class Socket.recv.opts
---@field n? integer Read at most this many bytes (read: nil or -1 reads to the end).

---Read raw output: up to n bytes as they arrive ("" at the end).
---@param n? integer Read at most this many bytes (read: nil or -1 reads to the end).
---@param opts? Socket.recv.opts keyword arguments
---@overload fun(self: Socket, opts?: Socket.recv.opts): any
---@return any
function Socket:recv(n, opts) end

---Keyword arguments of Socket.write.
---@class Socket.write.opts
---@field data? string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.

---Send data to the container's stdin; returns the number of bytes sent.
---@param data string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.
---@param opts? Socket.write.opts keyword arguments
---@return any
function Socket:write(data, opts) end

---Keyword arguments of Socket.send.
---@class Socket.send.opts
---@field data? string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.

---Send data to the container's stdin; returns the number of bytes sent.
---@param data string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.
---@param opts? Socket.send.opts keyword arguments
---@return any
function Socket:send(data, opts) end

---Keyword arguments of Socket.sendall.
---@class Socket.sendall.opts
---@field data? string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.

---Send data to the container's stdin; returns the number of bytes sent.
---@param data string|DScriptIterator|fun(): any What to send: str, bytes or an iterator of chunks.
---@param opts? Socket.sendall.opts keyword arguments
---@return any
function Socket:sendall(data, opts) end

---End stdin (half-close); output can still be read.
---@return any
function Socket:close_write() end

---Keyword arguments of Socket.shutdown.
---@class Socket.shutdown.opts
---@field how? integer 1 (SHUT_WR) ends stdin, 2 (SHUT_RDWR) closes the socket.

---Shut the socket down: how=1 (SHUT_WR, default) ends stdin, 2 closes it.
---@param how? integer 1 (SHUT_WR) ends stdin, 2 (SHUT_RDWR) closes the socket.
---@param opts? Socket.shutdown.opts keyword arguments
---@overload fun(self: Socket, opts?: Socket.shutdown.opts): any
---@return any
function Socket:shutdown(how, opts) end

---Close the connection (detach).
---@return any
function Socket:close() end

---Keyword arguments of Socket.chunks.
---@class Socket.chunks.opts
---@field demux? boolean Yield (stdout, stderr) pairs instead of text.

---An iterator of the output as it arrives, demultiplexed; closing it closes the socket.
---@param opts? Socket.chunks.opts keyword arguments
---@return any
function Socket:chunks(opts) end

---A ulimit for HostConfig.Ulimits (docker.types.Ulimit).
---@class Ulimit
---@field name any The limit's name.
---@field soft any The soft limit.
---@field hard any The hard limit.
local Ulimit = {}

---Docker for scripts: the docker-py object model.
---@class docker.module
---@field types docker.types.module Typed configuration values.
---@field __version__ any dscript's version.
local docker_module = {}

---Keyword arguments of docker.from_env.
---@class docker.module.from_env.opts
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field environment? table<string, any> Variables to read instead of the process environment.

---A DockerClient configured from the environment (DOCKER_HOST, ...).
---@param opts? docker.module.from_env.opts keyword arguments
---@return DockerClient
function docker_module.from_env(opts) end

---Keyword arguments of docker.DockerClient.
---@class docker.module.DockerClient.opts
---@field base_url? string URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375.
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field tls? any TLS settings.
---@field user_agent? string User-Agent header sent with each request.

---A client for the daemon at base_url.
---@param base_url? string URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375.
---@param version? string API version to use, or "auto" to negotiate.
---@param timeout? number Seconds each request may take (default 60).
---@param tls? any TLS settings.
---@param user_agent? string User-Agent header sent with each request.
---@param opts? docker.module.DockerClient.opts keyword arguments
---@overload fun(opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: any, opts?: docker.module.DockerClient.opts): DockerClient
---@return DockerClient
function docker_module.DockerClient(base_url, version, timeout, tls, user_agent, opts) end

---Keyword arguments of docker.APIClient.
---@class docker.module.APIClient.opts
---@field base_url? string URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375.
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field tls? any TLS settings.
---@field user_agent? string User-Agent header sent with each request.

---A low-level client for the daemon at base_url.
---@param base_url? string URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375.
---@param version? string API version to use, or "auto" to negotiate.
---@param timeout? number Seconds each request may take (default 60).
---@param tls? any TLS settings.
---@param user_agent? string User-Agent header sent with each request.
---@param opts? docker.module.APIClient.opts keyword arguments
---@overload fun(opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: any, opts?: docker.module.APIClient.opts): APIClient
---@return APIClient
function docker_module.APIClient(base_url, version, timeout, tls, user_agent, opts) end

---Typed configuration values (docker-py's docker.types).
---@class docker.types.module
local docker_types_module = {}

---Keyword arguments of docker.types.Mount.
---@class docker.types.module.Mount.opts
---@field target? string Path inside the container.
---@field source? string Volume name or host path (none for tmpfs).
---@field type? string bind, volume, tmpfs or npipe.
---@field read_only? boolean Mount read-only.
---@field consistency? string default, consistent, cached or delegated.
---@field propagation? string Bind propagation mode (bind mounts).
---@field no_copy? boolean Do not populate the volume with the image's data (volume mounts).
---@field labels? table<string, string> Labels of the volume (volume mounts).
---@field driver_config? table<string, any> Volume driver {Name, Options} (volume mounts).
---@field tmpfs_size? integer|string Size of the tmpfs: int bytes or "64m" (tmpfs mounts).
---@field tmpfs_mode? integer Permission bits of the tmpfs, such as 0o1777 = 1023 (tmpfs mounts).

---A mount for mounts=: bind, volume or tmpfs.
---@param target string Path inside the container.
---@param source? string Volume name or host path (none for tmpfs).
---@param type? string bind, volume, tmpfs or npipe.
---@param read_only? boolean Mount read-only.
---@param consistency? string default, consistent, cached or delegated.
---@param propagation? string Bind propagation mode (bind mounts).
---@param no_copy? boolean Do not populate the volume with the image's data (volume mounts).
---@param labels? table<string, string> Labels of the volume (volume mounts).
---@param driver_config? table<string, any> Volume driver {Name, Options} (volume mounts).
---@param tmpfs_size? integer|string Size of the tmpfs: int bytes or "64m" (tmpfs mounts).
---@param tmpfs_mode? integer Permission bits of the tmpfs, such as 0o1777 = 1023 (tmpfs mounts).
---@param opts? docker.types.module.Mount.opts keyword arguments
---@overload fun(target: string, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, propagation?: string, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, propagation?: string, no_copy?: boolean, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, propagation?: string, no_copy?: boolean, labels?: table<string, string>, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, propagation?: string, no_copy?: boolean, labels?: table<string, string>, driver_config?: table<string, any>, opts?: docker.types.module.Mount.opts): Mount
---@overload fun(target: string, source?: string, type?: string, read_only?: boolean, consistency?: string, propagation?: string, no_copy?: boolean, labels?: table<string, string>, driver_config?: table<string, any>, tmpfs_size?: integer|string, opts?: docker.types.module.Mount.opts): Mount
---@return Mount
function docker_types_module.Mount(target, source, type, read_only, consistency, propagation, no_copy, labels, driver_config, tmpfs_size, tmpfs_mode, opts) end

---Keyword arguments of docker.types.Ulimit.
---@class docker.types.module.Ulimit.opts
---@field name? string The limit's name: nofile, nproc, core, ...
---@field soft? integer The soft limit.
---@field hard? integer The hard limit.

---A ulimit for ulimits=.
---@param name string The limit's name: nofile, nproc, core, ...
---@param soft? integer The soft limit.
---@param hard? integer The hard limit.
---@param opts? docker.types.module.Ulimit.opts keyword arguments
---@overload fun(name: string, opts?: docker.types.module.Ulimit.opts): Ulimit
---@overload fun(name: string, soft?: integer, opts?: docker.types.module.Ulimit.opts): Ulimit
---@return Ulimit
function docker_types_module.Ulimit(name, soft, hard, opts) end

---Keyword arguments of docker.types.LogConfig.
---@class docker.types.module.LogConfig.opts
---@field type? string The logging driver: json-file, local, syslog, journald, none, ...
---@field config? table<string, string> Driver options such as {["max-size"]="10m"} (values become str).

---A logging configuration for log_config=.
---@param type? string The logging driver: json-file, local, syslog, journald, none, ...
---@param config? table<string, string> Driver options such as {["max-size"]="10m"} (values become str).
---@param opts? docker.types.module.LogConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.LogConfig.opts): LogConfig
---@overload fun(type?: string, opts?: docker.types.module.LogConfig.opts): LogConfig
---@return LogConfig
function docker_types_module.LogConfig(type, config, opts) end

---Keyword arguments of docker.types.RestartPolicy.
---@class docker.types.module.RestartPolicy.opts
---@field condition? string none, on-failure or any.
---@field delay? integer Delay between restarts, in nanoseconds.
---@field max_attempts? integer Attempts before giving up (0: no limit).
---@field window? integer Time window to evaluate the policy, in nanoseconds.

---A swarm restart policy (also accepted as a container's restart_policy).
---@param condition? string none, on-failure or any.
---@param delay? integer Delay between restarts, in nanoseconds.
---@param max_attempts? integer Attempts before giving up (0: no limit).
---@param window? integer Time window to evaluate the policy, in nanoseconds.
---@param opts? docker.types.module.RestartPolicy.opts keyword arguments
---@overload fun(opts?: docker.types.module.RestartPolicy.opts): RestartPolicy
---@overload fun(condition?: string, opts?: docker.types.module.RestartPolicy.opts): RestartPolicy
---@overload fun(condition?: string, delay?: integer, opts?: docker.types.module.RestartPolicy.opts): RestartPolicy
---@overload fun(condition?: string, delay?: integer, max_attempts?: integer, opts?: docker.types.module.RestartPolicy.opts): RestartPolicy
---@return RestartPolicy
function docker_types_module.RestartPolicy(condition, delay, max_attempts, window, opts) end

---Keyword arguments of docker.types.Healthcheck.
---@class docker.types.module.Healthcheck.opts
---@field test? string|any[] [] (inherit), {"NONE"}, {"CMD", ...}, {"CMD-SHELL", cmd}, or a str run by the shell.
---@field interval? integer|string Time between checks, in nanoseconds (or "30s").
---@field timeout? integer|string Time before a check counts as hung, in nanoseconds (or "5s").
---@field retries? integer Consecutive failures before unhealthy.
---@field start_period? integer|string Start-up time before failures count, in nanoseconds (or "10s").

---A healthcheck for healthcheck=.
---@param test? string|any[] [] (inherit), {"NONE"}, {"CMD", ...}, {"CMD-SHELL", cmd}, or a str run by the shell.
---@param interval? integer|string Time between checks, in nanoseconds (or "30s").
---@param timeout? integer|string Time before a check counts as hung, in nanoseconds (or "5s").
---@param retries? integer Consecutive failures before unhealthy.
---@param start_period? integer|string Start-up time before failures count, in nanoseconds (or "10s").
---@param opts? docker.types.module.Healthcheck.opts keyword arguments
---@overload fun(opts?: docker.types.module.Healthcheck.opts): Healthcheck
---@overload fun(test?: string|any[], opts?: docker.types.module.Healthcheck.opts): Healthcheck
---@overload fun(test?: string|any[], interval?: integer|string, opts?: docker.types.module.Healthcheck.opts): Healthcheck
---@overload fun(test?: string|any[], interval?: integer|string, timeout?: integer|string, opts?: docker.types.module.Healthcheck.opts): Healthcheck
---@overload fun(test?: string|any[], interval?: integer|string, timeout?: integer|string, retries?: integer, opts?: docker.types.module.Healthcheck.opts): Healthcheck
---@return Healthcheck
function docker_types_module.Healthcheck(test, interval, timeout, retries, start_period, opts) end

---Keyword arguments of docker.types.DeviceRequest.
---@class docker.types.module.DeviceRequest.opts
---@field driver? string The device driver (e.g. nvidia).
---@field count? integer Number of devices (-1: all).
---@field device_ids? string[] Device IDs (instead of count).
---@field capabilities? any[] A list of lists of capabilities, e.g. {{"gpu"}}.
---@field options? table<string, string> Driver options.

---A device request for device_requests= (GPUs).
---@param driver? string The device driver (e.g. nvidia).
---@param count? integer Number of devices (-1: all).
---@param device_ids? string[] Device IDs (instead of count).
---@param capabilities? any[] A list of lists of capabilities, e.g. {{"gpu"}}.
---@param options? table<string, string> Driver options.
---@param opts? docker.types.module.DeviceRequest.opts keyword arguments
---@overload fun(opts?: docker.types.module.DeviceRequest.opts): DeviceRequest
---@overload fun(driver?: string, opts?: docker.types.module.DeviceRequest.opts): DeviceRequest
---@overload fun(driver?: string, count?: integer, opts?: docker.types.module.DeviceRequest.opts): DeviceRequest
---@overload fun(driver?: string, count?: integer, device_ids?: string[], opts?: docker.types.module.DeviceRequest.opts): DeviceRequest
---@overload fun(driver?: string, count?: integer, device_ids?: string[], capabilities?: any[], opts?: docker.types.module.DeviceRequest.opts): DeviceRequest
---@return DeviceRequest
function docker_types_module.DeviceRequest(driver, count, device_ids, capabilities, options, opts) end

---Keyword arguments of docker.types.EndpointConfig.
---@class docker.types.module.EndpointConfig.opts
---@field version? string API version (accepted for docker-py compatibility).
---@field aliases? string[] Network-scoped aliases of the container.
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field ipv4_address? string IPv4 address on the network.
---@field ipv6_address? string IPv6 address on the network.
---@field link_local_ips? string[] Link-local addresses.
---@field driver_opt? table<string, string> Driver options of the endpoint.
---@field mac_address? string MAC address on the network.

---A network endpoint configuration for networking_config=.
---@param version? string API version (accepted for docker-py compatibility).
---@param aliases? string[] Network-scoped aliases of the container.
---@param links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@param ipv4_address? string IPv4 address on the network.
---@param ipv6_address? string IPv6 address on the network.
---@param link_local_ips? string[] Link-local addresses.
---@param driver_opt? table<string, string> Driver options of the endpoint.
---@param mac_address? string MAC address on the network.
---@param opts? docker.types.module.EndpointConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], links?: table<string, any>|any[], opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, link_local_ips?: string[], opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@overload fun(version?: string, aliases?: string[], links?: table<string, any>|any[], ipv4_address?: string, ipv6_address?: string, link_local_ips?: string[], driver_opt?: table<string, string>, opts?: docker.types.module.EndpointConfig.opts): EndpointConfig
---@return EndpointConfig
function docker_types_module.EndpointConfig(version, aliases, links, ipv4_address, ipv6_address, link_local_ips, driver_opt, mac_address, opts) end

---Read environment variables.
---@class env.module
local env_module = {}

---Keyword arguments of env.get.
---@class env.module.get.opts
---@field name? string The variable's name.
---@field default? any Returned when the variable is unset or empty.

---The value of an environment variable, or default when it is unset or empty.
---@param name string The variable's name.
---@param default? any Returned when the variable is unset or empty.
---@param opts? env.module.get.opts keyword arguments
---@overload fun(name: string, opts?: env.module.get.opts): any
---@return any
function env_module.get(name, default, opts) end

---Every visible environment variable as a dict of str.
---@return any
function env_module.all() end

---HTTP requests for health checks and simple APIs.
---@class http.module
local http_module = {}

---Keyword arguments of http.get.
---@class http.module.get.opts
---@field url? string An http:// or https:// URL.
---@field headers? table<string, string> Request headers.
---@field timeout? number Seconds to wait for the whole answer (0: no limit).

---GET a URL; returns {status=int, body=str, headers=dict}.
---@param url string An http:// or https:// URL.
---@param opts? http.module.get.opts keyword arguments
---@return any
function http_module.get(url, opts) end

---Keyword arguments of http.request.
---@class http.module.request.opts
---@field method? string The HTTP method (GET, POST, ...).
---@field url? string An http:// or https:// URL.
---@field body? string|string The request body.
---@field headers? table<string, string> Request headers.
---@field timeout? number Seconds to wait for the whole answer (0: no limit).

---Send a request; returns {status=int, body=str, headers=dict}.
---@param method string The HTTP method (GET, POST, ...).
---@param url string An http:// or https:// URL.
---@param opts? http.module.request.opts keyword arguments
---@return any
function http_module.request(method, url, opts) end

---Keyword arguments of http.wait_for.
---@class http.module.wait_for.opts
---@field url? string An http:// or https:// URL.
---@field timeout? number Seconds to keep trying before raising.
---@field interval? number Seconds between attempts.
---@field status? integer|any[] The awaited status code, or a list of them.
---@field headers? table<string, string> Request headers.

---Poll a URL until it answers the awaited status; returns that response, raises after timeout.
---@param url string An http:// or https:// URL.
---@param opts? http.module.wait_for.opts keyword arguments
---@return any
function http_module.wait_for(url, opts) end

---Encode and decode JSON; 64-bit integers stay exact.
---@class json.module
local json_module = {}

---Keyword arguments of json.encode.
---@class json.module.encode.opts
---@field value? any The value to encode (bool, number, str, list, dict).
---@field indent? string|integer Pretty-print with this many spaces (or this whitespace string) per level.

---Encode a value as JSON text; indent (spaces or a string) pretty-prints it.
---@param value any The value to encode (bool, number, str, list, dict).
---@param indent? string|integer Pretty-print with this many spaces (or this whitespace string) per level.
---@param opts? json.module.encode.opts keyword arguments
---@overload fun(value: any, opts?: json.module.encode.opts): any
---@return any
function json_module.encode(value, indent, opts) end

---Keyword arguments of json.decode.
---@class json.module.decode.opts
---@field text? string|string The JSON text to decode.

---Decode JSON text into a value; integers beyond 2^63 stay exact.
---@param text string|string The JSON text to decode.
---@param opts? json.module.decode.opts keyword arguments
---@return any
function json_module.decode(text, opts) end

---Leveled log lines on stderr; the threshold comes from DSCRIPT_LOG_LEVEL.
---@class log.module
local log_module = {}

---Keyword arguments of log.debug.
---@class log.module.debug.opts
---@field message? any The message (a non-str value is rendered as text).
---@field fields? table<string, any> Extra context, appended as sorted key=value pairs.

---Log a DEBUG line (shown when DSCRIPT_LOG_LEVEL=debug).
---@param message any The message (a non-str value is rendered as text).
---@param fields? table<string, any> Extra context, appended as sorted key=value pairs.
---@param opts? log.module.debug.opts keyword arguments
---@overload fun(message: any, opts?: log.module.debug.opts): any
---@return any
function log_module.debug(message, fields, opts) end

---Keyword arguments of log.info.
---@class log.module.info.opts
---@field message? any The message (a non-str value is rendered as text).
---@field fields? table<string, any> Extra context, appended as sorted key=value pairs.

---Log an INFO line.
---@param message any The message (a non-str value is rendered as text).
---@param fields? table<string, any> Extra context, appended as sorted key=value pairs.
---@param opts? log.module.info.opts keyword arguments
---@overload fun(message: any, opts?: log.module.info.opts): any
---@return any
function log_module.info(message, fields, opts) end

---Keyword arguments of log.warn.
---@class log.module.warn.opts
---@field message? any The message (a non-str value is rendered as text).
---@field fields? table<string, any> Extra context, appended as sorted key=value pairs.

---Log a WARN line.
---@param message any The message (a non-str value is rendered as text).
---@param fields? table<string, any> Extra context, appended as sorted key=value pairs.
---@param opts? log.module.warn.opts keyword arguments
---@overload fun(message: any, opts?: log.module.warn.opts): any
---@return any
function log_module.warn(message, fields, opts) end

---Keyword arguments of log.error.
---@class log.module.error.opts
---@field message? any The message (a non-str value is rendered as text).
---@field fields? table<string, any> Extra context, appended as sorted key=value pairs.

---Log an ERROR line.
---@param message any The message (a non-str value is rendered as text).
---@param fields? table<string, any> Extra context, appended as sorted key=value pairs.
---@param opts? log.module.error.opts keyword arguments
---@overload fun(message: any, opts?: log.module.error.opts): any
---@return any
function log_module.error(message, fields, opts) end

---Wait for TCP ports to accept connections.
---@class net.module
local net_module = {}

---Keyword arguments of net.wait_for_port.
---@class net.module.wait_for_port.opts
---@field host? string Host name or IP address.
---@field port? integer TCP port.
---@field timeout? number Seconds to keep trying before raising.
---@field interval? number Seconds between attempts.

---Poll until host:port accepts TCP connections; raises after timeout.
---@param host string Host name or IP address.
---@param port integer TCP port.
---@param opts? net.module.wait_for_port.opts keyword arguments
---@return any
function net_module.wait_for_port(host, port, opts) end

---Create, list and extract tar archives (for put_archive, get_archive and export).
---@class tar.module
local tar_module = {}

---Keyword arguments of tar.create.
---@class tar.module.create.opts
---@field files? table<string, any>|any[] {path = content} or a list of {name=, data=, mode=}; a name ending in / is a directory.

---Build a tar archive from {path = content} or a list of {name=, data=, mode=}; returns bytes.
---@param files table<string, any>|any[] {path = content} or a list of {name=, data=, mode=}; a name ending in / is a directory.
---@param opts? tar.module.create.opts keyword arguments
---@return any
function tar_module.create(files, opts) end

---Keyword arguments of tar.list.
---@class tar.module.list.opts
---@field data? string|DScriptIterator|fun(): any The archive (gzip too): str, bytes or an iterator of chunks.

---The members of an archive: a list of {name, size, mode, type}, read as a stream.
---@param data string|DScriptIterator|fun(): any The archive (gzip too): str, bytes or an iterator of chunks.
---@param opts? tar.module.list.opts keyword arguments
---@return any
function tar_module.list(data, opts) end

---Keyword arguments of tar.extract.
---@class tar.module.extract.opts
---@field data? string|DScriptIterator|fun(): any The archive (gzip too): str, bytes or an iterator of chunks.

---The regular files of an archive: a dict {name = content}.
---@param data string|DScriptIterator|fun(): any The archive (gzip too): str, bytes or an iterator of chunks.
---@param opts? tar.module.extract.opts keyword arguments
---@return any
function tar_module.extract(data, opts) end

---Sleep, clocks and time formatting.
---@class time.module
local time_module = {}

---Keyword arguments of time.sleep.
---@class time.module.sleep.opts
---@field seconds? number How long to sleep, in seconds (fractions allowed).

---Sleep for seconds (fractions allowed); stops early when the script is cancelled.
---@param seconds number How long to sleep, in seconds (fractions allowed).
---@param opts? time.module.sleep.opts keyword arguments
---@return any
function time_module.sleep(seconds, opts) end

---The current time as Unix seconds (float).
---@return any
function time_module.now() end

---Seconds (float) of a clock that never goes back, for measuring durations.
---@return any
function time_module.monotonic() end

---Keyword arguments of time.format.
---@class time.module.format.opts
---@field seconds? number Unix seconds to format; now when omitted.
---@field layout? string A Go time layout or a name: RFC3339, RFC3339Nano, RFC1123, DateTime, DateOnly, TimeOnly, Kitchen.
---@field utc? boolean Format in UTC instead of the local time zone.

---Format Unix seconds (default now) with a layout (default RFC 3339).
---@param seconds? number Unix seconds to format; now when omitted.
---@param layout? string A Go time layout or a name: RFC3339, RFC3339Nano, RFC1123, DateTime, DateOnly, TimeOnly, Kitchen.
---@param opts? time.module.format.opts keyword arguments
---@overload fun(opts?: time.module.format.opts): any
---@overload fun(seconds?: number, opts?: time.module.format.opts): any
---@return any
function time_module.format(seconds, layout, opts) end

---docker.errors: the exception classes, and is(err, cls).
---@class docker.errors
---@field DockerException table Base class of every dscript error.
---@field APIError table An error answer of the Docker daemon.
---@field NotFound table The daemon answered 404 Not Found.
---@field ImageNotFound table The image does not exist.
---@field InvalidVersion table The operation needs a newer API version.
---@field InvalidRepository table A repository name is not valid.
---@field InvalidConfigFile table A configuration file cannot be read.
---@field InvalidArgument table An argument is unknown, missing or of the wrong type.
---@field DeprecatedMethod table The method is no longer supported.
---@field TLSParameterError table TLS settings are not valid.
---@field NullResource table A resource ID was empty.
---@field ContainerError table A container exited with a non-zero status.
---@field StreamParseError table A stream from the daemon could not be parsed.
---@field BuildError table An image build failed.
---@field ImageLoadError table An image could not be loaded.
---@field ContextException table A Docker context problem.
---@field ContextAlreadyExists table The context exists already.
---@field ContextNotFound table The context does not exist.
---@field MissingContextParameter table A context parameter is missing.
---@field is fun(err: any, cls: table): boolean

---@class docker.module
---@field errors docker.errors

---@type docker.module
docker = docker_module

---@overload fun(name: "docker"): docker.module
---@overload fun(name: "docker.types"): docker.types.module
---@overload fun(name: "env"): env.module
---@overload fun(name: "http"): http.module
---@overload fun(name: "json"): json.module
---@overload fun(name: "log"): log.module
---@overload fun(name: "net"): net.module
---@overload fun(name: "tar"): tar.module
---@overload fun(name: "time"): time.module
---@param name string
---@return any
function require(name) end

---Describes a dscript object, one of its methods, or a name such as "ContainerCollection.run".
---@param x any
function help(x) end
