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

---Keyword arguments of APIClient.build.
---@class APIClient.build.opts
---@field path? string The context directory, or the URL of a Git repository or tar archive.
---@field tag? string A name for the image, "repo:tag".
---@field quiet? boolean Only the image ID in the output.
---@field fileobj? string|DScriptIterator|fun(): any A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks).
---@field nocache? boolean Do not use the build cache.
---@field rm? boolean Remove intermediate containers after a successful build (docker-py's default is False).
---@field timeout? number Seconds the whole build may take.
---@field custom_context? boolean fileobj is the context's tar archive, not a Dockerfile.
---@field encoding? string Compression of a custom context ("gzip", "bzip2", "xz"; the daemon detects it).
---@field pull? boolean Pull newer versions of the FROM images.
---@field forcerm? boolean Always remove intermediate containers, even after a failure.
---@field dockerfile? string Path of the Dockerfile, relative to path (it may lie outside the context).
---@field container_limits? table<string, any> Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}.
---@field decode? boolean Yield decoded dicts instead of JSON text.
---@field buildargs? table<string, any> Build-time variables: {NAME="value"}.
---@field gzip? boolean Compress the context with gzip while it is sent.
---@field shmsize? integer Size of /dev/shm of the build containers, in bytes.
---@field labels? table<string, any>|any[] Labels of the image.
---@field cache_from? string[] Images used as cache sources.
---@field target? string The build stage to stop at.
---@field network_mode? string Network of the RUN steps: bridge, host, none or a network name.
---@field squash? boolean Squash the new layers into one (experimental daemons).
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {host="ip"} or {"host:ip"}.
---@field platform? string Platform as os[/arch[/variant]].
---@field isolation? string Isolation technology of the build containers.
---@field use_config_proxy? boolean Pass the proxies of the docker config as build arguments.

---Build an image; returns an iterator of the build's messages (JSON text, or dicts with decode).
---@param path? string The context directory, or the URL of a Git repository or tar archive.
---@param tag? string A name for the image, "repo:tag".
---@param quiet? boolean Only the image ID in the output.
---@param fileobj? string|DScriptIterator|fun(): any A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks).
---@param nocache? boolean Do not use the build cache.
---@param rm? boolean Remove intermediate containers after a successful build (docker-py's default is False).
---@param timeout? number Seconds the whole build may take.
---@param custom_context? boolean fileobj is the context's tar archive, not a Dockerfile.
---@param encoding? string Compression of a custom context ("gzip", "bzip2", "xz"; the daemon detects it).
---@param pull? boolean Pull newer versions of the FROM images.
---@param forcerm? boolean Always remove intermediate containers, even after a failure.
---@param dockerfile? string Path of the Dockerfile, relative to path (it may lie outside the context).
---@param container_limits? table<string, any> Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}.
---@param decode? boolean Yield decoded dicts instead of JSON text.
---@param buildargs? table<string, any> Build-time variables: {NAME="value"}.
---@param gzip? boolean Compress the context with gzip while it is sent.
---@param shmsize? integer Size of /dev/shm of the build containers, in bytes.
---@param labels? table<string, any>|any[] Labels of the image.
---@param cache_from? string[] Images used as cache sources.
---@param target? string The build stage to stop at.
---@param network_mode? string Network of the RUN steps: bridge, host, none or a network name.
---@param squash? boolean Squash the new layers into one (experimental daemons).
---@param extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {host="ip"} or {"host:ip"}.
---@param platform? string Platform as os[/arch[/variant]].
---@param isolation? string Isolation technology of the build containers.
---@param use_config_proxy? boolean Pass the proxies of the docker config as build arguments.
---@param opts? APIClient.build.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, network_mode?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, network_mode?: string, squash?: boolean, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, network_mode?: string, squash?: boolean, extra_hosts?: table<string, any>|any[], opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, network_mode?: string, squash?: boolean, extra_hosts?: table<string, any>|any[], platform?: string, opts?: APIClient.build.opts): any
---@overload fun(self: APIClient, path?: string, tag?: string, quiet?: boolean, fileobj?: string|DScriptIterator|fun(): any, nocache?: boolean, rm?: boolean, timeout?: number, custom_context?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, container_limits?: table<string, any>, decode?: boolean, buildargs?: table<string, any>, gzip?: boolean, shmsize?: integer, labels?: table<string, any>|any[], cache_from?: string[], target?: string, network_mode?: string, squash?: boolean, extra_hosts?: table<string, any>|any[], platform?: string, isolation?: string, opts?: APIClient.build.opts): any
---@return any
function APIClient:build(path, tag, quiet, fileobj, nocache, rm, timeout, custom_context, encoding, pull, forcerm, dockerfile, container_limits, decode, buildargs, gzip, shmsize, labels, cache_from, target, network_mode, squash, extra_hosts, platform, isolation, use_config_proxy, opts) end

---Keyword arguments of APIClient.inspect_container.
---@class APIClient.inspect_container.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.

---Inspect a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param opts? APIClient.inspect_container.opts keyword arguments
---@return any
function APIClient:inspect_container(container, opts) end

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
---@field timeout? integer Seconds to wait before killing (default: the container's stop timeout, else 10).

---Stop a container (its stop signal, then SIGKILL after timeout).
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param timeout? integer Seconds to wait before killing (default: the container's stop timeout, else 10).
---@param opts? APIClient.stop.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.stop.opts): any
---@return any
function APIClient:stop(container, timeout, opts) end

---Keyword arguments of APIClient.kill.
---@class APIClient.kill.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field signal? string|integer Signal to send, a name or a number (default SIGKILL).

---Kill a container or send it a signal.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param signal? string|integer Signal to send, a name or a number (default SIGKILL).
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
---@param timeout? number Seconds to wait at most.
---@param condition? string not-running (default), next-exit or removed.
---@param opts? APIClient.wait.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.wait.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, timeout?: number, opts?: APIClient.wait.opts): any
---@return any
function APIClient:wait(container, timeout, condition, opts) end

---Keyword arguments of APIClient.remove_container.
---@class APIClient.remove_container.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field v? boolean Remove the container's anonymous volumes.
---@field link? boolean Remove the link, not the container.
---@field force? boolean Kill a running container first.

---Remove a container.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param v? boolean Remove the container's anonymous volumes.
---@param link? boolean Remove the link, not the container.
---@param force? boolean Kill a running container first.
---@param opts? APIClient.remove_container.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.remove_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, v?: boolean, opts?: APIClient.remove_container.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, v?: boolean, link?: boolean, opts?: APIClient.remove_container.opts): any
---@return any
function APIClient:remove_container(container, v, link, force, opts) end

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

---Keyword arguments of APIClient.prune_containers.
---@class APIClient.prune_containers.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? APIClient.prune_containers.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_containers.opts): any
---@return any
function APIClient:prune_containers(filters, opts) end

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
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field runtime? string OCI runtime to run the container with.
---@field name? string A name for the container.
---@field platform? string Platform of the image (os[/arch[/variant]]).
---@field use_config_proxy? boolean Accepted for docker-py compatibility; proxy settings are not injected.
---@field host_config? table<string, any> A HostConfig dict (from create_host_config).

---Create a container; returns {Id, Warnings}.
---@param image string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param hostname? string The container's host name.
---@param user? string|integer User (name or UID) to run as.
---@param detach? boolean Run in the background and return the Container (run).
---@param stdin_open? boolean Keep STDIN open.
---@param tty? boolean Allocate a pseudo-TTY.
---@param ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@param environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@param volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@param network_disabled? boolean Disable networking.
---@param name? string A name for the container.
---@param entrypoint? string|any[] The entrypoint (str or list).
---@param working_dir? string The working directory inside the container.
---@param domainname? string The container's domain name.
---@param host_config? table<string, any> A HostConfig dict (from create_host_config).
---@param mac_address? string MAC address of the container.
---@param labels? table<string, any>|any[] Labels: a dict or a list of names.
---@param stop_signal? string The signal that stops the container.
---@param networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@param healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@param stop_timeout? integer Seconds to wait for the stop signal before killing.
---@param runtime? string OCI runtime to run the container with.
---@param use_config_proxy? boolean Accepted for docker-py compatibility; proxy settings are not injected.
---@param platform? string Platform of the image (os[/arch[/variant]]).
---@param opts? APIClient.create_container.opts keyword arguments
---@overload fun(self: APIClient, image: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, stop_timeout?: integer, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, stop_timeout?: integer, runtime?: string, opts?: APIClient.create_container.opts): any
---@overload fun(self: APIClient, image: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, name?: string, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, stop_timeout?: integer, runtime?: string, use_config_proxy?: boolean, opts?: APIClient.create_container.opts): any
---@return any
function APIClient:create_container(image, command, hostname, user, detach, stdin_open, tty, ports, environment, volumes, network_disabled, name, entrypoint, working_dir, domainname, host_config, mac_address, labels, stop_signal, networking_config, healthcheck, stop_timeout, runtime, use_config_proxy, platform, opts) end

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

---A container's logs: a string, or an iterator of chunks with stream=true.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param stdout? boolean Include stdout.
---@param stderr? boolean Include stderr.
---@param stream? boolean Return an iterator of chunks instead of all the logs.
---@param timestamps? boolean Prefix each line with its timestamp.
---@param tail? string|integer Only the last N lines ("all" for every line).
---@param since? integer|string|number|string Only logs since this time (Unix seconds, RFC 3339 or Date).
---@param follow? boolean Keep streaming new output (default: the value of stream).
---@param until_? integer|string|number|string Only logs before this time.
---@param opts? APIClient.logs.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string|integer, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string|integer, since?: integer|string|number|string, opts?: APIClient.logs.opts): any|DScriptIterator
---@overload fun(self: APIClient, container: string|table<string, any>|table, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string|integer, since?: integer|string|number|string, follow?: boolean, opts?: APIClient.logs.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:logs(container, stdout, stderr, stream, timestamps, tail, since, follow, until_, opts) end

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

---Keyword arguments of APIClient.events.
---@class APIClient.events.opts
---@field since? integer|string|number|string Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m").
---@field until? integer|string|number|string End the stream at this time (same forms as since).
---@field filters? table<string, any> Filters such as {type="container", event={"start", "die"}, label="a=b"}.
---@field decode? boolean Yield decoded dicts instead of JSON text.

---The daemon's events as they happen: an iterator of JSON text (dicts with decode=true); close() or leaving the loop ends it.
---@param since? integer|string|number|string Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m").
---@param until_? integer|string|number|string End the stream at this time (same forms as since).
---@param filters? table<string, any> Filters such as {type="container", event={"start", "die"}, label="a=b"}.
---@param decode? boolean Yield decoded dicts instead of JSON text.
---@param opts? APIClient.events.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.events.opts): DScriptIterator
---@overload fun(self: APIClient, since?: integer|string|number|string, opts?: APIClient.events.opts): DScriptIterator
---@overload fun(self: APIClient, since?: integer|string|number|string, until_?: integer|string|number|string, opts?: APIClient.events.opts): DScriptIterator
---@overload fun(self: APIClient, since?: integer|string|number|string, until_?: integer|string|number|string, filters?: table<string, any>, opts?: APIClient.events.opts): DScriptIterator
---@return DScriptIterator
function APIClient:events(since, until_, filters, decode, opts) end

---Keyword arguments of APIClient.remove_image.
---@class APIClient.remove_image.opts
---@field image? string|table<string, any>|table The image: object, ID or name.
---@field force? boolean Remove the image even if containers use it, and untag all its tags.
---@field noprune? boolean Keep untagged parent images.

---Remove an image; returns the list of {Untagged} and {Deleted} entries.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param force? boolean Remove the image even if containers use it, and untag all its tags.
---@param noprune? boolean Keep untagged parent images.
---@param opts? APIClient.remove_image.opts keyword arguments
---@overload fun(self: APIClient, image: string|table<string, any>|table, opts?: APIClient.remove_image.opts): any
---@overload fun(self: APIClient, image: string|table<string, any>|table, force?: boolean, opts?: APIClient.remove_image.opts): any
---@return any
function APIClient:remove_image(image, force, noprune, opts) end

---Keyword arguments of APIClient.history.
---@class APIClient.history.opts
---@field image? string|table<string, any>|table The image: object, ID or name.

---The layers of an image, newest first.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param opts? APIClient.history.opts keyword arguments
---@return any
function APIClient:history(image, opts) end

---Keyword arguments of APIClient.tag.
---@class APIClient.tag.opts
---@field image? string|table<string, any>|table The image: object, ID or name.
---@field repository? string The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split).
---@field tag? string The tag (default: the tag of repository, else "latest").
---@field force? boolean Accepted as docker-py has it; daemons since API 1.25 always move an existing tag.

---Tag an image into a repository; returns true.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param repository string The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split).
---@param tag? string The tag (default: the tag of repository, else "latest").
---@param force? boolean Accepted as docker-py has it; daemons since API 1.25 always move an existing tag.
---@param opts? APIClient.tag.opts keyword arguments
---@overload fun(self: APIClient, image: string|table<string, any>|table, repository: string, opts?: APIClient.tag.opts): any
---@overload fun(self: APIClient, image: string|table<string, any>|table, repository: string, tag?: string, opts?: APIClient.tag.opts): any
---@return any
function APIClient:tag(image, repository, tag, force, opts) end

---Keyword arguments of APIClient.search.
---@class APIClient.search.opts
---@field term? string The search term.
---@field limit? integer At most this many results.

---Search the registry index (Docker Hub) for images: a list of {name, description, star_count, is_official, is_automated}.
---@param term string The search term.
---@param limit? integer At most this many results.
---@param opts? APIClient.search.opts keyword arguments
---@overload fun(self: APIClient, term: string, opts?: APIClient.search.opts): any
---@return any
function APIClient:search(term, limit, opts) end

---Keyword arguments of APIClient.prune_images.
---@class APIClient.prune_images.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused images; returns {ImagesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? APIClient.prune_images.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_images.opts): any
---@return any
function APIClient:prune_images(filters, opts) end

---Keyword arguments of APIClient.prune_builds.
---@class APIClient.prune_builds.opts
---@field filters? table<string, any> Filters such as {until="24h"}.
---@field keep_storage? integer Bytes of cache to keep.
---@field all? boolean Remove all unused cache, not only dangling entries.

---Delete build cache; returns {CachesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h"}.
---@param keep_storage? integer Bytes of cache to keep.
---@param all? boolean Remove all unused cache, not only dangling entries.
---@param opts? APIClient.prune_builds.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_builds.opts): any
---@overload fun(self: APIClient, filters?: table<string, any>, opts?: APIClient.prune_builds.opts): any
---@overload fun(self: APIClient, filters?: table<string, any>, keep_storage?: integer, opts?: APIClient.prune_builds.opts): any
---@return any
function APIClient:prune_builds(filters, keep_storage, all, opts) end

---Keyword arguments of APIClient.push.
---@class APIClient.push.opts
---@field repository? string The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1".
---@field tag? string The tag to push (default: the one of repository, else every tag).
---@field stream? boolean Return an iterator of the progress messages.
---@field auth_config? table<string, any> Credentials for this push: {username=..., password=...}.
---@field decode? boolean Yield decoded dicts (with stream).

---Push an image or a repository to its registry; returns the progress text, or an iterator of the messages with stream.
---@param repository string The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1".
---@param tag? string The tag to push (default: the one of repository, else every tag).
---@param stream? boolean Return an iterator of the progress messages.
---@param auth_config? table<string, any> Credentials for this push: {username=..., password=...}.
---@param decode? boolean Yield decoded dicts (with stream).
---@param opts? APIClient.push.opts keyword arguments
---@overload fun(self: APIClient, repository: string, opts?: APIClient.push.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, opts?: APIClient.push.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, opts?: APIClient.push.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, auth_config?: table<string, any>, opts?: APIClient.push.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:push(repository, tag, stream, auth_config, decode, opts) end

---Keyword arguments of APIClient.create_network.
---@class APIClient.create_network.opts
---@field name? string The network's name.
---@field driver? string The driver: bridge (default), overlay, macvlan, ...
---@field options? table<string, string> Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}.
---@field ipam? IPAMConfig|table<string, any> The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments).
---@field check_duplicate? boolean Ask the daemon to refuse a second network of the same name.
---@field internal? boolean Restrict external access to the network.
---@field labels? table<string, string> Labels of the network.
---@field enable_ipv6? boolean Enable IPv6.
---@field attachable? boolean Let standalone containers attach to a swarm-scoped network.
---@field scope? string The network's scope: local, global or swarm.
---@field ingress? boolean Create the swarm's ingress (routing-mesh) network.

---Create a network; returns {Id, Warning}.
---@param name string The network's name.
---@param driver? string The driver: bridge (default), overlay, macvlan, ...
---@param options? table<string, string> Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}.
---@param ipam? IPAMConfig|table<string, any> The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments).
---@param check_duplicate? boolean Ask the daemon to refuse a second network of the same name.
---@param internal? boolean Restrict external access to the network.
---@param labels? table<string, string> Labels of the network.
---@param enable_ipv6? boolean Enable IPv6.
---@param attachable? boolean Let standalone containers attach to a swarm-scoped network.
---@param scope? string The network's scope: local, global or swarm.
---@param ingress? boolean Create the swarm's ingress (routing-mesh) network.
---@param opts? APIClient.create_network.opts keyword arguments
---@overload fun(self: APIClient, name: string, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, attachable?: boolean, opts?: APIClient.create_network.opts): any
---@overload fun(self: APIClient, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, attachable?: boolean, scope?: string, opts?: APIClient.create_network.opts): any
---@return any
function APIClient:create_network(name, driver, options, ipam, check_duplicate, internal, labels, enable_ipv6, attachable, scope, ingress, opts) end

---Keyword arguments of APIClient.remove_network.
---@class APIClient.remove_network.opts
---@field net_id? string|table<string, any>|table The network: object, ID or name.

---Remove a network.
---@param net_id string|table<string, any>|table The network: object, ID or name.
---@param opts? APIClient.remove_network.opts keyword arguments
---@return any
function APIClient:remove_network(net_id, opts) end

---Keyword arguments of APIClient.connect_container_to_network.
---@class APIClient.connect_container_to_network.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field net_id? string|table<string, any>|table The network: object, ID or name.
---@field ipv4_address? string The container's IPv4 address on the network.
---@field ipv6_address? string The container's IPv6 address on the network.
---@field aliases? string[] Names that reach the container on this network.
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field link_local_ips? string[] Link-local (IPv4/IPv6) addresses.
---@field driver_opt? table<string, string> Options for the network driver.
---@field mac_address? string The container's MAC address on the network.

---Connect a container to a network.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param net_id string|table<string, any>|table The network: object, ID or name.
---@param ipv4_address? string The container's IPv4 address on the network.
---@param ipv6_address? string The container's IPv6 address on the network.
---@param aliases? string[] Names that reach the container on this network.
---@param links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@param link_local_ips? string[] Link-local (IPv4/IPv6) addresses.
---@param driver_opt? table<string, string> Options for the network driver.
---@param mac_address? string The container's MAC address on the network.
---@param opts? APIClient.connect_container_to_network.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], link_local_ips?: string[], opts?: APIClient.connect_container_to_network.opts): any
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], link_local_ips?: string[], driver_opt?: table<string, string>, opts?: APIClient.connect_container_to_network.opts): any
---@return any
function APIClient:connect_container_to_network(container, net_id, ipv4_address, ipv6_address, aliases, links, link_local_ips, driver_opt, mac_address, opts) end

---Keyword arguments of APIClient.disconnect_container_from_network.
---@class APIClient.disconnect_container_from_network.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field net_id? string|table<string, any>|table The network: object, ID or name.
---@field force? boolean Disconnect even when the container is not running.

---Disconnect a container from a network.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param net_id string|table<string, any>|table The network: object, ID or name.
---@param force? boolean Disconnect even when the container is not running.
---@param opts? APIClient.disconnect_container_from_network.opts keyword arguments
---@overload fun(self: APIClient, container: string|table<string, any>|table, net_id: string|table<string, any>|table, opts?: APIClient.disconnect_container_from_network.opts): any
---@return any
function APIClient:disconnect_container_from_network(container, net_id, force, opts) end

---Keyword arguments of APIClient.prune_networks.
---@class APIClient.prune_networks.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused networks; returns {NetworksDeleted}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? APIClient.prune_networks.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_networks.opts): any
---@return any
function APIClient:prune_networks(filters, opts) end

---List the installed plugins.
---@return any
function APIClient:plugins() end

---Keyword arguments of APIClient.inspect_plugin.
---@class APIClient.inspect_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".

---Inspect a plugin.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param opts? APIClient.inspect_plugin.opts keyword arguments
---@return any
function APIClient:inspect_plugin(name, opts) end

---Keyword arguments of APIClient.configure_plugin.
---@class APIClient.configure_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field options? table<string, any>|any[] Settings: {KEY = value} or a list of "KEY=value".

---Change a disabled plugin's settings; returns true.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param options table<string, any>|any[] Settings: {KEY = value} or a list of "KEY=value".
---@param opts? APIClient.configure_plugin.opts keyword arguments
---@return any
function APIClient:configure_plugin(name, options, opts) end

---Keyword arguments of APIClient.create_plugin.
---@class APIClient.create_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field plugin_data_dir? string Directory holding config.json and rootfs/.
---@field gzip? boolean Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it).

---Create a plugin from a directory holding config.json and rootfs/; returns true.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param plugin_data_dir string Directory holding config.json and rootfs/.
---@param gzip? boolean Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it).
---@param opts? APIClient.create_plugin.opts keyword arguments
---@overload fun(self: APIClient, name: string|Plugin, plugin_data_dir: string, opts?: APIClient.create_plugin.opts): any
---@return any
function APIClient:create_plugin(name, plugin_data_dir, gzip, opts) end

---Keyword arguments of APIClient.enable_plugin.
---@class APIClient.enable_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field timeout? integer Seconds the daemon waits for the plugin (0: no limit).

---Enable a plugin; returns true.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param timeout? integer Seconds the daemon waits for the plugin (0: no limit).
---@param opts? APIClient.enable_plugin.opts keyword arguments
---@overload fun(self: APIClient, name: string|Plugin, opts?: APIClient.enable_plugin.opts): any
---@return any
function APIClient:enable_plugin(name, timeout, opts) end

---Keyword arguments of APIClient.disable_plugin.
---@class APIClient.disable_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field force? boolean Even while in use (disable) or enabled (remove).

---Disable a plugin; returns true.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param force? boolean Even while in use (disable) or enabled (remove).
---@param opts? APIClient.disable_plugin.opts keyword arguments
---@overload fun(self: APIClient, name: string|Plugin, opts?: APIClient.disable_plugin.opts): any
---@return any
function APIClient:disable_plugin(name, force, opts) end

---Keyword arguments of APIClient.pull_plugin.
---@class APIClient.pull_plugin.opts
---@field remote? string The plugin's reference in its registry.
---@field privileges? any[] The privileges granted, as api.plugin_privileges returns them.
---@field name? string The local name (default: remote).

---Install a plugin from a registry: an iterator of progress dicts.
---@param remote string The plugin's reference in its registry.
---@param privileges any[] The privileges granted, as api.plugin_privileges returns them.
---@param name? string The local name (default: remote).
---@param opts? APIClient.pull_plugin.opts keyword arguments
---@overload fun(self: APIClient, remote: string, privileges: any[], opts?: APIClient.pull_plugin.opts): DScriptIterator
---@return DScriptIterator
function APIClient:pull_plugin(remote, privileges, name, opts) end

