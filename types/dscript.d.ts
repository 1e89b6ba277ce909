// TypeScript declarations for dscript's JavaScript API. Generated from the
// method descriptions in bindings/ (make docs); do not edit.
//
// Keyword arguments go in a trailing object, under docker-py's names or
// their camelCase spelling.

/** An iterator over a stream (logs, events, archive chunks); close it to stop early. */
interface DScriptIterator<T = any> extends IterableIterator<T> {
  close(): void;
}

/** An exception raised by dscript, of one of docker-py's classes. */
interface DScriptError extends Error {
  [key: string]: any;
}

/** A class of docker.errors: new docker.errors.NotFound("message"). */
interface DScriptErrorClass {
  new (message?: string): DScriptError;
  readonly prototype: DScriptError;
}

/** The low-level client: one method per Engine API operation (docker-py's APIClient). */
interface APIClient {
  /** Check that the daemon answers; returns true. */
  ping(): any;
  /** The daemon's version information. */
  version(kwargs?: APIClient_version_Args): any;
  version(apiVersion?: boolean, kwargs?: APIClient_version_Args): any;
  /** System-wide information about the daemon. */
  info(): any;
  /** List containers as the daemon reports them. */
  containers(kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, limit?: number, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, limit?: number, size?: boolean, kwargs?: APIClient_containers_Args): any;
  containers(quiet?: boolean, all?: boolean, trunc?: boolean, latest?: boolean, since?: string, before?: string, limit?: number, size?: boolean, filters?: Record<string, any>, kwargs?: APIClient_containers_Args): any;
  /** Inspect a container. */
  inspect_container(container: string | Record<string, any> | object, kwargs?: APIClient_inspect_container_Args): any;
  /** Inspect a container. */
  inspectContainer(container: string | Record<string, any> | object, kwargs?: APIClient_inspect_container_Args): any;
  /** Create a container; returns {Id, Warnings}. */
  create_container(image: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], kwargs?: APIClient_create_container_Args): any;
  /** Create a container; returns {Id, Warnings}. */
  createContainer(image: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], kwargs?: APIClient_create_container_Args): any;
  /** Start a container. */
  start(container: string | Record<string, any> | object, kwargs?: APIClient_start_Args): any;
  /** Stop a container. */
  stop(container: string | Record<string, any> | object, kwargs?: APIClient_stop_Args): any;
  stop(container: string | Record<string, any> | object, timeout?: number, kwargs?: APIClient_stop_Args): any;
  /** Kill a container or send it a signal. */
  kill(container: string | Record<string, any> | object, kwargs?: APIClient_kill_Args): any;
  kill(container: string | Record<string, any> | object, signal?: string | number, kwargs?: APIClient_kill_Args): any;
  /** Block until a container stops; returns {StatusCode, Error}. */
  wait(container: string | Record<string, any> | object, kwargs?: APIClient_wait_Args): any;
  /** Remove a container. */
  remove_container(container: string | Record<string, any> | object, kwargs?: APIClient_remove_container_Args): any;
  /** Remove a container. */
  removeContainer(container: string | Record<string, any> | object, kwargs?: APIClient_remove_container_Args): any;
  /** A container's logs: bytes, or an iterator with stream=true. */
  logs(container: string | Record<string, any> | object, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, kwargs?: APIClient_logs_Args): any;
  /** List images as the daemon reports them. */
  images(kwargs?: APIClient_images_Args): any;
  images(name?: string, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, all?: boolean, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, all?: boolean, filters?: Record<string, any>, kwargs?: APIClient_images_Args): any;
  /** Inspect an image. */
  inspect_image(image: string | object, kwargs?: APIClient_inspect_image_Args): any;
  /** Inspect an image. */
  inspectImage(image: string | object, kwargs?: APIClient_inspect_image_Args): any;
  /** The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition. */
  archive_stat(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_archive_stat_Args): any;
  /** The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition. */
  archiveStat(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_archive_stat_Args): any;
  /** Build a HostConfig dict for create_container(host_config=...). */
  create_host_config(kwargs?: APIClient_create_host_config_Args): any;
  /** Build a HostConfig dict for create_container(host_config=...). */
  createHostConfig(kwargs?: APIClient_create_host_config_Args): any;
  /** Build a NetworkingConfig dict for create_container(networking_config=...). */
  create_networking_config(kwargs?: APIClient_create_networking_config_Args): any;
  create_networking_config(endpointsConfig?: Record<string, any>, kwargs?: APIClient_create_networking_config_Args): any;
  /** Build a NetworkingConfig dict for create_container(networking_config=...). */
  createNetworkingConfig(kwargs?: APIClient_create_networking_config_Args): any;
  createNetworkingConfig(endpointsConfig?: Record<string, any>, kwargs?: APIClient_create_networking_config_Args): any;
  /** Build an EndpointConfig dict for create_networking_config(). */
  create_endpoint_config(kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: APIClient_create_endpoint_config_Args): any;
  create_endpoint_config(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  /** Build an EndpointConfig dict for create_networking_config(). */
  createEndpointConfig(kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: APIClient_create_endpoint_config_Args): any;
  createEndpointConfig(aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: APIClient_create_endpoint_config_Args): any;
  /** Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true. */
  attach(container: string | Record<string, any> | object, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, stdout: boolean, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, logs: boolean, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, logs: boolean, demux: boolean, kwargs: APIClient_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(container: string | Record<string, any> | object, kwargs?: APIClient_attach_Args): any;
  attach(container: string | Record<string, any> | object, stdout?: boolean, kwargs?: APIClient_attach_Args): any;
  attach(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, kwargs?: APIClient_attach_Args): any;
  attach(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, kwargs?: APIClient_attach_Args): any;
  attach(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, logs?: boolean, kwargs?: APIClient_attach_Args): any;
  attach(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, logs?: boolean, demux?: boolean, kwargs?: APIClient_attach_Args): any;
  /** Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks). */
  attach_socket(container: string | Record<string, any> | object, kwargs?: APIClient_attach_socket_Args): any;
  attach_socket(container: string | Record<string, any> | object, params?: Record<string, any>, kwargs?: APIClient_attach_socket_Args): any;
  attach_socket(container: string | Record<string, any> | object, params?: Record<string, any>, ws?: boolean, kwargs?: APIClient_attach_socket_Args): any;
  /** Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks). */
  attachSocket(container: string | Record<string, any> | object, kwargs?: APIClient_attach_socket_Args): any;
  attachSocket(container: string | Record<string, any> | object, params?: Record<string, any>, kwargs?: APIClient_attach_socket_Args): any;
  attachSocket(container: string | Record<string, any> | object, params?: Record<string, any>, ws?: boolean, kwargs?: APIClient_attach_socket_Args): any;
  /** Commit a container to an image; returns the daemon's answer {Id}. */
  commit(container: string | Record<string, any> | object, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, message?: string, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, message?: string, author?: string, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, message?: string, author?: string, pause?: boolean, kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, message?: string, author?: string, pause?: boolean, changes?: string | any[], kwargs?: APIClient_commit_Args): any;
  commit(container: string | Record<string, any> | object, repository?: string, tag?: string, message?: string, author?: string, pause?: boolean, changes?: string | any[], conf?: Record<string, any>, kwargs?: APIClient_commit_Args): any;
  /** A container's filesystem as a tar archive: an iterator of bytes chunks. */
  export(container: string | Record<string, any> | object, kwargs?: APIClient_export_Args): DScriptIterator<any>;
  export(container: string | Record<string, any> | object, chunkSize?: number, kwargs?: APIClient_export_Args): DScriptIterator<any>;
  /** A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict). */
  get_archive(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_get_archive_Args): any;
  get_archive(container: string | Record<string, any> | object, path: string, chunkSize?: number, kwargs?: APIClient_get_archive_Args): any;
  get_archive(container: string | Record<string, any> | object, path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: APIClient_get_archive_Args): any;
  /** A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict). */
  getArchive(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_get_archive_Args): any;
  getArchive(container: string | Record<string, any> | object, path: string, chunkSize?: number, kwargs?: APIClient_get_archive_Args): any;
  getArchive(container: string | Record<string, any> | object, path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: APIClient_get_archive_Args): any;
  /** Extract a tar archive into a directory of a container; returns true. */
  put_archive(container: string | Record<string, any> | object, path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_put_archive_Args): any;
  /** Extract a tar archive into a directory of a container; returns true. */
  putArchive(container: string | Record<string, any> | object, path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_put_archive_Args): any;
  /** A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false. */
  stats(container: string | Record<string, any> | object, kwargs: APIClient_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(container: string | Record<string, any> | object, decode: boolean, kwargs: APIClient_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(container: string | Record<string, any> | object, decode: boolean, stream: boolean, kwargs: APIClient_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(container: string | Record<string, any> | object, decode: boolean, stream: boolean, oneShot: boolean, kwargs: APIClient_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(container: string | Record<string, any> | object, kwargs?: APIClient_stats_Args): any;
  stats(container: string | Record<string, any> | object, decode?: boolean, kwargs?: APIClient_stats_Args): any;
  stats(container: string | Record<string, any> | object, decode?: boolean, stream?: boolean, kwargs?: APIClient_stats_Args): any;
  stats(container: string | Record<string, any> | object, decode?: boolean, stream?: boolean, oneShot?: boolean, kwargs?: APIClient_stats_Args): any;
  /** The container configuration dict that create_container would send (for create_container_from_config). */
  create_container_config(image: string, kwargs?: APIClient_create_container_config_Args): any;
  create_container_config(image: string, command?: string | any[], kwargs?: APIClient_create_container_config_Args): any;
  /** The container configuration dict that create_container would send (for create_container_from_config). */
  createContainerConfig(image: string, kwargs?: APIClient_create_container_config_Args): any;
  createContainerConfig(image: string, command?: string | any[], kwargs?: APIClient_create_container_config_Args): any;
  /** Create a container from a configuration dict (create_container_config's); returns {Id, Warnings}. */
  create_container_from_config(config: Record<string, any>, kwargs?: APIClient_create_container_from_config_Args): any;
  create_container_from_config(config: Record<string, any>, name?: string, kwargs?: APIClient_create_container_from_config_Args): any;
  create_container_from_config(config: Record<string, any>, name?: string, platform?: string, kwargs?: APIClient_create_container_from_config_Args): any;
  /** Create a container from a configuration dict (create_container_config's); returns {Id, Warnings}. */
  createContainerFromConfig(config: Record<string, any>, kwargs?: APIClient_create_container_from_config_Args): any;
  createContainerFromConfig(config: Record<string, any>, name?: string, kwargs?: APIClient_create_container_from_config_Args): any;
  createContainerFromConfig(config: Record<string, any>, name?: string, platform?: string, kwargs?: APIClient_create_container_from_config_Args): any;
  /** Changes to a container's filesystem: a list of {Path, Kind} (nil when none). */
  diff(container: string | Record<string, any> | object, kwargs?: APIClient_diff_Args): any;
  /** Pause all processes of a container. */
  pause(container: string | Record<string, any> | object, kwargs?: APIClient_pause_Args): any;
  /** Resume the processes of a paused container. */
  unpause(container: string | Record<string, any> | object, kwargs?: APIClient_unpause_Args): any;
  /** Rename a container. */
  rename(container: string | Record<string, any> | object, name: string, kwargs?: APIClient_rename_Args): any;
  /** Resize a container's TTY. */
  resize(container: string | Record<string, any> | object, height: number, width: number, kwargs?: APIClient_resize_Args): any;
  /** Restart a container (stop with timeout, then start). */
  restart(container: string | Record<string, any> | object, kwargs?: APIClient_restart_Args): any;
  restart(container: string | Record<string, any> | object, timeout?: number, kwargs?: APIClient_restart_Args): any;
  /** The processes of a container: {Titles, Processes}. */
  top(container: string | Record<string, any> | object, kwargs?: APIClient_top_Args): any;
  top(container: string | Record<string, any> | object, psArgs?: string, kwargs?: APIClient_top_Args): any;
  /** Update a container's resource limits and restart policy; returns {Warnings}. */
  update_container(container: string | Record<string, any> | object, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kernelMemory?: number | string, kwargs?: APIClient_update_container_Args): any;
  update_container(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kernelMemory?: number | string, restartPolicy?: Record<string, any> | RestartPolicy, kwargs?: APIClient_update_container_Args): any;
  /** Update a container's resource limits and restart policy; returns {Warnings}. */
  updateContainer(container: string | Record<string, any> | object, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kernelMemory?: number | string, kwargs?: APIClient_update_container_Args): any;
  updateContainer(container: string | Record<string, any> | object, blkioWeight?: number, cpuPeriod?: number, cpuQuota?: number, cpuShares?: number, cpusetCpus?: string, cpusetMems?: string, memLimit?: number | string, memReservation?: number | string, memswapLimit?: number | string, kernelMemory?: number | string, restartPolicy?: Record<string, any> | RestartPolicy, kwargs?: APIClient_update_container_Args): any;
  /** The host bindings of a container port: a list of {HostIp, HostPort}, or nil. */
  port(container: string | Record<string, any> | object, privatePort: string | number, kwargs?: APIClient_port_Args): any;
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  prune_containers(kwargs?: APIClient_prune_containers_Args): any;
  prune_containers(filters?: Record<string, any>, kwargs?: APIClient_prune_containers_Args): any;
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  pruneContainers(kwargs?: APIClient_prune_containers_Args): any;
  pruneContainers(filters?: Record<string, any>, kwargs?: APIClient_prune_containers_Args): any;
  /** Set up a command to run in a running container; returns {Id}. */
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], workdir?: string, kwargs?: APIClient_exec_create_Args): any;
  exec_create(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], workdir?: string, detachKeys?: string, kwargs?: APIClient_exec_create_Args): any;
  /** Set up a command to run in a running container; returns {Id}. */
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], workdir?: string, kwargs?: APIClient_exec_create_Args): any;
  execCreate(container: string | Record<string, any> | object, cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, environment?: Record<string, any> | any[], workdir?: string, detachKeys?: string, kwargs?: APIClient_exec_create_Args): any;
  /** Inspect an exec instance: Running, ExitCode, ProcessConfig, ... */
  exec_inspect(execId: string | Record<string, any>, kwargs?: APIClient_exec_inspect_Args): any;
  /** Inspect an exec instance: Running, ExitCode, ProcessConfig, ... */
  execInspect(execId: string | Record<string, any>, kwargs?: APIClient_exec_inspect_Args): any;
  /** Resize the TTY of a running exec instance. */
  exec_resize(execId: string | Record<string, any>, kwargs?: APIClient_exec_resize_Args): any;
  exec_resize(execId: string | Record<string, any>, height?: number, kwargs?: APIClient_exec_resize_Args): any;
  exec_resize(execId: string | Record<string, any>, height?: number, width?: number, kwargs?: APIClient_exec_resize_Args): any;
  /** Resize the TTY of a running exec instance. */
  execResize(execId: string | Record<string, any>, kwargs?: APIClient_exec_resize_Args): any;
  execResize(execId: string | Record<string, any>, height?: number, kwargs?: APIClient_exec_resize_Args): any;
  execResize(execId: string | Record<string, any>, height?: number, width?: number, kwargs?: APIClient_exec_resize_Args): any;
  /** Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach). */
  exec_start(execId: string | Record<string, any>, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, detach: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, detach: boolean, tty: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, socket: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, socket: boolean, demux: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any>, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any>, detach?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, demux?: boolean, kwargs?: APIClient_exec_start_Args): any;
  /** Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach). */
  execStart(execId: string | Record<string, any>, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, detach: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, detach: boolean, tty: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, socket: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, detach: boolean, tty: boolean, stream: boolean, socket: boolean, demux: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any>, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any>, detach?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any>, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, demux?: boolean, kwargs?: APIClient_exec_start_Args): any;
}

/** Keyword arguments of APIClient.version. */
interface APIClient_version_Args {
  /** Include the API version in the request path. */
  api_version?: boolean;
  /** Include the API version in the request path. */
  apiVersion?: boolean;
}

/** Keyword arguments of APIClient.containers. */
interface APIClient_containers_Args {
  /** Only return IDs. */
  quiet?: boolean;
  /** Include stopped containers. */
  all?: boolean;
  /** Truncate IDs. */
  trunc?: boolean;
  /** Only the latest created container. */
  latest?: boolean;
  /** Only containers created after this one. */
  since?: string;
  /** Only containers created before this one. */
  before?: string;
  /** At most this many containers. */
  limit?: number;
  /** Include sizes. */
  size?: boolean;
  /** Filters such as {status="running"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_container. */
interface APIClient_inspect_container_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.create_container. */
interface APIClient_create_container_Args {
  /** The image to run. (required: by position or here) */
  image?: string;
  /** The command to run (str or list). */
  command?: string | any[];
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes. */
  ports?: Record<string, any> | any[];
  /** Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}. */
  volumes?: Record<string, any> | any[];
  /** Labels: a dict or a list of names. */
  labels?: Record<string, any> | any[];
  /** The entrypoint (str or list). */
  entrypoint?: string | any[];
  /** The working directory inside the container. */
  working_dir?: string;
  /** The working directory inside the container. */
  workingDir?: string;
  /** The container's host name. */
  hostname?: string;
  /** The container's domain name. */
  domainname?: string;
  /** User (name or UID) to run as. */
  user?: string | number;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Keep STDIN open. */
  stdin_open?: boolean;
  /** Keep STDIN open. */
  stdinOpen?: boolean;
  /** Run in the background and return the Container (run). */
  detach?: boolean;
  /** The signal that stops the container. */
  stop_signal?: string;
  /** The signal that stops the container. */
  stopSignal?: string;
  /** Seconds to wait for the stop signal before killing. */
  stop_timeout?: number;
  /** Seconds to wait for the stop signal before killing. */
  stopTimeout?: number;
  /** Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}. */
  healthcheck?: Record<string, any> | Healthcheck;
  /** MAC address of the container. */
  mac_address?: string;
  /** MAC address of the container. */
  macAddress?: string;
  /** Disable networking. */
  network_disabled?: boolean;
  /** Disable networking. */
  networkDisabled?: boolean;
  /** Name of the network to connect the container to at creation. */
  network?: string;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
  /** Remove the container when it exits (daemon side). */
  auto_remove?: boolean;
  /** Remove the container when it exits (daemon side). */
  autoRemove?: boolean;
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkio_weight_device?: any[];
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkioWeightDevice?: any[];
  /** Relative block IO weight, 10 to 1000. */
  blkio_weight?: number;
  /** Relative block IO weight, 10 to 1000. */
  blkioWeight?: number;
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  cap_add?: string[];
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  capAdd?: string[];
  /** Kernel capabilities to drop. */
  cap_drop?: string[];
  /** Kernel capabilities to drop. */
  capDrop?: string[];
  /** Parent cgroup of the container. */
  cgroup_parent?: string;
  /** Parent cgroup of the container. */
  cgroupParent?: string;
  /** Cgroup namespace mode: private or host. */
  cgroupns?: string;
  /** Number of usable CPUs (Windows). */
  cpu_count?: number;
  /** Number of usable CPUs (Windows). */
  cpuCount?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpu_percent?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpuPercent?: number;
  /** Length of a CPU period in microseconds. */
  cpu_period?: number;
  /** Length of a CPU period in microseconds. */
  cpuPeriod?: number;
  /** Microseconds of CPU time per period. */
  cpu_quota?: number;
  /** Microseconds of CPU time per period. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs to run on ("0-3", "0,1"). */
  cpuset_cpus?: string;
  /** CPUs to run on ("0-3", "0,1"). */
  cpusetCpus?: string;
  /** Memory nodes to use (NUMA). */
  cpuset_mems?: string;
  /** Memory nodes to use (NUMA). */
  cpusetMems?: string;
  /** CPU real-time period in microseconds. */
  cpu_rt_period?: number;
  /** CPU real-time period in microseconds. */
  cpuRtPeriod?: number;
  /** CPU real-time runtime in microseconds. */
  cpu_rt_runtime?: number;
  /** CPU real-time runtime in microseconds. */
  cpuRtRuntime?: number;
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  device_cgroup_rules?: string[];
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  deviceCgroupRules?: string[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  device_read_bps?: any[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  deviceReadBps?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  device_read_iops?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  deviceReadIops?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  device_write_bps?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  deviceWriteBps?: any[];
  /** Write IO-per-second limits. */
  device_write_iops?: any[];
  /** Write IO-per-second limits. */
  deviceWriteIops?: any[];
  /** Host devices: {"/dev/sda:/dev/xvda:rwm"}. */
  devices?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  device_requests?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  deviceRequests?: any[];
  /** resolv.conf options. */
  dns_opt?: string[];
  /** resolv.conf options. */
  dnsOpt?: string[];
  /** DNS search domains. */
  dns_search?: string[];
  /** DNS search domains. */
  dnsSearch?: string[];
  /** DNS servers. */
  dns?: string[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Additional groups (names or IDs). */
  group_add?: string[];
  /** Additional groups (names or IDs). */
  groupAdd?: string[];
  /** Run an init process as PID 1 that forwards signals and reaps processes. */
  init?: boolean;
  /** Path to docker-init (API < 1.29 only). */
  init_path?: string;
  /** Path to docker-init (API < 1.29 only). */
  initPath?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipc_mode?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipcMode?: string;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Kernel memory limit: int bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: int bytes or "64m". */
  kernelMemory?: number | string;
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  log_config?: Record<string, any> | LogConfig;
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  logConfig?: Record<string, any> | LogConfig;
  /** LXC options (ignored by current daemons). */
  lxc_conf?: Record<string, any> | any[];
  /** LXC options (ignored by current daemons). */
  lxcConf?: Record<string, any> | any[];
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  memReservation?: number | string;
  /** Memory swappiness, 0 to 100. */
  mem_swappiness?: number;
  /** Memory swappiness, 0 to 100. */
  memSwappiness?: number;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswap_limit?: number | string;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswapLimit?: number | string;
  /** Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings. */
  mounts?: any[];
  /** CPU quota in units of 1e-9 CPUs. */
  nano_cpus?: number;
  /** CPU quota in units of 1e-9 CPUs. */
  nanoCpus?: number;
  /** Network mode: bridge, host, none, container:<name>. */
  network_mode?: string;
  /** Network mode: bridge, host, none, container:<name>. */
  networkMode?: string;
  /** Disable the OOM killer. */
  oom_kill_disable?: boolean;
  /** Disable the OOM killer. */
  oomKillDisable?: boolean;
  /** OOM score adjustment. */
  oom_score_adj?: number;
  /** OOM score adjustment. */
  oomScoreAdj?: number;
  /** PID namespace: host or container:<name>. */
  pid_mode?: string;
  /** PID namespace: host or container:<name>. */
  pidMode?: string;
  /** Maximum number of processes (-1: unlimited). */
  pids_limit?: number;
  /** Maximum number of processes (-1: unlimited). */
  pidsLimit?: number;
  /** Give extended privileges. */
  privileged?: boolean;
  /** Publish every exposed port to a random host port. */
  publish_all_ports?: boolean;
  /** Publish every exposed port to a random host port. */
  publishAllPorts?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
  /** Security options, e.g. {"no-new-privileges"}. */
  security_opt?: string[];
  /** Security options, e.g. {"no-new-privileges"}. */
  securityOpt?: string[];
  /** Size of /dev/shm: int bytes or "64m". */
  shm_size?: number | string;
  /** Size of /dev/shm: int bytes or "64m". */
  shmSize?: number | string;
  /** Storage driver options. */
  storage_opt?: Record<string, string>;
  /** Storage driver options. */
  storageOpt?: Record<string, string>;
  /** Kernel parameters: {["net.ipv4.ip_forward"] = "1"}. */
  sysctls?: Record<string, string>;
  /** tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}. */
  tmpfs?: Record<string, any> | any[];
  /** Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}. */
  ulimits?: any[];
  /** User namespace mode: host. */
  userns_mode?: string;
  /** User namespace mode: host. */
  usernsMode?: string;
  /** UTS namespace mode: host. */
  uts_mode?: string;
  /** UTS namespace mode: host. */
  utsMode?: string;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Volume driver for the container's volumes. */
  volume_driver?: string;
  /** Volume driver for the container's volumes. */
  volumeDriver?: string;
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumes_from?: string | any[];
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumesFrom?: string | any[];
  /** OCI runtime to run the container with. */
  runtime?: string;
  /** A name for the container. */
  name?: string;
  /** Platform of the image (os[/arch[/variant]]). */
  platform?: string;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  use_config_proxy?: boolean;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  useConfigProxy?: boolean;
  /** A HostConfig dict (from create_host_config). */
  host_config?: Record<string, any>;
  /** A HostConfig dict (from create_host_config). */
  hostConfig?: Record<string, any>;
}

/** Keyword arguments of APIClient.start. */
interface APIClient_start_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.stop. */
interface APIClient_stop_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Seconds to wait before killing. */
  timeout?: number;
}

/** Keyword arguments of APIClient.kill. */
interface APIClient_kill_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Signal to send (default SIGKILL). */
  signal?: string | number;
}

/** Keyword arguments of APIClient.wait. */
interface APIClient_wait_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Seconds to wait at most. */
  timeout?: number;
  /** not-running (default), next-exit or removed. */
  condition?: string;
}

/** Keyword arguments of APIClient.remove_container. */
interface APIClient_remove_container_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Remove the container's anonymous volumes. */
  v?: boolean;
  /** Remove the link, not the container. */
  link?: boolean;
  /** Kill a running container first. */
  force?: boolean;
}

/** Keyword arguments of APIClient.logs. */
interface APIClient_logs_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Return an iterator of chunks instead of all the logs. */
  stream?: boolean;
  /** Prefix each line with its timestamp. */
  timestamps?: boolean;
  /** Only the last N lines ("all" for every line). */
  tail?: string | number;
  /** Only logs since this time (Unix seconds, RFC 3339 or Date). */
  since?: number | string | Date;
  /** Keep streaming new output (default: the value of stream). */
  follow?: boolean;
  /** Only logs before this time. */
  until?: number | string | Date;
}

/** Keyword arguments of APIClient.images. */
interface APIClient_images_Args {
  /** Only images of this repository. */
  name?: string;
  /** Only return IDs. */
  quiet?: boolean;
  /** Include intermediate images. */
  all?: boolean;
  /** Filters such as {dangling=true}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_image. */
interface APIClient_inspect_image_Args {
  /** The image (object, ID or name). (required: by position or here) */
  image?: string | object;
}

/** Keyword arguments of APIClient.archive_stat. */
interface APIClient_archive_stat_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Path of the file or directory in the container. (required: by position or here) */
  path?: string;
}