---Keyword arguments of APIClient.push_plugin.
---@class APIClient.push_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".

---Push a plugin to its registry: an iterator of progress dicts.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param opts? APIClient.push_plugin.opts keyword arguments
---@return DScriptIterator
function APIClient:push_plugin(name, opts) end

---Keyword arguments of APIClient.remove_plugin.
---@class APIClient.remove_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field force? boolean Even while in use (disable) or enabled (remove).

---Remove a plugin; returns true.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param force? boolean Even while in use (disable) or enabled (remove).
---@param opts? APIClient.remove_plugin.opts keyword arguments
---@overload fun(self: APIClient, name: string|Plugin, opts?: APIClient.remove_plugin.opts): any
---@return any
function APIClient:remove_plugin(name, force, opts) end

---Keyword arguments of APIClient.upgrade_plugin.
---@class APIClient.upgrade_plugin.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field remote? string The new version's reference in the registry.
---@field privileges? any[] The privileges granted, as api.plugin_privileges returns them.

---Replace a disabled plugin by another version: an iterator of progress dicts.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param remote string The new version's reference in the registry.
---@param privileges any[] The privileges granted, as api.plugin_privileges returns them.
---@param opts? APIClient.upgrade_plugin.opts keyword arguments
---@return DScriptIterator
function APIClient:upgrade_plugin(name, remote, privileges, opts) end

---Keyword arguments of APIClient.plugin_privileges.
---@class APIClient.plugin_privileges.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".

---The privileges a plugin in a registry asks for.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param opts? APIClient.plugin_privileges.opts keyword arguments
---@return any
function APIClient:plugin_privileges(name, opts) end

---Keyword arguments of APIClient.login.
---@class APIClient.login.opts
---@field username? string The registry user name.
---@field password? string The password (never shown in messages).
---@field email? string The e-mail address of the account.
---@field registry? string The registry, e.g. "127.0.0.1:5000" (default: Docker Hub).
---@field reauth? boolean Log in again even when credentials for this user are known.
---@field dockercfg_path? string Path of a docker config.json to read credentials from.

---Log in to a registry: checks the credentials with the daemon and keeps them for this client's pulls, pushes and builds.
---@param username string The registry user name.
---@param password? string The password (never shown in messages).
---@param email? string The e-mail address of the account.
---@param registry? string The registry, e.g. "127.0.0.1:5000" (default: Docker Hub).
---@param reauth? boolean Log in again even when credentials for this user are known.
---@param dockercfg_path? string Path of a docker config.json to read credentials from.
---@param opts? APIClient.login.opts keyword arguments
---@overload fun(self: APIClient, username: string, opts?: APIClient.login.opts): any
---@overload fun(self: APIClient, username: string, password?: string, opts?: APIClient.login.opts): any
---@overload fun(self: APIClient, username: string, password?: string, email?: string, opts?: APIClient.login.opts): any
---@overload fun(self: APIClient, username: string, password?: string, email?: string, registry?: string, opts?: APIClient.login.opts): any
---@overload fun(self: APIClient, username: string, password?: string, email?: string, registry?: string, reauth?: boolean, opts?: APIClient.login.opts): any
---@return any
function APIClient:login(username, password, email, registry, reauth, dockercfg_path, opts) end

---Keyword arguments of APIClient.secrets.
---@class APIClient.secrets.opts
---@field filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.

---List the swarm's secrets (without their data).
---@param filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.
---@param opts? APIClient.secrets.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.secrets.opts): any
---@return any
function APIClient:secrets(filters, opts) end

---Keyword arguments of APIClient.create_secret.
---@class APIClient.create_secret.opts
---@field name? string The secret's name.
---@field data? string|string The secret's content: str or bytes.
---@field labels? table<string, string> The secret's labels.
---@field driver? DriverConfig|table<string, any> A secret store driver {Name, Options}.

---Create a secret; returns {ID}.
---@param name string The secret's name.
---@param data string|string The secret's content: str or bytes.
---@param labels? table<string, string> The secret's labels.
---@param driver? DriverConfig|table<string, any> A secret store driver {Name, Options}.
---@param opts? APIClient.create_secret.opts keyword arguments
---@overload fun(self: APIClient, name: string, data: string|string, opts?: APIClient.create_secret.opts): any
---@overload fun(self: APIClient, name: string, data: string|string, labels?: table<string, string>, opts?: APIClient.create_secret.opts): any
---@return any
function APIClient:create_secret(name, data, labels, driver, opts) end

---Keyword arguments of APIClient.inspect_secret.
---@class APIClient.inspect_secret.opts
---@field id? string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.

---Inspect a secret (its data is never returned).
---@param id string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.
---@param opts? APIClient.inspect_secret.opts keyword arguments
---@return any
function APIClient:inspect_secret(id, opts) end

---Keyword arguments of APIClient.remove_secret.
---@class APIClient.remove_secret.opts
---@field id? string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.

---Remove a secret; returns true.
---@param id string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.
---@param opts? APIClient.remove_secret.opts keyword arguments
---@return any
function APIClient:remove_secret(id, opts) end

---Keyword arguments of APIClient.configs.
---@class APIClient.configs.opts
---@field filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.

---List the swarm's configs.
---@param filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.
---@param opts? APIClient.configs.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.configs.opts): any
---@return any
function APIClient:configs(filters, opts) end

---Keyword arguments of APIClient.create_config.
---@class APIClient.create_config.opts
---@field name? string The config's name.
---@field data? string|string The config's content: str or bytes.
---@field labels? table<string, string> The config's labels.
---@field templating? DriverConfig|table<string, any> A templating driver {Name, Options}, e.g. {Name="golang"}.

---Create a config; returns {ID}.
---@param name string The config's name.
---@param data string|string The config's content: str or bytes.
---@param labels? table<string, string> The config's labels.
---@param templating? DriverConfig|table<string, any> A templating driver {Name, Options}, e.g. {Name="golang"}.
---@param opts? APIClient.create_config.opts keyword arguments
---@overload fun(self: APIClient, name: string, data: string|string, opts?: APIClient.create_config.opts): any
---@overload fun(self: APIClient, name: string, data: string|string, labels?: table<string, string>, opts?: APIClient.create_config.opts): any
---@return any
function APIClient:create_config(name, data, labels, templating, opts) end

---Keyword arguments of APIClient.inspect_config.
---@class APIClient.inspect_config.opts
---@field id? string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.

---Inspect a config (its data is base64 in Spec.Data).
---@param id string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.
---@param opts? APIClient.inspect_config.opts keyword arguments
---@return any
function APIClient:inspect_config(id, opts) end

---Keyword arguments of APIClient.remove_config.
---@class APIClient.remove_config.opts
---@field id? string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.

---Remove a config; returns true.
---@param id string|table<string, any>|table The ID (or name), the model, or the {ID} dict create returns.
---@param opts? APIClient.remove_config.opts keyword arguments
---@return any
function APIClient:remove_config(id, opts) end

---Keyword arguments of APIClient.services.
---@class APIClient.services.opts
---@field filters? table<string, any> Filters such as {name="web"}, {label="a=b"}, {mode="replicated"}.
---@field status? boolean Include ServiceStatus (running and desired tasks).

---List the swarm's services.
---@param filters? table<string, any> Filters such as {name="web"}, {label="a=b"}, {mode="replicated"}.
---@param status? boolean Include ServiceStatus (running and desired tasks).
---@param opts? APIClient.services.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.services.opts): any
---@overload fun(self: APIClient, filters?: table<string, any>, opts?: APIClient.services.opts): any
---@return any
function APIClient:services(filters, status, opts) end

---Keyword arguments of APIClient.create_service.
---@class APIClient.create_service.opts
---@field task_template? TaskTemplate|table<string, any> The task specification (docker.types.TaskTemplate).
---@field name? string The service's name.
---@field labels? table<string, string> The service's labels.
---@field mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica).
---@field update_config? UpdateConfig|table<string, any> How updates are made.
---@field networks? any[] Networks (deprecated: use the TaskTemplate's networks).
---@field endpoint_config? table<string, any> Accepted and ignored, as docker-py does.
---@field endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@field rollback_config? RollbackConfig|table<string, any> How rollbacks are made.

---Create a service; returns {ID, Warnings}.
---@param task_template TaskTemplate|table<string, any> The task specification (docker.types.TaskTemplate).
---@param name? string The service's name.
---@param labels? table<string, string> The service's labels.
---@param mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica).
---@param update_config? UpdateConfig|table<string, any> How updates are made.
---@param networks? any[] Networks (deprecated: use the TaskTemplate's networks).
---@param endpoint_config? table<string, any> Accepted and ignored, as docker-py does.
---@param endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@param rollback_config? RollbackConfig|table<string, any> How rollbacks are made.
---@param opts? APIClient.create_service.opts keyword arguments
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], endpoint_config?: table<string, any>, opts?: APIClient.create_service.opts): any
---@overload fun(self: APIClient, task_template: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], endpoint_config?: table<string, any>, endpoint_spec?: EndpointSpec|table<string, any>, opts?: APIClient.create_service.opts): any
---@return any
function APIClient:create_service(task_template, name, labels, mode, update_config, networks, endpoint_config, endpoint_spec, rollback_config, opts) end

---Keyword arguments of APIClient.inspect_service.
---@class APIClient.inspect_service.opts
---@field service? string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@field insert_defaults? boolean Fill the spec's unset fields with their defaults.

---Inspect a service.
---@param service string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@param insert_defaults? boolean Fill the spec's unset fields with their defaults.
---@param opts? APIClient.inspect_service.opts keyword arguments
---@overload fun(self: APIClient, service: string|table<string, any>|table, opts?: APIClient.inspect_service.opts): any
---@return any
function APIClient:inspect_service(service, insert_defaults, opts) end

---Keyword arguments of APIClient.update_service.
---@class APIClient.update_service.opts
---@field service? string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@field version? integer The service's current Version.Index.
---@field task_template? TaskTemplate|table<string, any> Changes to the task specification (docker.types.TaskTemplate); ContainerSpec is merged key by key.
---@field name? string The service's name.
---@field labels? table<string, string> The service's labels.
---@field mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica).
---@field update_config? UpdateConfig|table<string, any> How updates are made.
---@field networks? any[] Networks (deprecated: use the TaskTemplate's networks).
---@field endpoint_config? table<string, any> Accepted and ignored, as docker-py does.
---@field endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@field rollback_config? RollbackConfig|table<string, any> How rollbacks are made.
---@field fetch_current_spec? boolean Start from the current spec: what is not given is kept.

---Update a service; returns {Warnings}. Without fetch_current_spec, what is not given is reset.
---@param service string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@param version integer The service's current Version.Index.
---@param task_template? TaskTemplate|table<string, any> Changes to the task specification (docker.types.TaskTemplate); ContainerSpec is merged key by key.
---@param name? string The service's name.
---@param labels? table<string, string> The service's labels.
---@param mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica).
---@param update_config? UpdateConfig|table<string, any> How updates are made.
---@param networks? any[] Networks (deprecated: use the TaskTemplate's networks).
---@param endpoint_config? table<string, any> Accepted and ignored, as docker-py does.
---@param endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@param fetch_current_spec? boolean Start from the current spec: what is not given is kept.
---@param rollback_config? RollbackConfig|table<string, any> How rollbacks are made.
---@param opts? APIClient.update_service.opts keyword arguments
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], endpoint_config?: table<string, any>, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], endpoint_config?: table<string, any>, endpoint_spec?: EndpointSpec|table<string, any>, opts?: APIClient.update_service.opts): any
---@overload fun(self: APIClient, service: string|table<string, any>|table, version: integer, task_template?: TaskTemplate|table<string, any>, name?: string, labels?: table<string, string>, mode?: ServiceMode|table<string, any>|string, update_config?: UpdateConfig|table<string, any>, networks?: any[], endpoint_config?: table<string, any>, endpoint_spec?: EndpointSpec|table<string, any>, fetch_current_spec?: boolean, opts?: APIClient.update_service.opts): any
---@return any
function APIClient:update_service(service, version, task_template, name, labels, mode, update_config, networks, endpoint_config, endpoint_spec, fetch_current_spec, rollback_config, opts) end

---Keyword arguments of APIClient.remove_service.
---@class APIClient.remove_service.opts
---@field service? string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.

---Remove a service and its tasks; returns true.
---@param service string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@param opts? APIClient.remove_service.opts keyword arguments
---@return any
function APIClient:remove_service(service, opts) end

---Keyword arguments of APIClient.service_logs.
---@class APIClient.service_logs.opts
---@field service? string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@field details? boolean Add each line's details (labels, task).
---@field follow? boolean Keep streaming new output.
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field since? integer|string|number|string Only output after this time (Unix seconds, RFC 3339 or Date).
---@field timestamps? boolean Prefix each line with its timestamp.
---@field tail? string|integer Lines from the end, or "all".
---@field is_tty? boolean Whether the containers have a TTY (default: read from the service).

---The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr).
---@param service string|table<string, any>|table The service: ID, name, Service or the {ID} dict create_service returns.
---@param details? boolean Add each line's details (labels, task).
---@param follow? boolean Keep streaming new output.
---@param stdout? boolean Include stdout.
---@param stderr? boolean Include stderr.
---@param since? integer|string|number|string Only output after this time (Unix seconds, RFC 3339 or Date).
---@param timestamps? boolean Prefix each line with its timestamp.
---@param tail? string|integer Lines from the end, or "all".
---@param is_tty? boolean Whether the containers have a TTY (default: read from the service).
---@param opts? APIClient.service_logs.opts keyword arguments
---@overload fun(self: APIClient, service: string|table<string, any>|table, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, stdout?: boolean, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: integer|string|number|string, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: integer|string|number|string, timestamps?: boolean, opts?: APIClient.service_logs.opts): DScriptIterator
---@overload fun(self: APIClient, service: string|table<string, any>|table, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: integer|string|number|string, timestamps?: boolean, tail?: string|integer, opts?: APIClient.service_logs.opts): DScriptIterator
---@return DScriptIterator
function APIClient:service_logs(service, details, follow, stdout, stderr, since, timestamps, tail, is_tty, opts) end

---Keyword arguments of APIClient.tasks.
---@class APIClient.tasks.opts
---@field filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.

---List the swarm's tasks.
---@param filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.
---@param opts? APIClient.tasks.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.tasks.opts): any
---@return any
function APIClient:tasks(filters, opts) end

---Keyword arguments of APIClient.inspect_task.
---@class APIClient.inspect_task.opts
---@field task? string|table<string, any>|table The task's ID.

---Inspect a task.
---@param task string|table<string, any>|table The task's ID.
---@param opts? APIClient.inspect_task.opts keyword arguments
---@return any
function APIClient:inspect_task(task, opts) end

---Keyword arguments of APIClient.init_swarm.
---@class APIClient.init_swarm.opts
---@field advertise_addr? string Address other nodes reach this one at: an address, an interface name, optionally with a port.
---@field listen_addr? string Address to listen on for the swarm's control plane.
---@field force_new_cluster? boolean Make a new cluster from this node's state.
---@field default_addr_pool? string[] Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}).
---@field subnet_size? integer Prefix length of each overlay network's subnet (default 24).
---@field data_path_addr? string Address for the overlay networks' data traffic.
---@field data_path_port? integer UDP port for the overlay networks' data traffic (default 4789).
---@field swarm_spec? SwarmSpec|table<string, any> The swarm's settings (api.create_swarm_spec).

---Make this daemon the first manager of a new swarm; returns the node's ID.
---@param advertise_addr? string Address other nodes reach this one at: an address, an interface name, optionally with a port.
---@param listen_addr? string Address to listen on for the swarm's control plane.
---@param force_new_cluster? boolean Make a new cluster from this node's state.
---@param swarm_spec? SwarmSpec|table<string, any> The swarm's settings (api.create_swarm_spec).
---@param default_addr_pool? string[] Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}).
---@param subnet_size? integer Prefix length of each overlay network's subnet (default 24).
---@param data_path_addr? string Address for the overlay networks' data traffic.
---@param data_path_port? integer UDP port for the overlay networks' data traffic (default 4789).
---@param opts? APIClient.init_swarm.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, swarm_spec?: SwarmSpec|table<string, any>, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, swarm_spec?: SwarmSpec|table<string, any>, default_addr_pool?: string[], opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, swarm_spec?: SwarmSpec|table<string, any>, default_addr_pool?: string[], subnet_size?: integer, opts?: APIClient.init_swarm.opts): any
---@overload fun(self: APIClient, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, swarm_spec?: SwarmSpec|table<string, any>, default_addr_pool?: string[], subnet_size?: integer, data_path_addr?: string, opts?: APIClient.init_swarm.opts): any
---@return any
function APIClient:init_swarm(advertise_addr, listen_addr, force_new_cluster, swarm_spec, default_addr_pool, subnet_size, data_path_addr, data_path_port, opts) end

---Keyword arguments of APIClient.join_swarm.
---@class APIClient.join_swarm.opts
---@field remote_addrs? string[] Addresses of managers of the swarm.
---@field join_token? string The worker or manager join token.
---@field listen_addr? string Address to listen on for the swarm's control plane.
---@field advertise_addr? string Address other nodes reach this one at.
---@field data_path_addr? string Address for the overlay networks' data traffic.

---Join this daemon to a swarm; returns true.
---@param remote_addrs string[] Addresses of managers of the swarm.
---@param join_token string The worker or manager join token.
---@param listen_addr? string Address to listen on for the swarm's control plane.
---@param advertise_addr? string Address other nodes reach this one at.
---@param data_path_addr? string Address for the overlay networks' data traffic.
---@param opts? APIClient.join_swarm.opts keyword arguments
---@overload fun(self: APIClient, remote_addrs: string[], join_token: string, opts?: APIClient.join_swarm.opts): any
---@overload fun(self: APIClient, remote_addrs: string[], join_token: string, listen_addr?: string, opts?: APIClient.join_swarm.opts): any
---@overload fun(self: APIClient, remote_addrs: string[], join_token: string, listen_addr?: string, advertise_addr?: string, opts?: APIClient.join_swarm.opts): any
---@return any
function APIClient:join_swarm(remote_addrs, join_token, listen_addr, advertise_addr, data_path_addr, opts) end

---Keyword arguments of APIClient.leave_swarm.
---@class APIClient.leave_swarm.opts
---@field force? boolean Leave even as the last manager (the swarm's state is lost).

---Leave the swarm; returns true.
---@param force? boolean Leave even as the last manager (the swarm's state is lost).
---@param opts? APIClient.leave_swarm.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.leave_swarm.opts): any
---@return any
function APIClient:leave_swarm(force, opts) end

---Keyword arguments of APIClient.update_swarm.
---@class APIClient.update_swarm.opts
---@field version? integer The swarm's current Version.Index.
---@field swarm_spec? SwarmSpec|table<string, any> The whole new spec (api.create_swarm_spec).
---@field rotate_worker_token? boolean Issue a new worker join token.
---@field rotate_manager_token? boolean Issue a new manager join token.
---@field rotate_manager_unlock_key? boolean Issue a new unlock key.

---Replace the swarm's spec, optionally rotating tokens or the unlock key; returns true.
---@param version integer The swarm's current Version.Index.
---@param swarm_spec? SwarmSpec|table<string, any> The whole new spec (api.create_swarm_spec).
---@param rotate_worker_token? boolean Issue a new worker join token.
---@param rotate_manager_token? boolean Issue a new manager join token.
---@param rotate_manager_unlock_key? boolean Issue a new unlock key.
---@param opts? APIClient.update_swarm.opts keyword arguments
---@overload fun(self: APIClient, version: integer, opts?: APIClient.update_swarm.opts): any
---@overload fun(self: APIClient, version: integer, swarm_spec?: SwarmSpec|table<string, any>, opts?: APIClient.update_swarm.opts): any
---@overload fun(self: APIClient, version: integer, swarm_spec?: SwarmSpec|table<string, any>, rotate_worker_token?: boolean, opts?: APIClient.update_swarm.opts): any
---@overload fun(self: APIClient, version: integer, swarm_spec?: SwarmSpec|table<string, any>, rotate_worker_token?: boolean, rotate_manager_token?: boolean, opts?: APIClient.update_swarm.opts): any
---@return any
function APIClient:update_swarm(version, swarm_spec, rotate_worker_token, rotate_manager_token, rotate_manager_unlock_key, opts) end

---The swarm this daemon manages: {ID, Version, Spec, JoinTokens, ...}.
---@return any
function APIClient:inspect_swarm() end

---The key that unlocks a locked manager: {UnlockKey}.
---@return any
function APIClient:get_unlock_key() end

---Keyword arguments of APIClient.unlock_swarm.
---@class APIClient.unlock_swarm.opts
---@field key? string|table<string, any> The unlock key, or the {UnlockKey} dict get_unlock_key returns.

---Unlock a manager locked after a restart; returns true.
---@param key string|table<string, any> The unlock key, or the {UnlockKey} dict get_unlock_key returns.
---@param opts? APIClient.unlock_swarm.opts keyword arguments
---@return any
function APIClient:unlock_swarm(key, opts) end

---Keyword arguments of APIClient.nodes.
---@class APIClient.nodes.opts
---@field filters? table<string, any> Filters such as {role="manager"}, {membership="accepted"}.

---List the swarm's nodes.
---@param filters? table<string, any> Filters such as {role="manager"}, {membership="accepted"}.
---@param opts? APIClient.nodes.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.nodes.opts): any
---@return any
function APIClient:nodes(filters, opts) end

---Keyword arguments of APIClient.inspect_node.
---@class APIClient.inspect_node.opts
---@field node_id? string|table<string, any>|table The node: ID, host name or Node.

---Inspect a node.
---@param node_id string|table<string, any>|table The node: ID, host name or Node.
---@param opts? APIClient.inspect_node.opts keyword arguments
---@return any
function APIClient:inspect_node(node_id, opts) end

---Keyword arguments of APIClient.update_node.
---@class APIClient.update_node.opts
---@field node_id? string|table<string, any>|table The node: ID, host name or Node.
---@field version? integer The node's current Version.Index.
---@field node_spec? table<string, any> The whole new spec: {Role, Availability, Labels, Name}.

---Replace a node's spec; returns true.
---@param node_id string|table<string, any>|table The node: ID, host name or Node.
---@param version integer The node's current Version.Index.
---@param node_spec? table<string, any> The whole new spec: {Role, Availability, Labels, Name}.
---@param opts? APIClient.update_node.opts keyword arguments
---@overload fun(self: APIClient, node_id: string|table<string, any>|table, version: integer, opts?: APIClient.update_node.opts): any
---@return any
function APIClient:update_node(node_id, version, node_spec, opts) end

---Keyword arguments of APIClient.remove_node.
---@class APIClient.remove_node.opts
---@field node_id? string|table<string, any>|table The node: ID, host name or Node.
---@field force? boolean Remove a node that is still up.