/** Keyword arguments of APIClient.create_host_config. */
interface APIClient_create_host_config_Args {
  /** Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro"}. */
  binds?: Record<string, any> | any[];
  /** Port bindings: {["80/tcp"] = 8080} and the other ports forms. */
  port_bindings?: Record<string, any>;
  /** Port bindings: {["80/tcp"] = 8080} and the other ports forms. */
  portBindings?: Record<string, any>;
  /** Remove the container when it exits (daemon side). */
  auto_remove?: boolean;
  /** Remove the container when it exits (daemon side). */
  autoRemove?: boolean;
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkio_weight_device?: any[];
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkioWeightDevice?: any[];
  /** Relative block IO weight, 10 to 1000. */
  blkio_weight?: number;
  /** Relative block IO weight, 10 to 1000. */
  blkioWeight?: number;
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  cap_add?: string[];
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  capAdd?: string[];
  /** Kernel capabilities to drop. */
  cap_drop?: string[];
  /** Kernel capabilities to drop. */
  capDrop?: string[];
  /** Parent cgroup of the container. */
  cgroup_parent?: string;
  /** Parent cgroup of the container. */
  cgroupParent?: string;
  /** Cgroup namespace mode: private or host. */
  cgroupns?: string;
  /** Number of usable CPUs (Windows). */
  cpu_count?: number;
  /** Number of usable CPUs (Windows). */
  cpuCount?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpu_percent?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpuPercent?: number;
  /** Length of a CPU period in microseconds. */
  cpu_period?: number;
  /** Length of a CPU period in microseconds. */
  cpuPeriod?: number;
  /** Microseconds of CPU time per period. */
  cpu_quota?: number;
  /** Microseconds of CPU time per period. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs to run on ("0-3", "0,1"). */
  cpuset_cpus?: string;
  /** CPUs to run on ("0-3", "0,1"). */
  cpusetCpus?: string;
  /** Memory nodes to use (NUMA). */
  cpuset_mems?: string;
  /** Memory nodes to use (NUMA). */
  cpusetMems?: string;
  /** CPU real-time period in microseconds. */
  cpu_rt_period?: number;
  /** CPU real-time period in microseconds. */
  cpuRtPeriod?: number;
  /** CPU real-time runtime in microseconds. */
  cpu_rt_runtime?: number;
  /** CPU real-time runtime in microseconds. */
  cpuRtRuntime?: number;
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  device_cgroup_rules?: string[];
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  deviceCgroupRules?: string[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  device_read_bps?: any[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  deviceReadBps?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  device_read_iops?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  deviceReadIops?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  device_write_bps?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  deviceWriteBps?: any[];
  /** Write IO-per-second limits. */
  device_write_iops?: any[];
  /** Write IO-per-second limits. */
  deviceWriteIops?: any[];
  /** Host devices: {"/dev/sda:/dev/xvda:rwm"}. */
  devices?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  device_requests?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  deviceRequests?: any[];
  /** resolv.conf options. */
  dns_opt?: string[];
  /** resolv.conf options. */
  dnsOpt?: string[];
  /** DNS search domains. */
  dns_search?: string[];
  /** DNS search domains. */
  dnsSearch?: string[];
  /** DNS servers. */
  dns?: string[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Additional groups (names or IDs). */
  group_add?: string[];
  /** Additional groups (names or IDs). */
  groupAdd?: string[];
  /** Run an init process as PID 1 that forwards signals and reaps processes. */
  init?: boolean;
  /** Path to docker-init (API < 1.29 only). */
  init_path?: string;
  /** Path to docker-init (API < 1.29 only). */
  initPath?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipc_mode?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipcMode?: string;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Kernel memory limit: int bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: int bytes or "64m". */
  kernelMemory?: number | string;
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  log_config?: Record<string, any> | LogConfig;
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  logConfig?: Record<string, any> | LogConfig;
  /** LXC options (ignored by current daemons). */
  lxc_conf?: Record<string, any> | any[];
  /** LXC options (ignored by current daemons). */
  lxcConf?: Record<string, any> | any[];
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  memReservation?: number | string;
  /** Memory swappiness, 0 to 100. */
  mem_swappiness?: number;
  /** Memory swappiness, 0 to 100. */
  memSwappiness?: number;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswap_limit?: number | string;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswapLimit?: number | string;
  /** Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings. */
  mounts?: any[];
  /** CPU quota in units of 1e-9 CPUs. */
  nano_cpus?: number;
  /** CPU quota in units of 1e-9 CPUs. */
  nanoCpus?: number;
  /** Network mode: bridge, host, none, container:<name>. */
  network_mode?: string;
  /** Network mode: bridge, host, none, container:<name>. */
  networkMode?: string;
  /** Disable the OOM killer. */
  oom_kill_disable?: boolean;
  /** Disable the OOM killer. */
  oomKillDisable?: boolean;
  /** OOM score adjustment. */
  oom_score_adj?: number;
  /** OOM score adjustment. */
  oomScoreAdj?: number;
  /** PID namespace: host or container:<name>. */
  pid_mode?: string;
  /** PID namespace: host or container:<name>. */
  pidMode?: string;
  /** Maximum number of processes (-1: unlimited). */
  pids_limit?: number;
  /** Maximum number of processes (-1: unlimited). */
  pidsLimit?: number;
  /** Give extended privileges. */
  privileged?: boolean;
  /** Publish every exposed port to a random host port. */
  publish_all_ports?: boolean;
  /** Publish every exposed port to a random host port. */
  publishAllPorts?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
  /** Security options, e.g. {"no-new-privileges"}. */
  security_opt?: string[];
  /** Security options, e.g. {"no-new-privileges"}. */
  securityOpt?: string[];
  /** Size of /dev/shm: int bytes or "64m". */
  shm_size?: number | string;
  /** Size of /dev/shm: int bytes or "64m". */
  shmSize?: number | string;
  /** Storage driver options. */
  storage_opt?: Record<string, string>;
  /** Storage driver options. */
  storageOpt?: Record<string, string>;
  /** Kernel parameters: {["net.ipv4.ip_forward"] = "1"}. */
  sysctls?: Record<string, string>;
  /** tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}. */
  tmpfs?: Record<string, any> | any[];
  /** Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}. */
  ulimits?: any[];
  /** User namespace mode: host. */
  userns_mode?: string;
  /** User namespace mode: host. */
  usernsMode?: string;
  /** UTS namespace mode: host. */
  uts_mode?: string;
  /** UTS namespace mode: host. */
  utsMode?: string;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Volume driver for the container's volumes. */
  volume_driver?: string;
  /** Volume driver for the container's volumes. */
  volumeDriver?: string;
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumes_from?: string | any[];
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumesFrom?: string | any[];
  /** OCI runtime to run the container with. */
  runtime?: string;
}

/** Keyword arguments of APIClient.create_networking_config. */
interface APIClient_create_networking_config_Args {
  /** Endpoint settings per network: {net = api:create_endpoint_config{...}}. */
  endpoints_config?: Record<string, any>;
  /** Endpoint settings per network: {net = api:create_endpoint_config{...}}. */
  endpointsConfig?: Record<string, any>;
}

/** Keyword arguments of APIClient.create_endpoint_config. */
interface APIClient_create_endpoint_config_Args {
  /** Network-scoped aliases of the container. */
  aliases?: string[];
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** IPv4 address on the network. */
  ipv4_address?: string;
  /** IPv4 address on the network. */
  ipv4Address?: string;
  /** IPv6 address on the network. */
  ipv6_address?: string;
  /** IPv6 address on the network. */
  ipv6Address?: string;
  /** Link-local addresses. */
  link_local_ips?: string[];
  /** Link-local addresses. */
  linkLocalIps?: string[];
  /** Driver options of the endpoint. */
  driver_opt?: Record<string, string>;
  /** Driver options of the endpoint. */
  driverOpt?: Record<string, string>;
  /** MAC address on the network. */
  mac_address?: string;
  /** MAC address on the network. */
  macAddress?: string;
}

/** Keyword arguments of APIClient.attach. */
interface APIClient_attach_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Return an iterator of chunks as they arrive instead of all the output. */
  stream?: boolean;
  /** Include the output written before attaching. */
  logs?: boolean;
  /** Separate stdout and stderr: (stdout, stderr) pairs. */
  demux?: boolean;
}

/** Keyword arguments of APIClient.attach_socket. */
interface APIClient_attach_socket_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}). */
  params?: Record<string, any>;
  /** Attach over a websocket instead of a hijacked HTTP connection. */
  ws?: boolean;
}

/** Keyword arguments of APIClient.commit. */
interface APIClient_commit_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Repository of the new image. */
  repository?: string;
  /** Tag of the new image. */
  tag?: string;
  /** Commit message. */
  message?: string;
  /** Author of the image. */
  author?: string;
  /** Pause the container while committing. */
  pause?: boolean;
  /** Dockerfile instructions to apply, e.g. 'CMD ["sh"]'. */
  changes?: string | any[];
  /** Container configuration of the image. */
  conf?: Record<string, any>;
}

/** Keyword arguments of APIClient.export. */
interface APIClient_export_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
}

/** Keyword arguments of APIClient.get_archive. */
interface APIClient_get_archive_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Path of the file or directory in the container. (required: by position or here) */
  path?: string;
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
  /** Decode an HTTP content encoding of the answer (the daemon sends none). */
  encode_stream?: boolean;
  /** Decode an HTTP content encoding of the answer (the daemon sends none). */
  encodeStream?: boolean;
}

/** Keyword arguments of APIClient.put_archive. */
interface APIClient_put_archive_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Directory in the container to extract into (it must exist). (required: by position or here) */
  path?: string;
  /** The tar archive: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of APIClient.stats. */
interface APIClient_stats_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Yield decoded dicts instead of JSON text (stream=true only). */
  decode?: boolean;
  /** An iterator of samples (one a second); false returns one dict. */
  stream?: boolean;
  /** Answer at once without the second sample for precpu_stats (stream=false only). */
  one_shot?: boolean;
  /** Answer at once without the second sample for precpu_stats (stream=false only). */
  oneShot?: boolean;
}

/** Keyword arguments of APIClient.create_container_config. */
interface APIClient_create_container_config_Args {
  /** The image to run. (required: by position or here) */
  image?: string;
  /** The command to run (str or list). */
  command?: string | any[];
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes. */
  ports?: Record<string, any> | any[];
  /** Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}. */
  volumes?: Record<string, any> | any[];
  /** Labels: a dict or a list of names. */
  labels?: Record<string, any> | any[];
  /** The entrypoint (str or list). */
  entrypoint?: string | any[];
  /** The working directory inside the container. */
  working_dir?: string;
  /** The working directory inside the container. */
  workingDir?: string;
  /** The container's host name. */
  hostname?: string;
  /** The container's domain name. */
  domainname?: string;
  /** User (name or UID) to run as. */
  user?: string | number;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Keep STDIN open. */
  stdin_open?: boolean;
  /** Keep STDIN open. */
  stdinOpen?: boolean;
  /** Run in the background and return the Container (run). */
  detach?: boolean;
  /** The signal that stops the container. */
  stop_signal?: string;
  /** The signal that stops the container. */
  stopSignal?: string;
  /** Seconds to wait for the stop signal before killing. */
  stop_timeout?: number;
  /** Seconds to wait for the stop signal before killing. */
  stopTimeout?: number;
  /** Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}. */
  healthcheck?: Record<string, any> | Healthcheck;
  /** MAC address of the container. */
  mac_address?: string;
  /** MAC address of the container. */
  macAddress?: string;
  /** Disable networking. */
  network_disabled?: boolean;
  /** Disable networking. */
  networkDisabled?: boolean;
  /** Name of the network to connect the container to at creation. */
  network?: string;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
  /** Remove the container when it exits (daemon side). */
  auto_remove?: boolean;
  /** Remove the container when it exits (daemon side). */
  autoRemove?: boolean;
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkio_weight_device?: any[];
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkioWeightDevice?: any[];
  /** Relative block IO weight, 10 to 1000. */
  blkio_weight?: number;
  /** Relative block IO weight, 10 to 1000. */
  blkioWeight?: number;
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  cap_add?: string[];
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  capAdd?: string[];
  /** Kernel capabilities to drop. */
  cap_drop?: string[];
  /** Kernel capabilities to drop. */
  capDrop?: string[];
  /** Parent cgroup of the container. */
  cgroup_parent?: string;
  /** Parent cgroup of the container. */
  cgroupParent?: string;
  /** Cgroup namespace mode: private or host. */
  cgroupns?: string;
  /** Number of usable CPUs (Windows). */
  cpu_count?: number;
  /** Number of usable CPUs (Windows). */
  cpuCount?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpu_percent?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpuPercent?: number;
  /** Length of a CPU period in microseconds. */
  cpu_period?: number;
  /** Length of a CPU period in microseconds. */
  cpuPeriod?: number;
  /** Microseconds of CPU time per period. */
  cpu_quota?: number;
  /** Microseconds of CPU time per period. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs to run on ("0-3", "0,1"). */
  cpuset_cpus?: string;
  /** CPUs to run on ("0-3", "0,1"). */
  cpusetCpus?: string;
  /** Memory nodes to use (NUMA). */
  cpuset_mems?: string;
  /** Memory nodes to use (NUMA). */
  cpusetMems?: string;
  /** CPU real-time period in microseconds. */
  cpu_rt_period?: number;
  /** CPU real-time period in microseconds. */
  cpuRtPeriod?: number;
  /** CPU real-time runtime in microseconds. */
  cpu_rt_runtime?: number;
  /** CPU real-time runtime in microseconds. */
  cpuRtRuntime?: number;
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  device_cgroup_rules?: string[];
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  deviceCgroupRules?: string[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  device_read_bps?: any[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  deviceReadBps?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  device_read_iops?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  deviceReadIops?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  device_write_bps?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  deviceWriteBps?: any[];
  /** Write IO-per-second limits. */
  device_write_iops?: any[];
  /** Write IO-per-second limits. */
  deviceWriteIops?: any[];
  /** Host devices: {"/dev/sda:/dev/xvda:rwm"}. */
  devices?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  device_requests?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  deviceRequests?: any[];
  /** resolv.conf options. */
  dns_opt?: string[];
  /** resolv.conf options. */
  dnsOpt?: string[];
  /** DNS search domains. */
  dns_search?: string[];
  /** DNS search domains. */
  dnsSearch?: string[];
  /** DNS servers. */
  dns?: string[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Additional groups (names or IDs). */
  group_add?: string[];
  /** Additional groups (names or IDs). */
  groupAdd?: string[];
  /** Run an init process as PID 1 that forwards signals and reaps processes. */
  init?: boolean;
  /** Path to docker-init (API < 1.29 only). */
  init_path?: string;
  /** Path to docker-init (API < 1.29 only). */
  initPath?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipc_mode?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipcMode?: string;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Kernel memory limit: int bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: int bytes or "64m". */
  kernelMemory?: number | string;
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  log_config?: Record<string, any> | LogConfig;
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  logConfig?: Record<string, any> | LogConfig;
  /** LXC options (ignored by current daemons). */
  lxc_conf?: Record<string, any> | any[];
  /** LXC options (ignored by current daemons). */
  lxcConf?: Record<string, any> | any[];
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  memReservation?: number | string;
  /** Memory swappiness, 0 to 100. */
  mem_swappiness?: number;
  /** Memory swappiness, 0 to 100. */
  memSwappiness?: number;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswap_limit?: number | string;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswapLimit?: number | string;
  /** Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings. */
  mounts?: any[];
  /** CPU quota in units of 1e-9 CPUs. */
  nano_cpus?: number;
  /** CPU quota in units of 1e-9 CPUs. */
  nanoCpus?: number;
  /** Network mode: bridge, host, none, container:<name>. */
  network_mode?: string;
  /** Network mode: bridge, host, none, container:<name>. */
  networkMode?: string;
  /** Disable the OOM killer. */
  oom_kill_disable?: boolean;
  /** Disable the OOM killer. */
  oomKillDisable?: boolean;
  /** OOM score adjustment. */
  oom_score_adj?: number;
  /** OOM score adjustment. */
  oomScoreAdj?: number;
  /** PID namespace: host or container:<name>. */
  pid_mode?: string;
  /** PID namespace: host or container:<name>. */
  pidMode?: string;
  /** Maximum number of processes (-1: unlimited). */
  pids_limit?: number;
  /** Maximum number of processes (-1: unlimited). */
  pidsLimit?: number;
  /** Give extended privileges. */
  privileged?: boolean;
  /** Publish every exposed port to a random host port. */
  publish_all_ports?: boolean;
  /** Publish every exposed port to a random host port. */
  publishAllPorts?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
  /** Security options, e.g. {"no-new-privileges"}. */
  security_opt?: string[];
  /** Security options, e.g. {"no-new-privileges"}. */
  securityOpt?: string[];
  /** Size of /dev/shm: int bytes or "64m". */
  shm_size?: number | string;
  /** Size of /dev/shm: int bytes or "64m". */
  shmSize?: number | string;
  /** Storage driver options. */
  storage_opt?: Record<string, string>;
  /** Storage driver options. */
  storageOpt?: Record<string, string>;
  /** Kernel parameters: {["net.ipv4.ip_forward"] = "1"}. */
  sysctls?: Record<string, string>;
  /** tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}. */
  tmpfs?: Record<string, any> | any[];
  /** Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}. */
  ulimits?: any[];
  /** User namespace mode: host. */
  userns_mode?: string;
  /** User namespace mode: host. */
  usernsMode?: string;
  /** UTS namespace mode: host. */
  uts_mode?: string;
  /** UTS namespace mode: host. */
  utsMode?: string;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Volume driver for the container's volumes. */
  volume_driver?: string;
  /** Volume driver for the container's volumes. */
  volumeDriver?: string;
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumes_from?: string | any[];
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumesFrom?: string | any[];
  /** OCI runtime to run the container with. */
  runtime?: string;
  /** A HostConfig dict (from create_host_config). */
  host_config?: Record<string, any>;
  /** A HostConfig dict (from create_host_config). */
  hostConfig?: Record<string, any>;
}

/** Keyword arguments of APIClient.create_container_from_config. */
interface APIClient_create_container_from_config_Args {
  /** The container configuration, e.g. from create_container_config. (required: by position or here) */
  config?: Record<string, any>;
  /** A name for the container. */
  name?: string;
  /** Platform of the image (os[/arch[/variant]]). */
  platform?: string;
}

/** Keyword arguments of APIClient.diff. */
interface APIClient_diff_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.pause. */
interface APIClient_pause_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.unpause. */
interface APIClient_unpause_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.rename. */
interface APIClient_rename_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The new name. (required: by position or here) */
  name?: string;
}

/** Keyword arguments of APIClient.resize. */
interface APIClient_resize_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Rows of the TTY. (required: by position or here) */
  height?: number;
  /** Columns of the TTY. (required: by position or here) */
  width?: number;
}

/** Keyword arguments of APIClient.restart. */
interface APIClient_restart_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Seconds to wait before killing. */
  timeout?: number;
}