---Remove a node from the swarm; returns true.
---@param node_id string|table<string, any>|table The node: ID, host name or Node.
---@param force? boolean Remove a node that is still up.
---@param opts? APIClient.remove_node.opts keyword arguments
---@overload fun(self: APIClient, node_id: string|table<string, any>|table, opts?: APIClient.remove_node.opts): any
---@return any
function APIClient:remove_node(node_id, force, opts) end

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

---Data usage: {LayersSize, Images, Containers, Volumes, BuildCache}.
---@return any
function APIClient:df() end

---Keyword arguments of APIClient.volumes.
---@class APIClient.volumes.opts
---@field filters? table<string, any> Filters such as {name="data", dangling=true, label="a=b"}.

---List volumes: {Volumes, Warnings}.
---@param filters? table<string, any> Filters such as {name="data", dangling=true, label="a=b"}.
---@param opts? APIClient.volumes.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.volumes.opts): any
---@return any
function APIClient:volumes(filters, opts) end

---Keyword arguments of APIClient.create_volume.
---@class APIClient.create_volume.opts
---@field name? string The volume's name (default: the daemon makes one up).
---@field driver? string The volume driver (default local).
---@field driver_opts? table<string, string> Driver options, e.g. {type="tmpfs", device="tmpfs"}.
---@field labels? table<string, string> Labels of the volume.

---Create a volume; returns its inspect answer.
---@param name? string The volume's name (default: the daemon makes one up).
---@param driver? string The volume driver (default local).
---@param driver_opts? table<string, string> Driver options, e.g. {type="tmpfs", device="tmpfs"}.
---@param labels? table<string, string> Labels of the volume.
---@param opts? APIClient.create_volume.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.create_volume.opts): any
---@overload fun(self: APIClient, name?: string, opts?: APIClient.create_volume.opts): any
---@overload fun(self: APIClient, name?: string, driver?: string, opts?: APIClient.create_volume.opts): any
---@overload fun(self: APIClient, name?: string, driver?: string, driver_opts?: table<string, string>, opts?: APIClient.create_volume.opts): any
---@return any
function APIClient:create_volume(name, driver, driver_opts, labels, opts) end

---Keyword arguments of APIClient.remove_volume.
---@class APIClient.remove_volume.opts
---@field name? string|table<string, any>|table The volume: object or name.
---@field force? boolean Also forget a volume its driver already removed.

---Remove a volume.
---@param name string|table<string, any>|table The volume: object or name.
---@param force? boolean Also forget a volume its driver already removed.
---@param opts? APIClient.remove_volume.opts keyword arguments
---@overload fun(self: APIClient, name: string|table<string, any>|table, opts?: APIClient.remove_volume.opts): any
---@return any
function APIClient:remove_volume(name, force, opts) end

---Keyword arguments of APIClient.prune_volumes.
---@class APIClient.prune_volumes.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? APIClient.prune_volumes.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.prune_volumes.opts): any
---@return any
function APIClient:prune_volumes(filters, opts) end

---Keyword arguments of APIClient.containers.
---@class APIClient.containers.opts
---@field quiet? boolean Only return IDs.
---@field all? boolean Include stopped containers.
---@field trunc? boolean Truncate IDs.
---@field latest? boolean Only the latest created container.
---@field since? string Only containers created after this ID or name.
---@field before? string Only containers created before this ID or name.
---@field limit? integer At most this many of the latest containers (-1: all).
---@field size? boolean Include sizes.
---@field filters? table<string, any> Filters such as {status="running", label="app=web"}.

---List containers as the daemon reports them.
---@param quiet? boolean Only return IDs.
---@param all? boolean Include stopped containers.
---@param trunc? boolean Truncate IDs.
---@param latest? boolean Only the latest created container.
---@param since? string Only containers created after this ID or name.
---@param before? string Only containers created before this ID or name.
---@param limit? integer At most this many of the latest containers (-1: all).
---@param size? boolean Include sizes.
---@param filters? table<string, any> Filters such as {status="running", label="app=web"}.
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
---@field group_add? string[]|integer Additional groups (names or IDs).
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
---@field group_add? string[]|integer Additional groups (names or IDs).
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
---@field exec_id? string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.

---Inspect an exec instance: Running, ExitCode, ProcessConfig, ...
---@param exec_id string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.
---@param opts? APIClient.exec_inspect.opts keyword arguments
---@return any
function APIClient:exec_inspect(exec_id, opts) end

---Keyword arguments of APIClient.exec_resize.
---@class APIClient.exec_resize.opts
---@field exec_id? string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.
---@field height? integer Rows of the TTY.
---@field width? integer Columns of the TTY.

---Resize the TTY of a running exec instance.
---@param exec_id string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.
---@param height? integer Rows of the TTY.
---@param width? integer Columns of the TTY.
---@param opts? APIClient.exec_resize.opts keyword arguments
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, opts?: APIClient.exec_resize.opts): any
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, height?: integer, opts?: APIClient.exec_resize.opts): any
---@return any
function APIClient:exec_resize(exec_id, height, width, opts) end

---Keyword arguments of APIClient.exec_start.
---@class APIClient.exec_start.opts
---@field exec_id? string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.
---@field detach? boolean Start the command and return at once.
---@field tty? boolean The exec has a pseudo-TTY (its output is not multiplexed).
---@field stream? boolean Return an iterator of output chunks.
---@field socket? boolean Return the connection as a Socket (read, write, close_write, close).
---@field demux? boolean Separate stdout and stderr: (stdout, stderr).

---Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach).
---@param exec_id string|table<string, any>|table The exec instance: its ID, or the {Id} dict from exec_create.
---@param detach? boolean Start the command and return at once.
---@param tty? boolean The exec has a pseudo-TTY (its output is not multiplexed).
---@param stream? boolean Return an iterator of output chunks.
---@param socket? boolean Return the connection as a Socket (read, write, close_write, close).
---@param demux? boolean Separate stdout and stderr: (stdout, stderr).
---@param opts? APIClient.exec_start.opts keyword arguments
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, detach?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, detach?: boolean, tty?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, detach?: boolean, tty?: boolean, stream?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@overload fun(self: APIClient, exec_id: string|table<string, any>|table, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, opts?: APIClient.exec_start.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:exec_start(exec_id, detach, tty, stream, socket, demux, opts) end

---Keyword arguments of APIClient.inspect_image.
---@class APIClient.inspect_image.opts
---@field image? string|table<string, any>|table The image: object, ID or name.

---Inspect an image.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param opts? APIClient.inspect_image.opts keyword arguments
---@return any
function APIClient:inspect_image(image, opts) end

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

---Keyword arguments of APIClient.get_image.
---@class APIClient.get_image.opts
---@field image? string|table<string, any>|table The image: object, ID or name.
---@field chunk_size? integer Bytes per chunk of the iterator.

---The image (with its tags and parents) as a tar archive: an iterator of chunks.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param opts? APIClient.get_image.opts keyword arguments
---@overload fun(self: APIClient, image: string|table<string, any>|table, opts?: APIClient.get_image.opts): DScriptIterator
---@return DScriptIterator
function APIClient:get_image(image, chunk_size, opts) end

---Keyword arguments of APIClient.load_image.
---@class APIClient.load_image.opts
---@field data? string|DScriptIterator|fun(): any The tar archive (as save makes it): str, bytes or an iterator of chunks.
---@field quiet? boolean Only the "Loaded image" messages, no progress.

---Load images from a tar archive (as save makes it); returns an iterator of the decoded progress messages.
---@param data string|DScriptIterator|fun(): any The tar archive (as save makes it): str, bytes or an iterator of chunks.
---@param quiet? boolean Only the "Loaded image" messages, no progress.
---@param opts? APIClient.load_image.opts keyword arguments
---@overload fun(self: APIClient, data: string|DScriptIterator|fun(): any, opts?: APIClient.load_image.opts): any
---@return any
function APIClient:load_image(data, quiet, opts) end

---Keyword arguments of APIClient.pull.
---@class APIClient.pull.opts
---@field repository? string The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1".
---@field tag? string The tag or digest (default: the one of repository, else "latest").
---@field stream? boolean Return an iterator of the progress messages.
---@field auth_config? table<string, any> Credentials for this pull: {username=..., password=...}.
---@field decode? boolean Yield decoded dicts (with stream).
---@field platform? string Platform as os[/arch[/variant]].
---@field all_tags? boolean Pull every tag of the repository.

---Pull an image; returns the progress text, or an iterator of the messages with stream.
---@param repository string The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1".
---@param tag? string The tag or digest (default: the one of repository, else "latest").
---@param stream? boolean Return an iterator of the progress messages.
---@param auth_config? table<string, any> Credentials for this pull: {username=..., password=...}.
---@param decode? boolean Yield decoded dicts (with stream).
---@param platform? string Platform as os[/arch[/variant]].
---@param all_tags? boolean Pull every tag of the repository.
---@param opts? APIClient.pull.opts keyword arguments
---@overload fun(self: APIClient, repository: string, opts?: APIClient.pull.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, opts?: APIClient.pull.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, opts?: APIClient.pull.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, auth_config?: table<string, any>, opts?: APIClient.pull.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, auth_config?: table<string, any>, decode?: boolean, opts?: APIClient.pull.opts): any|DScriptIterator
---@overload fun(self: APIClient, repository: string, tag?: string, stream?: boolean, auth_config?: table<string, any>, decode?: boolean, platform?: string, opts?: APIClient.pull.opts): any|DScriptIterator
---@return any|DScriptIterator
function APIClient:pull(repository, tag, stream, auth_config, decode, platform, all_tags, opts) end

---Keyword arguments of APIClient.inspect_distribution.
---@class APIClient.inspect_distribution.opts
---@field image? string The image name, e.g. "127.0.0.1:5000/app:v1".
---@field auth_config? table<string, any> Credentials for the registry: {username=..., password=...}.

---The manifest descriptor and platforms of an image in its registry: {Descriptor, Platforms}.
---@param image string The image name, e.g. "127.0.0.1:5000/app:v1".
---@param auth_config? table<string, any> Credentials for the registry: {username=..., password=...}.
---@param opts? APIClient.inspect_distribution.opts keyword arguments
---@overload fun(self: APIClient, image: string, opts?: APIClient.inspect_distribution.opts): any
---@return any
function APIClient:inspect_distribution(image, auth_config, opts) end

---Keyword arguments of APIClient.import_image.
---@class APIClient.import_image.opts
---@field src? string|string|DScriptIterator|fun(): any A URL or a file path (str), or the tar data (bytes or an iterator of chunks).
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field image? string An image to import from instead of src.
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@field stream_src? boolean src is a stream (sent chunked, as every body is).

---Import an image from a URL, a file, tar data or another image; returns the daemon's answer text.
---@param src? string|string|DScriptIterator|fun(): any A URL or a file path (str), or the tar data (bytes or an iterator of chunks).
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param image? string An image to import from instead of src.
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param stream_src? boolean src is a stream (sent chunked, as every body is).
---@param opts? APIClient.import_image.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.import_image.opts): any
---@overload fun(self: APIClient, src?: string|string|DScriptIterator|fun(): any, opts?: APIClient.import_image.opts): any
---@overload fun(self: APIClient, src?: string|string|DScriptIterator|fun(): any, repository?: string, opts?: APIClient.import_image.opts): any
---@overload fun(self: APIClient, src?: string|string|DScriptIterator|fun(): any, repository?: string, tag?: string, opts?: APIClient.import_image.opts): any
---@overload fun(self: APIClient, src?: string|string|DScriptIterator|fun(): any, repository?: string, tag?: string, image?: string, opts?: APIClient.import_image.opts): any
---@overload fun(self: APIClient, src?: string|string|DScriptIterator|fun(): any, repository?: string, tag?: string, image?: string, changes?: string|any[], opts?: APIClient.import_image.opts): any
---@return any
function APIClient:import_image(src, repository, tag, image, changes, stream_src, opts) end

---Keyword arguments of APIClient.import_image_from_data.
---@class APIClient.import_image_from_data.opts
---@field data? string|DScriptIterator|fun(): any The tar data: str, bytes or an iterator of chunks.
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.

---Import an image from tar data; returns the daemon's answer text.
---@param data string|DScriptIterator|fun(): any The tar data: str, bytes or an iterator of chunks.
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param opts? APIClient.import_image_from_data.opts keyword arguments
---@overload fun(self: APIClient, data: string|DScriptIterator|fun(): any, opts?: APIClient.import_image_from_data.opts): any
---@overload fun(self: APIClient, data: string|DScriptIterator|fun(): any, repository?: string, opts?: APIClient.import_image_from_data.opts): any
---@overload fun(self: APIClient, data: string|DScriptIterator|fun(): any, repository?: string, tag?: string, opts?: APIClient.import_image_from_data.opts): any
---@return any
function APIClient:import_image_from_data(data, repository, tag, changes, opts) end

---Keyword arguments of APIClient.import_image_from_file.
---@class APIClient.import_image_from_file.opts
---@field filename? string Path of a tar archive (possibly compressed).
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.

---Import an image from a tar file; returns the daemon's answer text.
---@param filename string Path of a tar archive (possibly compressed).
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param opts? APIClient.import_image_from_file.opts keyword arguments
---@overload fun(self: APIClient, filename: string, opts?: APIClient.import_image_from_file.opts): any
---@overload fun(self: APIClient, filename: string, repository?: string, opts?: APIClient.import_image_from_file.opts): any
---@overload fun(self: APIClient, filename: string, repository?: string, tag?: string, opts?: APIClient.import_image_from_file.opts): any
---@return any
function APIClient:import_image_from_file(filename, repository, tag, changes, opts) end

---Keyword arguments of APIClient.import_image_from_image.
---@class APIClient.import_image_from_image.opts
---@field image? string The image to import from.
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.

---Import an image from another image; returns the daemon's answer text.
---@param image string The image to import from.
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param opts? APIClient.import_image_from_image.opts keyword arguments
---@overload fun(self: APIClient, image: string, opts?: APIClient.import_image_from_image.opts): any
---@overload fun(self: APIClient, image: string, repository?: string, opts?: APIClient.import_image_from_image.opts): any
---@overload fun(self: APIClient, image: string, repository?: string, tag?: string, opts?: APIClient.import_image_from_image.opts): any
---@return any
function APIClient:import_image_from_image(image, repository, tag, changes, opts) end

---Keyword arguments of APIClient.import_image_from_stream.
---@class APIClient.import_image_from_stream.opts
---@field stream? string|DScriptIterator|fun(): any The tar data: an iterator of chunks, str or bytes.
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.

---Import an image from a stream of tar data; returns the daemon's answer text.
---@param stream string|DScriptIterator|fun(): any The tar data: an iterator of chunks, str or bytes.
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param opts? APIClient.import_image_from_stream.opts keyword arguments
---@overload fun(self: APIClient, stream: string|DScriptIterator|fun(): any, opts?: APIClient.import_image_from_stream.opts): any
---@overload fun(self: APIClient, stream: string|DScriptIterator|fun(): any, repository?: string, opts?: APIClient.import_image_from_stream.opts): any
---@overload fun(self: APIClient, stream: string|DScriptIterator|fun(): any, repository?: string, tag?: string, opts?: APIClient.import_image_from_stream.opts): any
---@return any
function APIClient:import_image_from_stream(stream, repository, tag, changes, opts) end

---Keyword arguments of APIClient.import_image_from_url.
---@class APIClient.import_image_from_url.opts
---@field url? string URL of a tar archive the daemon downloads.
---@field repository? string The repository of the new image.
---@field tag? string The tag of the new image (default "latest").
---@field changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.

---Import an image from a URL the daemon downloads; returns the daemon's answer text.
---@param url string URL of a tar archive the daemon downloads.
---@param repository? string The repository of the new image.
---@param tag? string The tag of the new image (default "latest").
---@param changes? string|any[] Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}.
---@param opts? APIClient.import_image_from_url.opts keyword arguments
---@overload fun(self: APIClient, url: string, opts?: APIClient.import_image_from_url.opts): any
---@overload fun(self: APIClient, url: string, repository?: string, opts?: APIClient.import_image_from_url.opts): any
---@overload fun(self: APIClient, url: string, repository?: string, tag?: string, opts?: APIClient.import_image_from_url.opts): any
---@return any
function APIClient:import_image_from_url(url, repository, tag, changes, opts) end

---Keyword arguments of APIClient.networks.
---@class APIClient.networks.opts
---@field names? string[] Only the networks of these names.
---@field ids? string[] Only the networks of these IDs.
---@field filters? table<string, any> Filters such as {driver="bridge", label="a=b", type="custom"}.

---List networks as the daemon reports them.
---@param names? string[] Only the networks of these names.
---@param ids? string[] Only the networks of these IDs.
---@param filters? table<string, any> Filters such as {driver="bridge", label="a=b", type="custom"}.
---@param opts? APIClient.networks.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.networks.opts): any
---@overload fun(self: APIClient, names?: string[], opts?: APIClient.networks.opts): any
---@overload fun(self: APIClient, names?: string[], ids?: string[], opts?: APIClient.networks.opts): any
---@return any
function APIClient:networks(names, ids, filters, opts) end

---Keyword arguments of APIClient.inspect_network.
---@class APIClient.inspect_network.opts
---@field net_id? string|table<string, any>|table The network: object, ID or name.
---@field verbose? boolean Add the service details across the cluster (swarm mode).
---@field scope? string Only a network of this scope: swarm, global or local.

---Inspect a network.
---@param net_id string|table<string, any>|table The network: object, ID or name.
---@param verbose? boolean Add the service details across the cluster (swarm mode).
---@param scope? string Only a network of this scope: swarm, global or local.
---@param opts? APIClient.inspect_network.opts keyword arguments
---@overload fun(self: APIClient, net_id: string|table<string, any>|table, opts?: APIClient.inspect_network.opts): any
---@overload fun(self: APIClient, net_id: string|table<string, any>|table, verbose?: boolean, opts?: APIClient.inspect_network.opts): any
---@return any
function APIClient:inspect_network(net_id, verbose, scope, opts) end

---Keyword arguments of APIClient.reload_config.
---@class APIClient.reload_config.opts
---@field dockercfg_path? string Path of a docker config.json (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json).

---Read the docker configuration (registry credentials) again, forgetting logins.
---@param dockercfg_path? string Path of a docker config.json (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json).
---@param opts? APIClient.reload_config.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.reload_config.opts): any
---@return any
function APIClient:reload_config(dockercfg_path, opts) end

---Keyword arguments of APIClient.create_swarm_spec.
---@class APIClient.create_swarm_spec.opts
---@field task_history_retention_limit? integer Tasks kept in history per slot.
---@field snapshot_interval? integer Raft log entries between snapshots.
---@field keep_old_snapshots? integer Old snapshots kept.
---@field log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@field heartbeat_tick? integer Ticks between heartbeats.
---@field election_tick? integer Ticks before an election.
---@field dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@field node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@field external_cas? any[] SwarmExternalCA values (or dicts).
---@field name? string The swarm's name.
---@field labels? table<string, string> The swarm's labels.
---@field signing_ca_cert? string Root CA certificate (PEM).
---@field signing_ca_key? string Root CA key (PEM).
---@field ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@field autolock_managers? boolean Lock managers' keys with an unlock key.
---@field log_driver? DriverConfig|table<string, any> Default logging driver of tasks.
---@field external_ca? SwarmExternalCA|table<string, any> One external CA (instead of external_cas).

---A SwarmSpec for this client's API version (docker.types.SwarmSpec's parameters after version, plus external_ca).
---@param task_history_retention_limit? integer Tasks kept in history per slot.
---@param snapshot_interval? integer Raft log entries between snapshots.
---@param keep_old_snapshots? integer Old snapshots kept.
---@param log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@param heartbeat_tick? integer Ticks between heartbeats.
---@param election_tick? integer Ticks before an election.
---@param dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@param node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@param external_cas? any[] SwarmExternalCA values (or dicts).
---@param name? string The swarm's name.
---@param labels? table<string, string> The swarm's labels.
---@param signing_ca_cert? string Root CA certificate (PEM).
---@param signing_ca_key? string Root CA key (PEM).
---@param ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@param autolock_managers? boolean Lock managers' keys with an unlock key.
---@param log_driver? DriverConfig|table<string, any> Default logging driver of tasks.
---@param opts? APIClient.create_swarm_spec.opts keyword arguments
---@overload fun(self: APIClient, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, ca_force_rotate?: integer, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@overload fun(self: APIClient, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, ca_force_rotate?: integer, autolock_managers?: boolean, opts?: APIClient.create_swarm_spec.opts): SwarmSpec
---@return SwarmSpec
function APIClient:create_swarm_spec(task_history_retention_limit, snapshot_interval, keep_old_snapshots, log_entries_for_slow_followers, heartbeat_tick, election_tick, dispatcher_heartbeat_period, node_cert_expiry, external_cas, name, labels, signing_ca_cert, signing_ca_key, ca_force_rotate, autolock_managers, log_driver, opts) end

---Keyword arguments of APIClient.inspect_volume.
---@class APIClient.inspect_volume.opts
---@field name? string|table<string, any>|table The volume: object or name.

---Inspect a volume.
---@param name string|table<string, any>|table The volume: object or name.
---@param opts? APIClient.inspect_volume.opts keyword arguments
---@return any
function APIClient:inspect_volume(name, opts) end

---A swarm config (docker-py's Config model).
---@class Config
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field name any The config's name.
local Config = {}

---Refresh attrs from the daemon.
---@return any
function Config:reload() end

---Remove a config; returns true.
---@return any
function Config:remove() end

---The configs of the swarm (client.configs).
---@class ConfigCollection
local ConfigCollection = {}

---Keyword arguments of ConfigCollection.create.
---@class ConfigCollection.create.opts
---@field name? string The config's name.
---@field data? string|string The config's content: str or bytes.
---@field labels? table<string, string> The config's labels.
---@field templating? DriverConfig|table<string, any> A templating driver {Name, Options}, e.g. {Name="golang"}.

---Create a config (name, data, labels, templating); returns the Config.
---@param opts? ConfigCollection.create.opts keyword arguments
---@return Config
function ConfigCollection:create(opts) end

---Keyword arguments of ConfigCollection.get.
---@class ConfigCollection.get.opts
---@field config_id? string The config's ID or name.

---Get a config by ID or name.
---@param config_id string The config's ID or name.
---@param opts? ConfigCollection.get.opts keyword arguments
---@return Config
function ConfigCollection:get(config_id, opts) end

---Keyword arguments of ConfigCollection.list.
---@class ConfigCollection.list.opts
---@field filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.

---List the swarm's configs as Config objects.
---@param opts? ConfigCollection.list.opts keyword arguments
---@return Config[]
function ConfigCollection:list(opts) end

---A config given to a service (docker.types.ConfigReference).
---@class ConfigReference
local ConfigReference = {}

---A container (docker-py's Container model).
---@class Container
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field labels any The labels.
---@field name any The container's name, without the leading slash.
---@field status any The status: created, running, exited, ...
---@field image Image The container's Image.
---@field ports any The published ports: NetworkSettings.Ports, {["80/tcp"]={{HostIp=..., HostPort=...}}}.
---@field health any The healthcheck status: starting, healthy, unhealthy, or "unknown" without a healthcheck.
local Container = {}

---Refresh attrs from the daemon.
---@return any
function Container:reload() end

---Keyword arguments of Container.attach.
---@class Container.attach.opts
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field stream? boolean Return an iterator of chunks as they arrive instead of all the output.
---@field logs? boolean Include the output written before attaching.
---@field demux? boolean Separate stdout and stderr: (stdout, stderr) pairs.

---Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true.
---@param opts? Container.attach.opts keyword arguments
---@return any|DScriptIterator
function Container:attach(opts) end

---Keyword arguments of Container.attach_socket.
---@class Container.attach_socket.opts
---@field params? table<string, any> Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}).
---@field ws? boolean Attach over a websocket instead of a hijacked HTTP connection.

---Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks).
---@param opts? Container.attach_socket.opts keyword arguments
---@return any
function Container:attach_socket(opts) end

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