/** Keyword arguments of APIClient.top. */
interface APIClient_top_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Arguments of ps, e.g. "aux". */
  ps_args?: string;
  /** Arguments of ps, e.g. "aux". */
  psArgs?: string;
}

/** Keyword arguments of APIClient.update_container. */
interface APIClient_update_container_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Block IO weight (10-1000). */
  blkio_weight?: number;
  /** Block IO weight (10-1000). */
  blkioWeight?: number;
  /** CPU CFS period in microseconds. */
  cpu_period?: number;
  /** CPU CFS period in microseconds. */
  cpuPeriod?: number;
  /** CPU CFS quota in microseconds. */
  cpu_quota?: number;
  /** CPU CFS quota in microseconds. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs allowed, e.g. "0-3". */
  cpuset_cpus?: string;
  /** CPUs allowed, e.g. "0-3". */
  cpusetCpus?: string;
  /** Memory nodes allowed, e.g. "0,1". */
  cpuset_mems?: string;
  /** Memory nodes allowed, e.g. "0,1". */
  cpusetMems?: string;
  /** Memory limit: bytes, or a string such as "512m". */
  mem_limit?: number | string;
  /** Memory limit: bytes, or a string such as "512m". */
  memLimit?: number | string;
  /** Memory soft limit: bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: bytes or "256m". */
  memReservation?: number | string;
  /** Memory plus swap limit (-1: unlimited swap). */
  memswap_limit?: number | string;
  /** Memory plus swap limit (-1: unlimited swap). */
  memswapLimit?: number | string;
  /** Kernel memory limit: bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: bytes or "64m". */
  kernelMemory?: number | string;
  /** Restart policy: {Name="on-failure", MaximumRetryCount=3}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name="on-failure", MaximumRetryCount=3}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
}

/** Keyword arguments of APIClient.port. */
interface APIClient_port_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The container port: 80 (tcp, then udp) or "53/udp". (required: by position or here) */
  private_port?: string | number;
  /** The container port: 80 (tcp, then udp) or "53/udp". (required: by position or here) */
  privatePort?: string | number;
}

/** Keyword arguments of APIClient.prune_containers. */
interface APIClient_prune_containers_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.exec_create. */
interface APIClient_exec_create_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The command: a string (split like a shell) or a list. (required: by position or here) */
  cmd?: string | any[];
  /** Attach stdout. */
  stdout?: boolean;
  /** Attach stderr. */
  stderr?: boolean;
  /** Attach stdin. */
  stdin?: boolean;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Run with extended privileges. */
  privileged?: boolean;
  /** User to run as (user, user:group, uid...). */
  user?: string;
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Working directory of the command. */
  workdir?: string;
  /** Key sequence that detaches, e.g. "ctrl-p,ctrl-q". */
  detach_keys?: string;
  /** Key sequence that detaches, e.g. "ctrl-p,ctrl-q". */
  detachKeys?: string;
}

/** Keyword arguments of APIClient.exec_inspect. */
interface APIClient_exec_inspect_Args {
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  exec_id?: string | Record<string, any>;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any>;
}

/** Keyword arguments of APIClient.exec_resize. */
interface APIClient_exec_resize_Args {
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  exec_id?: string | Record<string, any>;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any>;
  /** Rows of the TTY. */
  height?: number;
  /** Columns of the TTY. */
  width?: number;
}

/** Keyword arguments of APIClient.exec_start. */
interface APIClient_exec_start_Args {
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  exec_id?: string | Record<string, any>;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any>;
  /** Start the command and return at once. */
  detach?: boolean;
  /** The exec has a pseudo-TTY (its output is not multiplexed). */
  tty?: boolean;
  /** Return an iterator of output chunks. */
  stream?: boolean;
  /** Return the connection as a Socket (read, write, close_write, close). */
  socket?: boolean;
  /** Separate stdout and stderr: (stdout, stderr). */
  demux?: boolean;
}