---Changes to a container's filesystem: a list of {Path, Kind} (nil when none).
---@return any
function Container:diff() end

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
---@param stdout? boolean Attach stdout.
---@param stderr? boolean Attach stderr.
---@param stdin? boolean Attach stdin.
---@param tty? boolean Allocate a pseudo-TTY.
---@param privileged? boolean Run with extended privileges.
---@param user? string User to run as (user, user:group, uid...).
---@param detach? boolean Start the command and return at once.
---@param stream? boolean Output is an iterator of chunks.
---@param socket? boolean Output is the connection as a Socket (read, write, close_write, close, chunks); exit_code is nil.
---@param environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@param workdir? string Working directory of the command.
---@param demux? boolean Separate stdout and stderr: output is {stdout, stderr}.
---@param opts? Container.exec_run.opts keyword arguments
---@overload fun(self: Container, cmd: string|any[], opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: table<string, any>|any[], opts?: Container.exec_run.opts): any
---@overload fun(self: Container, cmd: string|any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: table<string, any>|any[], workdir?: string, opts?: Container.exec_run.opts): any
---@return any
function Container:exec_run(cmd, stdout, stderr, stdin, tty, privileged, user, detach, stream, socket, environment, workdir, demux, opts) end

---Keyword arguments of Container.export.
---@class Container.export.opts
---@field chunk_size? integer Bytes per chunk of the iterator.

---A container's filesystem as a tar archive: an iterator of bytes chunks.
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

---A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict).
---@param path string Path of the file or directory in the container.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param encode_stream? boolean Decode an HTTP content encoding of the answer (the daemon sends none).
---@param opts? Container.get_archive.opts keyword arguments
---@overload fun(self: Container, path: string, opts?: Container.get_archive.opts): any
---@overload fun(self: Container, path: string, chunk_size?: integer, opts?: Container.get_archive.opts): any
---@return any
function Container:get_archive(path, chunk_size, encode_stream, opts) end

---Keyword arguments of Container.kill.
---@class Container.kill.opts
---@field signal? string|integer Signal to send, a name or a number (default SIGKILL).

---Kill a container or send it a signal.
---@param signal? string|integer Signal to send, a name or a number (default SIGKILL).
---@param opts? Container.kill.opts keyword arguments
---@overload fun(self: Container, opts?: Container.kill.opts): any
---@return any
function Container:kill(signal, opts) end

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

---A container's logs: a string, or an iterator of chunks with stream=true.
---@param opts? Container.logs.opts keyword arguments
---@return any|DScriptIterator
function Container:logs(opts) end

---Pause all processes of a container.
---@return any
function Container:pause() end

---Keyword arguments of Container.put_archive.
---@class Container.put_archive.opts
---@field path? string Directory in the container to extract into (it must exist).
---@field data? string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.

---Extract a tar archive into a directory of a container; returns true.
---@param path string Directory in the container to extract into (it must exist).
---@param data string|DScriptIterator|fun(): any The tar archive: str, bytes or an iterator of chunks.
---@param opts? Container.put_archive.opts keyword arguments
---@return any
function Container:put_archive(path, data, opts) end

---Keyword arguments of Container.remove.
---@class Container.remove.opts
---@field v? boolean Remove the container's anonymous volumes.
---@field link? boolean Remove the link, not the container.
---@field force? boolean Kill a running container first.

---Remove a container.
---@param opts? Container.remove.opts keyword arguments
---@return any
function Container:remove(opts) end

---Keyword arguments of Container.rename.
---@class Container.rename.opts
---@field name? string The new name.

---Rename a container.
---@param name string The new name.
---@param opts? Container.rename.opts keyword arguments
---@return any
function Container:rename(name, opts) end

---Keyword arguments of Container.resize.
---@class Container.resize.opts
---@field height? integer Rows of the TTY.
---@field width? integer Columns of the TTY.

---Resize a container's TTY.
---@param height integer Rows of the TTY.
---@param width integer Columns of the TTY.
---@param opts? Container.resize.opts keyword arguments
---@return any
function Container:resize(height, width, opts) end

---Keyword arguments of Container.restart.
---@class Container.restart.opts
---@field timeout? integer Seconds to wait before killing.

---Restart a container (stop with timeout, then start).
---@param opts? Container.restart.opts keyword arguments
---@return any
function Container:restart(opts) end

---Start a container.
---@return any
function Container:start() end

---Keyword arguments of Container.stats.
---@class Container.stats.opts
---@field decode? boolean Yield decoded dicts instead of JSON text (stream=true only).
---@field stream? boolean An iterator of samples (one a second); false returns one dict.
---@field one_shot? boolean Answer at once without the second sample for precpu_stats (stream=false only).

---A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false.
---@param opts? Container.stats.opts keyword arguments
---@return any|DScriptIterator
function Container:stats(opts) end

---Keyword arguments of Container.stop.
---@class Container.stop.opts
---@field timeout? integer Seconds to wait before killing (default: the container's stop timeout, else 10).

---Stop a container (its stop signal, then SIGKILL after timeout).
---@param opts? Container.stop.opts keyword arguments
---@return any
function Container:stop(opts) end

---Keyword arguments of Container.top.
---@class Container.top.opts
---@field ps_args? string Arguments of ps, e.g. "aux".

---The processes of a container: {Titles, Processes}.
---@param opts? Container.top.opts keyword arguments
---@return any
function Container:top(opts) end

---Resume the processes of a paused container.
---@return any
function Container:unpause() end

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

---Update a container's resource limits and restart policy; returns {Warnings}.
---@param opts? Container.update.opts keyword arguments
---@return any
function Container:update(opts) end

---Keyword arguments of Container.wait.
---@class Container.wait.opts
---@field timeout? number Seconds to wait at most.
---@field condition? string not-running (default), next-exit or removed.

---Block until a container stops; returns {StatusCode, Error}.
---@param opts? Container.wait.opts keyword arguments
---@return any
function Container:wait(opts) end

---The containers of the daemon (client.containers).
---@class ContainerCollection
local ContainerCollection = {}

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
---@field group_add? string[]|integer Additional groups (names or IDs).
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

---Keyword arguments of ContainerCollection.get.
---@class ContainerCollection.get.opts
---@field container_id? string The container's ID or name.

---Get a container by ID or name.
---@param container_id string The container's ID or name.
---@param opts? ContainerCollection.get.opts keyword arguments
---@return Container
function ContainerCollection:get(container_id, opts) end

---Keyword arguments of ContainerCollection.list.
---@class ContainerCollection.list.opts
---@field all? boolean Include stopped containers.
---@field before? string Only containers created before this ID or name.
---@field filters? table<string, any> Filters such as {status="exited", label="app=web"}.
---@field limit? integer At most this many of the latest containers (-1: all).
---@field since? string Only containers created after this ID or name.
---@field sparse? boolean Do not inspect the containers: attrs are the list's fields.
---@field ignore_removed? boolean Accepted as docker-py has it: the list never fails for a container removed meanwhile, as it inspects none; reading full attrs of one raises NotFound.

---List containers (running ones unless all=true).
---@param all? boolean Include stopped containers.
---@param before? string Only containers created before this ID or name.
---@param filters? table<string, any> Filters such as {status="exited", label="app=web"}.
---@param limit? integer At most this many of the latest containers (-1: all).
---@param since? string Only containers created after this ID or name.
---@param sparse? boolean Do not inspect the containers: attrs are the list's fields.
---@param ignore_removed? boolean Accepted as docker-py has it: the list never fails for a container removed meanwhile, as it inspects none; reading full attrs of one raises NotFound.
---@param opts? ContainerCollection.list.opts keyword arguments
---@overload fun(self: ContainerCollection, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, before?: string, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, before?: string, filters?: table<string, any>, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, before?: string, filters?: table<string, any>, limit?: integer, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, before?: string, filters?: table<string, any>, limit?: integer, since?: string, opts?: ContainerCollection.list.opts): Container[]
---@overload fun(self: ContainerCollection, all?: boolean, before?: string, filters?: table<string, any>, limit?: integer, since?: string, sparse?: boolean, opts?: ContainerCollection.list.opts): Container[]
---@return Container[]
function ContainerCollection:list(all, before, filters, limit, since, sparse, ignore_removed, opts) end

---Keyword arguments of ContainerCollection.prune.
---@class ContainerCollection.prune.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? ContainerCollection.prune.opts keyword arguments
---@overload fun(self: ContainerCollection, opts?: ContainerCollection.prune.opts): any
---@return any
function ContainerCollection:prune(filters, opts) end

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
---@field group_add? string[]|integer Additional groups (names or IDs).
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

---The containers of a service's tasks (docker.types.ContainerSpec).
---@class ContainerSpec
local ContainerSpec = {}

---A docker CLI context: a named daemon endpoint and its TLS material (docker.context.Context).
---@class Context
---@field name any The context's name.
---@field Name any The context's name.
---@field Host any The daemon's address of the context's endpoint.
---@field Orchestrator any The orchestrator, or nil.
---@field endpoints any The endpoints: {name = {Host = ..., SkipTLSVerify = ...}}.
---@field Metadata any Name, Metadata and Endpoints, as meta.json holds them.
---@field TLSConfig TLSConfig The TLSConfig of the context's endpoint, or nil.
---@field TLSMaterial any {TLSMaterial = {endpoint = {ca, cert, key file names}}}.
---@field Storage any {Storage = {MetadataPath = ..., TLSPath = ...}}.
---@field meta_path any Where the metadata is stored ("IN MEMORY" until saved).
---@field tls_path any Where the TLS material is stored ("IN MEMORY" until saved).
local Context = {}

---Keyword arguments of Context.set_endpoint.
---@class Context.set_endpoint.opts
---@field name? string The endpoint's name.
---@field host? string The daemon's address.
---@field tls_cfg? TLSConfig TLS material for the endpoint.
---@field skip_tls_verify? boolean Do not verify the daemon's certificate.
---@field def_namespace? string The default namespace.

---Set an endpoint (saved by save()).
---@param name? string The endpoint's name.
---@param host? string The daemon's address.
---@param tls_cfg? TLSConfig TLS material for the endpoint.
---@param skip_tls_verify? boolean Do not verify the daemon's certificate.
---@param def_namespace? string The default namespace.
---@param opts? Context.set_endpoint.opts keyword arguments
---@overload fun(self: Context, opts?: Context.set_endpoint.opts): any
---@overload fun(self: Context, name?: string, opts?: Context.set_endpoint.opts): any
---@overload fun(self: Context, name?: string, host?: string, opts?: Context.set_endpoint.opts): any
---@overload fun(self: Context, name?: string, host?: string, tls_cfg?: TLSConfig, opts?: Context.set_endpoint.opts): any
---@overload fun(self: Context, name?: string, host?: string, tls_cfg?: TLSConfig, skip_tls_verify?: boolean, opts?: Context.set_endpoint.opts): any
---@return any
function Context:set_endpoint(name, host, tls_cfg, skip_tls_verify, def_namespace, opts) end

---Whether the context is a docker endpoint (it has no other Type).
---@return any
function Context:is_docker_host() end

---The context as `docker context inspect` shows it.
---@return any
function Context:inspect() end

---Write the context to the store.
---@return any
function Context:save() end

---Remove the context from the store.
---@return any
function Context:remove() end

---A service's resolver configuration (docker.types.DNSConfig).
---@class DNSConfig
local DNSConfig = {}

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
---@field images ImageCollection The images collection.
---@field networks NetworkCollection The networks collection.
---@field volumes VolumeCollection The volumes collection.
---@field api APIClient The low-level API client.
---@field nodes NodeCollection The nodes collection.
---@field plugins PluginCollection The plugins collection.
---@field secrets SecretCollection The secrets collection.
---@field configs ConfigCollection The configs collection.
---@field services ServiceCollection The services collection.
---@field swarm Swarm The swarm the daemon belongs to (a Swarm, read from the daemon on each access).
local DockerClient = {}

---Keyword arguments of DockerClient.login.
---@class DockerClient.login.opts
---@field username? string The registry user name.
---@field password? string The password (never shown in messages).
---@field email? string The e-mail address of the account.
---@field registry? string The registry, e.g. "127.0.0.1:5000" (default: Docker Hub).
---@field reauth? boolean Log in again even when credentials for this user are known.
---@field dockercfg_path? string Path of a docker config.json to read credentials from.

---Log in to a registry: checks the credentials with the daemon and keeps them for this client's pulls, pushes and builds.
---@param username string The registry user name.
---@param password? string The password (never shown in messages).
---@param email? string The e-mail address of the account.
---@param registry? string The registry, e.g. "127.0.0.1:5000" (default: Docker Hub).
---@param reauth? boolean Log in again even when credentials for this user are known.
---@param dockercfg_path? string Path of a docker config.json to read credentials from.
---@param opts? DockerClient.login.opts keyword arguments
---@overload fun(self: DockerClient, username: string, opts?: DockerClient.login.opts): any
---@overload fun(self: DockerClient, username: string, password?: string, opts?: DockerClient.login.opts): any
---@overload fun(self: DockerClient, username: string, password?: string, email?: string, opts?: DockerClient.login.opts): any
---@overload fun(self: DockerClient, username: string, password?: string, email?: string, registry?: string, opts?: DockerClient.login.opts): any
---@overload fun(self: DockerClient, username: string, password?: string, email?: string, registry?: string, reauth?: boolean, opts?: DockerClient.login.opts): any
---@return any
function DockerClient:login(username, password, email, registry, reauth, dockercfg_path, opts) end

---Data usage: {LayersSize, Images, Containers, Volumes, BuildCache}.
---@return any
function DockerClient:df() end

---Keyword arguments of DockerClient.events.
---@class DockerClient.events.opts
---@field since? integer|string|number|string Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m").
---@field until? integer|string|number|string End the stream at this time (same forms as since).
---@field filters? table<string, any> Filters such as {type="container", event={"start", "die"}, label="a=b"}.
---@field decode? boolean Yield decoded dicts instead of JSON text.

---The daemon's events as they happen: an iterator of JSON text (dicts with decode=true); close() or leaving the loop ends it.
---@param since? integer|string|number|string Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m").
---@param until_? integer|string|number|string End the stream at this time (same forms as since).
---@param filters? table<string, any> Filters such as {type="container", event={"start", "die"}, label="a=b"}.
---@param decode? boolean Yield decoded dicts instead of JSON text.
---@param opts? DockerClient.events.opts keyword arguments
---@overload fun(self: DockerClient, opts?: DockerClient.events.opts): DScriptIterator
---@overload fun(self: DockerClient, since?: integer|string|number|string, opts?: DockerClient.events.opts): DScriptIterator
---@overload fun(self: DockerClient, since?: integer|string|number|string, until_?: integer|string|number|string, opts?: DockerClient.events.opts): DScriptIterator
---@overload fun(self: DockerClient, since?: integer|string|number|string, until_?: integer|string|number|string, filters?: table<string, any>, opts?: DockerClient.events.opts): DScriptIterator
---@return DScriptIterator
function DockerClient:events(since, until_, filters, decode, opts) end

---Keyword arguments of DockerClient.from_env.
---@class DockerClient.from_env.opts
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field max_pool_size? integer How many idle connections to keep for reuse (default 32).
---@field environment? table<string, any> Variables to read instead of the process environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION).
---@field credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@field use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.

---A new DockerClient configured from the environment, as docker.from_env().
---@param opts? DockerClient.from_env.opts keyword arguments
---@return any
function DockerClient:from_env(opts) end

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

---A driver and its options (docker.types.DriverConfig).
---@class DriverConfig
local DriverConfig = {}

---A network endpoint configuration (docker.types.EndpointConfig).
---@class EndpointConfig
---@field aliases Network Network-scoped aliases.
---@field links any Links.
---@field ipv4_address any IPv4 address.
---@field ipv6_address any IPv6 address.
---@field link_local_ips any Link-local addresses.
---@field driver_opt any Driver options.
---@field mac_address any MAC address.
local EndpointConfig = {}

---A service's published ports (docker.types.EndpointSpec).
---@class EndpointSpec
local EndpointSpec = {}

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

---The IP address management of a network (docker.types.IPAMConfig).
---@class IPAMConfig
---@field driver any The IPAM driver.
---@field pool_configs any The address pools.
---@field options any Driver options.
local IPAMConfig = {}

---An address pool of an IPAMConfig (docker.types.IPAMPool).
---@class IPAMPool
---@field subnet any The subnet.
---@field iprange any The range endpoints get addresses from.
---@field gateway any The gateway's address.
---@field aux_addresses any Reserved addresses.
local IPAMPool = {}

---An image (docker-py's Image model).
---@class Image
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field labels any The labels.
---@field tags any The image's tags ("name:tag").
local Image = {}

---Refresh attrs from the daemon.
---@return any
function Image:reload() end

---The layers of an image, newest first.
---@return any
function Image:history() end

---Keyword arguments of Image.remove.
---@class Image.remove.opts
---@field force? boolean Remove the image even if containers use it, and untag all its tags.
---@field noprune? boolean Keep untagged parent images.

---Remove an image; returns the list of {Untagged} and {Deleted} entries.
---@param force? boolean Remove the image even if containers use it, and untag all its tags.
---@param noprune? boolean Keep untagged parent images.
---@param opts? Image.remove.opts keyword arguments
---@overload fun(self: Image, opts?: Image.remove.opts): any
---@overload fun(self: Image, force?: boolean, opts?: Image.remove.opts): any
---@return any
function Image:remove(force, noprune, opts) end

---Keyword arguments of Image.save.
---@class Image.save.opts
---@field chunk_size? integer Bytes per chunk of the iterator.
---@field named? boolean|string true: name the archive's image by its first tag; a str: by that tag (one of tags).

---The image as a tar archive (docker save): an iterator of chunks.
---@param chunk_size? integer Bytes per chunk of the iterator.
---@param named? boolean|string true: name the archive's image by its first tag; a str: by that tag (one of tags).
---@param opts? Image.save.opts keyword arguments
---@overload fun(self: Image, opts?: Image.save.opts): DScriptIterator
---@overload fun(self: Image, chunk_size?: integer, opts?: Image.save.opts): DScriptIterator
---@return DScriptIterator
function Image:save(chunk_size, named, opts) end

---Keyword arguments of Image.tag.
---@class Image.tag.opts
---@field repository? string The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split).
---@field tag? string The tag (default: the tag of repository, else "latest").
---@field force? boolean Accepted as docker-py has it; daemons since API 1.25 always move an existing tag.

---Tag an image into a repository; returns true.
---@param repository string The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split).
---@param tag? string The tag (default: the tag of repository, else "latest").
---@param opts? Image.tag.opts keyword arguments
---@overload fun(self: Image, repository: string, opts?: Image.tag.opts): any
---@return any
function Image:tag(repository, tag, opts) end

---The images of the daemon (client.images).
---@class ImageCollection
local ImageCollection = {}

---Keyword arguments of ImageCollection.build.
---@class ImageCollection.build.opts
---@field path? string The context directory, or the URL of a Git repository or tar archive.
---@field tag? string A name for the image, "repo:tag".
---@field quiet? boolean Only the image ID in the output.
---@field fileobj? string|DScriptIterator|fun(): any A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks).
---@field nocache? boolean Do not use the build cache.
---@field rm? boolean Remove intermediate containers after a successful build (docker-py's default is False).
---@field timeout? number Seconds the whole build may take.
---@field custom_context? boolean fileobj is the context's tar archive, not a Dockerfile.
---@field encoding? string Compression of a custom context ("gzip", "bzip2", "xz"; the daemon detects it).
---@field pull? boolean Pull newer versions of the FROM images.
---@field forcerm? boolean Always remove intermediate containers, even after a failure.
---@field dockerfile? string Path of the Dockerfile, relative to path (it may lie outside the context).
---@field container_limits? table<string, any> Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}.
---@field decode? boolean Yield decoded dicts instead of JSON text.
---@field buildargs? table<string, any> Build-time variables: {NAME="value"}.
---@field gzip? boolean Compress the context with gzip while it is sent.
---@field shmsize? integer Size of /dev/shm of the build containers, in bytes.
---@field labels? table<string, any>|any[] Labels of the image.
---@field cache_from? string[] Images used as cache sources.
---@field target? string The build stage to stop at.
---@field network_mode? string Network of the RUN steps: bridge, host, none or a network name.
---@field squash? boolean Squash the new layers into one (experimental daemons).
---@field extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {host="ip"} or {"host:ip"}.
---@field platform? string Platform as os[/arch[/variant]].
---@field isolation? string Isolation technology of the build containers.
---@field use_config_proxy? boolean Pass the proxies of the docker config as build arguments.

---Build an image; returns the Image and an iterator of the decoded build messages. Raises BuildError (msg, build_log) when the build fails.
---@param opts? ImageCollection.build.opts keyword arguments
---@return any
function ImageCollection:build(opts) end

---Keyword arguments of ImageCollection.create.
---@class ImageCollection.create.opts
---@field attrs? table<string, any> Not used.

---Not supported, as in docker-py: images come from build, pull, import_image or load.
---@param attrs? table<string, any> Not used.
---@param opts? ImageCollection.create.opts keyword arguments
---@overload fun(self: ImageCollection, opts?: ImageCollection.create.opts): Image
---@return Image
function ImageCollection:create(attrs, opts) end

---Keyword arguments of ImageCollection.get.
---@class ImageCollection.get.opts
---@field name? string The image's name or ID.

---Get an image by name or ID.
---@param name string The image's name or ID.
---@param opts? ImageCollection.get.opts keyword arguments
---@return Image
function ImageCollection:get(name, opts) end

---Keyword arguments of ImageCollection.get_registry_data.
---@class ImageCollection.get_registry_data.opts
---@field name? string The image name, e.g. "127.0.0.1:5000/app:v1".
---@field auth_config? table<string, any> Credentials for the registry: {username=..., password=...}.

---The registry's data of an image (its digest and platforms), without pulling it.
---@param name string The image name, e.g. "127.0.0.1:5000/app:v1".
---@param auth_config? table<string, any> Credentials for the registry: {username=..., password=...}.
---@param opts? ImageCollection.get_registry_data.opts keyword arguments
---@overload fun(self: ImageCollection, name: string, opts?: ImageCollection.get_registry_data.opts): any
---@return any
function ImageCollection:get_registry_data(name, auth_config, opts) end

---Keyword arguments of ImageCollection.list.
---@class ImageCollection.list.opts
---@field name? string Only images of this repository.
---@field all? boolean Include intermediate images.
---@field filters? table<string, any> Filters such as {dangling=true, label="a=b"}.

---List images.
---@param name? string Only images of this repository.
---@param all? boolean Include intermediate images.
---@param filters? table<string, any> Filters such as {dangling=true, label="a=b"}.
---@param opts? ImageCollection.list.opts keyword arguments
---@overload fun(self: ImageCollection, opts?: ImageCollection.list.opts): Image[]
---@overload fun(self: ImageCollection, name?: string, opts?: ImageCollection.list.opts): Image[]
---@overload fun(self: ImageCollection, name?: string, all?: boolean, opts?: ImageCollection.list.opts): Image[]
---@return Image[]
function ImageCollection:list(name, all, filters, opts) end

---Keyword arguments of ImageCollection.load.
---@class ImageCollection.load.opts
---@field data? string|DScriptIterator|fun(): any The tar archive (as save makes it): str, bytes or an iterator of chunks.

---Load images from a tar archive (as save makes it); returns the loaded images.
---@param data string|DScriptIterator|fun(): any The tar archive (as save makes it): str, bytes or an iterator of chunks.
---@param opts? ImageCollection.load.opts keyword arguments
---@return any
function ImageCollection:load(data, opts) end

---Keyword arguments of ImageCollection.prune.
---@class ImageCollection.prune.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused images; returns {ImagesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? ImageCollection.prune.opts keyword arguments
---@overload fun(self: ImageCollection, opts?: ImageCollection.prune.opts): any
---@return any
function ImageCollection:prune(filters, opts) end

---Keyword arguments of ImageCollection.prune_builds.
---@class ImageCollection.prune_builds.opts
---@field filters? table<string, any> Filters such as {until="24h"}.
---@field keep_storage? integer Bytes of cache to keep.
---@field all? boolean Remove all unused cache, not only dangling entries.

---Delete build cache; returns {CachesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h"}.
---@param keep_storage? integer Bytes of cache to keep.
---@param all? boolean Remove all unused cache, not only dangling entries.
---@param opts? ImageCollection.prune_builds.opts keyword arguments
---@overload fun(self: ImageCollection, opts?: ImageCollection.prune_builds.opts): any
---@overload fun(self: ImageCollection, filters?: table<string, any>, opts?: ImageCollection.prune_builds.opts): any
---@overload fun(self: ImageCollection, filters?: table<string, any>, keep_storage?: integer, opts?: ImageCollection.prune_builds.opts): any
---@return any
function ImageCollection:prune_builds(filters, keep_storage, all, opts) end

---Keyword arguments of ImageCollection.pull.
---@class ImageCollection.pull.opts
---@field repository? string The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1".
---@field tag? string The tag or digest (default: the one of repository, else "latest").
---@field all_tags? boolean Pull every tag; returns the list of the repository's images.
---@field auth_config? table<string, any> Credentials for this pull: {username=..., password=...}.
---@field platform? string Platform as os[/arch[/variant]].

---Pull an image; returns the Image, or with all_tags the list of the repository's images.
---@param repository string The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1".
---@param tag? string The tag or digest (default: the one of repository, else "latest").
---@param all_tags? boolean Pull every tag; returns the list of the repository's images.
---@param opts? ImageCollection.pull.opts keyword arguments
---@overload fun(self: ImageCollection, repository: string, opts?: ImageCollection.pull.opts): any
---@overload fun(self: ImageCollection, repository: string, tag?: string, opts?: ImageCollection.pull.opts): any
---@return any
function ImageCollection:pull(repository, tag, all_tags, opts) end

---Keyword arguments of ImageCollection.push.
---@class ImageCollection.push.opts
---@field repository? string The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1".
---@field tag? string The tag to push (default: the one of repository, else every tag).
---@field stream? boolean Return an iterator of the progress messages.
---@field auth_config? table<string, any> Credentials for this push: {username=..., password=...}.
---@field decode? boolean Yield decoded dicts (with stream).

---Push an image or a repository to its registry; returns the progress text, or an iterator of the messages with stream.
---@param repository string The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1".
---@param tag? string The tag to push (default: the one of repository, else every tag).
---@param opts? ImageCollection.push.opts keyword arguments
---@overload fun(self: ImageCollection, repository: string, opts?: ImageCollection.push.opts): any|DScriptIterator
---@return any|DScriptIterator
function ImageCollection:push(repository, tag, opts) end

---Keyword arguments of ImageCollection.remove.
---@class ImageCollection.remove.opts
---@field image? string|table<string, any>|table The image: object, ID or name.
---@field force? boolean Remove the image even if containers use it, and untag all its tags.
---@field noprune? boolean Keep untagged parent images.

---Remove an image; returns the list of {Untagged} and {Deleted} entries.
---@param image string|table<string, any>|table The image: object, ID or name.
---@param force? boolean Remove the image even if containers use it, and untag all its tags.
---@param noprune? boolean Keep untagged parent images.
---@param opts? ImageCollection.remove.opts keyword arguments
---@overload fun(self: ImageCollection, image: string|table<string, any>|table, opts?: ImageCollection.remove.opts): any
---@overload fun(self: ImageCollection, image: string|table<string, any>|table, force?: boolean, opts?: ImageCollection.remove.opts): any
---@return any
function ImageCollection:remove(image, force, noprune, opts) end

---Keyword arguments of ImageCollection.search.
---@class ImageCollection.search.opts
---@field term? string The search term.
---@field limit? integer At most this many results.

---Search the registry index (Docker Hub) for images: a list of {name, description, star_count, is_official, is_automated}.
---@param term string The search term.
---@param limit? integer At most this many results.
---@param opts? ImageCollection.search.opts keyword arguments
---@overload fun(self: ImageCollection, term: string, opts?: ImageCollection.search.opts): any
---@return any
function ImageCollection:search(term, limit, opts) end

---A logging driver configuration (docker.types.LogConfig).
---@class LogConfig
---@field type any The logging driver.
---@field config any Driver options.
local LogConfig = {}

---A mount for HostConfig.Mounts (docker.types.Mount).
---@class Mount
---@field target any Path inside the container.
---@field source Volume Volume name or host path.
---@field type any bind, volume, tmpfs or npipe.
---@field read_only any Whether the mount is read-only.
---@field consistency any The consistency requirement.
---@field propagation any Bind propagation mode.
---@field no_copy any Whether the volume is not populated from the image.
---@field labels any Labels of the volume.
---@field driver_config Volume Volume driver {Name, Options}.
---@field tmpfs_size any Size of the tmpfs in bytes.
---@field tmpfs_mode any Permission bits of the tmpfs.
local Mount = {}

---A network (docker-py's Network model).
---@class Network
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field name any The network's name.
---@field containers Container The containers connected to the network, as Container objects.
local Network = {}

---Refresh attrs from the daemon.
---@return any
function Network:reload() end

---Keyword arguments of Network.connect.
---@class Network.connect.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field ipv4_address? string The container's IPv4 address on the network.
---@field ipv6_address? string The container's IPv6 address on the network.
---@field aliases? string[] Names that reach the container on this network.
---@field links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@field link_local_ips? string[] Link-local (IPv4/IPv6) addresses.
---@field driver_opt? table<string, string> Options for the network driver.
---@field mac_address? string The container's MAC address on the network.

---Connect a container to this network.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param ipv4_address? string The container's IPv4 address on the network.
---@param ipv6_address? string The container's IPv6 address on the network.
---@param aliases? string[] Names that reach the container on this network.
---@param links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@param link_local_ips? string[] Link-local (IPv4/IPv6) addresses.
---@param driver_opt? table<string, string> Options for the network driver.
---@param mac_address? string The container's MAC address on the network.
---@param opts? Network.connect.opts keyword arguments
---@overload fun(self: Network, container: string|table<string, any>|table, opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], link_local_ips?: string[], opts?: Network.connect.opts): any
---@overload fun(self: Network, container: string|table<string, any>|table, ipv4_address?: string, ipv6_address?: string, aliases?: string[], links?: table<string, any>|any[], link_local_ips?: string[], driver_opt?: table<string, string>, opts?: Network.connect.opts): any
---@return any
function Network:connect(container, ipv4_address, ipv6_address, aliases, links, link_local_ips, driver_opt, mac_address, opts) end

---Keyword arguments of Network.disconnect.
---@class Network.disconnect.opts
---@field container? string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@field force? boolean Disconnect even when the container is not running.

---Disconnect a container from this network.
---@param container string|table<string, any>|table The container: object, ID, name or the {Id} dict from create_container.
---@param force? boolean Disconnect even when the container is not running.
---@param opts? Network.disconnect.opts keyword arguments
---@overload fun(self: Network, container: string|table<string, any>|table, opts?: Network.disconnect.opts): any
---@return any
function Network:disconnect(container, force, opts) end

---Remove this network.
---@return any
function Network:remove() end

---A network a service attaches to (docker.types.NetworkAttachmentConfig).
---@class NetworkAttachmentConfig
local NetworkAttachmentConfig = {}

---The networks of the daemon (client.networks).
---@class NetworkCollection
local NetworkCollection = {}

---Keyword arguments of NetworkCollection.create.
---@class NetworkCollection.create.opts
---@field name? string The network's name.
---@field driver? string The driver: bridge (default), overlay, macvlan, ...
---@field options? table<string, string> Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}.
---@field ipam? IPAMConfig|table<string, any> The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments).
---@field check_duplicate? boolean Ask the daemon to refuse a second network of the same name.
---@field internal? boolean Restrict external access to the network.
---@field labels? table<string, string> Labels of the network.
---@field enable_ipv6? boolean Enable IPv6.
---@field attachable? boolean Let standalone containers attach to a swarm-scoped network.
---@field scope? string The network's scope: local, global or swarm.
---@field ingress? boolean Create the swarm's ingress (routing-mesh) network.

---Create a network; returns the Network.
---@param name string The network's name.
---@param driver? string The driver: bridge (default), overlay, macvlan, ...
---@param options? table<string, string> Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}.
---@param ipam? IPAMConfig|table<string, any> The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments).
---@param check_duplicate? boolean Ask the daemon to refuse a second network of the same name.
---@param internal? boolean Restrict external access to the network.
---@param labels? table<string, string> Labels of the network.
---@param enable_ipv6? boolean Enable IPv6.
---@param attachable? boolean Let standalone containers attach to a swarm-scoped network.
---@param scope? string The network's scope: local, global or swarm.
---@param ingress? boolean Create the swarm's ingress (routing-mesh) network.
---@param opts? NetworkCollection.create.opts keyword arguments
---@overload fun(self: NetworkCollection, name: string, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, attachable?: boolean, opts?: NetworkCollection.create.opts): Network
---@overload fun(self: NetworkCollection, name: string, driver?: string, options?: table<string, string>, ipam?: IPAMConfig|table<string, any>, check_duplicate?: boolean, internal?: boolean, labels?: table<string, string>, enable_ipv6?: boolean, attachable?: boolean, scope?: string, opts?: NetworkCollection.create.opts): Network
---@return Network
function NetworkCollection:create(name, driver, options, ipam, check_duplicate, internal, labels, enable_ipv6, attachable, scope, ingress, opts) end

---Keyword arguments of NetworkCollection.get.
---@class NetworkCollection.get.opts
---@field network_id? string The network's ID or name.
---@field verbose? boolean Add the service details across the cluster (swarm mode).
---@field scope? string Only a network of this scope: swarm, global or local.

---Get a network by ID or name.
---@param network_id string The network's ID or name.
---@param verbose? boolean Add the service details across the cluster (swarm mode).
---@param scope? string Only a network of this scope: swarm, global or local.
---@param opts? NetworkCollection.get.opts keyword arguments
---@overload fun(self: NetworkCollection, network_id: string, opts?: NetworkCollection.get.opts): Network
---@overload fun(self: NetworkCollection, network_id: string, verbose?: boolean, opts?: NetworkCollection.get.opts): Network
---@return Network
function NetworkCollection:get(network_id, verbose, scope, opts) end

---Keyword arguments of NetworkCollection.list.
---@class NetworkCollection.list.opts
---@field names? string[] Only the networks of these names.
---@field ids? string[] Only the networks of these IDs.
---@field filters? table<string, any> Filters such as {driver="bridge", label="a=b", type="custom"}.
---@field greedy? boolean Inspect each network at once (attrs then include the containers).

---List networks.
---@param names? string[] Only the networks of these names.
---@param ids? string[] Only the networks of these IDs.
---@param filters? table<string, any> Filters such as {driver="bridge", label="a=b", type="custom"}.
---@param opts? NetworkCollection.list.opts keyword arguments
---@overload fun(self: NetworkCollection, opts?: NetworkCollection.list.opts): Network[]
---@overload fun(self: NetworkCollection, names?: string[], opts?: NetworkCollection.list.opts): Network[]
---@overload fun(self: NetworkCollection, names?: string[], ids?: string[], opts?: NetworkCollection.list.opts): Network[]
---@return Network[]
function NetworkCollection:list(names, ids, filters, opts) end

---Keyword arguments of NetworkCollection.prune.
---@class NetworkCollection.prune.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused networks; returns {NetworksDeleted}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? NetworkCollection.prune.opts keyword arguments
---@overload fun(self: NetworkCollection, opts?: NetworkCollection.prune.opts): any
---@return any
function NetworkCollection:prune(filters, opts) end

---A node of the swarm (docker-py's Node model).
---@class Node
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field labels any The labels.
---@field version any The node's Version.Index, which update needs.
local Node = {}

---Refresh attrs from the daemon.
---@return any
function Node:reload() end

---Keyword arguments of Node.update.
---@class Node.update.opts
---@field node_spec? table<string, any> The whole new spec: {Role, Availability, Labels, Name}.

---Replace the node's spec ({Role, Availability, Labels, Name}); returns true.
---@param node_spec table<string, any> The whole new spec: {Role, Availability, Labels, Name}.
---@param opts? Node.update.opts keyword arguments
---@return any
function Node:update(node_spec, opts) end

---Keyword arguments of Node.remove.
---@class Node.remove.opts
---@field force? boolean Remove a node that is still up.

---Remove a node from the swarm; returns true.
---@param force? boolean Remove a node that is still up.
---@param opts? Node.remove.opts keyword arguments
---@overload fun(self: Node, opts?: Node.remove.opts): any
---@return any
function Node:remove(force, opts) end

---The nodes of the swarm (client.nodes).
---@class NodeCollection
local NodeCollection = {}

---Keyword arguments of NodeCollection.get.
---@class NodeCollection.get.opts
---@field node_id? string The node's ID or host name.

---Get a node by ID or host name.
---@param node_id string The node's ID or host name.
---@param opts? NodeCollection.get.opts keyword arguments
---@return Node
function NodeCollection:get(node_id, opts) end

---Keyword arguments of NodeCollection.list.
---@class NodeCollection.list.opts
---@field filters? table<string, any> Filters such as {role="manager"}, {membership="accepted"}.

---List the swarm's nodes as Node objects.
---@param filters? table<string, any> Filters such as {role="manager"}, {membership="accepted"}.
---@param opts? NodeCollection.list.opts keyword arguments
---@overload fun(self: NodeCollection, opts?: NodeCollection.list.opts): Node[]
---@return Node[]
function NodeCollection:list(filters, opts) end

---Keyword arguments of NodeCollection.create.
---@class NodeCollection.create.opts
---@field attrs? table<string, any> Not used.

---Not supported: nodes join a swarm (Swarm.join).
---@param attrs? table<string, any> Not used.
---@param opts? NodeCollection.create.opts keyword arguments
---@overload fun(self: NodeCollection, opts?: NodeCollection.create.opts): Node
---@return Node
function NodeCollection:create(attrs, opts) end

---Where a service's tasks run (docker.types.Placement).
---@class Placement
local Placement = {}

---A placement preference (docker.types.PlacementPreference).
---@class PlacementPreference
local PlacementPreference = {}

---A daemon plugin (docker-py's Plugin model).
---@class Plugin
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field name any The plugin's name.
---@field enabled any Whether the plugin is enabled.
---@field settings any The plugin's settings {Env, Args, Mounts, Devices}.
local Plugin = {}

---Refresh attrs from the daemon.
---@return any
function Plugin:reload() end

---Keyword arguments of Plugin.configure.
---@class Plugin.configure.opts
---@field options? table<string, any>|any[] Settings: {KEY = value} or a list of "KEY=value".

---Change the disabled plugin's settings, then reload it.
---@param options table<string, any>|any[] Settings: {KEY = value} or a list of "KEY=value".
---@param opts? Plugin.configure.opts keyword arguments
---@return any
function Plugin:configure(options, opts) end

---Keyword arguments of Plugin.disable.
---@class Plugin.disable.opts
---@field force? boolean Even while in use (disable) or enabled (remove).

---Disable the plugin, then reload it.
---@param force? boolean Even while in use (disable) or enabled (remove).
---@param opts? Plugin.disable.opts keyword arguments
---@overload fun(self: Plugin, opts?: Plugin.disable.opts): any
---@return any
function Plugin:disable(force, opts) end

---Keyword arguments of Plugin.enable.
---@class Plugin.enable.opts
---@field timeout? integer Seconds the daemon waits for the plugin (0: no limit).

---Enable the plugin, then reload it.
---@param timeout? integer Seconds the daemon waits for the plugin (0: no limit).
---@param opts? Plugin.enable.opts keyword arguments
---@overload fun(self: Plugin, opts?: Plugin.enable.opts): any
---@return any
function Plugin:enable(timeout, opts) end

---Push a plugin to its registry: an iterator of progress dicts.
---@return DScriptIterator
function Plugin:push() end

---Keyword arguments of Plugin.remove.
---@class Plugin.remove.opts
---@field force? boolean Even while in use (disable) or enabled (remove).

---Remove a plugin; returns true.
---@param force? boolean Even while in use (disable) or enabled (remove).
---@param opts? Plugin.remove.opts keyword arguments
---@overload fun(self: Plugin, opts?: Plugin.remove.opts): any
---@return any
function Plugin:remove(force, opts) end

---Keyword arguments of Plugin.upgrade.
---@class Plugin.upgrade.opts
---@field remote? string The new version's reference (default: the plugin's name).

---Upgrade the disabled plugin from its registry: an iterator of progress dicts; the plugin is reloaded at the end.
---@param remote? string The new version's reference (default: the plugin's name).
---@param opts? Plugin.upgrade.opts keyword arguments
---@overload fun(self: Plugin, opts?: Plugin.upgrade.opts): DScriptIterator
---@return DScriptIterator
function Plugin:upgrade(remote, opts) end

---The plugins of the daemon (client.plugins).
---@class PluginCollection
local PluginCollection = {}

---Keyword arguments of PluginCollection.create.
---@class PluginCollection.create.opts
---@field name? string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@field plugin_data_dir? string Directory holding config.json and rootfs/.
---@field gzip? boolean Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it).

---Create a plugin from a directory holding config.json and rootfs/; returns the Plugin.
---@param name string|Plugin The plugin's name, e.g. "vieux/sshfs:latest".
---@param plugin_data_dir string Directory holding config.json and rootfs/.
---@param gzip? boolean Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it).
---@param opts? PluginCollection.create.opts keyword arguments
---@overload fun(self: PluginCollection, name: string|Plugin, plugin_data_dir: string, opts?: PluginCollection.create.opts): Plugin
---@return Plugin
function PluginCollection:create(name, plugin_data_dir, gzip, opts) end

---Keyword arguments of PluginCollection.get.
---@class PluginCollection.get.opts
---@field name? string The plugin's name.

---Get a plugin by name.
---@param name string The plugin's name.
---@param opts? PluginCollection.get.opts keyword arguments
---@return Plugin
function PluginCollection:get(name, opts) end

---Keyword arguments of PluginCollection.install.
---@class PluginCollection.install.opts
---@field remote_name? string The plugin's reference in its registry.
---@field local_name? string The local name (default: remote_name).

---Install a plugin from a registry, granting the privileges it asks for; returns the Plugin (disabled).
---@param remote_name string The plugin's reference in its registry.
---@param local_name? string The local name (default: remote_name).
---@param opts? PluginCollection.install.opts keyword arguments
---@overload fun(self: PluginCollection, remote_name: string, opts?: PluginCollection.install.opts): any
---@return any
function PluginCollection:install(remote_name, local_name, opts) end

---List the installed plugins as Plugin objects.
---@return Plugin[]
function PluginCollection:list() end

---A service's security options (docker.types.Privileges).
---@class Privileges
local Privileges = {}