/** A container (docker-py's Container model). */
interface Container {
  /** The container's full ID. */
  readonly id: any;
  /** The first 12 characters of the ID. */
  readonly short_id: any;
  /** The first 12 characters of the ID. */
  readonly shortId: any;
  /** The container's name, without the leading slash. */
  readonly name: any;
  /** The status: created, running, exited, ... */
  readonly status: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The container's labels. */
  readonly labels: any;
  /** The published ports: NetworkSettings.Ports, {["80/tcp"]={{HostIp=..., HostPort=...}}}. */
  readonly ports: any;
  /** The container's Image. */
  readonly image: Image;
  /** The healthcheck status: starting, healthy, unhealthy, or "unknown" without a healthcheck. */
  readonly health: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Start the container. */
  start(): any;
  /** Stop the container (SIGTERM, then SIGKILL after timeout). */
  stop(kwargs?: Container_stop_Args): any;
  stop(timeout?: number, kwargs?: Container_stop_Args): any;
  /** Kill the container or send it a signal. */
  kill(kwargs?: Container_kill_Args): any;
  kill(signal?: string | number, kwargs?: Container_kill_Args): any;
  /** Block until the container stops; returns {StatusCode, Error}. */
  wait(kwargs?: Container_wait_Args): any;
  /** Remove the container. */
  remove(kwargs?: Container_remove_Args): any;
  /** The container's logs: a string, or an iterator with stream=true. */
  logs(kwargs: Container_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(kwargs?: Container_logs_Args): any;
  /** Pause all processes of the container. */
  pause(): any;
  /** Resume the processes of a paused container. */
  unpause(): any;
  /** Restart the container (stop with timeout, then start). */
  restart(kwargs?: Container_restart_Args): any;
  restart(timeout?: number, kwargs?: Container_restart_Args): any;
  /** Rename the container. */
  rename(name: string, kwargs?: Container_rename_Args): any;
  /** Resize the container's TTY. */
  resize(height: number, width: number, kwargs?: Container_resize_Args): any;
  /** The processes of the container: {Titles, Processes}. */
  top(kwargs?: Container_top_Args): any;
  top(psArgs?: string, kwargs?: Container_top_Args): any;
  /** Changes to the filesystem: a list of {Path, Kind} (nil when none). */
  diff(): any;
  /** Update the container's resource limits and restart policy; returns {Warnings}. */
  update(kwargs?: Container_update_Args): any;
  /** Run a command in the container; returns an ExecResult (exit_code, output). */
  exec_run(cmd: string | any[], kwargs?: Container_exec_run_Args): any;
  /** Run a command in the container; returns an ExecResult (exit_code, output). */
  execRun(cmd: string | any[], kwargs?: Container_exec_run_Args): any;
  /** Attach to the container's output: a string, or an iterator with stream=true. */
  attach(kwargs: Container_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(kwargs?: Container_attach_Args): any;
  /** Attach and return the connection as a Socket (read, write, close_write, close). */
  attach_socket(kwargs?: Container_attach_socket_Args): any;
  attach_socket(params?: Record<string, any>, kwargs?: Container_attach_socket_Args): any;
  /** Attach and return the connection as a Socket (read, write, close_write, close). */
  attachSocket(kwargs?: Container_attach_socket_Args): any;
  attachSocket(params?: Record<string, any>, kwargs?: Container_attach_socket_Args): any;
  /** The container's filesystem as a tar archive: an iterator of bytes chunks. */
  export(kwargs?: Container_export_Args): DScriptIterator<any>;
  export(chunkSize?: number, kwargs?: Container_export_Args): DScriptIterator<any>;
  /** A file or directory as a tar archive: (iterator of bytes chunks, stat dict). */
  get_archive(path: string, kwargs?: Container_get_archive_Args): any;
  get_archive(path: string, chunkSize?: number, kwargs?: Container_get_archive_Args): any;
  get_archive(path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: Container_get_archive_Args): any;
  /** A file or directory as a tar archive: (iterator of bytes chunks, stat dict). */
  getArchive(path: string, kwargs?: Container_get_archive_Args): any;
  getArchive(path: string, chunkSize?: number, kwargs?: Container_get_archive_Args): any;
  getArchive(path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: Container_get_archive_Args): any;
  /** Extract a tar archive into a directory of the container; returns true. */
  put_archive(path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Container_put_archive_Args): any;
  /** Extract a tar archive into a directory of the container; returns true. */
  putArchive(path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Container_put_archive_Args): any;
  /** Resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false. */
  stats(kwargs: Container_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(kwargs?: Container_stats_Args): any;
  /** Commit the container to an image; returns the Image. */
  commit(kwargs?: Container_commit_Args): any;
  commit(repository?: string, kwargs?: Container_commit_Args): any;
  commit(repository?: string, tag?: string, kwargs?: Container_commit_Args): any;
}

/** Keyword arguments of Container.stop. */
interface Container_stop_Args {
  /** Seconds to wait before killing (default 10). */
  timeout?: number;
}

/** Keyword arguments of Container.kill. */
interface Container_kill_Args {
  /** Signal to send (default SIGKILL). */
  signal?: string | number;
}

/** Keyword arguments of Container.wait. */
interface Container_wait_Args {
  /** Seconds to wait at most. */
  timeout?: number;
  /** not-running (default), next-exit or removed. */
  condition?: string;
}

/** Keyword arguments of Container.remove. */
interface Container_remove_Args {
  /** Remove the container's anonymous volumes. */
  v?: boolean;
  /** Remove the link, not the container. */
  link?: boolean;
  /** Kill a running container first. */
  force?: boolean;
}

/** Keyword arguments of Container.logs. */
interface Container_logs_Args {
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Return an iterator of chunks instead of all the logs. */
  stream?: boolean;
  /** Prefix each line with its timestamp. */
  timestamps?: boolean;
  /** Only the last N lines ("all" for every line). */
  tail?: string | number;
  /** Only logs since this time (Unix seconds, RFC 3339 or Date). */
  since?: number | string | Date;
  /** Keep streaming new output (default: the value of stream). */
  follow?: boolean;
  /** Only logs before this time. */
  until?: number | string | Date;
}

/** Keyword arguments of Container.restart. */
interface Container_restart_Args {
  /** Seconds to wait before killing (default 10). */
  timeout?: number;
}

/** Keyword arguments of Container.rename. */
interface Container_rename_Args {
  /** The new name. (required: by position or here) */
  name?: string;
}

/** Keyword arguments of Container.resize. */
interface Container_resize_Args {
  /** Rows of the TTY. (required: by position or here) */
  height?: number;
  /** Columns of the TTY. (required: by position or here) */
  width?: number;
}

/** Keyword arguments of Container.top. */
interface Container_top_Args {
  /** Arguments of ps, e.g. "aux". */
  ps_args?: string;
  /** Arguments of ps, e.g. "aux". */
  psArgs?: string;
}

/** Keyword arguments of Container.update. */
interface Container_update_Args {
  /** Block IO weight (10-1000). */
  blkio_weight?: number;
  /** Block IO weight (10-1000). */
  blkioWeight?: number;
  /** CPU CFS period in microseconds. */
  cpu_period?: number;
  /** CPU CFS period in microseconds. */
  cpuPeriod?: number;
  /** CPU CFS quota in microseconds. */
  cpu_quota?: number;
  /** CPU CFS quota in microseconds. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs allowed, e.g. "0-3". */
  cpuset_cpus?: string;
  /** CPUs allowed, e.g. "0-3". */
  cpusetCpus?: string;
  /** Memory nodes allowed, e.g. "0,1". */
  cpuset_mems?: string;
  /** Memory nodes allowed, e.g. "0,1". */
  cpusetMems?: string;
  /** Memory limit: bytes, or a string such as "512m". */
  mem_limit?: number | string;
  /** Memory limit: bytes, or a string such as "512m". */
  memLimit?: number | string;
  /** Memory soft limit: bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: bytes or "256m". */
  memReservation?: number | string;
  /** Memory plus swap limit (-1: unlimited swap). */
  memswap_limit?: number | string;
  /** Memory plus swap limit (-1: unlimited swap). */
  memswapLimit?: number | string;
  /** Kernel memory limit: bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: bytes or "64m". */
  kernelMemory?: number | string;
  /** Restart policy: {Name="on-failure", MaximumRetryCount=3}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name="on-failure", MaximumRetryCount=3}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
}

/** Keyword arguments of Container.exec_run. */
interface Container_exec_run_Args {
  /** The command: a string (split like a shell) or a list. (required: by position or here) */
  cmd?: string | any[];
  /** Attach stdout. */
  stdout?: boolean;
  /** Attach stderr. */
  stderr?: boolean;
  /** Attach stdin. */
  stdin?: boolean;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Run with extended privileges. */
  privileged?: boolean;
  /** User to run as (user, user:group, uid...). */
  user?: string;
  /** Start the command and return at once. */
  detach?: boolean;
  /** Output is an iterator of chunks. */
  stream?: boolean;
  /** Output is the connection as a Socket (read, write, close_write, close, chunks); exit_code is nil. */
  socket?: boolean;
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Working directory of the command. */
  workdir?: string;
  /** Separate stdout and stderr: output is {stdout, stderr}. */
  demux?: boolean;
}

/** Keyword arguments of Container.attach. */
interface Container_attach_Args {
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Return an iterator of chunks as they arrive instead of all the output. */
  stream?: boolean;
  /** Include the output written before attaching. */
  logs?: boolean;
  /** Separate stdout and stderr: (stdout, stderr) pairs. */
  demux?: boolean;
}

/** Keyword arguments of Container.attach_socket. */
interface Container_attach_socket_Args {
  /** Attach parameters: stdin, stdout, stderr, stream, logs, detachKeys (default {stdout=1, stderr=1, stream=1}). */
  params?: Record<string, any>;
  /** Attach over a websocket instead of a hijacked HTTP connection. */
  ws?: boolean;
}

/** Keyword arguments of Container.export. */
interface Container_export_Args {
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
}

/** Keyword arguments of Container.get_archive. */
interface Container_get_archive_Args {
  /** Path of the file or directory in the container. (required: by position or here) */
  path?: string;
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
  /** Decode an HTTP content encoding of the answer (the daemon sends none). */
  encode_stream?: boolean;
  /** Decode an HTTP content encoding of the answer (the daemon sends none). */
  encodeStream?: boolean;
}

/** Keyword arguments of Container.put_archive. */
interface Container_put_archive_Args {
  /** Directory in the container to extract into (it must exist). (required: by position or here) */
  path?: string;
  /** The tar archive: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of Container.stats. */
interface Container_stats_Args {
  /** Yield decoded dicts instead of JSON text (stream=true only). */
  decode?: boolean;
  /** An iterator of samples (one a second); false returns one dict. */
  stream?: boolean;
  /** Answer at once without the second sample for precpu_stats (stream=false only). */
  one_shot?: boolean;
  /** Answer at once without the second sample for precpu_stats (stream=false only). */
  oneShot?: boolean;
}

/** Keyword arguments of Container.commit. */
interface Container_commit_Args {
  /** Repository of the new image. */
  repository?: string;
  /** Tag of the new image. */
  tag?: string;
  /** Commit message. */
  message?: string;
  /** Author of the image. */
  author?: string;
  /** Pause the container while committing. */
  pause?: boolean;
  /** Dockerfile instructions to apply, e.g. 'CMD ["sh"]'. */
  changes?: string | any[];
  /** Container configuration of the image. */
  conf?: Record<string, any>;
}

/** The containers of the daemon (client.containers). */
interface ContainerCollection {
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  prune(kwargs?: ContainerCollection_prune_Args): any;
  prune(filters?: Record<string, any>, kwargs?: ContainerCollection_prune_Args): any;
  /** Create a container without starting it. */
  create(image: string, kwargs?: ContainerCollection_create_Args): Container;
  create(image: string, command?: string | any[], kwargs?: ContainerCollection_create_Args): Container;
  /** Run a container; returns its logs, or the Container with detach=true. */
  run(image: string, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, stderr?: boolean, remove?: boolean, kwargs?: ContainerCollection_run_Args): any;
  /** Get a container by ID or name. */
  get(containerId: string | object, kwargs?: ContainerCollection_get_Args): Container;
  /** List containers (running ones unless all=true). */
  list(kwargs?: ContainerCollection_list_Args): Container[];
}

/** Keyword arguments of ContainerCollection.prune. */
interface ContainerCollection_prune_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of ContainerCollection.create. */
interface ContainerCollection_create_Args {
  /** The image to run. (required: by position or here) */
  image?: string;
  /** The command to run (str or list). */
  command?: string | any[];
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes. */
  ports?: Record<string, any> | any[];
  /** Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}. */
  volumes?: Record<string, any> | any[];
  /** Labels: a dict or a list of names. */
  labels?: Record<string, any> | any[];
  /** The entrypoint (str or list). */
  entrypoint?: string | any[];
  /** The working directory inside the container. */
  working_dir?: string;
  /** The working directory inside the container. */
  workingDir?: string;
  /** The container's host name. */
  hostname?: string;
  /** The container's domain name. */
  domainname?: string;
  /** User (name or UID) to run as. */
  user?: string | number;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Keep STDIN open. */
  stdin_open?: boolean;
  /** Keep STDIN open. */
  stdinOpen?: boolean;
  /** Run in the background and return the Container (run). */
  detach?: boolean;
  /** The signal that stops the container. */
  stop_signal?: string;
  /** The signal that stops the container. */
  stopSignal?: string;
  /** Seconds to wait for the stop signal before killing. */
  stop_timeout?: number;
  /** Seconds to wait for the stop signal before killing. */
  stopTimeout?: number;
  /** Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}. */
  healthcheck?: Record<string, any> | Healthcheck;
  /** MAC address of the container. */
  mac_address?: string;
  /** MAC address of the container. */
  macAddress?: string;
  /** Disable networking. */
  network_disabled?: boolean;
  /** Disable networking. */
  networkDisabled?: boolean;
  /** Name of the network to connect the container to at creation. */
  network?: string;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
  /** Remove the container when it exits (daemon side). */
  auto_remove?: boolean;
  /** Remove the container when it exits (daemon side). */
  autoRemove?: boolean;
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkio_weight_device?: any[];
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkioWeightDevice?: any[];
  /** Relative block IO weight, 10 to 1000. */
  blkio_weight?: number;
  /** Relative block IO weight, 10 to 1000. */
  blkioWeight?: number;
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  cap_add?: string[];
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  capAdd?: string[];
  /** Kernel capabilities to drop. */
  cap_drop?: string[];
  /** Kernel capabilities to drop. */
  capDrop?: string[];
  /** Parent cgroup of the container. */
  cgroup_parent?: string;
  /** Parent cgroup of the container. */
  cgroupParent?: string;
  /** Cgroup namespace mode: private or host. */
  cgroupns?: string;
  /** Number of usable CPUs (Windows). */
  cpu_count?: number;
  /** Number of usable CPUs (Windows). */
  cpuCount?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpu_percent?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpuPercent?: number;
  /** Length of a CPU period in microseconds. */
  cpu_period?: number;
  /** Length of a CPU period in microseconds. */
  cpuPeriod?: number;
  /** Microseconds of CPU time per period. */
  cpu_quota?: number;
  /** Microseconds of CPU time per period. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs to run on ("0-3", "0,1"). */
  cpuset_cpus?: string;
  /** CPUs to run on ("0-3", "0,1"). */
  cpusetCpus?: string;
  /** Memory nodes to use (NUMA). */
  cpuset_mems?: string;
  /** Memory nodes to use (NUMA). */
  cpusetMems?: string;
  /** CPU real-time period in microseconds. */
  cpu_rt_period?: number;
  /** CPU real-time period in microseconds. */
  cpuRtPeriod?: number;
  /** CPU real-time runtime in microseconds. */
  cpu_rt_runtime?: number;
  /** CPU real-time runtime in microseconds. */
  cpuRtRuntime?: number;
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  device_cgroup_rules?: string[];
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  deviceCgroupRules?: string[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  device_read_bps?: any[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  deviceReadBps?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  device_read_iops?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  deviceReadIops?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  device_write_bps?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  deviceWriteBps?: any[];
  /** Write IO-per-second limits. */
  device_write_iops?: any[];
  /** Write IO-per-second limits. */
  deviceWriteIops?: any[];
  /** Host devices: {"/dev/sda:/dev/xvda:rwm"}. */
  devices?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  device_requests?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  deviceRequests?: any[];
  /** resolv.conf options. */
  dns_opt?: string[];
  /** resolv.conf options. */
  dnsOpt?: string[];
  /** DNS search domains. */
  dns_search?: string[];
  /** DNS search domains. */
  dnsSearch?: string[];
  /** DNS servers. */
  dns?: string[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Additional groups (names or IDs). */
  group_add?: string[];
  /** Additional groups (names or IDs). */
  groupAdd?: string[];
  /** Run an init process as PID 1 that forwards signals and reaps processes. */
  init?: boolean;
  /** Path to docker-init (API < 1.29 only). */
  init_path?: string;
  /** Path to docker-init (API < 1.29 only). */
  initPath?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipc_mode?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipcMode?: string;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Kernel memory limit: int bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: int bytes or "64m". */
  kernelMemory?: number | string;
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  log_config?: Record<string, any> | LogConfig;
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  logConfig?: Record<string, any> | LogConfig;
  /** LXC options (ignored by current daemons). */
  lxc_conf?: Record<string, any> | any[];
  /** LXC options (ignored by current daemons). */
  lxcConf?: Record<string, any> | any[];
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  memReservation?: number | string;
  /** Memory swappiness, 0 to 100. */
  mem_swappiness?: number;
  /** Memory swappiness, 0 to 100. */
  memSwappiness?: number;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswap_limit?: number | string;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswapLimit?: number | string;
  /** Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings. */
  mounts?: any[];
  /** CPU quota in units of 1e-9 CPUs. */
  nano_cpus?: number;
  /** CPU quota in units of 1e-9 CPUs. */
  nanoCpus?: number;
  /** Network mode: bridge, host, none, container:<name>. */
  network_mode?: string;
  /** Network mode: bridge, host, none, container:<name>. */
  networkMode?: string;
  /** Disable the OOM killer. */
  oom_kill_disable?: boolean;
  /** Disable the OOM killer. */
  oomKillDisable?: boolean;
  /** OOM score adjustment. */
  oom_score_adj?: number;
  /** OOM score adjustment. */
  oomScoreAdj?: number;
  /** PID namespace: host or container:<name>. */
  pid_mode?: string;
  /** PID namespace: host or container:<name>. */
  pidMode?: string;
  /** Maximum number of processes (-1: unlimited). */
  pids_limit?: number;
  /** Maximum number of processes (-1: unlimited). */
  pidsLimit?: number;
  /** Give extended privileges. */
  privileged?: boolean;
  /** Publish every exposed port to a random host port. */
  publish_all_ports?: boolean;
  /** Publish every exposed port to a random host port. */
  publishAllPorts?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
  /** Security options, e.g. {"no-new-privileges"}. */
  security_opt?: string[];
  /** Security options, e.g. {"no-new-privileges"}. */
  securityOpt?: string[];
  /** Size of /dev/shm: int bytes or "64m". */
  shm_size?: number | string;
  /** Size of /dev/shm: int bytes or "64m". */
  shmSize?: number | string;
  /** Storage driver options. */
  storage_opt?: Record<string, string>;
  /** Storage driver options. */
  storageOpt?: Record<string, string>;
  /** Kernel parameters: {["net.ipv4.ip_forward"] = "1"}. */
  sysctls?: Record<string, string>;
  /** tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}. */
  tmpfs?: Record<string, any> | any[];
  /** Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}. */
  ulimits?: any[];
  /** User namespace mode: host. */
  userns_mode?: string;
  /** User namespace mode: host. */
  usernsMode?: string;
  /** UTS namespace mode: host. */
  uts_mode?: string;
  /** UTS namespace mode: host. */
  utsMode?: string;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Volume driver for the container's volumes. */
  volume_driver?: string;
  /** Volume driver for the container's volumes. */
  volumeDriver?: string;
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumes_from?: string | any[];
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumesFrom?: string | any[];
  /** OCI runtime to run the container with. */
  runtime?: string;
  /** A name for the container. */
  name?: string;
  /** Platform of the image (os[/arch[/variant]]). */
  platform?: string;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  use_config_proxy?: boolean;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  useConfigProxy?: boolean;
}

/** Keyword arguments of ContainerCollection.run. */
interface ContainerCollection_run_Args {
  /** The image to run. (required: by position or here) */
  image?: string;
  /** The command to run (str or list). */
  command?: string | any[];
  /** Environment variables: a dict or a list of "KEY=value". */
  environment?: Record<string, any> | any[];
  /** Ports to publish: {["80/tcp"]=8080}, {["80/tcp"]={"127.0.0.1", 8080}}, {["53/udp"]=false} (random); a list only exposes. */
  ports?: Record<string, any> | any[];
  /** Binds: {["/host"] = {bind = "/ctr", mode = "ro"}} or {"/host:/ctr:ro", "name:/data"}. */
  volumes?: Record<string, any> | any[];
  /** Labels: a dict or a list of names. */
  labels?: Record<string, any> | any[];
  /** The entrypoint (str or list). */
  entrypoint?: string | any[];
  /** The working directory inside the container. */
  working_dir?: string;
  /** The working directory inside the container. */
  workingDir?: string;
  /** The container's host name. */
  hostname?: string;
  /** The container's domain name. */
  domainname?: string;
  /** User (name or UID) to run as. */
  user?: string | number;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Keep STDIN open. */
  stdin_open?: boolean;
  /** Keep STDIN open. */
  stdinOpen?: boolean;
  /** Run in the background and return the Container (run). */
  detach?: boolean;
  /** The signal that stops the container. */
  stop_signal?: string;
  /** The signal that stops the container. */
  stopSignal?: string;
  /** Seconds to wait for the stop signal before killing. */
  stop_timeout?: number;
  /** Seconds to wait for the stop signal before killing. */
  stopTimeout?: number;
  /** Healthcheck: docker.types.Healthcheck or {test=..., interval=ns, timeout=ns, retries=n, start_period=ns}. */
  healthcheck?: Record<string, any> | Healthcheck;
  /** MAC address of the container. */
  mac_address?: string;
  /** MAC address of the container. */
  macAddress?: string;
  /** Disable networking. */
  network_disabled?: boolean;
  /** Disable networking. */
  networkDisabled?: boolean;
  /** Name of the network to connect the container to at creation. */
  network?: string;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
  /** Remove the container when it exits (daemon side). */
  auto_remove?: boolean;
  /** Remove the container when it exits (daemon side). */
  autoRemove?: boolean;
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkio_weight_device?: any[];
  /** Relative block IO weight per device: {{Path="/dev/sda", Weight=200}}. */
  blkioWeightDevice?: any[];
  /** Relative block IO weight, 10 to 1000. */
  blkio_weight?: number;
  /** Relative block IO weight, 10 to 1000. */
  blkioWeight?: number;
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  cap_add?: string[];
  /** Kernel capabilities to add, e.g. {"NET_ADMIN"}. */
  capAdd?: string[];
  /** Kernel capabilities to drop. */
  cap_drop?: string[];
  /** Kernel capabilities to drop. */
  capDrop?: string[];
  /** Parent cgroup of the container. */
  cgroup_parent?: string;
  /** Parent cgroup of the container. */
  cgroupParent?: string;
  /** Cgroup namespace mode: private or host. */
  cgroupns?: string;
  /** Number of usable CPUs (Windows). */
  cpu_count?: number;
  /** Number of usable CPUs (Windows). */
  cpuCount?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpu_percent?: number;
  /** Usable percentage of the CPUs (Windows). */
  cpuPercent?: number;
  /** Length of a CPU period in microseconds. */
  cpu_period?: number;
  /** Length of a CPU period in microseconds. */
  cpuPeriod?: number;
  /** Microseconds of CPU time per period. */
  cpu_quota?: number;
  /** Microseconds of CPU time per period. */
  cpuQuota?: number;
  /** CPU shares (relative weight). */
  cpu_shares?: number;
  /** CPU shares (relative weight). */
  cpuShares?: number;
  /** CPUs to run on ("0-3", "0,1"). */
  cpuset_cpus?: string;
  /** CPUs to run on ("0-3", "0,1"). */
  cpusetCpus?: string;
  /** Memory nodes to use (NUMA). */
  cpuset_mems?: string;
  /** Memory nodes to use (NUMA). */
  cpusetMems?: string;
  /** CPU real-time period in microseconds. */
  cpu_rt_period?: number;
  /** CPU real-time period in microseconds. */
  cpuRtPeriod?: number;
  /** CPU real-time runtime in microseconds. */
  cpu_rt_runtime?: number;
  /** CPU real-time runtime in microseconds. */
  cpuRtRuntime?: number;
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  device_cgroup_rules?: string[];
  /** Cgroup device rules, e.g. {"c 1:3 mr"}. */
  deviceCgroupRules?: string[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  device_read_bps?: any[];
  /** Read rate limits: {{Path="/dev/sda", Rate="1m"}}. */
  deviceReadBps?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  device_read_iops?: any[];
  /** Read IO-per-second limits: {{Path=..., Rate=1000}}. */
  deviceReadIops?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  device_write_bps?: any[];
  /** Write rate limits: {{Path=..., Rate="1m"}}. */
  deviceWriteBps?: any[];
  /** Write IO-per-second limits. */
  device_write_iops?: any[];
  /** Write IO-per-second limits. */
  deviceWriteIops?: any[];
  /** Host devices: {"/dev/sda:/dev/xvda:rwm"}. */
  devices?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  device_requests?: any[];
  /** Device requests (GPUs): a list of DeviceRequest or dicts. */
  deviceRequests?: any[];
  /** resolv.conf options. */
  dns_opt?: string[];
  /** resolv.conf options. */
  dnsOpt?: string[];
  /** DNS search domains. */
  dns_search?: string[];
  /** DNS search domains. */
  dnsSearch?: string[];
  /** DNS servers. */
  dns?: string[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {hostname = ip} or {"hostname:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Additional groups (names or IDs). */
  group_add?: string[];
  /** Additional groups (names or IDs). */
  groupAdd?: string[];
  /** Run an init process as PID 1 that forwards signals and reaps processes. */
  init?: boolean;
  /** Path to docker-init (API < 1.29 only). */
  init_path?: string;
  /** Path to docker-init (API < 1.29 only). */
  initPath?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipc_mode?: string;
  /** IPC mode: private, shareable, host, container:<name>. */
  ipcMode?: string;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Kernel memory limit: int bytes or "64m". */
  kernel_memory?: number | string;
  /** Kernel memory limit: int bytes or "64m". */
  kernelMemory?: number | string;
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  log_config?: Record<string, any> | LogConfig;
  /** Logging: LogConfig or {type = "json-file", config = {["max-size"] = "10m"}}. */
  logConfig?: Record<string, any> | LogConfig;
  /** LXC options (ignored by current daemons). */
  lxc_conf?: Record<string, any> | any[];
  /** LXC options (ignored by current daemons). */
  lxcConf?: Record<string, any> | any[];
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  mem_reservation?: number | string;
  /** Memory soft limit: int bytes or "256m". */
  memReservation?: number | string;
  /** Memory swappiness, 0 to 100. */
  mem_swappiness?: number;
  /** Memory swappiness, 0 to 100. */
  memSwappiness?: number;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswap_limit?: number | string;
  /** Memory plus swap limit: int bytes or "1g" (-1: unlimited). */
  memswapLimit?: number | string;
  /** Mounts: a list of docker.types.Mount, dicts or "src:dst[:ro]" strings. */
  mounts?: any[];
  /** CPU quota in units of 1e-9 CPUs. */
  nano_cpus?: number;
  /** CPU quota in units of 1e-9 CPUs. */
  nanoCpus?: number;
  /** Network mode: bridge, host, none, container:<name>. */
  network_mode?: string;
  /** Network mode: bridge, host, none, container:<name>. */
  networkMode?: string;
  /** Disable the OOM killer. */
  oom_kill_disable?: boolean;
  /** Disable the OOM killer. */
  oomKillDisable?: boolean;
  /** OOM score adjustment. */
  oom_score_adj?: number;
  /** OOM score adjustment. */
  oomScoreAdj?: number;
  /** PID namespace: host or container:<name>. */
  pid_mode?: string;
  /** PID namespace: host or container:<name>. */
  pidMode?: string;
  /** Maximum number of processes (-1: unlimited). */
  pids_limit?: number;
  /** Maximum number of processes (-1: unlimited). */
  pidsLimit?: number;
  /** Give extended privileges. */
  privileged?: boolean;
  /** Publish every exposed port to a random host port. */
  publish_all_ports?: boolean;
  /** Publish every exposed port to a random host port. */
  publishAllPorts?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restart_policy?: Record<string, any> | RestartPolicy;
  /** Restart policy: {Name = "on-failure", MaximumRetryCount = 5}. */
  restartPolicy?: Record<string, any> | RestartPolicy;
  /** Security options, e.g. {"no-new-privileges"}. */
  security_opt?: string[];
  /** Security options, e.g. {"no-new-privileges"}. */
  securityOpt?: string[];
  /** Size of /dev/shm: int bytes or "64m". */
  shm_size?: number | string;
  /** Size of /dev/shm: int bytes or "64m". */
  shmSize?: number | string;
  /** Storage driver options. */
  storage_opt?: Record<string, string>;
  /** Storage driver options. */
  storageOpt?: Record<string, string>;
  /** Kernel parameters: {["net.ipv4.ip_forward"] = "1"}. */
  sysctls?: Record<string, string>;
  /** tmpfs mounts: {["/run"] = "size=64m"} or {"/run:size=64m"}. */
  tmpfs?: Record<string, any> | any[];
  /** Ulimits: a list of Ulimit or {name="nofile", soft=1024, hard=2048}. */
  ulimits?: any[];
  /** User namespace mode: host. */
  userns_mode?: string;
  /** User namespace mode: host. */
  usernsMode?: string;
  /** UTS namespace mode: host. */
  uts_mode?: string;
  /** UTS namespace mode: host. */
  utsMode?: string;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Volume driver for the container's volumes. */
  volume_driver?: string;
  /** Volume driver for the container's volumes. */
  volumeDriver?: string;
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumes_from?: string | any[];
  /** Containers to take volumes from: {"name[:ro]"}. */
  volumesFrom?: string | any[];
  /** OCI runtime to run the container with. */
  runtime?: string;
  /** A name for the container. */
  name?: string;
  /** Platform of the image (os[/arch[/variant]]). */
  platform?: string;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  use_config_proxy?: boolean;
  /** Accepted for docker-py compatibility; proxy settings are not injected. */
  useConfigProxy?: boolean;
  /** Return stdout logs (when not detached). */
  stdout?: boolean;
  /** Return stderr logs (when not detached). */
  stderr?: boolean;
  /** Remove the container once it has exited (client side). */
  remove?: boolean;
  /** Return a log iterator instead of the logs (when not detached). */
  stream?: boolean;
}

/** Keyword arguments of ContainerCollection.get. */
interface ContainerCollection_get_Args {
  /** The container's ID or name. (required: by position or here) */
  container_id?: string | object;
  /** The container's ID or name. (required: by position or here) */
  containerId?: string | object;
}

/** Keyword arguments of ContainerCollection.list. */
interface ContainerCollection_list_Args {
  /** Include stopped containers. */
  all?: boolean;
  /** Only containers created after this ID or name. */
  since?: string;
  /** Only containers created before this ID or name. */
  before?: string;
  /** At most this many of the latest containers (-1: all). */
  limit?: number;
  /** Filters such as {status="exited", label="app=web"}. */
  filters?: Record<string, any>;
  /** Do not inspect each container (attrs are the list's fields). */
  sparse?: boolean;
  /** Skip containers removed while listing. */
  ignore_removed?: boolean;
  /** Skip containers removed while listing. */
  ignoreRemoved?: boolean;
}

/** A device request for HostConfig.DeviceRequests (docker.types.DeviceRequest). */
interface DeviceRequest {
  /** The device driver. */
  readonly driver: any;
  /** Number of devices. */
  readonly count: any;
  /** Device IDs. */
  readonly device_ids: any;
  /** Device IDs. */
  readonly deviceIds: any;
  /** Capabilities (list of lists). */
  readonly capabilities: any;
  /** Driver options. */
  readonly options: any;
}

/** A client for the Docker daemon (docker-py's DockerClient). */
interface DockerClient {
  /** The containers collection. */
  readonly containers: ContainerCollection;
  /** The low-level API client. */
  readonly api: APIClient;
  /** Check that the daemon answers; returns true. */
  ping(): any;
  /** The daemon's version information. */
  version(kwargs?: DockerClient_version_Args): any;
  version(apiVersion?: boolean, kwargs?: DockerClient_version_Args): any;
  /** System-wide information about the daemon. */
  info(): any;
  /** Close the client's idle connections. */
  close(): any;
}

/** Keyword arguments of DockerClient.version. */
interface DockerClient_version_Args {
  /** Include the API version in the request path. */
  api_version?: boolean;
  /** Include the API version in the request path. */
  apiVersion?: boolean;
}

/** A network endpoint configuration (docker.types.EndpointConfig). */
interface EndpointConfig {
  /** Network-scoped aliases. */
  readonly aliases: any;
  /** Links. */
  readonly links: any;
  /** IPv4 address. */
  readonly ipv4_address: any;
  /** IPv4 address. */
  readonly ipv4Address: any;
  /** IPv6 address. */
  readonly ipv6_address: any;
  /** IPv6 address. */
  readonly ipv6Address: any;
  /** Link-local addresses. */
  readonly link_local_ips: any;
  /** Link-local addresses. */
  readonly linkLocalIps: any;
  /** Driver options. */
  readonly driver_opt: any;
  /** Driver options. */
  readonly driverOpt: any;
  /** MAC address. */
  readonly mac_address: any;
  /** MAC address. */
  readonly macAddress: any;
}

/** The result of exec_run(): exit_code and output (docker-py's ExecResult). */
interface ExecResult {
  /** The command's exit code (nil for stream, socket and detach). */
  readonly exit_code: any;
  /** The command's exit code (nil for stream, socket and detach). */
  readonly exitCode: any;
  /** The output: a string, {stdout, stderr} with demux, an iterator with stream, a Socket with socket. */
  readonly output: Socket;
}

/** A container healthcheck (docker.types.Healthcheck). */
interface Healthcheck {
  /** The test command. */
  readonly test: any;
  /** Time between checks (ns). */
  readonly interval: any;
  /** Time before a check counts as hung (ns). */
  readonly timeout: any;
  /** Failures before unhealthy. */
  readonly retries: any;
  /** Start-up grace period (ns). */
  readonly start_period: any;
  /** Start-up grace period (ns). */
  readonly startPeriod: any;
}

/** An image (docker-py's Image model). */
interface Image {
  /** The image's full ID ("sha256:..."). */
  readonly id: any;
  /** The ID shortened to sha256: and 12 hex digits. */
  readonly short_id: any;
  /** The ID shortened to sha256: and 12 hex digits. */
  readonly shortId: any;
  /** The image's tags ("name:tag"). */
  readonly tags: any;
  /** The image's labels. */
  readonly labels: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
}

/** A logging driver configuration (docker.types.LogConfig). */
interface LogConfig {
  /** The logging driver. */
  readonly type: any;
  /** Driver options. */
  readonly config: any;
}

/** A mount for HostConfig.Mounts (docker.types.Mount). */
interface Mount {
  /** Path inside the container. */
  readonly target: any;
  /** Volume name or host path. */
  readonly source: any;
  /** bind, volume, tmpfs or npipe. */
  readonly type: any;
  /** Whether the mount is read-only. */
  readonly read_only: any;
  /** Whether the mount is read-only. */
  readonly readOnly: any;
  /** The consistency requirement. */
  readonly consistency: any;
  /** Bind propagation mode. */
  readonly propagation: any;
  /** Whether the volume is not populated from the image. */
  readonly no_copy: any;
  /** Whether the volume is not populated from the image. */
  readonly noCopy: any;
  /** Labels of the volume. */
  readonly labels: any;
  /** Volume driver {Name, Options}. */
  readonly driver_config: any;
  /** Volume driver {Name, Options}. */
  readonly driverConfig: any;
  /** Size of the tmpfs in bytes. */
  readonly tmpfs_size: any;
  /** Size of the tmpfs in bytes. */
  readonly tmpfsSize: any;
  /** Permission bits of the tmpfs. */
  readonly tmpfs_mode: any;
  /** Permission bits of the tmpfs. */
  readonly tmpfsMode: any;
}

/** A swarm restart policy (docker.types.RestartPolicy). */
interface RestartPolicy {
  /** none, on-failure or any. */
  readonly condition: any;
  /** Delay between restarts (ns). */
  readonly delay: any;
  /** Attempts before giving up. */
  readonly max_attempts: any;
  /** Attempts before giving up. */
  readonly maxAttempts: any;
  /** Evaluation window (ns). */
  readonly window: any;
}

/** The connection of attach_socket: read/recv, write/send, close_write, close, chunks(). */
interface Socket {
  /** Whether the socket was closed. */
  readonly closed: any;
  /** Read raw output: up to n bytes as they arrive ("" at the end). */
  read(kwargs?: Socket_read_Args): any;
  read(n?: number, kwargs?: Socket_read_Args): any;
  /** Read raw output: up to n bytes as they arrive ("" at the end). */
  recv(kwargs?: Socket_recv_Args): any;
  recv(n?: number, kwargs?: Socket_recv_Args): any;
  /** Send data to the container's stdin; returns the number of bytes sent. */
  write(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Socket_write_Args): any;
  /** Send data to the container's stdin; returns the number of bytes sent. */
  send(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Socket_send_Args): any;
  /** Send data to the container's stdin; returns the number of bytes sent. */
  sendall(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Socket_sendall_Args): any;
  /** End stdin (half-close); output can still be read. */
  close_write(): any;
  /** End stdin (half-close); output can still be read. */
  closeWrite(): any;
  /** Shut the socket down: how=1 (SHUT_WR, default) ends stdin, 2 closes it. */
  shutdown(kwargs?: Socket_shutdown_Args): any;
  shutdown(how?: number, kwargs?: Socket_shutdown_Args): any;
  /** Close the connection (detach). */
  close(): any;
  /** An iterator of the output as it arrives, demultiplexed; closing it closes the socket. */
  chunks(kwargs?: Socket_chunks_Args): any;
}

/** Keyword arguments of Socket.read. */
interface Socket_read_Args {
  /** Read at most this many bytes (read: nil or -1 reads to the end). */
  n?: number;
}

/** Keyword arguments of Socket.recv. */
interface Socket_recv_Args {
  /** Read at most this many bytes (read: nil or -1 reads to the end). */
  n?: number;
}

/** Keyword arguments of Socket.write. */
interface Socket_write_Args {
  /** What to send: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of Socket.send. */
interface Socket_send_Args {
  /** What to send: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of Socket.sendall. */
interface Socket_sendall_Args {
  /** What to send: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of Socket.shutdown. */
interface Socket_shutdown_Args {
  /** 1 (SHUT_WR) ends stdin, 2 (SHUT_RDWR) closes the socket. */
  how?: number;
}

/** Keyword arguments of Socket.chunks. */
interface Socket_chunks_Args {
  /** Yield (stdout, stderr) pairs instead of text. */
  demux?: boolean;
}

/** A ulimit for HostConfig.Ulimits (docker.types.Ulimit). */
interface Ulimit {
  /** The limit's name. */
  readonly name: any;
  /** The soft limit. */
  readonly soft: any;
  /** The hard limit. */
  readonly hard: any;
}

/** Docker for scripts: the docker-py object model. */
interface DockerModule {
  /** Typed configuration values. */
  readonly types: DockerTypesModule;
  /** dscript's version. */
  readonly __version__: any;
  /** A DockerClient configured from the environment (DOCKER_HOST, ...). */
  from_env(kwargs?: DockerModule_from_env_Args): DockerClient;
  /** A DockerClient configured from the environment (DOCKER_HOST, ...). */
  fromEnv(kwargs?: DockerModule_from_env_Args): DockerClient;
  /** A client for the daemon at base_url. */
  readonly DockerClient: {
    (kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: any, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: any, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: any, userAgent?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: any, userAgent?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
  };
  /** A low-level client for the daemon at base_url. */
  readonly APIClient: {
    (kwargs?: DockerModule_APIClient_Args): APIClient;
    new (kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: any, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: any, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: any, userAgent?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: any, userAgent?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
  };
}

/** Keyword arguments of docker.from_env. */
interface DockerModule_from_env_Args {
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** Variables to read instead of the process environment. */
  environment?: Record<string, any>;
}

/** Keyword arguments of docker.DockerClient. */
interface DockerModule_DockerClient_Args {
  /** URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375. */
  base_url?: string;
  /** URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375. */
  baseUrl?: string;
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** TLS settings. */
  tls?: any;
  /** User-Agent header sent with each request. */
  user_agent?: string;
  /** User-Agent header sent with each request. */
  userAgent?: string;
}

/** Keyword arguments of docker.APIClient. */
interface DockerModule_APIClient_Args {
  /** URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375. */
  base_url?: string;
  /** URL of the daemon: unix:///var/run/docker.sock or tcp://127.0.0.1:2375. */
  baseUrl?: string;
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** TLS settings. */
  tls?: any;
  /** User-Agent header sent with each request. */
  user_agent?: string;
  /** User-Agent header sent with each request. */
  userAgent?: string;
}

/** Typed configuration values (docker-py's docker.types). */
interface DockerTypesModule {
  /** A mount for mounts=: bind, volume or tmpfs. */
  readonly Mount: {
    (target: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, tmpfsSize?: number | string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, tmpfsSize?: number | string, kwargs?: DockerTypesModule_Mount_Args): Mount;
    (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, tmpfsSize?: number | string, tmpfsMode?: number, kwargs?: DockerTypesModule_Mount_Args): Mount;
    new (target: string, source?: string, type?: string, readOnly?: boolean, consistency?: string, propagation?: string, noCopy?: boolean, labels?: Record<string, string>, driverConfig?: Record<string, any>, tmpfsSize?: number | string, tmpfsMode?: number, kwargs?: DockerTypesModule_Mount_Args): Mount;
  };
  /** A ulimit for ulimits=. */
  readonly Ulimit: {
    (name: string, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    new (name: string, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    (name: string, soft?: number, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    new (name: string, soft?: number, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    (name: string, soft?: number, hard?: number, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    new (name: string, soft?: number, hard?: number, kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
  };
  /** A logging configuration for log_config=. */
  readonly LogConfig: {
    (kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    new (kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    (type?: string, kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    new (type?: string, kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    (type?: string, config?: Record<string, string>, kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    new (type?: string, config?: Record<string, string>, kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
  };
  /** A swarm restart policy (also accepted as a container's restart_policy). */
  readonly RestartPolicy: {
    (kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    new (kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    (condition?: string, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    new (condition?: string, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    (condition?: string, delay?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    new (condition?: string, delay?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    (condition?: string, delay?: number, maxAttempts?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    new (condition?: string, delay?: number, maxAttempts?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    (condition?: string, delay?: number, maxAttempts?: number, window?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
    new (condition?: string, delay?: number, maxAttempts?: number, window?: number, kwargs?: DockerTypesModule_RestartPolicy_Args): RestartPolicy;
  };
  /** A healthcheck for healthcheck=. */
  readonly Healthcheck: {
    (kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    (test?: string | any[], kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (test?: string | any[], kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    (test?: string | any[], interval?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (test?: string | any[], interval?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    (test?: string | any[], interval?: number | string, timeout?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (test?: string | any[], interval?: number | string, timeout?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    (test?: string | any[], interval?: number | string, timeout?: number | string, retries?: number, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (test?: string | any[], interval?: number | string, timeout?: number | string, retries?: number, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    (test?: string | any[], interval?: number | string, timeout?: number | string, retries?: number, startPeriod?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
    new (test?: string | any[], interval?: number | string, timeout?: number | string, retries?: number, startPeriod?: number | string, kwargs?: DockerTypesModule_Healthcheck_Args): Healthcheck;
  };
  /** A device request for device_requests= (GPUs). */
  readonly DeviceRequest: {
    (kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    (driver?: string, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (driver?: string, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    (driver?: string, count?: number, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (driver?: string, count?: number, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    (driver?: string, count?: number, deviceIds?: string[], kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (driver?: string, count?: number, deviceIds?: string[], kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    (driver?: string, count?: number, deviceIds?: string[], capabilities?: any[], kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (driver?: string, count?: number, deviceIds?: string[], capabilities?: any[], kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    (driver?: string, count?: number, deviceIds?: string[], capabilities?: any[], options?: Record<string, string>, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (driver?: string, count?: number, deviceIds?: string[], capabilities?: any[], options?: Record<string, string>, kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
  };
  /** A network endpoint configuration for networking_config=. */
  readonly EndpointConfig: {
    (kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
    new (version?: string, aliases?: string[], links?: Record<string, any> | any[], ipv4Address?: string, ipv6Address?: string, linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: DockerTypesModule_EndpointConfig_Args): EndpointConfig;
  };
}

/** Keyword arguments of docker.types.Mount. */
interface DockerTypesModule_Mount_Args {
  /** Path inside the container. (required: by position or here) */
  target?: string;
  /** Volume name or host path (none for tmpfs). */
  source?: string;
  /** bind, volume, tmpfs or npipe. */
  type?: string;
  /** Mount read-only. */
  read_only?: boolean;
  /** Mount read-only. */
  readOnly?: boolean;
  /** default, consistent, cached or delegated. */
  consistency?: string;
  /** Bind propagation mode (bind mounts). */
  propagation?: string;
  /** Do not populate the volume with the image's data (volume mounts). */
  no_copy?: boolean;
  /** Do not populate the volume with the image's data (volume mounts). */
  noCopy?: boolean;
  /** Labels of the volume (volume mounts). */
  labels?: Record<string, string>;
  /** Volume driver {Name, Options} (volume mounts). */
  driver_config?: Record<string, any>;
  /** Volume driver {Name, Options} (volume mounts). */
  driverConfig?: Record<string, any>;
  /** Size of the tmpfs: int bytes or "64m" (tmpfs mounts). */
  tmpfs_size?: number | string;
  /** Size of the tmpfs: int bytes or "64m" (tmpfs mounts). */
  tmpfsSize?: number | string;
  /** Permission bits of the tmpfs, such as 0o1777 = 1023 (tmpfs mounts). */
  tmpfs_mode?: number;
  /** Permission bits of the tmpfs, such as 0o1777 = 1023 (tmpfs mounts). */
  tmpfsMode?: number;
}

/** Keyword arguments of docker.types.Ulimit. */
interface DockerTypesModule_Ulimit_Args {
  /** The limit's name: nofile, nproc, core, ... (required: by position or here) */
  name?: string;
  /** The soft limit. */
  soft?: number;
  /** The hard limit. */
  hard?: number;
}

/** Keyword arguments of docker.types.LogConfig. */
interface DockerTypesModule_LogConfig_Args {
  /** The logging driver: json-file, local, syslog, journald, none, ... */
  type?: string;
  /** Driver options such as {["max-size"]="10m"} (values become str). */
  config?: Record<string, string>;
}

/** Keyword arguments of docker.types.RestartPolicy. */
interface DockerTypesModule_RestartPolicy_Args {
  /** none, on-failure or any. */
  condition?: string;
  /** Delay between restarts, in nanoseconds. */
  delay?: number;
  /** Attempts before giving up (0: no limit). */
  max_attempts?: number;
  /** Attempts before giving up (0: no limit). */
  maxAttempts?: number;
  /** Time window to evaluate the policy, in nanoseconds. */
  window?: number;
}

/** Keyword arguments of docker.types.Healthcheck. */
interface DockerTypesModule_Healthcheck_Args {
  /** [] (inherit), {"NONE"}, {"CMD", ...}, {"CMD-SHELL", cmd}, or a str run by the shell. */
  test?: string | any[];
  /** Time between checks, in nanoseconds (or "30s"). */
  interval?: number | string;
  /** Time before a check counts as hung, in nanoseconds (or "5s"). */
  timeout?: number | string;
  /** Consecutive failures before unhealthy. */
  retries?: number;
  /** Start-up time before failures count, in nanoseconds (or "10s"). */
  start_period?: number | string;
  /** Start-up time before failures count, in nanoseconds (or "10s"). */
  startPeriod?: number | string;
}

/** Keyword arguments of docker.types.DeviceRequest. */
interface DockerTypesModule_DeviceRequest_Args {
  /** The device driver (e.g. nvidia). */
  driver?: string;
  /** Number of devices (-1: all). */
  count?: number;
  /** Device IDs (instead of count). */
  device_ids?: string[];
  /** Device IDs (instead of count). */
  deviceIds?: string[];
  /** A list of lists of capabilities, e.g. {{"gpu"}}. */
  capabilities?: any[];
  /** Driver options. */
  options?: Record<string, string>;
}

/** Keyword arguments of docker.types.EndpointConfig. */
interface DockerTypesModule_EndpointConfig_Args {
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** Network-scoped aliases of the container. */
  aliases?: string[];
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** IPv4 address on the network. */
  ipv4_address?: string;
  /** IPv4 address on the network. */
  ipv4Address?: string;
  /** IPv6 address on the network. */
  ipv6_address?: string;
  /** IPv6 address on the network. */
  ipv6Address?: string;
  /** Link-local addresses. */
  link_local_ips?: string[];
  /** Link-local addresses. */
  linkLocalIps?: string[];
  /** Driver options of the endpoint. */
  driver_opt?: Record<string, string>;
  /** Driver options of the endpoint. */
  driverOpt?: Record<string, string>;
  /** MAC address on the network. */
  mac_address?: string;
  /** MAC address on the network. */
  macAddress?: string;
}

/** Read environment variables. */
interface EnvModule {
  /** The value of an environment variable, or default when it is unset or empty. */
  get(name: string, kwargs?: EnvModule_get_Args): any;
  get(name: string, _default?: any, kwargs?: EnvModule_get_Args): any;
  /** Every visible environment variable as a dict of str. */
  all(): any;
}

/** Keyword arguments of env.get. */
interface EnvModule_get_Args {
  /** The variable's name. (required: by position or here) */
  name?: string;
  /** Returned when the variable is unset or empty. */
  default?: any;
}

/** HTTP requests for health checks and simple APIs. */
interface HttpModule {
  /** GET a URL; returns {status=int, body=str, headers=dict}. */
  get(url: string, kwargs?: HttpModule_get_Args): any;
  /** Send a request; returns {status=int, body=str, headers=dict}. */
  request(method: string, url: string, kwargs?: HttpModule_request_Args): any;
  /** Poll a URL until it answers the awaited status; returns that response, raises after timeout. */
  wait_for(url: string, kwargs?: HttpModule_wait_for_Args): any;
  /** Poll a URL until it answers the awaited status; returns that response, raises after timeout. */
  waitFor(url: string, kwargs?: HttpModule_wait_for_Args): any;
}

/** Keyword arguments of http.get. */
interface HttpModule_get_Args {
  /** An http:// or https:// URL. (required: by position or here) */
  url?: string;
  /** Request headers. */
  headers?: Record<string, string>;
  /** Seconds to wait for the whole answer (0: no limit). */
  timeout?: number;
}

/** Keyword arguments of http.request. */
interface HttpModule_request_Args {
  /** The HTTP method (GET, POST, ...). (required: by position or here) */
  method?: string;
  /** An http:// or https:// URL. (required: by position or here) */
  url?: string;
  /** The request body. */
  body?: string | string | ArrayBuffer | Uint8Array;
  /** Request headers. */
  headers?: Record<string, string>;
  /** Seconds to wait for the whole answer (0: no limit). */
  timeout?: number;
}

/** Keyword arguments of http.wait_for. */
interface HttpModule_wait_for_Args {
  /** An http:// or https:// URL. (required: by position or here) */
  url?: string;
  /** Seconds to keep trying before raising. */
  timeout?: number;
  /** Seconds between attempts. */
  interval?: number;
  /** The awaited status code, or a list of them. */
  status?: number | any[];
  /** Request headers. */
  headers?: Record<string, string>;
}

/** Encode and decode JSON; 64-bit integers stay exact. */
interface JsonModule {
  /** Encode a value as JSON text; indent (spaces or a string) pretty-prints it. */
  encode(value: any, kwargs?: JsonModule_encode_Args): any;
  encode(value: any, indent?: string | number, kwargs?: JsonModule_encode_Args): any;
  /** Decode JSON text into a value; integers beyond 2^63 stay exact. */
  decode(text: string | string | ArrayBuffer | Uint8Array, kwargs?: JsonModule_decode_Args): any;
}

/** Keyword arguments of json.encode. */
interface JsonModule_encode_Args {
  /** The value to encode (bool, number, str, list, dict). (required: by position or here) */
  value?: any;
  /** Pretty-print with this many spaces (or this whitespace string) per level. */
  indent?: string | number;
}

/** Keyword arguments of json.decode. */
interface JsonModule_decode_Args {
  /** The JSON text to decode. (required: by position or here) */
  text?: string | string | ArrayBuffer | Uint8Array;
}

/** Leveled log lines on stderr; the threshold comes from DSCRIPT_LOG_LEVEL. */
interface LogModule {
  /** Log a DEBUG line (shown when DSCRIPT_LOG_LEVEL=debug). */
  debug(message: any, kwargs?: LogModule_debug_Args): any;
  debug(message: any, fields?: Record<string, any>, kwargs?: LogModule_debug_Args): any;
  /** Log an INFO line. */
  info(message: any, kwargs?: LogModule_info_Args): any;
  info(message: any, fields?: Record<string, any>, kwargs?: LogModule_info_Args): any;
  /** Log a WARN line. */
  warn(message: any, kwargs?: LogModule_warn_Args): any;
  warn(message: any, fields?: Record<string, any>, kwargs?: LogModule_warn_Args): any;
  /** Log an ERROR line. */
  error(message: any, kwargs?: LogModule_error_Args): any;
  error(message: any, fields?: Record<string, any>, kwargs?: LogModule_error_Args): any;
}

/** Keyword arguments of log.debug. */
interface LogModule_debug_Args {
  /** The message (a non-str value is rendered as text). (required: by position or here) */
  message?: any;
  /** Extra context, appended as sorted key=value pairs. */
  fields?: Record<string, any>;
}

/** Keyword arguments of log.info. */
interface LogModule_info_Args {
  /** The message (a non-str value is rendered as text). (required: by position or here) */
  message?: any;
  /** Extra context, appended as sorted key=value pairs. */
  fields?: Record<string, any>;
}

/** Keyword arguments of log.warn. */
interface LogModule_warn_Args {
  /** The message (a non-str value is rendered as text). (required: by position or here) */
  message?: any;
  /** Extra context, appended as sorted key=value pairs. */
  fields?: Record<string, any>;
}

/** Keyword arguments of log.error. */
interface LogModule_error_Args {
  /** The message (a non-str value is rendered as text). (required: by position or here) */
  message?: any;
  /** Extra context, appended as sorted key=value pairs. */
  fields?: Record<string, any>;
}

/** Wait for TCP ports to accept connections. */
interface NetModule {
  /** Poll until host:port accepts TCP connections; raises after timeout. */
  wait_for_port(host: string, port: number, kwargs?: NetModule_wait_for_port_Args): any;
  /** Poll until host:port accepts TCP connections; raises after timeout. */
  waitForPort(host: string, port: number, kwargs?: NetModule_wait_for_port_Args): any;
}

/** Keyword arguments of net.wait_for_port. */
interface NetModule_wait_for_port_Args {
  /** Host name or IP address. (required: by position or here) */
  host?: string;
  /** TCP port. (required: by position or here) */
  port?: number;
  /** Seconds to keep trying before raising. */
  timeout?: number;
  /** Seconds between attempts. */
  interval?: number;
}

/** Create, list and extract tar archives (for put_archive, get_archive and export). */
interface TarModule {
  /** Build a tar archive from {path = content} or a list of {name=, data=, mode=}; returns bytes. */
  create(files: Record<string, any> | any[], kwargs?: TarModule_create_Args): any;
  /** The members of an archive: a list of {name, size, mode, type}, read as a stream. */
  list(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: TarModule_list_Args): any;
  /** The regular files of an archive: a dict {name = content}. */
  extract(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: TarModule_extract_Args): any;
}

/** Keyword arguments of tar.create. */
interface TarModule_create_Args {
  /** {path = content} or a list of {name=, data=, mode=}; a name ending in / is a directory. (required: by position or here) */
  files?: Record<string, any> | any[];
}

/** Keyword arguments of tar.list. */
interface TarModule_list_Args {
  /** The archive (gzip too): str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of tar.extract. */
interface TarModule_extract_Args {
  /** The archive (gzip too): str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Sleep, clocks and time formatting. */
interface TimeModule {
  /** Sleep for seconds (fractions allowed); stops early when the script is cancelled. */
  sleep(seconds: number, kwargs?: TimeModule_sleep_Args): any;
  /** The current time as Unix seconds (float). */
  now(): any;
  /** Seconds (float) of a clock that never goes back, for measuring durations. */
  monotonic(): any;
  /** Format Unix seconds (default now) with a layout (default RFC 3339). */
  format(kwargs?: TimeModule_format_Args): any;
  format(seconds?: number, kwargs?: TimeModule_format_Args): any;
  format(seconds?: number, layout?: string, kwargs?: TimeModule_format_Args): any;
}

/** Keyword arguments of time.sleep. */
interface TimeModule_sleep_Args {
  /** How long to sleep, in seconds (fractions allowed). (required: by position or here) */
  seconds?: number;
}

/** Keyword arguments of time.format. */
interface TimeModule_format_Args {
  /** Unix seconds to format; now when omitted. */
  seconds?: number;
  /** A Go time layout or a name: RFC3339, RFC3339Nano, RFC1123, DateTime, DateOnly, TimeOnly, Kitchen. */
  layout?: string;
  /** Format in UTC instead of the local time zone. */
  utc?: boolean;
}

/** docker.errors: the exception classes, and is(err, cls). */
interface DockerErrors {
  /** Base class of every dscript error. */
  DockerException: DScriptErrorClass;
  /** An error answer of the Docker daemon. */
  APIError: DScriptErrorClass;
  /** The daemon answered 404 Not Found. */
  NotFound: DScriptErrorClass;
  /** The image does not exist. */
  ImageNotFound: DScriptErrorClass;
  /** The operation needs a newer API version. */
  InvalidVersion: DScriptErrorClass;
  /** A repository name is not valid. */
  InvalidRepository: DScriptErrorClass;
  /** A configuration file cannot be read. */
  InvalidConfigFile: DScriptErrorClass;
  /** An argument is unknown, missing or of the wrong type. */
  InvalidArgument: DScriptErrorClass;
  /** The method is no longer supported. */
  DeprecatedMethod: DScriptErrorClass;
  /** TLS settings are not valid. */
  TLSParameterError: DScriptErrorClass;
  /** A resource ID was empty. */
  NullResource: DScriptErrorClass;
  /** A container exited with a non-zero status. */
  ContainerError: DScriptErrorClass;
  /** A stream from the daemon could not be parsed. */
  StreamParseError: DScriptErrorClass;
  /** An image build failed. */
  BuildError: DScriptErrorClass;
  /** An image could not be loaded. */
  ImageLoadError: DScriptErrorClass;
  /** A Docker context problem. */
  ContextException: DScriptErrorClass;
  /** The context exists already. */
  ContextAlreadyExists: DScriptErrorClass;
  /** The context does not exist. */
  ContextNotFound: DScriptErrorClass;
  /** A context parameter is missing. */
  MissingContextParameter: DScriptErrorClass;
  is(err: any, cls: DScriptErrorClass): boolean;
}

interface DockerModule {
  errors: DockerErrors;
}

declare const docker: DockerModule;

declare function require(name: "docker"): DockerModule;
declare function require(name: "docker.types"): DockerTypesModule;
declare function require(name: "env"): EnvModule;
declare function require(name: "http"): HttpModule;
declare function require(name: "json"): JsonModule;
declare function require(name: "log"): LogModule;
declare function require(name: "net"): NetModule;
declare function require(name: "tar"): TarModule;
declare function require(name: "time"): TimeModule;

// the modules as TypeScript resolves require() in JavaScript files
declare module "docker" {
  const module: DockerModule;
  export = module;
}
declare module "docker.types" {
  const module: DockerTypesModule;
  export = module;
}
declare module "env" {
  const module: EnvModule;
  export = module;
}
declare module "http" {
  const module: HttpModule;
  export = module;
}
declare module "json" {
  const module: JsonModule;
  export = module;
}
declare module "log" {
  const module: LogModule;
  export = module;
}
declare module "net" {
  const module: NetModule;
  export = module;
}
declare module "tar" {
  const module: TarModule;
  export = module;
}
declare module "time" {
  const module: TimeModule;
  export = module;
}
declare function require(name: string): any;

/** Prints its arguments separated by tabs. */
declare function print(...values: any[]): void;
/** Describes a dscript object, one of its methods, or a name such as "ContainerCollection.run". */
declare function help(x?: any): void;

declare const console: {
  log(...values: any[]): void;
  info(...values: any[]): void;
  debug(...values: any[]): void;
  error(...values: any[]): void;
  warn(...values: any[]): void;
};

declare const process: {
  /** ["dscript", script, args...] */
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  readonly stdout: { write(s: string): void };
  readonly stderr: { write(s: string): void };
  exit(code?: number): never;
};

declare const module: { exports: any };
declare const exports: any;
declare const __filename: string;
declare const __dirname: string;