---Image metadata stored on the registry, including available platforms (docker-py's RegistryData).
---@class RegistryData
---@field id any The digest of the image's manifest.
---@field short_id any The digest, shortened.
---@field attrs any The registry's answer: {Descriptor, Platforms}.
local RegistryData = {}

---Ask the registry again.
---@return any
function RegistryData:reload() end

---Keyword arguments of RegistryData.has_platform.
---@class RegistryData.has_platform.opts
---@field platform? string|table<string, any> "os[/arch[/variant]]" or {os=..., architecture=..., variant=...}.

---Whether the image is available for a platform.
---@param platform string|table<string, any> "os[/arch[/variant]]" or {os=..., architecture=..., variant=...}.
---@param opts? RegistryData.has_platform.opts keyword arguments
---@return any
function RegistryData:has_platform(platform, opts) end

---Keyword arguments of RegistryData.pull.
---@class RegistryData.pull.opts
---@field platform? string The platform to pull, os[/arch[/variant]].

---Pull this digest of the image; returns the Image.
---@param platform? string The platform to pull, os[/arch[/variant]].
---@param opts? RegistryData.pull.opts keyword arguments
---@overload fun(self: RegistryData, opts?: RegistryData.pull.opts): any
---@return any
function RegistryData:pull(platform, opts) end

---A service's resource limits and reservations (docker.types.Resources).
---@class Resources
local Resources = {}

---A swarm restart policy (docker.types.RestartPolicy).
---@class RestartPolicy
---@field condition any none, on-failure or any.
---@field delay any Delay between restarts (ns).
---@field max_attempts any Attempts before giving up.
---@field window any Evaluation window (ns).
local RestartPolicy = {}

---How a service is rolled back (docker.types.RollbackConfig).
---@class RollbackConfig
local RollbackConfig = {}

---A swarm secret (docker-py's Secret model).
---@class Secret
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field name any The secret's name.
local Secret = {}

---Refresh attrs from the daemon.
---@return any
function Secret:reload() end

---Remove a secret; returns true.
---@return any
function Secret:remove() end

---The secrets of the swarm (client.secrets).
---@class SecretCollection
local SecretCollection = {}

---Keyword arguments of SecretCollection.create.
---@class SecretCollection.create.opts
---@field name? string The secret's name.
---@field data? string|string The secret's content: str or bytes.
---@field labels? table<string, string> The secret's labels.
---@field driver? DriverConfig|table<string, any> A secret store driver {Name, Options}.

---Create a secret (name, data, labels, driver); returns the Secret.
---@param opts? SecretCollection.create.opts keyword arguments
---@return Secret
function SecretCollection:create(opts) end

---Keyword arguments of SecretCollection.get.
---@class SecretCollection.get.opts
---@field secret_id? string The secret's ID or name.

---Get a secret by ID or name.
---@param secret_id string The secret's ID or name.
---@param opts? SecretCollection.get.opts keyword arguments
---@return Secret
function SecretCollection:get(secret_id, opts) end

---Keyword arguments of SecretCollection.list.
---@class SecretCollection.list.opts
---@field filters? table<string, any> Filters such as {service="web"}, {["desired-state"]="running"}.

---List the swarm's secrets as Secret objects.
---@param opts? SecretCollection.list.opts keyword arguments
---@return Secret[]
function SecretCollection:list(opts) end

---A secret given to a service (docker.types.SecretReference).
---@class SecretReference
local SecretReference = {}

---A swarm service (docker-py's Service model).
---@class Service
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field labels any The labels.
---@field name any The service's name.
---@field version any The service's Version.Index, which updates need.
local Service = {}

---Refresh attrs from the daemon.
---@return any
function Service:reload() end

---Remove a service and its tasks; returns true.
---@return any
function Service:remove() end

---Keyword arguments of Service.logs.
---@class Service.logs.opts
---@field details? boolean Add each line's details (labels, task).
---@field follow? boolean Keep streaming new output.
---@field stdout? boolean Include stdout.
---@field stderr? boolean Include stderr.
---@field since? integer|string|number|string Only output after this time (Unix seconds, RFC 3339 or Date).
---@field timestamps? boolean Prefix each line with its timestamp.
---@field tail? string|integer Lines from the end, or "all".
---@field is_tty? boolean Whether the containers have a TTY (default: read from the service).

---The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr).
---@param opts? Service.logs.opts keyword arguments
---@return DScriptIterator
function Service:logs(opts) end

---Keyword arguments of Service.tasks.
---@class Service.tasks.opts
---@field filters? table<string, any> More filters, such as {["desired-state"]="running"}.

---The service's tasks (dicts as api.tasks returns them).
---@param filters? table<string, any> More filters, such as {["desired-state"]="running"}.
---@param opts? Service.tasks.opts keyword arguments
---@overload fun(self: Service, opts?: Service.tasks.opts): any
---@return any
function Service:tasks(filters, opts) end

---Keyword arguments of Service.update.
---@class Service.update.opts
---@field image? string A new image (default: the current one).
---@field command? string|any[] A new command.
---@field name? string The service's name.
---@field labels? table<string, string> The service's labels.
---@field mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}}.
---@field update_config? UpdateConfig|table<string, any> How updates are made.
---@field rollback_config? RollbackConfig|table<string, any> How rollbacks are made.
---@field endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@field args? string[] Arguments of the command.
---@field cap_add? string[] Capabilities to add.
---@field cap_drop? string[] Capabilities to drop.
---@field configs? any[] ConfigReference values (or dicts).
---@field dns_config? DNSConfig|table<string, any> Resolver configuration.
---@field env? table<string, any>|any[] Environment: a dict or a list of "KEY=value".
---@field groups? string[]|integer Additional groups.
---@field healthcheck? Healthcheck|table<string, any> The healthcheck.
---@field hostname? string The containers' host name.
---@field hosts? table<string, any>|any[] Extra /etc/hosts entries {host = ip}, or a list of "ip host".
---@field init? boolean Run an init process in the containers.
---@field isolation? string Isolation technology (Windows).
---@field mounts? any[] Mounts: Mount values, dicts or "source:target[:ro]" strings.
---@field open_stdin? boolean Open stdin.
---@field privileges? Privileges|table<string, any> Security options.
---@field read_only? boolean Mount the root filesystem read-only.
---@field secrets? any[] SecretReference values (or dicts).
---@field stop_grace_period? integer Nanoseconds to wait before killing.
---@field stop_signal? string Signal that stops the containers.
---@field tty? boolean Allocate a pseudo-TTY.
---@field user? string User to run as.
---@field workdir? string Working directory.
---@field sysctls? table<string, string> Kernel parameters.
---@field container_labels? table<string, string> Labels of the containers.
---@field networks? any[] Network names or IDs, or NetworkAttachmentConfig values.
---@field resources? Resources|table<string, any> Resource limits and reservations.
---@field restart_policy? RestartPolicy|table<string, any> The restart policy.
---@field constraints? string[] Placement constraints such as "node.role==manager".
---@field preferences? any[] Placement preferences: PlacementPreference values or (strategy, descriptor) pairs.
---@field platforms? any[] (architecture, os) pairs.
---@field maxreplicas? integer Tasks per node at most.
---@field log_driver? string The logging driver's name.
---@field log_driver_options? table<string, string> The logging driver's options.
---@field force_update? integer|boolean true: force an update (the counter is increased); an int sets the counter.
---@field fetch_current_spec? boolean Start from the current spec: what is not given is kept.

---Update the service: services.create's keywords, plus force_update and fetch_current_spec (default true). Returns {Warnings}.
---@param opts? Service.update.opts keyword arguments
---@return any
function Service:update(opts) end

---Keyword arguments of Service.scale.
---@class Service.scale.opts
---@field replicas? integer The number of replicas.

---Set the number of replicas of a replicated service; returns {Warnings}.
---@param replicas integer The number of replicas.
---@param opts? Service.scale.opts keyword arguments
---@return any
function Service:scale(replicas, opts) end

---Force the tasks to be replaced, the spec unchanged; returns {Warnings}.
---@return any
function Service:force_update() end

---The services of the swarm (client.services).
---@class ServiceCollection
local ServiceCollection = {}

---Keyword arguments of ServiceCollection.create.
---@class ServiceCollection.create.opts
---@field image? string The image of the service's containers.
---@field command? string|any[] The command: a str (split like a shell) or a list.
---@field name? string The service's name.
---@field labels? table<string, string> The service's labels.
---@field mode? ServiceMode|table<string, any>|string A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}}.
---@field update_config? UpdateConfig|table<string, any> How updates are made.
---@field rollback_config? RollbackConfig|table<string, any> How rollbacks are made.
---@field endpoint_spec? EndpointSpec|table<string, any> Published ports and endpoint mode.
---@field args? string[] Arguments of the command.
---@field cap_add? string[] Capabilities to add.
---@field cap_drop? string[] Capabilities to drop.
---@field configs? any[] ConfigReference values (or dicts).
---@field dns_config? DNSConfig|table<string, any> Resolver configuration.
---@field env? table<string, any>|any[] Environment: a dict or a list of "KEY=value".
---@field groups? string[]|integer Additional groups.
---@field healthcheck? Healthcheck|table<string, any> The healthcheck.
---@field hostname? string The containers' host name.
---@field hosts? table<string, any>|any[] Extra /etc/hosts entries {host = ip}, or a list of "ip host".
---@field init? boolean Run an init process in the containers.
---@field isolation? string Isolation technology (Windows).
---@field mounts? any[] Mounts: Mount values, dicts or "source:target[:ro]" strings.
---@field open_stdin? boolean Open stdin.
---@field privileges? Privileges|table<string, any> Security options.
---@field read_only? boolean Mount the root filesystem read-only.
---@field secrets? any[] SecretReference values (or dicts).
---@field stop_grace_period? integer Nanoseconds to wait before killing.
---@field stop_signal? string Signal that stops the containers.
---@field tty? boolean Allocate a pseudo-TTY.
---@field user? string User to run as.
---@field workdir? string Working directory.
---@field sysctls? table<string, string> Kernel parameters.
---@field container_labels? table<string, string> Labels of the containers.
---@field networks? any[] Network names or IDs, or NetworkAttachmentConfig values.
---@field resources? Resources|table<string, any> Resource limits and reservations.
---@field restart_policy? RestartPolicy|table<string, any> The restart policy.
---@field constraints? string[] Placement constraints such as "node.role==manager".
---@field preferences? any[] Placement preferences: PlacementPreference values or (strategy, descriptor) pairs.
---@field platforms? any[] (architecture, os) pairs.
---@field maxreplicas? integer Tasks per node at most.
---@field log_driver? string The logging driver's name.
---@field log_driver_options? table<string, string> The logging driver's options.

---Create a service; keywords are ContainerSpec's, TaskTemplate's, Placement's and create_service's (container_labels, log_driver, log_driver_options too). Returns the Service.
---@param image string The image of the service's containers.
---@param command? string|any[] The command: a str (split like a shell) or a list.
---@param opts? ServiceCollection.create.opts keyword arguments
---@overload fun(self: ServiceCollection, image: string, opts?: ServiceCollection.create.opts): Service
---@return Service
function ServiceCollection:create(image, command, opts) end

---Keyword arguments of ServiceCollection.get.
---@class ServiceCollection.get.opts
---@field service_id? string The service's ID or name.
---@field insert_defaults? boolean Fill the spec's unset fields with their defaults.

---Get a service by ID or name.
---@param service_id string The service's ID or name.
---@param insert_defaults? boolean Fill the spec's unset fields with their defaults.
---@param opts? ServiceCollection.get.opts keyword arguments
---@overload fun(self: ServiceCollection, service_id: string, opts?: ServiceCollection.get.opts): Service
---@return Service
function ServiceCollection:get(service_id, insert_defaults, opts) end

---Keyword arguments of ServiceCollection.list.
---@class ServiceCollection.list.opts
---@field filters? table<string, any> Filters such as {name="web"}, {label="a=b"}, {mode="replicated"}.
---@field status? boolean Include ServiceStatus (running and desired tasks).

---List the swarm's services as Service objects (filters, status).
---@param opts? ServiceCollection.list.opts keyword arguments
---@return Service[]
function ServiceCollection:list(opts) end

---A service's mode (docker.types.ServiceMode).
---@class ServiceMode
---@field mode any The mode's key: replicated, global, ReplicatedJob or GlobalJob.
---@field replicas any Replicas (replicated) or total completions (replicated-job), else nil.
local ServiceMode = {}

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

---The swarm of the daemon (docker-py's Swarm model, client.swarm).
---@class Swarm
---@field id any The swarm's ID (nil when the daemon is not a manager).
---@field short_id any The ID, shortened.
---@field attrs any api.inspect_swarm's answer ({} when the daemon is not a manager).
---@field version any The swarm's Version.Index, which update needs.
local Swarm = {}

---Refresh attrs from the daemon.
---@return any
function Swarm:reload() end

---Keyword arguments of Swarm.init.
---@class Swarm.init.opts
---@field advertise_addr? string Address other nodes reach this one at: an address, an interface name, optionally with a port.
---@field listen_addr? string Address to listen on for the swarm's control plane.
---@field force_new_cluster? boolean Make a new cluster from this node's state.
---@field default_addr_pool? string[] Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}).
---@field subnet_size? integer Prefix length of each overlay network's subnet (default 24).
---@field data_path_addr? string Address for the overlay networks' data traffic.
---@field data_path_port? integer UDP port for the overlay networks' data traffic (default 4789).
---@field task_history_retention_limit? integer Tasks kept in history per slot.
---@field snapshot_interval? integer Raft log entries between snapshots.
---@field keep_old_snapshots? integer Old snapshots kept.
---@field log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@field heartbeat_tick? integer Ticks between heartbeats.
---@field election_tick? integer Ticks before an election.
---@field dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@field node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@field external_cas? any[] SwarmExternalCA values (or dicts).
---@field name? string The swarm's name.
---@field labels? table<string, string> The swarm's labels.
---@field signing_ca_cert? string Root CA certificate (PEM).
---@field signing_ca_key? string Root CA key (PEM).
---@field ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@field autolock_managers? boolean Lock managers' keys with an unlock key.
---@field log_driver? DriverConfig|table<string, any> Default logging driver of tasks.
---@field external_ca? SwarmExternalCA|table<string, any> One external CA (instead of external_cas).

---Make this daemon the first manager of a new swarm; keywords are create_swarm_spec's. Returns the node's ID.
---@param advertise_addr? string Address other nodes reach this one at: an address, an interface name, optionally with a port.
---@param listen_addr? string Address to listen on for the swarm's control plane.
---@param force_new_cluster? boolean Make a new cluster from this node's state.
---@param default_addr_pool? string[] Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}).
---@param subnet_size? integer Prefix length of each overlay network's subnet (default 24).
---@param data_path_addr? string Address for the overlay networks' data traffic.
---@param data_path_port? integer UDP port for the overlay networks' data traffic (default 4789).
---@param opts? Swarm.init.opts keyword arguments
---@overload fun(self: Swarm, opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, listen_addr?: string, opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, default_addr_pool?: string[], opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, default_addr_pool?: string[], subnet_size?: integer, opts?: Swarm.init.opts): any
---@overload fun(self: Swarm, advertise_addr?: string, listen_addr?: string, force_new_cluster?: boolean, default_addr_pool?: string[], subnet_size?: integer, data_path_addr?: string, opts?: Swarm.init.opts): any
---@return any
function Swarm:init(advertise_addr, listen_addr, force_new_cluster, default_addr_pool, subnet_size, data_path_addr, data_path_port, opts) end

---Keyword arguments of Swarm.join.
---@class Swarm.join.opts
---@field remote_addrs? string[] Addresses of managers of the swarm.
---@field join_token? string The worker or manager join token.
---@field listen_addr? string Address to listen on for the swarm's control plane.
---@field advertise_addr? string Address other nodes reach this one at.
---@field data_path_addr? string Address for the overlay networks' data traffic.

---Join this daemon to a swarm; returns true.
---@param remote_addrs string[] Addresses of managers of the swarm.
---@param join_token string The worker or manager join token.
---@param listen_addr? string Address to listen on for the swarm's control plane.
---@param advertise_addr? string Address other nodes reach this one at.
---@param data_path_addr? string Address for the overlay networks' data traffic.
---@param opts? Swarm.join.opts keyword arguments
---@overload fun(self: Swarm, remote_addrs: string[], join_token: string, opts?: Swarm.join.opts): any
---@overload fun(self: Swarm, remote_addrs: string[], join_token: string, listen_addr?: string, opts?: Swarm.join.opts): any
---@overload fun(self: Swarm, remote_addrs: string[], join_token: string, listen_addr?: string, advertise_addr?: string, opts?: Swarm.join.opts): any
---@return any
function Swarm:join(remote_addrs, join_token, listen_addr, advertise_addr, data_path_addr, opts) end

---Keyword arguments of Swarm.leave.
---@class Swarm.leave.opts
---@field force? boolean Leave even as the last manager (the swarm's state is lost).

---Leave the swarm; returns true.
---@param force? boolean Leave even as the last manager (the swarm's state is lost).
---@param opts? Swarm.leave.opts keyword arguments
---@overload fun(self: Swarm, opts?: Swarm.leave.opts): any
---@return any
function Swarm:leave(force, opts) end

---Keyword arguments of Swarm.unlock.
---@class Swarm.unlock.opts
---@field key? string|table<string, any> The unlock key, or the {UnlockKey} dict get_unlock_key returns.

---Unlock a manager locked after a restart; returns true.
---@param key string|table<string, any> The unlock key, or the {UnlockKey} dict get_unlock_key returns.
---@param opts? Swarm.unlock.opts keyword arguments
---@return any
function Swarm:unlock(key, opts) end

---The key that unlocks a locked manager: {UnlockKey}.
---@return any
function Swarm:get_unlock_key() end

---Keyword arguments of Swarm.update.
---@class Swarm.update.opts
---@field rotate_worker_token? boolean Issue a new worker join token.
---@field rotate_manager_token? boolean Issue a new manager join token.
---@field rotate_manager_unlock_key? boolean Issue a new unlock key.
---@field task_history_retention_limit? integer Tasks kept in history per slot.
---@field snapshot_interval? integer Raft log entries between snapshots.
---@field keep_old_snapshots? integer Old snapshots kept.
---@field log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@field heartbeat_tick? integer Ticks between heartbeats.
---@field election_tick? integer Ticks before an election.
---@field dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@field node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@field external_cas? any[] SwarmExternalCA values (or dicts).
---@field name? string The swarm's name.
---@field labels? table<string, string> The swarm's labels.
---@field signing_ca_cert? string Root CA certificate (PEM).
---@field signing_ca_key? string Root CA key (PEM).
---@field ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@field autolock_managers? boolean Lock managers' keys with an unlock key.
---@field log_driver? DriverConfig|table<string, any> Default logging driver of tasks.
---@field external_ca? SwarmExternalCA|table<string, any> One external CA (instead of external_cas).

---Change the swarm's settings (create_swarm_spec's keywords; fields not given are reset) and rotate tokens; returns true.
---@param rotate_worker_token? boolean Issue a new worker join token.
---@param rotate_manager_token? boolean Issue a new manager join token.
---@param rotate_manager_unlock_key? boolean Issue a new unlock key.
---@param opts? Swarm.update.opts keyword arguments
---@overload fun(self: Swarm, opts?: Swarm.update.opts): any
---@overload fun(self: Swarm, rotate_worker_token?: boolean, opts?: Swarm.update.opts): any
---@overload fun(self: Swarm, rotate_worker_token?: boolean, rotate_manager_token?: boolean, opts?: Swarm.update.opts): any
---@return any
function Swarm:update(rotate_worker_token, rotate_manager_token, rotate_manager_unlock_key, opts) end

---An external CA of a swarm (docker.types.SwarmExternalCA).
---@class SwarmExternalCA
local SwarmExternalCA = {}

---A swarm's settings (docker.types.SwarmSpec).
---@class SwarmSpec
local SwarmSpec = {}

---TLS settings: client certificate, CA and verification (docker.tls.TLSConfig).
---@class TLSConfig
---@field cert any The client certificate and key files, or nil.
---@field ca_cert any The CA certificate file, or nil.
---@field verify any The verify argument as given.
local TLSConfig = {}

---A service's task specification (docker.types.TaskTemplate).
---@class TaskTemplate
---@field container_spec any The containers of the tasks.
---@field resources any Resource limits and reservations.
---@field restart_policy any The restart policy.
---@field placement any The placement.
local TaskTemplate = {}

---A ulimit for HostConfig.Ulimits (docker.types.Ulimit).
---@class Ulimit
---@field name any The limit's name.
---@field soft any The soft limit.
---@field hard any The hard limit.
local Ulimit = {}

---How a service is updated (docker.types.UpdateConfig).
---@class UpdateConfig
local UpdateConfig = {}

---A volume (docker-py's Volume model).
---@class Volume
---@field id any The full ID.
---@field short_id any The ID, shortened.
---@field attrs any The daemon's inspect answer.
---@field name any The volume's name.
local Volume = {}

---Refresh attrs from the daemon.
---@return any
function Volume:reload() end

---Keyword arguments of Volume.remove.
---@class Volume.remove.opts
---@field force? boolean Also forget a volume its driver already removed.

---Remove this volume.
---@param force? boolean Also forget a volume its driver already removed.
---@param opts? Volume.remove.opts keyword arguments
---@overload fun(self: Volume, opts?: Volume.remove.opts): any
---@return any
function Volume:remove(force, opts) end

---The volumes of the daemon (client.volumes).
---@class VolumeCollection
local VolumeCollection = {}

---Keyword arguments of VolumeCollection.create.
---@class VolumeCollection.create.opts
---@field name? string The volume's name (default: the daemon makes one up).
---@field driver? string The volume driver (default local).
---@field driver_opts? table<string, string> Driver options, e.g. {type="tmpfs", device="tmpfs"}.
---@field labels? table<string, string> Labels of the volume.

---Create a volume; returns the Volume.
---@param name? string The volume's name (default: the daemon makes one up).
---@param opts? VolumeCollection.create.opts keyword arguments
---@overload fun(self: VolumeCollection, opts?: VolumeCollection.create.opts): Volume
---@return Volume
function VolumeCollection:create(name, opts) end

---Keyword arguments of VolumeCollection.get.
---@class VolumeCollection.get.opts
---@field volume_id? string The volume's name.

---Get a volume by name.
---@param volume_id string The volume's name.
---@param opts? VolumeCollection.get.opts keyword arguments
---@return Volume
function VolumeCollection:get(volume_id, opts) end

---Keyword arguments of VolumeCollection.list.
---@class VolumeCollection.list.opts
---@field filters? table<string, any> Filters such as {name="data", dangling=true, label="a=b"}.

---List volumes, as Volume objects.
---@param opts? VolumeCollection.list.opts keyword arguments
---@return Volume[]
function VolumeCollection:list(opts) end

---Keyword arguments of VolumeCollection.prune.
---@class VolumeCollection.prune.opts
---@field filters? table<string, any> Filters such as {until="24h", label="a=b"}.

---Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}.
---@param filters? table<string, any> Filters such as {until="24h", label="a=b"}.
---@param opts? VolumeCollection.prune.opts keyword arguments
---@overload fun(self: VolumeCollection, opts?: VolumeCollection.prune.opts): any
---@return any
function VolumeCollection:prune(filters, opts) end

---Docker for scripts: the docker-py object model.
---@class docker.module
---@field context docker.context.module The docker CLI's contexts (docker.context).
---@field types docker.types.module Typed configuration values.
---@field __version__ any dscript's version.
---@field tls docker.tls.module TLS settings (docker.tls).
local docker_module = {}

---Keyword arguments of docker.from_env.
---@class docker.module.from_env.opts
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field max_pool_size? integer How many idle connections to keep for reuse (default 32).
---@field environment? table<string, any> Variables to read instead of the process environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION).
---@field credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@field use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.

---A DockerClient configured from the environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION).
---@param opts? docker.module.from_env.opts keyword arguments
---@return DockerClient
function docker_module.from_env(opts) end

---Keyword arguments of docker.DockerClient.
---@class docker.module.DockerClient.opts
---@field base_url? string URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port].
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field tls? boolean|TLSConfig true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates.
---@field user_agent? string User-Agent header sent with each request.
---@field num_pools? integer Accepted for compatibility: a client talks to one daemon, so it keeps one pool.
---@field credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@field use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.
---@field max_pool_size? integer How many idle connections to keep for reuse (default 32).

---A client for the daemon at base_url.
---@param base_url? string URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port].
---@param version? string API version to use, or "auto" to negotiate.
---@param timeout? number Seconds each request may take (default 60).
---@param tls? boolean|TLSConfig true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates.
---@param user_agent? string User-Agent header sent with each request.
---@param num_pools? integer Accepted for compatibility: a client talks to one daemon, so it keeps one pool.
---@param credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@param use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.
---@param max_pool_size? integer How many idle connections to keep for reuse (default 32).
---@param opts? docker.module.DockerClient.opts keyword arguments
---@overload fun(opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, credstore_env?: table<string, any>, opts?: docker.module.DockerClient.opts): DockerClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, credstore_env?: table<string, any>, use_ssh_client?: boolean, opts?: docker.module.DockerClient.opts): DockerClient
---@return DockerClient
function docker_module.DockerClient(base_url, version, timeout, tls, user_agent, num_pools, credstore_env, use_ssh_client, max_pool_size, opts) end

---Keyword arguments of docker.APIClient.
---@class docker.module.APIClient.opts
---@field base_url? string URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port].
---@field version? string API version to use, or "auto" to negotiate.
---@field timeout? number Seconds each request may take (default 60).
---@field tls? boolean|TLSConfig true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates.
---@field user_agent? string User-Agent header sent with each request.
---@field num_pools? integer Accepted for compatibility: a client talks to one daemon, so it keeps one pool.
---@field credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@field use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.
---@field max_pool_size? integer How many idle connections to keep for reuse (default 32).

---A low-level client for the daemon at base_url.
---@param base_url? string URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port].
---@param version? string API version to use, or "auto" to negotiate.
---@param timeout? number Seconds each request may take (default 60).
---@param tls? boolean|TLSConfig true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates.
---@param user_agent? string User-Agent header sent with each request.
---@param num_pools? integer Accepted for compatibility: a client talks to one daemon, so it keeps one pool.
---@param credstore_env? table<string, any> Variables added to the environment of the credential helpers.
---@param use_ssh_client? boolean Accepted for compatibility: ssh:// hosts always use the system's ssh client.
---@param max_pool_size? integer How many idle connections to keep for reuse (default 32).
---@param opts? docker.module.APIClient.opts keyword arguments
---@overload fun(opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, credstore_env?: table<string, any>, opts?: docker.module.APIClient.opts): APIClient
---@overload fun(base_url?: string, version?: string, timeout?: number, tls?: boolean|TLSConfig, user_agent?: string, num_pools?: integer, credstore_env?: table<string, any>, use_ssh_client?: boolean, opts?: docker.module.APIClient.opts): APIClient
---@return APIClient
function docker_module.APIClient(base_url, version, timeout, tls, user_agent, num_pools, credstore_env, use_ssh_client, max_pool_size, opts) end

---The docker CLI's contexts (docker-py's docker.context).
---@class docker.context.module
---@field ContextAPI any Functions over the context store.
local docker_context_module = {}

---Keyword arguments of docker.context.Context.
---@class docker.context.module.Context.opts
---@field name? string The context's name.
---@field orchestrator? string The orchestrator ("swarm" or none).
---@field host? string The daemon's address (default unix:///var/run/docker.sock).
---@field endpoints? table<string, any> The endpoints: {docker = {Host = ..., SkipTLSVerify = ...}}.
---@field tls? boolean Whether the default endpoint verifies TLS.

---A context (in memory until saved).
---@param name string The context's name.
---@param orchestrator? string The orchestrator ("swarm" or none).
---@param host? string The daemon's address (default unix:///var/run/docker.sock).
---@param endpoints? table<string, any> The endpoints: {docker = {Host = ..., SkipTLSVerify = ...}}.
---@param tls? boolean Whether the default endpoint verifies TLS.
---@param opts? docker.context.module.Context.opts keyword arguments
---@overload fun(name: string, opts?: docker.context.module.Context.opts): Context
---@overload fun(name: string, orchestrator?: string, opts?: docker.context.module.Context.opts): Context
---@overload fun(name: string, orchestrator?: string, host?: string, opts?: docker.context.module.Context.opts): Context
---@overload fun(name: string, orchestrator?: string, host?: string, endpoints?: table<string, any>, opts?: docker.context.module.Context.opts): Context
---@return Context
function docker_context_module.Context(name, orchestrator, host, endpoints, tls, opts) end

---TLS settings for DockerClient's tls argument (docker-py's docker.tls).
---@class docker.tls.module
local docker_tls_module = {}

---Keyword arguments of docker.tls.TLSConfig.
---@class docker.tls.module.TLSConfig.opts
---@field client_cert? string[] The client certificate: {certificate file, key file}.
---@field ca_cert? string The CA certificate file the daemon's certificate must be signed by.
---@field verify? boolean|string true: check the daemon's certificate (against ca_cert, else the system's CAs); a path: the CA file to check against; false: do not check; nil: check when ca_cert is given.
---@field ssl_version? string The one TLS version to speak: "TLSv1_2" or "TLSv1_3" (default: 1.2 or later).
---@field assert_hostname? boolean|string The name the daemon's certificate must carry instead of the host's; false: check the certificate but not its name.

---TLS settings for DockerClient(tls=...).
---@param client_cert? string[] The client certificate: {certificate file, key file}.
---@param ca_cert? string The CA certificate file the daemon's certificate must be signed by.
---@param verify? boolean|string true: check the daemon's certificate (against ca_cert, else the system's CAs); a path: the CA file to check against; false: do not check; nil: check when ca_cert is given.
---@param opts? docker.tls.module.TLSConfig.opts keyword arguments
---@overload fun(opts?: docker.tls.module.TLSConfig.opts): TLSConfig
---@overload fun(client_cert?: string[], opts?: docker.tls.module.TLSConfig.opts): TLSConfig
---@overload fun(client_cert?: string[], ca_cert?: string, opts?: docker.tls.module.TLSConfig.opts): TLSConfig
---@return TLSConfig
function docker_tls_module.TLSConfig(client_cert, ca_cert, verify, opts) end

---Typed configuration values (docker-py's docker.types).
---@class docker.types.module
local docker_types_module = {}

---Keyword arguments of docker.types.IPAMConfig.
---@class docker.types.module.IPAMConfig.opts
---@field driver? string The IPAM driver.
---@field pool_configs? any[] The address pools: IPAMPool objects (or dicts of their arguments).
---@field options? table<string, string> Driver options.

---An IP address management configuration for create_network's ipam.
---@param driver? string The IPAM driver.
---@param pool_configs? any[] The address pools: IPAMPool objects (or dicts of their arguments).
---@param options? table<string, string> Driver options.
---@param opts? docker.types.module.IPAMConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.IPAMConfig.opts): IPAMConfig
---@overload fun(driver?: string, opts?: docker.types.module.IPAMConfig.opts): IPAMConfig
---@overload fun(driver?: string, pool_configs?: any[], opts?: docker.types.module.IPAMConfig.opts): IPAMConfig
---@return IPAMConfig
function docker_types_module.IPAMConfig(driver, pool_configs, options, opts) end

---Keyword arguments of docker.types.IPAMPool.
---@class docker.types.module.IPAMPool.opts
---@field subnet? string The subnet in CIDR notation, e.g. "192.168.52.0/24".
---@field iprange? string The range endpoints get addresses from, in CIDR notation.
---@field gateway? string The gateway's address.
---@field aux_addresses? table<string, string> Addresses the driver must not hand out: {name = ip}.

---An address pool for IPAMConfig's pool_configs.
---@param subnet? string The subnet in CIDR notation, e.g. "192.168.52.0/24".
---@param iprange? string The range endpoints get addresses from, in CIDR notation.
---@param gateway? string The gateway's address.
---@param aux_addresses? table<string, string> Addresses the driver must not hand out: {name = ip}.
---@param opts? docker.types.module.IPAMPool.opts keyword arguments
---@overload fun(opts?: docker.types.module.IPAMPool.opts): IPAMPool
---@overload fun(subnet?: string, opts?: docker.types.module.IPAMPool.opts): IPAMPool
---@overload fun(subnet?: string, iprange?: string, opts?: docker.types.module.IPAMPool.opts): IPAMPool
---@overload fun(subnet?: string, iprange?: string, gateway?: string, opts?: docker.types.module.IPAMPool.opts): IPAMPool
---@return IPAMPool
function docker_types_module.IPAMPool(subnet, iprange, gateway, aux_addresses, opts) end

---Keyword arguments of docker.types.ServiceMode.
---@class docker.types.module.ServiceMode.opts
---@field mode? string replicated, global, replicated-job or global-job.
---@field replicas? integer Replicas (replicated) or total completions (replicated-job).
---@field concurrency? integer Tasks run at once (replicated-job; default 1).

---A service's mode: replicated (with replicas), global, replicated-job or global-job.
---@param mode string replicated, global, replicated-job or global-job.
---@param replicas? integer Replicas (replicated) or total completions (replicated-job).
---@param concurrency? integer Tasks run at once (replicated-job; default 1).
---@param opts? docker.types.module.ServiceMode.opts keyword arguments
---@overload fun(mode: string, opts?: docker.types.module.ServiceMode.opts): ServiceMode
---@overload fun(mode: string, replicas?: integer, opts?: docker.types.module.ServiceMode.opts): ServiceMode
---@return ServiceMode
function docker_types_module.ServiceMode(mode, replicas, concurrency, opts) end

---Keyword arguments of docker.types.TaskTemplate.
---@class docker.types.module.TaskTemplate.opts
---@field container_spec? ContainerSpec|table<string, any> The containers of the tasks.
---@field resources? Resources|table<string, any> Resource limits and reservations.
---@field restart_policy? RestartPolicy|table<string, any> The restart policy.
---@field placement? Placement|table<string, any>|any[] Placement, or a list of constraints.
---@field log_driver? DriverConfig|table<string, any> The logging driver {Name, Options}.
---@field networks? any[] Network names or IDs, or NetworkAttachmentConfig values.
---@field force_update? integer A counter that forces an update when changed.

---The task specification of a service.
---@param container_spec ContainerSpec|table<string, any> The containers of the tasks.
---@param resources? Resources|table<string, any> Resource limits and reservations.
---@param restart_policy? RestartPolicy|table<string, any> The restart policy.
---@param placement? Placement|table<string, any>|any[] Placement, or a list of constraints.
---@param log_driver? DriverConfig|table<string, any> The logging driver {Name, Options}.
---@param networks? any[] Network names or IDs, or NetworkAttachmentConfig values.
---@param force_update? integer A counter that forces an update when changed.
---@param opts? docker.types.module.TaskTemplate.opts keyword arguments
---@overload fun(container_spec: ContainerSpec|table<string, any>, opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@overload fun(container_spec: ContainerSpec|table<string, any>, resources?: Resources|table<string, any>, opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@overload fun(container_spec: ContainerSpec|table<string, any>, resources?: Resources|table<string, any>, restart_policy?: RestartPolicy|table<string, any>, opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@overload fun(container_spec: ContainerSpec|table<string, any>, resources?: Resources|table<string, any>, restart_policy?: RestartPolicy|table<string, any>, placement?: Placement|table<string, any>|any[], opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@overload fun(container_spec: ContainerSpec|table<string, any>, resources?: Resources|table<string, any>, restart_policy?: RestartPolicy|table<string, any>, placement?: Placement|table<string, any>|any[], log_driver?: DriverConfig|table<string, any>, opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@overload fun(container_spec: ContainerSpec|table<string, any>, resources?: Resources|table<string, any>, restart_policy?: RestartPolicy|table<string, any>, placement?: Placement|table<string, any>|any[], log_driver?: DriverConfig|table<string, any>, networks?: any[], opts?: docker.types.module.TaskTemplate.opts): TaskTemplate
---@return TaskTemplate
function docker_types_module.TaskTemplate(container_spec, resources, restart_policy, placement, log_driver, networks, force_update, opts) end

---Keyword arguments of docker.types.ContainerSpec.
---@class docker.types.module.ContainerSpec.opts
---@field image? string The image.
---@field command? string|any[] The command: a str (split like a shell) or a list.
---@field args? string[] Arguments of the command.
---@field hostname? string The containers' host name.
---@field env? table<string, any>|any[] Environment: a dict or a list of "KEY=value".
---@field workdir? string Working directory.
---@field user? string User to run as.
---@field labels? table<string, string> Labels of the containers.
---@field mounts? any[] Mounts: Mount values, dicts or "source:target[:ro]" strings.
---@field stop_grace_period? integer Nanoseconds to wait before killing.
---@field secrets? any[] SecretReference values (or dicts).
---@field tty? boolean Allocate a pseudo-TTY.
---@field groups? string[]|integer Additional groups.
---@field open_stdin? boolean Open stdin.
---@field read_only? boolean Mount the root filesystem read-only.
---@field stop_signal? string Signal that stops the containers.
---@field healthcheck? Healthcheck|table<string, any> The healthcheck.
---@field hosts? table<string, any>|any[] Extra /etc/hosts entries {host = ip}, or a list of "ip host".
---@field dns_config? DNSConfig|table<string, any> Resolver configuration.
---@field configs? any[] ConfigReference values (or dicts).
---@field privileges? Privileges|table<string, any> Security options.
---@field isolation? string Isolation technology (Windows).
---@field init? boolean Run an init process in the containers.
---@field cap_add? string[] Capabilities to add.
---@field cap_drop? string[] Capabilities to drop.
---@field sysctls? table<string, string> Kernel parameters.

---The containers of a service's tasks.
---@param image string The image.
---@param command? string|any[] The command: a str (split like a shell) or a list.
---@param args? string[] Arguments of the command.
---@param hostname? string The containers' host name.
---@param env? table<string, any>|any[] Environment: a dict or a list of "KEY=value".
---@param workdir? string Working directory.
---@param user? string User to run as.
---@param labels? table<string, string> Labels of the containers.
---@param mounts? any[] Mounts: Mount values, dicts or "source:target[:ro]" strings.
---@param stop_grace_period? integer Nanoseconds to wait before killing.
---@param secrets? any[] SecretReference values (or dicts).
---@param tty? boolean Allocate a pseudo-TTY.
---@param groups? string[]|integer Additional groups.
---@param open_stdin? boolean Open stdin.
---@param read_only? boolean Mount the root filesystem read-only.
---@param stop_signal? string Signal that stops the containers.
---@param healthcheck? Healthcheck|table<string, any> The healthcheck.
---@param hosts? table<string, any>|any[] Extra /etc/hosts entries {host = ip}, or a list of "ip host".
---@param dns_config? DNSConfig|table<string, any> Resolver configuration.
---@param configs? any[] ConfigReference values (or dicts).
---@param privileges? Privileges|table<string, any> Security options.
---@param isolation? string Isolation technology (Windows).
---@param init? boolean Run an init process in the containers.
---@param cap_add? string[] Capabilities to add.
---@param cap_drop? string[] Capabilities to drop.
---@param sysctls? table<string, string> Kernel parameters.
---@param opts? docker.types.module.ContainerSpec.opts keyword arguments
---@overload fun(image: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], privileges?: Privileges|table<string, any>, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], privileges?: Privileges|table<string, any>, isolation?: string, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], privileges?: Privileges|table<string, any>, isolation?: string, init?: boolean, opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], privileges?: Privileges|table<string, any>, isolation?: string, init?: boolean, cap_add?: string[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@overload fun(image: string, command?: string|any[], args?: string[], hostname?: string, env?: table<string, any>|any[], workdir?: string, user?: string, labels?: table<string, string>, mounts?: any[], stop_grace_period?: integer, secrets?: any[], tty?: boolean, groups?: string[]|integer, open_stdin?: boolean, read_only?: boolean, stop_signal?: string, healthcheck?: Healthcheck|table<string, any>, hosts?: table<string, any>|any[], dns_config?: DNSConfig|table<string, any>, configs?: any[], privileges?: Privileges|table<string, any>, isolation?: string, init?: boolean, cap_add?: string[], cap_drop?: string[], opts?: docker.types.module.ContainerSpec.opts): ContainerSpec
---@return ContainerSpec
function docker_types_module.ContainerSpec(image, command, args, hostname, env, workdir, user, labels, mounts, stop_grace_period, secrets, tty, groups, open_stdin, read_only, stop_signal, healthcheck, hosts, dns_config, configs, privileges, isolation, init, cap_add, cap_drop, sysctls, opts) end

---Keyword arguments of docker.types.Resources.
---@class docker.types.module.Resources.opts
---@field cpu_limit? integer CPU limit in units of 1e-9 CPUs.
---@field mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@field cpu_reservation? integer CPU reservation in units of 1e-9 CPUs.
---@field mem_reservation? integer|string Memory reservation: int bytes or a str with unit ("512m", "1g").
---@field generic_resources? table<string, any>|any[] Generic resources {kind = int or str}, or the daemon's list.

---Resource limits and reservations of a service's containers.
---@param cpu_limit? integer CPU limit in units of 1e-9 CPUs.
---@param mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@param cpu_reservation? integer CPU reservation in units of 1e-9 CPUs.
---@param mem_reservation? integer|string Memory reservation: int bytes or a str with unit ("512m", "1g").
---@param generic_resources? table<string, any>|any[] Generic resources {kind = int or str}, or the daemon's list.
---@param opts? docker.types.module.Resources.opts keyword arguments
---@overload fun(opts?: docker.types.module.Resources.opts): Resources
---@overload fun(cpu_limit?: integer, opts?: docker.types.module.Resources.opts): Resources
---@overload fun(cpu_limit?: integer, mem_limit?: integer|string, opts?: docker.types.module.Resources.opts): Resources
---@overload fun(cpu_limit?: integer, mem_limit?: integer|string, cpu_reservation?: integer, opts?: docker.types.module.Resources.opts): Resources
---@overload fun(cpu_limit?: integer, mem_limit?: integer|string, cpu_reservation?: integer, mem_reservation?: integer|string, opts?: docker.types.module.Resources.opts): Resources
---@return Resources
function docker_types_module.Resources(cpu_limit, mem_limit, cpu_reservation, mem_reservation, generic_resources, opts) end

---Keyword arguments of docker.types.UpdateConfig.
---@class docker.types.module.UpdateConfig.opts
---@field parallelism? integer Tasks updated at once (0: all).
---@field delay? integer Nanoseconds between updates.
---@field failure_action? string continue, pause or rollback.
---@field monitor? integer Nanoseconds to watch each task after its update.
---@field max_failure_ratio? number Failure ratio tolerated, from 0 to 1.
---@field order? string start-first or stop-first.

---How a service's tasks are updated.
---@param parallelism? integer Tasks updated at once (0: all).
---@param delay? integer Nanoseconds between updates.
---@param failure_action? string continue, pause or rollback.
---@param monitor? integer Nanoseconds to watch each task after its update.
---@param max_failure_ratio? number Failure ratio tolerated, from 0 to 1.
---@param order? string start-first or stop-first.
---@param opts? docker.types.module.UpdateConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@overload fun(parallelism?: integer, opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@overload fun(parallelism?: integer, delay?: integer, opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, monitor?: integer, opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, monitor?: integer, max_failure_ratio?: number, opts?: docker.types.module.UpdateConfig.opts): UpdateConfig
---@return UpdateConfig
function docker_types_module.UpdateConfig(parallelism, delay, failure_action, monitor, max_failure_ratio, order, opts) end

---Keyword arguments of docker.types.RollbackConfig.
---@class docker.types.module.RollbackConfig.opts
---@field parallelism? integer Tasks updated at once (0: all).
---@field delay? integer Nanoseconds between updates.
---@field failure_action? string continue, pause or rollback.
---@field monitor? integer Nanoseconds to watch each task after its update.
---@field max_failure_ratio? number Failure ratio tolerated, from 0 to 1.
---@field order? string start-first or stop-first.

---How a service's tasks are rolled back.
---@param parallelism? integer Tasks updated at once (0: all).
---@param delay? integer Nanoseconds between updates.
---@param failure_action? string continue, pause or rollback.
---@param monitor? integer Nanoseconds to watch each task after its update.
---@param max_failure_ratio? number Failure ratio tolerated, from 0 to 1.
---@param order? string start-first or stop-first.
---@param opts? docker.types.module.RollbackConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@overload fun(parallelism?: integer, opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@overload fun(parallelism?: integer, delay?: integer, opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, monitor?: integer, opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@overload fun(parallelism?: integer, delay?: integer, failure_action?: string, monitor?: integer, max_failure_ratio?: number, opts?: docker.types.module.RollbackConfig.opts): RollbackConfig
---@return RollbackConfig
function docker_types_module.RollbackConfig(parallelism, delay, failure_action, monitor, max_failure_ratio, order, opts) end

---Keyword arguments of docker.types.DriverConfig.
---@class docker.types.module.DriverConfig.opts
---@field name? string The driver's name.
---@field options? table<string, string> The driver's options.

---A driver and its options (log driver, volume driver).
---@param name string The driver's name.
---@param options? table<string, string> The driver's options.
---@param opts? docker.types.module.DriverConfig.opts keyword arguments
---@overload fun(name: string, opts?: docker.types.module.DriverConfig.opts): DriverConfig
---@return DriverConfig
function docker_types_module.DriverConfig(name, options, opts) end

---Keyword arguments of docker.types.EndpointSpec.
---@class docker.types.module.EndpointSpec.opts
---@field mode? string vip (default) or dnsrr.
---@field ports? table<string, any>|any[] {published = target} or {published = {target, protocol, mode}}, or the daemon's list.

---A service's endpoint: its mode and published ports.
---@param mode? string vip (default) or dnsrr.
---@param ports? table<string, any>|any[] {published = target} or {published = {target, protocol, mode}}, or the daemon's list.
---@param opts? docker.types.module.EndpointSpec.opts keyword arguments
---@overload fun(opts?: docker.types.module.EndpointSpec.opts): EndpointSpec
---@overload fun(mode?: string, opts?: docker.types.module.EndpointSpec.opts): EndpointSpec
---@return EndpointSpec
function docker_types_module.EndpointSpec(mode, ports, opts) end

---Keyword arguments of docker.types.Placement.
---@class docker.types.module.Placement.opts
---@field constraints? string[] Constraints such as "node.role==manager".
---@field preferences? any[] PlacementPreference values or (strategy, descriptor) pairs.
---@field platforms? any[] (architecture, os) pairs.
---@field maxreplicas? integer Tasks per node at most.

---Where a service's tasks may run.
---@param constraints? string[] Constraints such as "node.role==manager".
---@param preferences? any[] PlacementPreference values or (strategy, descriptor) pairs.
---@param platforms? any[] (architecture, os) pairs.
---@param maxreplicas? integer Tasks per node at most.
---@param opts? docker.types.module.Placement.opts keyword arguments
---@overload fun(opts?: docker.types.module.Placement.opts): Placement
---@overload fun(constraints?: string[], opts?: docker.types.module.Placement.opts): Placement
---@overload fun(constraints?: string[], preferences?: any[], opts?: docker.types.module.Placement.opts): Placement
---@overload fun(constraints?: string[], preferences?: any[], platforms?: any[], opts?: docker.types.module.Placement.opts): Placement
---@return Placement
function docker_types_module.Placement(constraints, preferences, platforms, maxreplicas, opts) end

---Keyword arguments of docker.types.PlacementPreference.
---@class docker.types.module.PlacementPreference.opts
---@field strategy? string The strategy: spread.
---@field descriptor? string The label to spread over, e.g. "node.labels.zone".

---A placement preference: spread over a label.
---@param strategy string The strategy: spread.
---@param descriptor string The label to spread over, e.g. "node.labels.zone".
---@param opts? docker.types.module.PlacementPreference.opts keyword arguments
---@return PlacementPreference
function docker_types_module.PlacementPreference(strategy, descriptor, opts) end

---Keyword arguments of docker.types.SecretReference.
---@class docker.types.module.SecretReference.opts
---@field secret_id? string|table<string, any>|table The secret's ID (or the Secret).
---@field secret_name? string The secret's name.
---@field filename? string File name in the container (default: the name).
---@field uid? string Owner's UID (default "0").
---@field gid? string Owner's GID (default "0").
---@field mode? integer Permission bits (default 0o444).

---A secret given to a service's containers as a file.
---@param secret_id string|table<string, any>|table The secret's ID (or the Secret).
---@param secret_name string The secret's name.
---@param filename? string File name in the container (default: the name).
---@param uid? string Owner's UID (default "0").
---@param gid? string Owner's GID (default "0").
---@param mode? integer Permission bits (default 0o444).
---@param opts? docker.types.module.SecretReference.opts keyword arguments
---@overload fun(secret_id: string|table<string, any>|table, secret_name: string, opts?: docker.types.module.SecretReference.opts): SecretReference
---@overload fun(secret_id: string|table<string, any>|table, secret_name: string, filename?: string, opts?: docker.types.module.SecretReference.opts): SecretReference
---@overload fun(secret_id: string|table<string, any>|table, secret_name: string, filename?: string, uid?: string, opts?: docker.types.module.SecretReference.opts): SecretReference
---@overload fun(secret_id: string|table<string, any>|table, secret_name: string, filename?: string, uid?: string, gid?: string, opts?: docker.types.module.SecretReference.opts): SecretReference
---@return SecretReference
function docker_types_module.SecretReference(secret_id, secret_name, filename, uid, gid, mode, opts) end

---Keyword arguments of docker.types.ConfigReference.
---@class docker.types.module.ConfigReference.opts
---@field config_id? string|table<string, any>|table The config's ID (or the Config).
---@field config_name? string The config's name.
---@field filename? string File name in the container (default: the name).
---@field uid? string Owner's UID (default "0").
---@field gid? string Owner's GID (default "0").
---@field mode? integer Permission bits (default 0o444).

---A config given to a service's containers as a file.
---@param config_id string|table<string, any>|table The config's ID (or the Config).
---@param config_name string The config's name.
---@param filename? string File name in the container (default: the name).
---@param uid? string Owner's UID (default "0").
---@param gid? string Owner's GID (default "0").
---@param mode? integer Permission bits (default 0o444).
---@param opts? docker.types.module.ConfigReference.opts keyword arguments
---@overload fun(config_id: string|table<string, any>|table, config_name: string, opts?: docker.types.module.ConfigReference.opts): ConfigReference
---@overload fun(config_id: string|table<string, any>|table, config_name: string, filename?: string, opts?: docker.types.module.ConfigReference.opts): ConfigReference
---@overload fun(config_id: string|table<string, any>|table, config_name: string, filename?: string, uid?: string, opts?: docker.types.module.ConfigReference.opts): ConfigReference
---@overload fun(config_id: string|table<string, any>|table, config_name: string, filename?: string, uid?: string, gid?: string, opts?: docker.types.module.ConfigReference.opts): ConfigReference
---@return ConfigReference
function docker_types_module.ConfigReference(config_id, config_name, filename, uid, gid, mode, opts) end

---Keyword arguments of docker.types.NetworkAttachmentConfig.
---@class docker.types.module.NetworkAttachmentConfig.opts
---@field target? string The network's name or ID.
---@field aliases? string[] Network-scoped aliases.
---@field options? table<string, string> Driver options.

---A network a service's tasks attach to.
---@param target string The network's name or ID.
---@param aliases? string[] Network-scoped aliases.
---@param options? table<string, string> Driver options.
---@param opts? docker.types.module.NetworkAttachmentConfig.opts keyword arguments
---@overload fun(target: string, opts?: docker.types.module.NetworkAttachmentConfig.opts): NetworkAttachmentConfig
---@overload fun(target: string, aliases?: string[], opts?: docker.types.module.NetworkAttachmentConfig.opts): NetworkAttachmentConfig
---@return NetworkAttachmentConfig
function docker_types_module.NetworkAttachmentConfig(target, aliases, options, opts) end

---Keyword arguments of docker.types.DNSConfig.
---@class docker.types.module.DNSConfig.opts
---@field nameservers? string[] Name server addresses.
---@field search? string[] Search domains.
---@field options? string[] Resolver options.

---The resolver configuration of a service's containers.
---@param nameservers? string[] Name server addresses.
---@param search? string[] Search domains.
---@param options? string[] Resolver options.
---@param opts? docker.types.module.DNSConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.DNSConfig.opts): DNSConfig
---@overload fun(nameservers?: string[], opts?: docker.types.module.DNSConfig.opts): DNSConfig
---@overload fun(nameservers?: string[], search?: string[], opts?: docker.types.module.DNSConfig.opts): DNSConfig
---@return DNSConfig
function docker_types_module.DNSConfig(nameservers, search, options, opts) end

---Keyword arguments of docker.types.Privileges.
---@class docker.types.module.Privileges.opts
---@field credentialspec_file? string Credential spec file (Windows).
---@field credentialspec_registry? string Credential spec registry value (Windows).
---@field selinux_disable? boolean Disable SELinux labeling.
---@field selinux_user? string SELinux user label.
---@field selinux_role? string SELinux role label.
---@field selinux_type? string SELinux type label.
---@field selinux_level? string SELinux level label.

---Security options of a service's containers.
---@param credentialspec_file? string Credential spec file (Windows).
---@param credentialspec_registry? string Credential spec registry value (Windows).
---@param selinux_disable? boolean Disable SELinux labeling.
---@param selinux_user? string SELinux user label.
---@param selinux_role? string SELinux role label.
---@param selinux_type? string SELinux type label.
---@param selinux_level? string SELinux level label.
---@param opts? docker.types.module.Privileges.opts keyword arguments
---@overload fun(opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, credentialspec_registry?: string, opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, credentialspec_registry?: string, selinux_disable?: boolean, opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, credentialspec_registry?: string, selinux_disable?: boolean, selinux_user?: string, opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, credentialspec_registry?: string, selinux_disable?: boolean, selinux_user?: string, selinux_role?: string, opts?: docker.types.module.Privileges.opts): Privileges
---@overload fun(credentialspec_file?: string, credentialspec_registry?: string, selinux_disable?: boolean, selinux_user?: string, selinux_role?: string, selinux_type?: string, opts?: docker.types.module.Privileges.opts): Privileges
---@return Privileges
function docker_types_module.Privileges(credentialspec_file, credentialspec_registry, selinux_disable, selinux_user, selinux_role, selinux_type, selinux_level, opts) end

---Keyword arguments of docker.types.SwarmSpec.
---@class docker.types.module.SwarmSpec.opts
---@field version? string The API version the spec is for, e.g. "1.41".
---@field task_history_retention_limit? integer Tasks kept in history per slot.
---@field snapshot_interval? integer Raft log entries between snapshots.
---@field keep_old_snapshots? integer Old snapshots kept.
---@field log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@field heartbeat_tick? integer Ticks between heartbeats.
---@field election_tick? integer Ticks before an election.
---@field dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@field node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@field external_cas? any[] SwarmExternalCA values (or dicts).
---@field name? string The swarm's name.
---@field labels? table<string, string> The swarm's labels.
---@field signing_ca_cert? string Root CA certificate (PEM).
---@field signing_ca_key? string Root CA key (PEM).
---@field ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@field autolock_managers? boolean Lock managers' keys with an unlock key.
---@field log_driver? DriverConfig|table<string, any> Default logging driver of tasks.

---A swarm's settings (api.create_swarm_spec makes one for the client's API version).
---@param version string The API version the spec is for, e.g. "1.41".
---@param task_history_retention_limit? integer Tasks kept in history per slot.
---@param snapshot_interval? integer Raft log entries between snapshots.
---@param keep_old_snapshots? integer Old snapshots kept.
---@param log_entries_for_slow_followers? integer Log entries kept for slow followers.
---@param heartbeat_tick? integer Ticks between heartbeats.
---@param election_tick? integer Ticks before an election.
---@param dispatcher_heartbeat_period? integer Nanoseconds between node heartbeats.
---@param node_cert_expiry? integer Node certificates' lifetime in nanoseconds.
---@param external_cas? any[] SwarmExternalCA values (or dicts).
---@param name? string The swarm's name.
---@param labels? table<string, string> The swarm's labels.
---@param signing_ca_cert? string Root CA certificate (PEM).
---@param signing_ca_key? string Root CA key (PEM).
---@param ca_force_rotate? integer A counter that forces a CA rotation when changed.
---@param autolock_managers? boolean Lock managers' keys with an unlock key.
---@param log_driver? DriverConfig|table<string, any> Default logging driver of tasks.
---@param opts? docker.types.module.SwarmSpec.opts keyword arguments
---@overload fun(version: string, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, ca_force_rotate?: integer, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@overload fun(version: string, task_history_retention_limit?: integer, snapshot_interval?: integer, keep_old_snapshots?: integer, log_entries_for_slow_followers?: integer, heartbeat_tick?: integer, election_tick?: integer, dispatcher_heartbeat_period?: integer, node_cert_expiry?: integer, external_cas?: any[], name?: string, labels?: table<string, string>, signing_ca_cert?: string, signing_ca_key?: string, ca_force_rotate?: integer, autolock_managers?: boolean, opts?: docker.types.module.SwarmSpec.opts): SwarmSpec
---@return SwarmSpec
function docker_types_module.SwarmSpec(version, task_history_retention_limit, snapshot_interval, keep_old_snapshots, log_entries_for_slow_followers, heartbeat_tick, election_tick, dispatcher_heartbeat_period, node_cert_expiry, external_cas, name, labels, signing_ca_cert, signing_ca_key, ca_force_rotate, autolock_managers, log_driver, opts) end

---Keyword arguments of docker.types.SwarmExternalCA.
---@class docker.types.module.SwarmExternalCA.opts
---@field url? string The CA's URL.
---@field protocol? string The protocol: cfssl.
---@field options? table<string, string> Protocol options.
---@field ca_cert? string The CA's certificate (PEM).

---An external CA that signs a swarm's node certificates.
---@param url string The CA's URL.
---@param protocol? string The protocol: cfssl.
---@param options? table<string, string> Protocol options.
---@param ca_cert? string The CA's certificate (PEM).
---@param opts? docker.types.module.SwarmExternalCA.opts keyword arguments
---@overload fun(url: string, opts?: docker.types.module.SwarmExternalCA.opts): SwarmExternalCA
---@overload fun(url: string, protocol?: string, opts?: docker.types.module.SwarmExternalCA.opts): SwarmExternalCA
---@overload fun(url: string, protocol?: string, options?: table<string, string>, opts?: docker.types.module.SwarmExternalCA.opts): SwarmExternalCA
---@return SwarmExternalCA
function docker_types_module.SwarmExternalCA(url, protocol, options, ca_cert, opts) end

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
---@param opts? docker.types.module.Ulimit.opts keyword arguments
---@return Ulimit
function docker_types_module.Ulimit(opts) end

---Keyword arguments of docker.types.LogConfig.
---@class docker.types.module.LogConfig.opts
---@field type? string The logging driver: json-file, local, syslog, journald, none, ...
---@field config? table<string, string> Driver options such as {["max-size"]="10m"} (values become str).

---A logging configuration for log_config=.
---@param opts? docker.types.module.LogConfig.opts keyword arguments
---@return LogConfig
function docker_types_module.LogConfig(opts) end

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
---@param opts? docker.types.module.Healthcheck.opts keyword arguments
---@return Healthcheck
function docker_types_module.Healthcheck(opts) end

---Keyword arguments of docker.types.DeviceRequest.
---@class docker.types.module.DeviceRequest.opts
---@field driver? string The device driver (e.g. nvidia).
---@field count? integer Number of devices (-1: all).
---@field device_ids? string[] Device IDs (instead of count).
---@field capabilities? any[] A list of lists of capabilities, e.g. {{"gpu"}}.
---@field options? table<string, string> Driver options.

---A device request for device_requests= (GPUs).
---@param opts? docker.types.module.DeviceRequest.opts keyword arguments
---@return DeviceRequest
function docker_types_module.DeviceRequest(opts) end

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

---Keyword arguments of docker.types.HostConfig.
---@class docker.types.module.HostConfig.opts
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
---@field group_add? string[]|integer Additional groups (names or IDs).
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

---A HostConfig dict, as create_host_config builds it.
---@param version? string API version (accepted for docker-py compatibility).
---@param binds? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro"}.
---@param port_bindings? table<string, any> Port bindings: {["80/tcp"] = 8080} and the other ports forms.
---@param lxc_conf? table<string, any>|any[] LXC options (ignored by current daemons).
---@param publish_all_ports? boolean Publish every exposed port to a random host port.
---@param links? table<string, any>|any[] Links: {container = alias} or a list of (container, alias).
---@param privileged? boolean Give extended privileges.
---@param dns? string[] DNS servers.
---@param dns_search? string[] DNS search domains.
---@param volumes_from? string|any[] Containers to take volumes from: {"name[:ro]"}.
---@param network_mode? string Network mode: bridge, host, none, container:<name>.
---@param restart_policy? table<string, any>|RestartPolicy Restart policy: {Name = "on-failure", MaximumRetryCount = 5}.
---@param cap_add? string[] Kernel capabilities to add, e.g. {"NET_ADMIN"}.
---@param cap_drop? string[] Kernel capabilities to drop.
---@param devices? any[] Host devices: {"/dev/sda:/dev/xvda:rwm"}.
---@param extra_hosts? table<string, any>|any[] Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}.
---@param read_only? boolean Mount the root filesystem read-only.
---@param pid_mode? string PID namespace: host or container:<name>.
---@param ipc_mode? string IPC mode: private, shareable, host, container:<name>.
---@param security_opt? string[] Security options, e.g. {"no-new-privileges"}.
---@param ulimits? any[] Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}.
---@param log_config? table<string, any>|LogConfig Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}.
---@param mem_limit? integer|string Memory limit: int bytes or a str with unit ("512m", "1g").
---@param memswap_limit? integer|string Memory plus swap limit: int bytes or "1g" (-1: unlimited).
---@param mem_reservation? integer|string Memory soft limit: int bytes or "256m".
---@param kernel_memory? integer|string Kernel memory limit: int bytes or "64m".
---@param mem_swappiness? integer Memory swappiness, 0 to 100.
---@param cgroup_parent? string Parent cgroup of the container.
---@param group_add? string[]|integer Additional groups (names or IDs).
---@param cpu_quota? integer Microseconds of CPU time per period.
---@param cpu_period? integer Length of a CPU period in microseconds.
---@param blkio_weight? integer Relative block IO weight, 10 to 1000.
---@param blkio_weight_device? any[] Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}.
---@param device_read_bps? any[] Read rate limits: {{Path="/dev/sda", Rate="1m"}}.
---@param device_write_bps? any[] Write rate limits: {{Path=..., Rate="1m"}}.
---@param device_read_iops? any[] Read IO-per-second limits: {{Path=..., Rate=1000}}.
---@param device_write_iops? any[] Write IO-per-second limits.
---@param oom_kill_disable? boolean Disable the OOM killer.
---@param shm_size? integer|string Size of /dev/shm: int bytes or "64m".
---@param sysctls? table<string, string> Kernel parameters: {["net.ipv4.ip_forward"] = "1"}.
---@param tmpfs? table<string, any>|any[] tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}.
---@param oom_score_adj? integer OOM score adjustment.
---@param dns_opt? string[] resolv.conf options.
---@param cpu_shares? integer CPU shares (relative weight).
---@param cpuset_cpus? string CPUs to run on ("0-3", "0,1").
---@param userns_mode? string User namespace mode: host.
---@param uts_mode? string UTS namespace mode: host.
---@param pids_limit? integer Maximum number of processes (-1: unlimited).
---@param isolation? string Isolation technology (Windows).
---@param auto_remove? boolean Remove the container when it exits (daemon side).
---@param storage_opt? table<string, string> Storage driver options.
---@param init? boolean Run an init process as PID 1 that forwards signals and reaps processes.
---@param init_path? string Path to docker-init (API < 1.29 only).
---@param volume_driver? string Volume driver for the container's volumes.
---@param cpu_count? integer Number of usable CPUs (Windows).
---@param cpu_percent? integer Usable percentage of the CPUs (Windows).
---@param nano_cpus? integer CPU quota in units of 1e-9 CPUs.
---@param cpuset_mems? string Memory nodes to use (NUMA).
---@param runtime? string OCI runtime to run the container with.
---@param mounts? any[] Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings.
---@param cpu_rt_period? integer CPU real-time period in microseconds.
---@param cpu_rt_runtime? integer CPU real-time runtime in microseconds.
---@param device_cgroup_rules? string[] Cgroup device rules, e.g. {"c 1:3 mr"}.
---@param device_requests? any[] Device requests (GPUs): a list of DeviceRequest or dicts.
---@param cgroupns? string Cgroup namespace mode: private or host.
---@param opts? docker.types.module.HostConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, mounts?: any[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, mounts?: any[], cpu_rt_period?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, mounts?: any[], cpu_rt_period?: integer, cpu_rt_runtime?: integer, opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, mounts?: any[], cpu_rt_period?: integer, cpu_rt_runtime?: integer, device_cgroup_rules?: string[], opts?: docker.types.module.HostConfig.opts): any
---@overload fun(version?: string, binds?: table<string, any>|any[], port_bindings?: table<string, any>, lxc_conf?: table<string, any>|any[], publish_all_ports?: boolean, links?: table<string, any>|any[], privileged?: boolean, dns?: string[], dns_search?: string[], volumes_from?: string|any[], network_mode?: string, restart_policy?: table<string, any>|RestartPolicy, cap_add?: string[], cap_drop?: string[], devices?: any[], extra_hosts?: table<string, any>|any[], read_only?: boolean, pid_mode?: string, ipc_mode?: string, security_opt?: string[], ulimits?: any[], log_config?: table<string, any>|LogConfig, mem_limit?: integer|string, memswap_limit?: integer|string, mem_reservation?: integer|string, kernel_memory?: integer|string, mem_swappiness?: integer, cgroup_parent?: string, group_add?: string[]|integer, cpu_quota?: integer, cpu_period?: integer, blkio_weight?: integer, blkio_weight_device?: any[], device_read_bps?: any[], device_write_bps?: any[], device_read_iops?: any[], device_write_iops?: any[], oom_kill_disable?: boolean, shm_size?: integer|string, sysctls?: table<string, string>, tmpfs?: table<string, any>|any[], oom_score_adj?: integer, dns_opt?: string[], cpu_shares?: integer, cpuset_cpus?: string, userns_mode?: string, uts_mode?: string, pids_limit?: integer, isolation?: string, auto_remove?: boolean, storage_opt?: table<string, string>, init?: boolean, init_path?: string, volume_driver?: string, cpu_count?: integer, cpu_percent?: integer, nano_cpus?: integer, cpuset_mems?: string, runtime?: string, mounts?: any[], cpu_rt_period?: integer, cpu_rt_runtime?: integer, device_cgroup_rules?: string[], device_requests?: any[], opts?: docker.types.module.HostConfig.opts): any
---@return any
function docker_types_module.HostConfig(version, binds, port_bindings, lxc_conf, publish_all_ports, links, privileged, dns, dns_search, volumes_from, network_mode, restart_policy, cap_add, cap_drop, devices, extra_hosts, read_only, pid_mode, ipc_mode, security_opt, ulimits, log_config, mem_limit, memswap_limit, mem_reservation, kernel_memory, mem_swappiness, cgroup_parent, group_add, cpu_quota, cpu_period, blkio_weight, blkio_weight_device, device_read_bps, device_write_bps, device_read_iops, device_write_iops, oom_kill_disable, shm_size, sysctls, tmpfs, oom_score_adj, dns_opt, cpu_shares, cpuset_cpus, userns_mode, uts_mode, pids_limit, isolation, auto_remove, storage_opt, init, init_path, volume_driver, cpu_count, cpu_percent, nano_cpus, cpuset_mems, runtime, mounts, cpu_rt_period, cpu_rt_runtime, device_cgroup_rules, device_requests, cgroupns, opts) end

---Keyword arguments of docker.types.ContainerConfig.
---@class docker.types.module.ContainerConfig.opts
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
---@field networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@field version? string API version (accepted for docker-py compatibility).
---@field runtime? string OCI runtime to run the container with.
---@field host_config? table<string, any> A HostConfig dict (from create_host_config).

---A container configuration dict, as create_container_config builds it.
---@param version? string API version (accepted for docker-py compatibility).
---@param image? string The image to run.
---@param command? string|any[] The command to run (str or list).
---@param hostname? string The container's host name.
---@param user? string|integer User (name or UID) to run as.
---@param detach? boolean Run in the background and return the Container (run).
---@param stdin_open? boolean Keep STDIN open.
---@param tty? boolean Allocate a pseudo-TTY.
---@param ports? table<string, any>|any[] Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes.
---@param environment? table<string, any>|any[] Environment variables: a dict or a list of "KEY=value".
---@param volumes? table<string, any>|any[] Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}.
---@param network_disabled? boolean Disable networking.
---@param entrypoint? string|any[] The entrypoint (str or list).
---@param working_dir? string The working directory inside the container.
---@param domainname? string The container's domain name.
---@param host_config? table<string, any> A HostConfig dict (from create_host_config).
---@param mac_address? string MAC address of the container.
---@param labels? table<string, any>|any[] Labels: a dict or a list of names.
---@param stop_signal? string The signal that stops the container.
---@param networking_config? table<string, any> Endpoint settings per network: {net = docker.types.EndpointConfig{...}}.
---@param healthcheck? table<string, any>|Healthcheck Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}.
---@param stop_timeout? integer Seconds to wait for the stop signal before killing.
---@param runtime? string OCI runtime to run the container with.
---@param opts? docker.types.module.ContainerConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, opts?: docker.types.module.ContainerConfig.opts): any
---@overload fun(version?: string, image?: string, command?: string|any[], hostname?: string, user?: string|integer, detach?: boolean, stdin_open?: boolean, tty?: boolean, ports?: table<string, any>|any[], environment?: table<string, any>|any[], volumes?: table<string, any>|any[], network_disabled?: boolean, entrypoint?: string|any[], working_dir?: string, domainname?: string, host_config?: table<string, any>, mac_address?: string, labels?: table<string, any>|any[], stop_signal?: string, networking_config?: table<string, any>, healthcheck?: table<string, any>|Healthcheck, stop_timeout?: integer, opts?: docker.types.module.ContainerConfig.opts): any
---@return any
function docker_types_module.ContainerConfig(version, image, command, hostname, user, detach, stdin_open, tty, ports, environment, volumes, network_disabled, entrypoint, working_dir, domainname, host_config, mac_address, labels, stop_signal, networking_config, healthcheck, stop_timeout, runtime, opts) end

---Keyword arguments of docker.types.NetworkingConfig.
---@class docker.types.module.NetworkingConfig.opts
---@field endpoints_config? table<string, any> Endpoint settings per network: {net = api:create_endpoint_config{...}}.

---A NetworkingConfig dict: {EndpointsConfig = endpoints_config}.
---@param endpoints_config? table<string, any> Endpoint settings per network: {net = api:create_endpoint_config{...}}.
---@param opts? docker.types.module.NetworkingConfig.opts keyword arguments
---@overload fun(opts?: docker.types.module.NetworkingConfig.opts): any
---@return any
function docker_types_module.NetworkingConfig(endpoints_config, opts) end

---Keyword arguments of docker.types.CancellableStream.
---@class docker.types.module.CancellableStream.opts
---@field stream? DScriptIterator|fun(): any The stream to iterate.
---@field response? DScriptIterator|fun(): any|Socket What close() closes besides the stream (its connection).

---An iterator over stream whose close() also closes response, as docker-py wraps events().
---@param stream DScriptIterator|fun(): any The stream to iterate.
---@param response DScriptIterator|fun(): any|Socket What close() closes besides the stream (its connection).
---@param opts? docker.types.module.CancellableStream.opts keyword arguments
---@return any
function docker_types_module.CancellableStream(stream, response, opts) end

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
---@field ConnectionError table The daemon could not be reached, broke the connection or did not answer in time.
---@field StreamError table A stream from the daemon was cut short (broken connection, daemon gone, truncated frame).
---@field PolicyDenied table The runtime's policy does not allow the operation.
---@field is fun(err: any, cls: table): boolean

---@class docker.module
---@field errors docker.errors

---@type docker.module
docker = docker_module

---@overload fun(name: "docker"): docker.module
---@overload fun(name: "docker.context"): docker.context.module
---@overload fun(name: "docker.tls"): docker.tls.module
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
