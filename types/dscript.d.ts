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
  /** Build an image; returns an iterator of the build's messages (JSON text, or dicts with decode). */
  build(kwargs?: APIClient_build_Args): any;
  build(path?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, squash?: boolean, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, squash?: boolean, extraHosts?: Record<string, any> | any[], kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, squash?: boolean, extraHosts?: Record<string, any> | any[], platform?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, squash?: boolean, extraHosts?: Record<string, any> | any[], platform?: string, isolation?: string, kwargs?: APIClient_build_Args): any;
  build(path?: string, tag?: string, quiet?: boolean, fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>, nocache?: boolean, rm?: boolean, timeout?: number, customContext?: boolean, encoding?: string, pull?: boolean, forcerm?: boolean, dockerfile?: string, containerLimits?: Record<string, any>, decode?: boolean, buildargs?: Record<string, any>, gzip?: boolean, shmsize?: number, labels?: Record<string, any> | any[], cacheFrom?: string[], target?: string, networkMode?: string, squash?: boolean, extraHosts?: Record<string, any> | any[], platform?: string, isolation?: string, useConfigProxy?: boolean, kwargs?: APIClient_build_Args): any;
  /** Inspect a container. */
  inspect_container(container: string | Record<string, any> | object, kwargs?: APIClient_inspect_container_Args): any;
  /** Inspect a container. */
  inspectContainer(container: string | Record<string, any> | object, kwargs?: APIClient_inspect_container_Args): any;
  /** Start a container. */
  start(container: string | Record<string, any> | object, kwargs?: APIClient_start_Args): any;
  /** Stop a container (its stop signal, then SIGKILL after timeout). */
  stop(container: string | Record<string, any> | object, kwargs?: APIClient_stop_Args): any;
  stop(container: string | Record<string, any> | object, timeout?: number, kwargs?: APIClient_stop_Args): any;
  /** Kill a container or send it a signal. */
  kill(container: string | Record<string, any> | object, kwargs?: APIClient_kill_Args): any;
  kill(container: string | Record<string, any> | object, signal?: string | number, kwargs?: APIClient_kill_Args): any;
  /** Block until a container stops; returns {StatusCode, Error}. */
  wait(container: string | Record<string, any> | object, kwargs?: APIClient_wait_Args): any;
  wait(container: string | Record<string, any> | object, timeout?: number, kwargs?: APIClient_wait_Args): any;
  wait(container: string | Record<string, any> | object, timeout?: number, condition?: string, kwargs?: APIClient_wait_Args): any;
  /** Remove a container. */
  remove_container(container: string | Record<string, any> | object, kwargs?: APIClient_remove_container_Args): any;
  remove_container(container: string | Record<string, any> | object, v?: boolean, kwargs?: APIClient_remove_container_Args): any;
  remove_container(container: string | Record<string, any> | object, v?: boolean, link?: boolean, kwargs?: APIClient_remove_container_Args): any;
  remove_container(container: string | Record<string, any> | object, v?: boolean, link?: boolean, force?: boolean, kwargs?: APIClient_remove_container_Args): any;
  /** Remove a container. */
  removeContainer(container: string | Record<string, any> | object, kwargs?: APIClient_remove_container_Args): any;
  removeContainer(container: string | Record<string, any> | object, v?: boolean, kwargs?: APIClient_remove_container_Args): any;
  removeContainer(container: string | Record<string, any> | object, v?: boolean, link?: boolean, kwargs?: APIClient_remove_container_Args): any;
  removeContainer(container: string | Record<string, any> | object, v?: boolean, link?: boolean, force?: boolean, kwargs?: APIClient_remove_container_Args): any;
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
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  prune_containers(kwargs?: APIClient_prune_containers_Args): any;
  prune_containers(filters?: Record<string, any>, kwargs?: APIClient_prune_containers_Args): any;
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  pruneContainers(kwargs?: APIClient_prune_containers_Args): any;
  pruneContainers(filters?: Record<string, any>, kwargs?: APIClient_prune_containers_Args): any;
  /** Create a container; returns {Id, Warnings}. */
  create_container(image: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, useConfigProxy?: boolean, kwargs?: APIClient_create_container_Args): any;
  create_container(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, useConfigProxy?: boolean, platform?: string, kwargs?: APIClient_create_container_Args): any;
  /** Create a container; returns {Id, Warnings}. */
  createContainer(image: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, useConfigProxy?: boolean, kwargs?: APIClient_create_container_Args): any;
  createContainer(image: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, name?: string, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, useConfigProxy?: boolean, platform?: string, kwargs?: APIClient_create_container_Args): any;
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
  /** A container's logs: a string, or an iterator of chunks with stream=true. */
  logs(container: string | Record<string, any> | object, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, timestamps: boolean, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, timestamps: boolean, tail: string | number, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, timestamps: boolean, tail: string | number, since: number | string | Date, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, timestamps: boolean, tail: string | number, since: number | string | Date, follow: boolean, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, stdout: boolean, stderr: boolean, stream: boolean, timestamps: boolean, tail: string | number, since: number | string | Date, follow: boolean, until: number | string | Date, kwargs: APIClient_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(container: string | Record<string, any> | object, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string | number, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string | number, since?: number | string | Date, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string | number, since?: number | string | Date, follow?: boolean, kwargs?: APIClient_logs_Args): any;
  logs(container: string | Record<string, any> | object, stdout?: boolean, stderr?: boolean, stream?: boolean, timestamps?: boolean, tail?: string | number, since?: number | string | Date, follow?: boolean, until?: number | string | Date, kwargs?: APIClient_logs_Args): any;
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
  /** The daemon's events as they happen: an iterator of JSON text (dicts with decode=true); close() or leaving the loop ends it. */
  events(kwargs?: APIClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, kwargs?: APIClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, kwargs?: APIClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, filters?: Record<string, any>, kwargs?: APIClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, filters?: Record<string, any>, decode?: boolean, kwargs?: APIClient_events_Args): DScriptIterator<any>;
  /** Remove an image; returns the list of {Untagged} and {Deleted} entries. */
  remove_image(image: string | Record<string, any> | object, kwargs?: APIClient_remove_image_Args): any;
  remove_image(image: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_image_Args): any;
  remove_image(image: string | Record<string, any> | object, force?: boolean, noprune?: boolean, kwargs?: APIClient_remove_image_Args): any;
  /** Remove an image; returns the list of {Untagged} and {Deleted} entries. */
  removeImage(image: string | Record<string, any> | object, kwargs?: APIClient_remove_image_Args): any;
  removeImage(image: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_image_Args): any;
  removeImage(image: string | Record<string, any> | object, force?: boolean, noprune?: boolean, kwargs?: APIClient_remove_image_Args): any;
  /** The layers of an image, newest first. */
  history(image: string | Record<string, any> | object, kwargs?: APIClient_history_Args): any;
  /** Tag an image into a repository; returns true. */
  tag(image: string | Record<string, any> | object, repository: string, kwargs?: APIClient_tag_Args): any;
  tag(image: string | Record<string, any> | object, repository: string, tag?: string, kwargs?: APIClient_tag_Args): any;
  tag(image: string | Record<string, any> | object, repository: string, tag?: string, force?: boolean, kwargs?: APIClient_tag_Args): any;
  /** Search the registry index (Docker Hub) for images: a list of {name, description, star_count, is_official, is_automated}. */
  search(term: string, kwargs?: APIClient_search_Args): any;
  search(term: string, limit?: number, kwargs?: APIClient_search_Args): any;
  /** Delete unused images; returns {ImagesDeleted, SpaceReclaimed}. */
  prune_images(kwargs?: APIClient_prune_images_Args): any;
  prune_images(filters?: Record<string, any>, kwargs?: APIClient_prune_images_Args): any;
  /** Delete unused images; returns {ImagesDeleted, SpaceReclaimed}. */
  pruneImages(kwargs?: APIClient_prune_images_Args): any;
  pruneImages(filters?: Record<string, any>, kwargs?: APIClient_prune_images_Args): any;
  /** Delete build cache; returns {CachesDeleted, SpaceReclaimed}. */
  prune_builds(kwargs?: APIClient_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, kwargs?: APIClient_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, keepStorage?: number, kwargs?: APIClient_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, keepStorage?: number, all?: boolean, kwargs?: APIClient_prune_builds_Args): any;
  /** Delete build cache; returns {CachesDeleted, SpaceReclaimed}. */
  pruneBuilds(kwargs?: APIClient_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, kwargs?: APIClient_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, keepStorage?: number, kwargs?: APIClient_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, keepStorage?: number, all?: boolean, kwargs?: APIClient_prune_builds_Args): any;
  /** Push an image or a repository to its registry; returns the progress text, or an iterator of the messages with stream. */
  push(repository: string, kwargs: APIClient_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, tag: string, kwargs: APIClient_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, tag: string, stream: boolean, kwargs: APIClient_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, kwargs: APIClient_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, decode: boolean, kwargs: APIClient_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, kwargs?: APIClient_push_Args): any;
  push(repository: string, tag?: string, kwargs?: APIClient_push_Args): any;
  push(repository: string, tag?: string, stream?: boolean, kwargs?: APIClient_push_Args): any;
  push(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, kwargs?: APIClient_push_Args): any;
  push(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, decode?: boolean, kwargs?: APIClient_push_Args): any;
  /** Create a network; returns {Id, Warning}. */
  create_network(name: string, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, kwargs?: APIClient_create_network_Args): any;
  create_network(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, ingress?: boolean, kwargs?: APIClient_create_network_Args): any;
  /** Create a network; returns {Id, Warning}. */
  createNetwork(name: string, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, kwargs?: APIClient_create_network_Args): any;
  createNetwork(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, ingress?: boolean, kwargs?: APIClient_create_network_Args): any;
  /** Remove a network. */
  remove_network(netId: string | Record<string, any> | object, kwargs?: APIClient_remove_network_Args): any;
  /** Remove a network. */
  removeNetwork(netId: string | Record<string, any> | object, kwargs?: APIClient_remove_network_Args): any;
  /** Connect a container to a network. */
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: APIClient_connect_container_to_network_Args): any;
  connect_container_to_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  /** Connect a container to a network. */
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: APIClient_connect_container_to_network_Args): any;
  connectContainerToNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: APIClient_connect_container_to_network_Args): any;
  /** Disconnect a container from a network. */
  disconnect_container_from_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, kwargs?: APIClient_disconnect_container_from_network_Args): any;
  disconnect_container_from_network(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_disconnect_container_from_network_Args): any;
  /** Disconnect a container from a network. */
  disconnectContainerFromNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, kwargs?: APIClient_disconnect_container_from_network_Args): any;
  disconnectContainerFromNetwork(container: string | Record<string, any> | object, netId: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_disconnect_container_from_network_Args): any;
  /** Delete unused networks; returns {NetworksDeleted}. */
  prune_networks(kwargs?: APIClient_prune_networks_Args): any;
  prune_networks(filters?: Record<string, any>, kwargs?: APIClient_prune_networks_Args): any;
  /** Delete unused networks; returns {NetworksDeleted}. */
  pruneNetworks(kwargs?: APIClient_prune_networks_Args): any;
  pruneNetworks(filters?: Record<string, any>, kwargs?: APIClient_prune_networks_Args): any;
  /** List the installed plugins. */
  plugins(): any;
  /** Inspect a plugin. */
  inspect_plugin(name: string | Plugin, kwargs?: APIClient_inspect_plugin_Args): any;
  /** Inspect a plugin. */
  inspectPlugin(name: string | Plugin, kwargs?: APIClient_inspect_plugin_Args): any;
  /** Change a disabled plugin's settings; returns true. */
  configure_plugin(name: string | Plugin, options: Record<string, any> | any[], kwargs?: APIClient_configure_plugin_Args): any;
  /** Change a disabled plugin's settings; returns true. */
  configurePlugin(name: string | Plugin, options: Record<string, any> | any[], kwargs?: APIClient_configure_plugin_Args): any;
  /** Create a plugin from a directory holding config.json and rootfs/; returns true. */
  create_plugin(name: string | Plugin, pluginDataDir: string, kwargs?: APIClient_create_plugin_Args): any;
  create_plugin(name: string | Plugin, pluginDataDir: string, gzip?: boolean, kwargs?: APIClient_create_plugin_Args): any;
  /** Create a plugin from a directory holding config.json and rootfs/; returns true. */
  createPlugin(name: string | Plugin, pluginDataDir: string, kwargs?: APIClient_create_plugin_Args): any;
  createPlugin(name: string | Plugin, pluginDataDir: string, gzip?: boolean, kwargs?: APIClient_create_plugin_Args): any;
  /** Enable a plugin; returns true. */
  enable_plugin(name: string | Plugin, kwargs?: APIClient_enable_plugin_Args): any;
  enable_plugin(name: string | Plugin, timeout?: number, kwargs?: APIClient_enable_plugin_Args): any;
  /** Enable a plugin; returns true. */
  enablePlugin(name: string | Plugin, kwargs?: APIClient_enable_plugin_Args): any;
  enablePlugin(name: string | Plugin, timeout?: number, kwargs?: APIClient_enable_plugin_Args): any;
  /** Disable a plugin; returns true. */
  disable_plugin(name: string | Plugin, kwargs?: APIClient_disable_plugin_Args): any;
  disable_plugin(name: string | Plugin, force?: boolean, kwargs?: APIClient_disable_plugin_Args): any;
  /** Disable a plugin; returns true. */
  disablePlugin(name: string | Plugin, kwargs?: APIClient_disable_plugin_Args): any;
  disablePlugin(name: string | Plugin, force?: boolean, kwargs?: APIClient_disable_plugin_Args): any;
  /** Install a plugin from a registry: an iterator of progress dicts. */
  pull_plugin(remote: string, privileges: any[], kwargs?: APIClient_pull_plugin_Args): DScriptIterator<any>;
  pull_plugin(remote: string, privileges: any[], name?: string, kwargs?: APIClient_pull_plugin_Args): DScriptIterator<any>;
  /** Install a plugin from a registry: an iterator of progress dicts. */
  pullPlugin(remote: string, privileges: any[], kwargs?: APIClient_pull_plugin_Args): DScriptIterator<any>;
  pullPlugin(remote: string, privileges: any[], name?: string, kwargs?: APIClient_pull_plugin_Args): DScriptIterator<any>;
  /** Push a plugin to its registry: an iterator of progress dicts. */
  push_plugin(name: string | Plugin, kwargs?: APIClient_push_plugin_Args): DScriptIterator<any>;
  /** Push a plugin to its registry: an iterator of progress dicts. */
  pushPlugin(name: string | Plugin, kwargs?: APIClient_push_plugin_Args): DScriptIterator<any>;
  /** Remove a plugin; returns true. */
  remove_plugin(name: string | Plugin, kwargs?: APIClient_remove_plugin_Args): any;
  remove_plugin(name: string | Plugin, force?: boolean, kwargs?: APIClient_remove_plugin_Args): any;
  /** Remove a plugin; returns true. */
  removePlugin(name: string | Plugin, kwargs?: APIClient_remove_plugin_Args): any;
  removePlugin(name: string | Plugin, force?: boolean, kwargs?: APIClient_remove_plugin_Args): any;
  /** Replace a disabled plugin by another version: an iterator of progress dicts. */
  upgrade_plugin(name: string | Plugin, remote: string, privileges: any[], kwargs?: APIClient_upgrade_plugin_Args): DScriptIterator<any>;
  /** Replace a disabled plugin by another version: an iterator of progress dicts. */
  upgradePlugin(name: string | Plugin, remote: string, privileges: any[], kwargs?: APIClient_upgrade_plugin_Args): DScriptIterator<any>;
  /** The privileges a plugin in a registry asks for. */
  plugin_privileges(name: string | Plugin, kwargs?: APIClient_plugin_privileges_Args): any;
  /** The privileges a plugin in a registry asks for. */
  pluginPrivileges(name: string | Plugin, kwargs?: APIClient_plugin_privileges_Args): any;
  /** Log in to a registry: checks the credentials with the daemon and keeps them for this client's pulls, pushes and builds. */
  login(username: string, kwargs?: APIClient_login_Args): any;
  login(username: string, password?: string, kwargs?: APIClient_login_Args): any;
  login(username: string, password?: string, email?: string, kwargs?: APIClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, kwargs?: APIClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, reauth?: boolean, kwargs?: APIClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, reauth?: boolean, dockercfgPath?: string, kwargs?: APIClient_login_Args): any;
  /** List the swarm's secrets (without their data). */
  secrets(kwargs?: APIClient_secrets_Args): any;
  secrets(filters?: Record<string, any>, kwargs?: APIClient_secrets_Args): any;
  /** Create a secret; returns {ID}. */
  create_secret(name: string, data: string | string | ArrayBuffer | Uint8Array, kwargs?: APIClient_create_secret_Args): any;
  create_secret(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, kwargs?: APIClient_create_secret_Args): any;
  create_secret(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, driver?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_secret_Args): any;
  /** Create a secret; returns {ID}. */
  createSecret(name: string, data: string | string | ArrayBuffer | Uint8Array, kwargs?: APIClient_create_secret_Args): any;
  createSecret(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, kwargs?: APIClient_create_secret_Args): any;
  createSecret(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, driver?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_secret_Args): any;
  /** Inspect a secret (its data is never returned). */
  inspect_secret(id: string | Record<string, any> | object, kwargs?: APIClient_inspect_secret_Args): any;
  /** Inspect a secret (its data is never returned). */
  inspectSecret(id: string | Record<string, any> | object, kwargs?: APIClient_inspect_secret_Args): any;
  /** Remove a secret; returns true. */
  remove_secret(id: string | Record<string, any> | object, kwargs?: APIClient_remove_secret_Args): any;
  /** Remove a secret; returns true. */
  removeSecret(id: string | Record<string, any> | object, kwargs?: APIClient_remove_secret_Args): any;
  /** List the swarm's configs. */
  configs(kwargs?: APIClient_configs_Args): any;
  configs(filters?: Record<string, any>, kwargs?: APIClient_configs_Args): any;
  /** Create a config; returns {ID}. */
  create_config(name: string, data: string | string | ArrayBuffer | Uint8Array, kwargs?: APIClient_create_config_Args): any;
  create_config(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, kwargs?: APIClient_create_config_Args): any;
  create_config(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, templating?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_config_Args): any;
  /** Create a config; returns {ID}. */
  createConfig(name: string, data: string | string | ArrayBuffer | Uint8Array, kwargs?: APIClient_create_config_Args): any;
  createConfig(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, kwargs?: APIClient_create_config_Args): any;
  createConfig(name: string, data: string | string | ArrayBuffer | Uint8Array, labels?: Record<string, string>, templating?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_config_Args): any;
  /** Inspect a config (its data is base64 in Spec.Data). */
  inspect_config(id: string | Record<string, any> | object, kwargs?: APIClient_inspect_config_Args): any;
  /** Inspect a config (its data is base64 in Spec.Data). */
  inspectConfig(id: string | Record<string, any> | object, kwargs?: APIClient_inspect_config_Args): any;
  /** Remove a config; returns true. */
  remove_config(id: string | Record<string, any> | object, kwargs?: APIClient_remove_config_Args): any;
  /** Remove a config; returns true. */
  removeConfig(id: string | Record<string, any> | object, kwargs?: APIClient_remove_config_Args): any;
  /** List the swarm's services. */
  services(kwargs?: APIClient_services_Args): any;
  services(filters?: Record<string, any>, kwargs?: APIClient_services_Args): any;
  services(filters?: Record<string, any>, status?: boolean, kwargs?: APIClient_services_Args): any;
  /** Create a service; returns {ID, Warnings}. */
  create_service(taskTemplate: TaskTemplate | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  create_service(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, rollbackConfig?: RollbackConfig | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  /** Create a service; returns {ID, Warnings}. */
  createService(taskTemplate: TaskTemplate | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  createService(taskTemplate: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, rollbackConfig?: RollbackConfig | Record<string, any>, kwargs?: APIClient_create_service_Args): any;
  /** Inspect a service. */
  inspect_service(service: string | Record<string, any> | object, kwargs?: APIClient_inspect_service_Args): any;
  inspect_service(service: string | Record<string, any> | object, insertDefaults?: boolean, kwargs?: APIClient_inspect_service_Args): any;
  /** Inspect a service. */
  inspectService(service: string | Record<string, any> | object, kwargs?: APIClient_inspect_service_Args): any;
  inspectService(service: string | Record<string, any> | object, insertDefaults?: boolean, kwargs?: APIClient_inspect_service_Args): any;
  /** Update a service; returns {Warnings}. Without fetch_current_spec, what is not given is reset. */
  update_service(service: string | Record<string, any> | object, version: number, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, fetchCurrentSpec?: boolean, kwargs?: APIClient_update_service_Args): any;
  update_service(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, fetchCurrentSpec?: boolean, rollbackConfig?: RollbackConfig | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  /** Update a service; returns {Warnings}. Without fetch_current_spec, what is not given is reset. */
  updateService(service: string | Record<string, any> | object, version: number, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, fetchCurrentSpec?: boolean, kwargs?: APIClient_update_service_Args): any;
  updateService(service: string | Record<string, any> | object, version: number, taskTemplate?: TaskTemplate | Record<string, any>, name?: string, labels?: Record<string, string>, mode?: ServiceMode | Record<string, any> | string, updateConfig?: UpdateConfig | Record<string, any>, networks?: any[], endpointConfig?: Record<string, any>, endpointSpec?: EndpointSpec | Record<string, any>, fetchCurrentSpec?: boolean, rollbackConfig?: RollbackConfig | Record<string, any>, kwargs?: APIClient_update_service_Args): any;
  /** Remove a service and its tasks; returns true. */
  remove_service(service: string | Record<string, any> | object, kwargs?: APIClient_remove_service_Args): any;
  /** Remove a service and its tasks; returns true. */
  removeService(service: string | Record<string, any> | object, kwargs?: APIClient_remove_service_Args): any;
  /** The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr). */
  service_logs(service: string | Record<string, any> | object, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, tail?: string | number, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  service_logs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, tail?: string | number, isTty?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  /** The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr). */
  serviceLogs(service: string | Record<string, any> | object, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, tail?: string | number, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  serviceLogs(service: string | Record<string, any> | object, details?: boolean, follow?: boolean, stdout?: boolean, stderr?: boolean, since?: number | string | Date, timestamps?: boolean, tail?: string | number, isTty?: boolean, kwargs?: APIClient_service_logs_Args): DScriptIterator<any>;
  /** List the swarm's tasks. */
  tasks(kwargs?: APIClient_tasks_Args): any;
  tasks(filters?: Record<string, any>, kwargs?: APIClient_tasks_Args): any;
  /** Inspect a task. */
  inspect_task(task: string | Record<string, any> | object, kwargs?: APIClient_inspect_task_Args): any;
  /** Inspect a task. */
  inspectTask(task: string | Record<string, any> | object, kwargs?: APIClient_inspect_task_Args): any;
  /** Make this daemon the first manager of a new swarm; returns the node's ID. */
  init_swarm(kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  init_swarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, dataPathPort?: number, kwargs?: APIClient_init_swarm_Args): any;
  /** Make this daemon the first manager of a new swarm; returns the node's ID. */
  initSwarm(kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, kwargs?: APIClient_init_swarm_Args): any;
  initSwarm(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, swarmSpec?: SwarmSpec | Record<string, any>, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, dataPathPort?: number, kwargs?: APIClient_init_swarm_Args): any;
  /** Join this daemon to a swarm; returns true. */
  join_swarm(remoteAddrs: string[], joinToken: string, kwargs?: APIClient_join_swarm_Args): any;
  join_swarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  join_swarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  join_swarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, dataPathAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  /** Join this daemon to a swarm; returns true. */
  joinSwarm(remoteAddrs: string[], joinToken: string, kwargs?: APIClient_join_swarm_Args): any;
  joinSwarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  joinSwarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  joinSwarm(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, dataPathAddr?: string, kwargs?: APIClient_join_swarm_Args): any;
  /** Leave the swarm; returns true. */
  leave_swarm(kwargs?: APIClient_leave_swarm_Args): any;
  leave_swarm(force?: boolean, kwargs?: APIClient_leave_swarm_Args): any;
  /** Leave the swarm; returns true. */
  leaveSwarm(kwargs?: APIClient_leave_swarm_Args): any;
  leaveSwarm(force?: boolean, kwargs?: APIClient_leave_swarm_Args): any;
  /** Replace the swarm's spec, optionally rotating tokens or the unlock key; returns true. */
  update_swarm(version: number, kwargs?: APIClient_update_swarm_Args): any;
  update_swarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, kwargs?: APIClient_update_swarm_Args): any;
  update_swarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  update_swarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, rotateManagerToken?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  update_swarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, rotateManagerToken?: boolean, rotateManagerUnlockKey?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  /** Replace the swarm's spec, optionally rotating tokens or the unlock key; returns true. */
  updateSwarm(version: number, kwargs?: APIClient_update_swarm_Args): any;
  updateSwarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, kwargs?: APIClient_update_swarm_Args): any;
  updateSwarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  updateSwarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, rotateManagerToken?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  updateSwarm(version: number, swarmSpec?: SwarmSpec | Record<string, any>, rotateWorkerToken?: boolean, rotateManagerToken?: boolean, rotateManagerUnlockKey?: boolean, kwargs?: APIClient_update_swarm_Args): any;
  /** The swarm this daemon manages: {ID, Version, Spec, JoinTokens, ...}. */
  inspect_swarm(): any;
  /** The swarm this daemon manages: {ID, Version, Spec, JoinTokens, ...}. */
  inspectSwarm(): any;
  /** The key that unlocks a locked manager: {UnlockKey}. */
  get_unlock_key(): any;
  /** The key that unlocks a locked manager: {UnlockKey}. */
  getUnlockKey(): any;
  /** Unlock a manager locked after a restart; returns true. */
  unlock_swarm(key: string | Record<string, any>, kwargs?: APIClient_unlock_swarm_Args): any;
  /** Unlock a manager locked after a restart; returns true. */
  unlockSwarm(key: string | Record<string, any>, kwargs?: APIClient_unlock_swarm_Args): any;
  /** List the swarm's nodes. */
  nodes(kwargs?: APIClient_nodes_Args): any;
  nodes(filters?: Record<string, any>, kwargs?: APIClient_nodes_Args): any;
  /** Inspect a node. */
  inspect_node(nodeId: string | Record<string, any> | object, kwargs?: APIClient_inspect_node_Args): any;
  /** Inspect a node. */
  inspectNode(nodeId: string | Record<string, any> | object, kwargs?: APIClient_inspect_node_Args): any;
  /** Replace a node's spec; returns true. */
  update_node(nodeId: string | Record<string, any> | object, version: number, kwargs?: APIClient_update_node_Args): any;
  update_node(nodeId: string | Record<string, any> | object, version: number, nodeSpec?: Record<string, any>, kwargs?: APIClient_update_node_Args): any;
  /** Replace a node's spec; returns true. */
  updateNode(nodeId: string | Record<string, any> | object, version: number, kwargs?: APIClient_update_node_Args): any;
  updateNode(nodeId: string | Record<string, any> | object, version: number, nodeSpec?: Record<string, any>, kwargs?: APIClient_update_node_Args): any;
  /** Remove a node from the swarm; returns true. */
  remove_node(nodeId: string | Record<string, any> | object, kwargs?: APIClient_remove_node_Args): any;
  remove_node(nodeId: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_node_Args): any;
  /** Remove a node from the swarm; returns true. */
  removeNode(nodeId: string | Record<string, any> | object, kwargs?: APIClient_remove_node_Args): any;
  removeNode(nodeId: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_node_Args): any;
  /** Check that the daemon answers; returns true. */
  ping(): any;
  /** The daemon's version information. */
  version(kwargs?: APIClient_version_Args): any;
  version(apiVersion?: boolean, kwargs?: APIClient_version_Args): any;
  /** System-wide information about the daemon. */
  info(): any;
  /** Data usage: {LayersSize, Images, Containers, Volumes, BuildCache}. */
  df(): any;
  /** List volumes: {Volumes, Warnings}. */
  volumes(kwargs?: APIClient_volumes_Args): any;
  volumes(filters?: Record<string, any>, kwargs?: APIClient_volumes_Args): any;
  /** Create a volume; returns its inspect answer. */
  create_volume(kwargs?: APIClient_create_volume_Args): any;
  create_volume(name?: string, kwargs?: APIClient_create_volume_Args): any;
  create_volume(name?: string, driver?: string, kwargs?: APIClient_create_volume_Args): any;
  create_volume(name?: string, driver?: string, driverOpts?: Record<string, string>, kwargs?: APIClient_create_volume_Args): any;
  create_volume(name?: string, driver?: string, driverOpts?: Record<string, string>, labels?: Record<string, string>, kwargs?: APIClient_create_volume_Args): any;
  /** Create a volume; returns its inspect answer. */
  createVolume(kwargs?: APIClient_create_volume_Args): any;
  createVolume(name?: string, kwargs?: APIClient_create_volume_Args): any;
  createVolume(name?: string, driver?: string, kwargs?: APIClient_create_volume_Args): any;
  createVolume(name?: string, driver?: string, driverOpts?: Record<string, string>, kwargs?: APIClient_create_volume_Args): any;
  createVolume(name?: string, driver?: string, driverOpts?: Record<string, string>, labels?: Record<string, string>, kwargs?: APIClient_create_volume_Args): any;
  /** Remove a volume. */
  remove_volume(name: string | Record<string, any> | object, kwargs?: APIClient_remove_volume_Args): any;
  remove_volume(name: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_volume_Args): any;
  /** Remove a volume. */
  removeVolume(name: string | Record<string, any> | object, kwargs?: APIClient_remove_volume_Args): any;
  removeVolume(name: string | Record<string, any> | object, force?: boolean, kwargs?: APIClient_remove_volume_Args): any;
  /** Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}. */
  prune_volumes(kwargs?: APIClient_prune_volumes_Args): any;
  prune_volumes(filters?: Record<string, any>, kwargs?: APIClient_prune_volumes_Args): any;
  /** Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}. */
  pruneVolumes(kwargs?: APIClient_prune_volumes_Args): any;
  pruneVolumes(filters?: Record<string, any>, kwargs?: APIClient_prune_volumes_Args): any;
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
  /** The host bindings of a container port: a list of {HostIp, HostPort}, or nil. */
  port(container: string | Record<string, any> | object, privatePort: string | number, kwargs?: APIClient_port_Args): any;
  /** The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition. */
  archive_stat(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_archive_stat_Args): any;
  /** The stat of a path in a container (name, size, mode, mtime, linkTarget) without its contents; a dscript addition. */
  archiveStat(container: string | Record<string, any> | object, path: string, kwargs?: APIClient_archive_stat_Args): any;
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
  exec_inspect(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_inspect_Args): any;
  /** Inspect an exec instance: Running, ExitCode, ProcessConfig, ... */
  execInspect(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_inspect_Args): any;
  /** Resize the TTY of a running exec instance. */
  exec_resize(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_resize_Args): any;
  exec_resize(execId: string | Record<string, any> | object, height?: number, kwargs?: APIClient_exec_resize_Args): any;
  exec_resize(execId: string | Record<string, any> | object, height?: number, width?: number, kwargs?: APIClient_exec_resize_Args): any;
  /** Resize the TTY of a running exec instance. */
  execResize(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_resize_Args): any;
  execResize(execId: string | Record<string, any> | object, height?: number, kwargs?: APIClient_exec_resize_Args): any;
  execResize(execId: string | Record<string, any> | object, height?: number, width?: number, kwargs?: APIClient_exec_resize_Args): any;
  /** Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach). */
  exec_start(execId: string | Record<string, any> | object, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, detach: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, socket: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, socket: boolean, demux: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  exec_start(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any> | object, detach?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, kwargs?: APIClient_exec_start_Args): any;
  exec_start(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, demux?: boolean, kwargs?: APIClient_exec_start_Args): any;
  /** Start an exec instance; returns its output (a string, (stdout, stderr) with demux, an iterator with stream, a Socket with socket, "" with detach). */
  execStart(execId: string | Record<string, any> | object, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, detach: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, socket: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, detach: boolean, tty: boolean, stream: boolean, socket: boolean, demux: boolean, kwargs: APIClient_exec_start_Args & { stream: true }): DScriptIterator<any>;
  execStart(execId: string | Record<string, any> | object, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any> | object, detach?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, kwargs?: APIClient_exec_start_Args): any;
  execStart(execId: string | Record<string, any> | object, detach?: boolean, tty?: boolean, stream?: boolean, socket?: boolean, demux?: boolean, kwargs?: APIClient_exec_start_Args): any;
  /** Inspect an image. */
  inspect_image(image: string | Record<string, any> | object, kwargs?: APIClient_inspect_image_Args): any;
  /** Inspect an image. */
  inspectImage(image: string | Record<string, any> | object, kwargs?: APIClient_inspect_image_Args): any;
  /** List images as the daemon reports them. */
  images(kwargs?: APIClient_images_Args): any;
  images(name?: string, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, all?: boolean, kwargs?: APIClient_images_Args): any;
  images(name?: string, quiet?: boolean, all?: boolean, filters?: Record<string, any>, kwargs?: APIClient_images_Args): any;
  /** The image (with its tags and parents) as a tar archive: an iterator of chunks. */
  get_image(image: string | Record<string, any> | object, kwargs?: APIClient_get_image_Args): DScriptIterator<any>;
  get_image(image: string | Record<string, any> | object, chunkSize?: number, kwargs?: APIClient_get_image_Args): DScriptIterator<any>;
  /** The image (with its tags and parents) as a tar archive: an iterator of chunks. */
  getImage(image: string | Record<string, any> | object, kwargs?: APIClient_get_image_Args): DScriptIterator<any>;
  getImage(image: string | Record<string, any> | object, chunkSize?: number, kwargs?: APIClient_get_image_Args): DScriptIterator<any>;
  /** Load images from a tar archive (as save makes it); returns an iterator of the decoded progress messages. */
  load_image(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_load_image_Args): any;
  load_image(data: string | ArrayBuffer | Uint8Array | Iterable<any>, quiet?: boolean, kwargs?: APIClient_load_image_Args): any;
  /** Load images from a tar archive (as save makes it); returns an iterator of the decoded progress messages. */
  loadImage(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_load_image_Args): any;
  loadImage(data: string | ArrayBuffer | Uint8Array | Iterable<any>, quiet?: boolean, kwargs?: APIClient_load_image_Args): any;
  /** Pull an image; returns the progress text, or an iterator of the messages with stream. */
  pull(repository: string, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, stream: boolean, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, decode: boolean, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, decode: boolean, platform: string, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, tag: string, stream: boolean, authConfig: Record<string, any>, decode: boolean, platform: string, allTags: boolean, kwargs: APIClient_pull_Args & { stream: true }): DScriptIterator<any>;
  pull(repository: string, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, stream?: boolean, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, decode?: boolean, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, decode?: boolean, platform?: string, kwargs?: APIClient_pull_Args): any;
  pull(repository: string, tag?: string, stream?: boolean, authConfig?: Record<string, any>, decode?: boolean, platform?: string, allTags?: boolean, kwargs?: APIClient_pull_Args): any;
  /** The manifest descriptor and platforms of an image in its registry: {Descriptor, Platforms}. */
  inspect_distribution(image: string, kwargs?: APIClient_inspect_distribution_Args): any;
  inspect_distribution(image: string, authConfig?: Record<string, any>, kwargs?: APIClient_inspect_distribution_Args): any;
  /** The manifest descriptor and platforms of an image in its registry: {Descriptor, Platforms}. */
  inspectDistribution(image: string, kwargs?: APIClient_inspect_distribution_Args): any;
  inspectDistribution(image: string, authConfig?: Record<string, any>, kwargs?: APIClient_inspect_distribution_Args): any;
  /** Import an image from a URL, a file, tar data or another image; returns the daemon's answer text. */
  import_image(kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, changes?: string | any[], kwargs?: APIClient_import_image_Args): any;
  import_image(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, changes?: string | any[], streamSrc?: boolean, kwargs?: APIClient_import_image_Args): any;
  /** Import an image from a URL, a file, tar data or another image; returns the daemon's answer text. */
  importImage(kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, changes?: string | any[], kwargs?: APIClient_import_image_Args): any;
  importImage(src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, image?: string, changes?: string | any[], streamSrc?: boolean, kwargs?: APIClient_import_image_Args): any;
  /** Import an image from tar data; returns the daemon's answer text. */
  import_image_from_data(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_from_data_Args): any;
  import_image_from_data(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_from_data_Args): any;
  import_image_from_data(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_data_Args): any;
  import_image_from_data(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_data_Args): any;
  /** Import an image from tar data; returns the daemon's answer text. */
  importImageFromData(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_from_data_Args): any;
  importImageFromData(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_from_data_Args): any;
  importImageFromData(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_data_Args): any;
  importImageFromData(data: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_data_Args): any;
  /** Import an image from a tar file; returns the daemon's answer text. */
  import_image_from_file(filename: string, kwargs?: APIClient_import_image_from_file_Args): any;
  import_image_from_file(filename: string, repository?: string, kwargs?: APIClient_import_image_from_file_Args): any;
  import_image_from_file(filename: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_file_Args): any;
  import_image_from_file(filename: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_file_Args): any;
  /** Import an image from a tar file; returns the daemon's answer text. */
  importImageFromFile(filename: string, kwargs?: APIClient_import_image_from_file_Args): any;
  importImageFromFile(filename: string, repository?: string, kwargs?: APIClient_import_image_from_file_Args): any;
  importImageFromFile(filename: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_file_Args): any;
  importImageFromFile(filename: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_file_Args): any;
  /** Import an image from another image; returns the daemon's answer text. */
  import_image_from_image(image: string, kwargs?: APIClient_import_image_from_image_Args): any;
  import_image_from_image(image: string, repository?: string, kwargs?: APIClient_import_image_from_image_Args): any;
  import_image_from_image(image: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_image_Args): any;
  import_image_from_image(image: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_image_Args): any;
  /** Import an image from another image; returns the daemon's answer text. */
  importImageFromImage(image: string, kwargs?: APIClient_import_image_from_image_Args): any;
  importImageFromImage(image: string, repository?: string, kwargs?: APIClient_import_image_from_image_Args): any;
  importImageFromImage(image: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_image_Args): any;
  importImageFromImage(image: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_image_Args): any;
  /** Import an image from a stream of tar data; returns the daemon's answer text. */
  import_image_from_stream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_from_stream_Args): any;
  import_image_from_stream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_from_stream_Args): any;
  import_image_from_stream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_stream_Args): any;
  import_image_from_stream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_stream_Args): any;
  /** Import an image from a stream of tar data; returns the daemon's answer text. */
  importImageFromStream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: APIClient_import_image_from_stream_Args): any;
  importImageFromStream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, kwargs?: APIClient_import_image_from_stream_Args): any;
  importImageFromStream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_stream_Args): any;
  importImageFromStream(stream: string | ArrayBuffer | Uint8Array | Iterable<any>, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_stream_Args): any;
  /** Import an image from a URL the daemon downloads; returns the daemon's answer text. */
  import_image_from_url(url: string, kwargs?: APIClient_import_image_from_url_Args): any;
  import_image_from_url(url: string, repository?: string, kwargs?: APIClient_import_image_from_url_Args): any;
  import_image_from_url(url: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_url_Args): any;
  import_image_from_url(url: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_url_Args): any;
  /** Import an image from a URL the daemon downloads; returns the daemon's answer text. */
  importImageFromUrl(url: string, kwargs?: APIClient_import_image_from_url_Args): any;
  importImageFromUrl(url: string, repository?: string, kwargs?: APIClient_import_image_from_url_Args): any;
  importImageFromUrl(url: string, repository?: string, tag?: string, kwargs?: APIClient_import_image_from_url_Args): any;
  importImageFromUrl(url: string, repository?: string, tag?: string, changes?: string | any[], kwargs?: APIClient_import_image_from_url_Args): any;
  /** List networks as the daemon reports them. */
  networks(kwargs?: APIClient_networks_Args): any;
  networks(names?: string[], kwargs?: APIClient_networks_Args): any;
  networks(names?: string[], ids?: string[], kwargs?: APIClient_networks_Args): any;
  networks(names?: string[], ids?: string[], filters?: Record<string, any>, kwargs?: APIClient_networks_Args): any;
  /** Inspect a network. */
  inspect_network(netId: string | Record<string, any> | object, kwargs?: APIClient_inspect_network_Args): any;
  inspect_network(netId: string | Record<string, any> | object, verbose?: boolean, kwargs?: APIClient_inspect_network_Args): any;
  inspect_network(netId: string | Record<string, any> | object, verbose?: boolean, scope?: string, kwargs?: APIClient_inspect_network_Args): any;
  /** Inspect a network. */
  inspectNetwork(netId: string | Record<string, any> | object, kwargs?: APIClient_inspect_network_Args): any;
  inspectNetwork(netId: string | Record<string, any> | object, verbose?: boolean, kwargs?: APIClient_inspect_network_Args): any;
  inspectNetwork(netId: string | Record<string, any> | object, verbose?: boolean, scope?: string, kwargs?: APIClient_inspect_network_Args): any;
  /** Read the docker configuration (registry credentials) again, forgetting logins. */
  reload_config(kwargs?: APIClient_reload_config_Args): any;
  reload_config(dockercfgPath?: string, kwargs?: APIClient_reload_config_Args): any;
  /** Read the docker configuration (registry credentials) again, forgetting logins. */
  reloadConfig(kwargs?: APIClient_reload_config_Args): any;
  reloadConfig(dockercfgPath?: string, kwargs?: APIClient_reload_config_Args): any;
  /** A SwarmSpec for this client's API version (docker.types.SwarmSpec's parameters after version, plus external_ca). */
  create_swarm_spec(kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  create_swarm_spec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, logDriver?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  /** A SwarmSpec for this client's API version (docker.types.SwarmSpec's parameters after version, plus external_ca). */
  createSwarmSpec(kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  createSwarmSpec(taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, logDriver?: DriverConfig | Record<string, any>, kwargs?: APIClient_create_swarm_spec_Args): SwarmSpec;
  /** Inspect a volume. */
  inspect_volume(name: string | Record<string, any> | object, kwargs?: APIClient_inspect_volume_Args): any;
  /** Inspect a volume. */
  inspectVolume(name: string | Record<string, any> | object, kwargs?: APIClient_inspect_volume_Args): any;
}

/** Keyword arguments of APIClient.build. */
interface APIClient_build_Args {
  /** The context directory, or the URL of a Git repository or tar archive. */
  path?: string;
  /** A name for the image, "repo:tag". */
  tag?: string;
  /** Only the image ID in the output. */
  quiet?: boolean;
  /** A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks). */
  fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** Do not use the build cache. */
  nocache?: boolean;
  /** Remove intermediate containers after a successful build (docker-py's default is False). */
  rm?: boolean;
  /** Seconds the whole build may take. */
  timeout?: number;
  /** fileobj is the context's tar archive, not a Dockerfile. */
  custom_context?: boolean;
  /** fileobj is the context's tar archive, not a Dockerfile. */
  customContext?: boolean;
  /** Compression of a custom context ("gzip", "bzip2", "xz"; the daemon detects it). */
  encoding?: string;
  /** Pull newer versions of the FROM images. */
  pull?: boolean;
  /** Always remove intermediate containers, even after a failure. */
  forcerm?: boolean;
  /** Path of the Dockerfile, relative to path (it may lie outside the context). */
  dockerfile?: string;
  /** Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}. */
  container_limits?: Record<string, any>;
  /** Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}. */
  containerLimits?: Record<string, any>;
  /** Yield decoded dicts instead of JSON text. */
  decode?: boolean;
  /** Build-time variables: {NAME="value"}. */
  buildargs?: Record<string, any>;
  /** Compress the context with gzip while it is sent. */
  gzip?: boolean;
  /** Size of /dev/shm of the build containers, in bytes. */
  shmsize?: number;
  /** Labels of the image. */
  labels?: Record<string, any> | any[];
  /** Images used as cache sources. */
  cache_from?: string[];
  /** Images used as cache sources. */
  cacheFrom?: string[];
  /** The build stage to stop at. */
  target?: string;
  /** Network of the RUN steps: bridge, host, none or a network name. */
  network_mode?: string;
  /** Network of the RUN steps: bridge, host, none or a network name. */
  networkMode?: string;
  /** Squash the new layers into one (experimental daemons). */
  squash?: boolean;
  /** Extra /etc/hosts entries: {host="ip"} or {"host:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {host="ip"} or {"host:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Platform as os[/arch[/variant]]. */
  platform?: string;
  /** Isolation technology of the build containers. */
  isolation?: string;
  /** Pass the proxies of the docker config as build arguments. */
  use_config_proxy?: boolean;
  /** Pass the proxies of the docker config as build arguments. */
  useConfigProxy?: boolean;
}

/** Keyword arguments of APIClient.inspect_container. */
interface APIClient_inspect_container_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
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
  /** Seconds to wait before killing (default: the container's stop timeout, else 10). */
  timeout?: number;
}

/** Keyword arguments of APIClient.kill. */
interface APIClient_kill_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Signal to send, a name or a number (default SIGKILL). */
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

/** Keyword arguments of APIClient.prune_containers. */
interface APIClient_prune_containers_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
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
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
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

/** Keyword arguments of APIClient.events. */
interface APIClient_events_Args {
  /** Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m"). */
  since?: number | string | Date;
  /** End the stream at this time (same forms as since). */
  until?: number | string | Date;
  /** Filters such as {type="container", event={"start", "die"}, label="a=b"}. */
  filters?: Record<string, any>;
  /** Yield decoded dicts instead of JSON text. */
  decode?: boolean;
}

/** Keyword arguments of APIClient.remove_image. */
interface APIClient_remove_image_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
  /** Remove the image even if containers use it, and untag all its tags. */
  force?: boolean;
  /** Keep untagged parent images. */
  noprune?: boolean;
}

/** Keyword arguments of APIClient.history. */
interface APIClient_history_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.tag. */
interface APIClient_tag_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
  /** The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split). (required: by position or here) */
  repository?: string;
  /** The tag (default: the tag of repository, else "latest"). */
  tag?: string;
  /** Accepted as docker-py has it; daemons since API 1.25 always move an existing tag. */
  force?: boolean;
}

/** Keyword arguments of APIClient.search. */
interface APIClient_search_Args {
  /** The search term. (required: by position or here) */
  term?: string;
  /** At most this many results. */
  limit?: number;
}

/** Keyword arguments of APIClient.prune_images. */
interface APIClient_prune_images_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.prune_builds. */
interface APIClient_prune_builds_Args {
  /** Filters such as {until="24h"}. */
  filters?: Record<string, any>;
  /** Bytes of cache to keep. */
  keep_storage?: number;
  /** Bytes of cache to keep. */
  keepStorage?: number;
  /** Remove all unused cache, not only dangling entries. */
  all?: boolean;
}

/** Keyword arguments of APIClient.push. */
interface APIClient_push_Args {
  /** The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1". (required: by position or here) */
  repository?: string;
  /** The tag to push (default: the one of repository, else every tag). */
  tag?: string;
  /** Return an iterator of the progress messages. */
  stream?: boolean;
  /** Credentials for this push: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for this push: {username=..., password=...}. */
  authConfig?: Record<string, any>;
  /** Yield decoded dicts (with stream). */
  decode?: boolean;
}

/** Keyword arguments of APIClient.create_network. */
interface APIClient_create_network_Args {
  /** The network's name. (required: by position or here) */
  name?: string;
  /** The driver: bridge (default), overlay, macvlan, ... */
  driver?: string;
  /** Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}. */
  options?: Record<string, string>;
  /** The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments). */
  ipam?: IPAMConfig | Record<string, any>;
  /** Ask the daemon to refuse a second network of the same name. */
  check_duplicate?: boolean;
  /** Ask the daemon to refuse a second network of the same name. */
  checkDuplicate?: boolean;
  /** Restrict external access to the network. */
  internal?: boolean;
  /** Labels of the network. */
  labels?: Record<string, string>;
  /** Enable IPv6. */
  enable_ipv6?: boolean;
  /** Enable IPv6. */
  enableIpv6?: boolean;
  /** Let standalone containers attach to a swarm-scoped network. */
  attachable?: boolean;
  /** The network's scope: local, global or swarm. */
  scope?: string;
  /** Create the swarm's ingress (routing-mesh) network. */
  ingress?: boolean;
}

/** Keyword arguments of APIClient.remove_network. */
interface APIClient_remove_network_Args {
  /** The network: object, ID or name. (required: by position or here) */
  net_id?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  netId?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.connect_container_to_network. */
interface APIClient_connect_container_to_network_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  net_id?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  netId?: string | Record<string, any> | object;
  /** The container's IPv4 address on the network. */
  ipv4_address?: string;
  /** The container's IPv4 address on the network. */
  ipv4Address?: string;
  /** The container's IPv6 address on the network. */
  ipv6_address?: string;
  /** The container's IPv6 address on the network. */
  ipv6Address?: string;
  /** Names that reach the container on this network. */
  aliases?: string[];
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Link-local (IPv4/IPv6) addresses. */
  link_local_ips?: string[];
  /** Link-local (IPv4/IPv6) addresses. */
  linkLocalIps?: string[];
  /** Options for the network driver. */
  driver_opt?: Record<string, string>;
  /** Options for the network driver. */
  driverOpt?: Record<string, string>;
  /** The container's MAC address on the network. */
  mac_address?: string;
  /** The container's MAC address on the network. */
  macAddress?: string;
}

/** Keyword arguments of APIClient.disconnect_container_from_network. */
interface APIClient_disconnect_container_from_network_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  net_id?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  netId?: string | Record<string, any> | object;
  /** Disconnect even when the container is not running. */
  force?: boolean;
}

/** Keyword arguments of APIClient.prune_networks. */
interface APIClient_prune_networks_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_plugin. */
interface APIClient_inspect_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
}

/** Keyword arguments of APIClient.configure_plugin. */
interface APIClient_configure_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Settings: {KEY = value} or a list of "KEY=value". (required: by position or here) */
  options?: Record<string, any> | any[];
}

/** Keyword arguments of APIClient.create_plugin. */
interface APIClient_create_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Directory holding config.json and rootfs/. (required: by position or here) */
  plugin_data_dir?: string;
  /** Directory holding config.json and rootfs/. (required: by position or here) */
  pluginDataDir?: string;
  /** Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it). */
  gzip?: boolean;
}

/** Keyword arguments of APIClient.enable_plugin. */
interface APIClient_enable_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Seconds the daemon waits for the plugin (0: no limit). */
  timeout?: number;
}

/** Keyword arguments of APIClient.disable_plugin. */
interface APIClient_disable_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Even while in use (disable) or enabled (remove). */
  force?: boolean;
}

/** Keyword arguments of APIClient.pull_plugin. */
interface APIClient_pull_plugin_Args {
  /** The plugin's reference in its registry. (required: by position or here) */
  remote?: string;
  /** The privileges granted, as api.plugin_privileges returns them. (required: by position or here) */
  privileges?: any[];
  /** The local name (default: remote). */
  name?: string;
}

/** Keyword arguments of APIClient.push_plugin. */
interface APIClient_push_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
}

/** Keyword arguments of APIClient.remove_plugin. */
interface APIClient_remove_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Even while in use (disable) or enabled (remove). */
  force?: boolean;
}

/** Keyword arguments of APIClient.upgrade_plugin. */
interface APIClient_upgrade_plugin_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** The new version's reference in the registry. (required: by position or here) */
  remote?: string;
  /** The privileges granted, as api.plugin_privileges returns them. (required: by position or here) */
  privileges?: any[];
}

/** Keyword arguments of APIClient.plugin_privileges. */
interface APIClient_plugin_privileges_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
}

/** Keyword arguments of APIClient.login. */
interface APIClient_login_Args {
  /** The registry user name. (required: by position or here) */
  username?: string;
  /** The password (never shown in messages). */
  password?: string;
  /** The e-mail address of the account. */
  email?: string;
  /** The registry, e.g. "127.0.0.1:5000" (default: Docker Hub). */
  registry?: string;
  /** Log in again even when credentials for this user are known. */
  reauth?: boolean;
  /** Path of a docker config.json to read credentials from. */
  dockercfg_path?: string;
  /** Path of a docker config.json to read credentials from. */
  dockercfgPath?: string;
}

/** Keyword arguments of APIClient.secrets. */
interface APIClient_secrets_Args {
  /** Filters such as {service="web"}, {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.create_secret. */
interface APIClient_create_secret_Args {
  /** The secret's name. (required: by position or here) */
  name?: string;
  /** The secret's content: str or bytes. (required: by position or here) */
  data?: string | string | ArrayBuffer | Uint8Array;
  /** The secret's labels. */
  labels?: Record<string, string>;
  /** A secret store driver {Name, Options}. */
  driver?: DriverConfig | Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_secret. */
interface APIClient_inspect_secret_Args {
  /** The ID (or name), the model, or the {ID} dict create returns. (required: by position or here) */
  id?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.remove_secret. */
interface APIClient_remove_secret_Args {
  /** The ID (or name), the model, or the {ID} dict create returns. (required: by position or here) */
  id?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.configs. */
interface APIClient_configs_Args {
  /** Filters such as {service="web"}, {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.create_config. */
interface APIClient_create_config_Args {
  /** The config's name. (required: by position or here) */
  name?: string;
  /** The config's content: str or bytes. (required: by position or here) */
  data?: string | string | ArrayBuffer | Uint8Array;
  /** The config's labels. */
  labels?: Record<string, string>;
  /** A templating driver {Name, Options}, e.g. {Name="golang"}. */
  templating?: DriverConfig | Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_config. */
interface APIClient_inspect_config_Args {
  /** The ID (or name), the model, or the {ID} dict create returns. (required: by position or here) */
  id?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.remove_config. */
interface APIClient_remove_config_Args {
  /** The ID (or name), the model, or the {ID} dict create returns. (required: by position or here) */
  id?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.services. */
interface APIClient_services_Args {
  /** Filters such as {name="web"}, {label="a=b"}, {mode="replicated"}. */
  filters?: Record<string, any>;
  /** Include ServiceStatus (running and desired tasks). */
  status?: boolean;
}

/** Keyword arguments of APIClient.create_service. */
interface APIClient_create_service_Args {
  /** The task specification (docker.types.TaskTemplate). (required: by position or here) */
  task_template?: TaskTemplate | Record<string, any>;
  /** The task specification (docker.types.TaskTemplate). (required: by position or here) */
  taskTemplate?: TaskTemplate | Record<string, any>;
  /** The service's name. */
  name?: string;
  /** The service's labels. */
  labels?: Record<string, string>;
  /** A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica). */
  mode?: ServiceMode | Record<string, any> | string;
  /** How updates are made. */
  update_config?: UpdateConfig | Record<string, any>;
  /** How updates are made. */
  updateConfig?: UpdateConfig | Record<string, any>;
  /** Networks (deprecated: use the TaskTemplate's networks). */
  networks?: any[];
  /** Accepted and ignored, as docker-py does. */
  endpoint_config?: Record<string, any>;
  /** Accepted and ignored, as docker-py does. */
  endpointConfig?: Record<string, any>;
  /** Published ports and endpoint mode. */
  endpoint_spec?: EndpointSpec | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpointSpec?: EndpointSpec | Record<string, any>;
  /** How rollbacks are made. */
  rollback_config?: RollbackConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollbackConfig?: RollbackConfig | Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_service. */
interface APIClient_inspect_service_Args {
  /** The service: ID, name, Service or the {ID} dict create_service returns. (required: by position or here) */
  service?: string | Record<string, any> | object;
  /** Fill the spec's unset fields with their defaults. */
  insert_defaults?: boolean;
  /** Fill the spec's unset fields with their defaults. */
  insertDefaults?: boolean;
}

/** Keyword arguments of APIClient.update_service. */
interface APIClient_update_service_Args {
  /** The service: ID, name, Service or the {ID} dict create_service returns. (required: by position or here) */
  service?: string | Record<string, any> | object;
  /** The service's current Version.Index. (required: by position or here) */
  version?: number;
  /** Changes to the task specification (docker.types.TaskTemplate); ContainerSpec is merged key by key. */
  task_template?: TaskTemplate | Record<string, any>;
  /** Changes to the task specification (docker.types.TaskTemplate); ContainerSpec is merged key by key. */
  taskTemplate?: TaskTemplate | Record<string, any>;
  /** The service's name. */
  name?: string;
  /** The service's labels. */
  labels?: Record<string, string>;
  /** A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica). */
  mode?: ServiceMode | Record<string, any> | string;
  /** How updates are made. */
  update_config?: UpdateConfig | Record<string, any>;
  /** How updates are made. */
  updateConfig?: UpdateConfig | Record<string, any>;
  /** Networks (deprecated: use the TaskTemplate's networks). */
  networks?: any[];
  /** Accepted and ignored, as docker-py does. */
  endpoint_config?: Record<string, any>;
  /** Accepted and ignored, as docker-py does. */
  endpointConfig?: Record<string, any>;
  /** Published ports and endpoint mode. */
  endpoint_spec?: EndpointSpec | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpointSpec?: EndpointSpec | Record<string, any>;
  /** How rollbacks are made. */
  rollback_config?: RollbackConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollbackConfig?: RollbackConfig | Record<string, any>;
  /** Start from the current spec: what is not given is kept. */
  fetch_current_spec?: boolean;
  /** Start from the current spec: what is not given is kept. */
  fetchCurrentSpec?: boolean;
}

/** Keyword arguments of APIClient.remove_service. */
interface APIClient_remove_service_Args {
  /** The service: ID, name, Service or the {ID} dict create_service returns. (required: by position or here) */
  service?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.service_logs. */
interface APIClient_service_logs_Args {
  /** The service: ID, name, Service or the {ID} dict create_service returns. (required: by position or here) */
  service?: string | Record<string, any> | object;
  /** Add each line's details (labels, task). */
  details?: boolean;
  /** Keep streaming new output. */
  follow?: boolean;
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Only output after this time (Unix seconds, RFC 3339 or Date). */
  since?: number | string | Date;
  /** Prefix each line with its timestamp. */
  timestamps?: boolean;
  /** Lines from the end, or "all". */
  tail?: string | number;
  /** Whether the containers have a TTY (default: read from the service). */
  is_tty?: boolean;
  /** Whether the containers have a TTY (default: read from the service). */
  isTty?: boolean;
}

/** Keyword arguments of APIClient.tasks. */
interface APIClient_tasks_Args {
  /** Filters such as {service="web"}, {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_task. */
interface APIClient_inspect_task_Args {
  /** The task's ID. (required: by position or here) */
  task?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.init_swarm. */
interface APIClient_init_swarm_Args {
  /** Address other nodes reach this one at: an address, an interface name, optionally with a port. */
  advertise_addr?: string;
  /** Address other nodes reach this one at: an address, an interface name, optionally with a port. */
  advertiseAddr?: string;
  /** Address to listen on for the swarm's control plane. */
  listen_addr?: string;
  /** Address to listen on for the swarm's control plane. */
  listenAddr?: string;
  /** Make a new cluster from this node's state. */
  force_new_cluster?: boolean;
  /** Make a new cluster from this node's state. */
  forceNewCluster?: boolean;
  /** Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}). */
  default_addr_pool?: string[];
  /** Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}). */
  defaultAddrPool?: string[];
  /** Prefix length of each overlay network's subnet (default 24). */
  subnet_size?: number;
  /** Prefix length of each overlay network's subnet (default 24). */
  subnetSize?: number;
  /** Address for the overlay networks' data traffic. */
  data_path_addr?: string;
  /** Address for the overlay networks' data traffic. */
  dataPathAddr?: string;
  /** UDP port for the overlay networks' data traffic (default 4789). */
  data_path_port?: number;
  /** UDP port for the overlay networks' data traffic (default 4789). */
  dataPathPort?: number;
  /** The swarm's settings (api.create_swarm_spec). */
  swarm_spec?: SwarmSpec | Record<string, any>;
  /** The swarm's settings (api.create_swarm_spec). */
  swarmSpec?: SwarmSpec | Record<string, any>;
}

/** Keyword arguments of APIClient.join_swarm. */
interface APIClient_join_swarm_Args {
  /** Addresses of managers of the swarm. (required: by position or here) */
  remote_addrs?: string[];
  /** Addresses of managers of the swarm. (required: by position or here) */
  remoteAddrs?: string[];
  /** The worker or manager join token. (required: by position or here) */
  join_token?: string;
  /** The worker or manager join token. (required: by position or here) */
  joinToken?: string;
  /** Address to listen on for the swarm's control plane. */
  listen_addr?: string;
  /** Address to listen on for the swarm's control plane. */
  listenAddr?: string;
  /** Address other nodes reach this one at. */
  advertise_addr?: string;
  /** Address other nodes reach this one at. */
  advertiseAddr?: string;
  /** Address for the overlay networks' data traffic. */
  data_path_addr?: string;
  /** Address for the overlay networks' data traffic. */
  dataPathAddr?: string;
}

/** Keyword arguments of APIClient.leave_swarm. */
interface APIClient_leave_swarm_Args {
  /** Leave even as the last manager (the swarm's state is lost). */
  force?: boolean;
}

/** Keyword arguments of APIClient.update_swarm. */
interface APIClient_update_swarm_Args {
  /** The swarm's current Version.Index. (required: by position or here) */
  version?: number;
  /** The whole new spec (api.create_swarm_spec). */
  swarm_spec?: SwarmSpec | Record<string, any>;
  /** The whole new spec (api.create_swarm_spec). */
  swarmSpec?: SwarmSpec | Record<string, any>;
  /** Issue a new worker join token. */
  rotate_worker_token?: boolean;
  /** Issue a new worker join token. */
  rotateWorkerToken?: boolean;
  /** Issue a new manager join token. */
  rotate_manager_token?: boolean;
  /** Issue a new manager join token. */
  rotateManagerToken?: boolean;
  /** Issue a new unlock key. */
  rotate_manager_unlock_key?: boolean;
  /** Issue a new unlock key. */
  rotateManagerUnlockKey?: boolean;
}

/** Keyword arguments of APIClient.unlock_swarm. */
interface APIClient_unlock_swarm_Args {
  /** The unlock key, or the {UnlockKey} dict get_unlock_key returns. (required: by position or here) */
  key?: string | Record<string, any>;
}

/** Keyword arguments of APIClient.nodes. */
interface APIClient_nodes_Args {
  /** Filters such as {role="manager"}, {membership="accepted"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_node. */
interface APIClient_inspect_node_Args {
  /** The node: ID, host name or Node. (required: by position or here) */
  node_id?: string | Record<string, any> | object;
  /** The node: ID, host name or Node. (required: by position or here) */
  nodeId?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.update_node. */
interface APIClient_update_node_Args {
  /** The node: ID, host name or Node. (required: by position or here) */
  node_id?: string | Record<string, any> | object;
  /** The node: ID, host name or Node. (required: by position or here) */
  nodeId?: string | Record<string, any> | object;
  /** The node's current Version.Index. (required: by position or here) */
  version?: number;
  /** The whole new spec: {Role, Availability, Labels, Name}. */
  node_spec?: Record<string, any>;
  /** The whole new spec: {Role, Availability, Labels, Name}. */
  nodeSpec?: Record<string, any>;
}

/** Keyword arguments of APIClient.remove_node. */
interface APIClient_remove_node_Args {
  /** The node: ID, host name or Node. (required: by position or here) */
  node_id?: string | Record<string, any> | object;
  /** The node: ID, host name or Node. (required: by position or here) */
  nodeId?: string | Record<string, any> | object;
  /** Remove a node that is still up. */
  force?: boolean;
}

/** Keyword arguments of APIClient.version. */
interface APIClient_version_Args {
  /** Include the API version in the request path. */
  api_version?: boolean;
  /** Include the API version in the request path. */
  apiVersion?: boolean;
}

/** Keyword arguments of APIClient.volumes. */
interface APIClient_volumes_Args {
  /** Filters such as {name="data", dangling=true, label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.create_volume. */
interface APIClient_create_volume_Args {
  /** The volume's name (default: the daemon makes one up). */
  name?: string;
  /** The volume driver (default local). */
  driver?: string;
  /** Driver options, e.g. {type="tmpfs", device="tmpfs"}. */
  driver_opts?: Record<string, string>;
  /** Driver options, e.g. {type="tmpfs", device="tmpfs"}. */
  driverOpts?: Record<string, string>;
  /** Labels of the volume. */
  labels?: Record<string, string>;
}

/** Keyword arguments of APIClient.remove_volume. */
interface APIClient_remove_volume_Args {
  /** The volume: object or name. (required: by position or here) */
  name?: string | Record<string, any> | object;
  /** Also forget a volume its driver already removed. */
  force?: boolean;
}

/** Keyword arguments of APIClient.prune_volumes. */
interface APIClient_prune_volumes_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
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
  /** Only containers created after this ID or name. */
  since?: string;
  /** Only containers created before this ID or name. */
  before?: string;
  /** At most this many of the latest containers (-1: all). */
  limit?: number;
  /** Include sizes. */
  size?: boolean;
  /** Filters such as {status="running", label="app=web"}. */
  filters?: Record<string, any>;
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

/** Keyword arguments of APIClient.archive_stat. */
interface APIClient_archive_stat_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Path of the file or directory in the container. (required: by position or here) */
  path?: string;
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
  group_add?: string[] | number;
  /** Additional groups (names or IDs). */
  groupAdd?: string[] | number;
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
  group_add?: string[] | number;
  /** Additional groups (names or IDs). */
  groupAdd?: string[] | number;
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
  exec_id?: string | Record<string, any> | object;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any> | object;
}

/** Keyword arguments of APIClient.exec_resize. */
interface APIClient_exec_resize_Args {
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  exec_id?: string | Record<string, any> | object;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any> | object;
  /** Rows of the TTY. */
  height?: number;
  /** Columns of the TTY. */
  width?: number;
}

/** Keyword arguments of APIClient.exec_start. */
interface APIClient_exec_start_Args {
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  exec_id?: string | Record<string, any> | object;
  /** The exec instance: its ID, or the {Id} dict from exec_create. (required: by position or here) */
  execId?: string | Record<string, any> | object;
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

/** Keyword arguments of APIClient.inspect_image. */
interface APIClient_inspect_image_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
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

/** Keyword arguments of APIClient.get_image. */
interface APIClient_get_image_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
}

/** Keyword arguments of APIClient.load_image. */
interface APIClient_load_image_Args {
  /** The tar archive (as save makes it): str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** Only the "Loaded image" messages, no progress. */
  quiet?: boolean;
}

/** Keyword arguments of APIClient.pull. */
interface APIClient_pull_Args {
  /** The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1". (required: by position or here) */
  repository?: string;
  /** The tag or digest (default: the one of repository, else "latest"). */
  tag?: string;
  /** Return an iterator of the progress messages. */
  stream?: boolean;
  /** Credentials for this pull: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for this pull: {username=..., password=...}. */
  authConfig?: Record<string, any>;
  /** Yield decoded dicts (with stream). */
  decode?: boolean;
  /** Platform as os[/arch[/variant]]. */
  platform?: string;
  /** Pull every tag of the repository. */
  all_tags?: boolean;
  /** Pull every tag of the repository. */
  allTags?: boolean;
}

/** Keyword arguments of APIClient.inspect_distribution. */
interface APIClient_inspect_distribution_Args {
  /** The image name, e.g. "127.0.0.1:5000/app:v1". (required: by position or here) */
  image?: string;
  /** Credentials for the registry: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for the registry: {username=..., password=...}. */
  authConfig?: Record<string, any>;
}

/** Keyword arguments of APIClient.import_image. */
interface APIClient_import_image_Args {
  /** A URL or a file path (str), or the tar data (bytes or an iterator of chunks). */
  src?: string | string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** An image to import from instead of src. */
  image?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
  /** src is a stream (sent chunked, as every body is). */
  stream_src?: boolean;
  /** src is a stream (sent chunked, as every body is). */
  streamSrc?: boolean;
}

/** Keyword arguments of APIClient.import_image_from_data. */
interface APIClient_import_image_from_data_Args {
  /** The tar data: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
}

/** Keyword arguments of APIClient.import_image_from_file. */
interface APIClient_import_image_from_file_Args {
  /** Path of a tar archive (possibly compressed). (required: by position or here) */
  filename?: string;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
}

/** Keyword arguments of APIClient.import_image_from_image. */
interface APIClient_import_image_from_image_Args {
  /** The image to import from. (required: by position or here) */
  image?: string;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
}

/** Keyword arguments of APIClient.import_image_from_stream. */
interface APIClient_import_image_from_stream_Args {
  /** The tar data: an iterator of chunks, str or bytes. (required: by position or here) */
  stream?: string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
}

/** Keyword arguments of APIClient.import_image_from_url. */
interface APIClient_import_image_from_url_Args {
  /** URL of a tar archive the daemon downloads. (required: by position or here) */
  url?: string;
  /** The repository of the new image. */
  repository?: string;
  /** The tag of the new image (default "latest"). */
  tag?: string;
  /** Dockerfile instructions to apply, e.g. {"CMD [\"sh\"]"}. */
  changes?: string | any[];
}

/** Keyword arguments of APIClient.networks. */
interface APIClient_networks_Args {
  /** Only the networks of these names. */
  names?: string[];
  /** Only the networks of these IDs. */
  ids?: string[];
  /** Filters such as {driver="bridge", label="a=b", type="custom"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_network. */
interface APIClient_inspect_network_Args {
  /** The network: object, ID or name. (required: by position or here) */
  net_id?: string | Record<string, any> | object;
  /** The network: object, ID or name. (required: by position or here) */
  netId?: string | Record<string, any> | object;
  /** Add the service details across the cluster (swarm mode). */
  verbose?: boolean;
  /** Only a network of this scope: swarm, global or local. */
  scope?: string;
}

/** Keyword arguments of APIClient.reload_config. */
interface APIClient_reload_config_Args {
  /** Path of a docker config.json (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json). */
  dockercfg_path?: string;
  /** Path of a docker config.json (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json). */
  dockercfgPath?: string;
}

/** Keyword arguments of APIClient.create_swarm_spec. */
interface APIClient_create_swarm_spec_Args {
  /** Tasks kept in history per slot. */
  task_history_retention_limit?: number;
  /** Tasks kept in history per slot. */
  taskHistoryRetentionLimit?: number;
  /** Raft log entries between snapshots. */
  snapshot_interval?: number;
  /** Raft log entries between snapshots. */
  snapshotInterval?: number;
  /** Old snapshots kept. */
  keep_old_snapshots?: number;
  /** Old snapshots kept. */
  keepOldSnapshots?: number;
  /** Log entries kept for slow followers. */
  log_entries_for_slow_followers?: number;
  /** Log entries kept for slow followers. */
  logEntriesForSlowFollowers?: number;
  /** Ticks between heartbeats. */
  heartbeat_tick?: number;
  /** Ticks between heartbeats. */
  heartbeatTick?: number;
  /** Ticks before an election. */
  election_tick?: number;
  /** Ticks before an election. */
  electionTick?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcher_heartbeat_period?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcherHeartbeatPeriod?: number;
  /** Node certificates' lifetime in nanoseconds. */
  node_cert_expiry?: number;
  /** Node certificates' lifetime in nanoseconds. */
  nodeCertExpiry?: number;
  /** SwarmExternalCA values (or dicts). */
  external_cas?: any[];
  /** SwarmExternalCA values (or dicts). */
  externalCas?: any[];
  /** The swarm's name. */
  name?: string;
  /** The swarm's labels. */
  labels?: Record<string, string>;
  /** Root CA certificate (PEM). */
  signing_ca_cert?: string;
  /** Root CA certificate (PEM). */
  signingCaCert?: string;
  /** Root CA key (PEM). */
  signing_ca_key?: string;
  /** Root CA key (PEM). */
  signingCaKey?: string;
  /** A counter that forces a CA rotation when changed. */
  ca_force_rotate?: number;
  /** A counter that forces a CA rotation when changed. */
  caForceRotate?: number;
  /** Lock managers' keys with an unlock key. */
  autolock_managers?: boolean;
  /** Lock managers' keys with an unlock key. */
  autolockManagers?: boolean;
  /** Default logging driver of tasks. */
  log_driver?: DriverConfig | Record<string, any>;
  /** Default logging driver of tasks. */
  logDriver?: DriverConfig | Record<string, any>;
  /** One external CA (instead of external_cas). */
  external_ca?: SwarmExternalCA | Record<string, any>;
  /** One external CA (instead of external_cas). */
  externalCa?: SwarmExternalCA | Record<string, any>;
}

/** Keyword arguments of APIClient.inspect_volume. */
interface APIClient_inspect_volume_Args {
  /** The volume: object or name. (required: by position or here) */
  name?: string | Record<string, any> | object;
}

/** A swarm config (docker-py's Config model). */
interface Config {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The config's name. */
  readonly name: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Remove a config; returns true. */
  remove(): any;
}

/** The configs of the swarm (client.configs). */
interface ConfigCollection {
  /** Create a config (name, data, labels, templating); returns the Config. */
  create(kwargs?: ConfigCollection_create_Args): Config;
  /** Get a config by ID or name. */
  get(configId: string, kwargs?: ConfigCollection_get_Args): Config;
  /** List the swarm's configs as Config objects. */
  list(kwargs?: ConfigCollection_list_Args): Config[];
}

/** Keyword arguments of ConfigCollection.create. */
interface ConfigCollection_create_Args {
  /** The config's name. (required: by position or here) */
  name?: string;
  /** The config's content: str or bytes. (required: by position or here) */
  data?: string | string | ArrayBuffer | Uint8Array;
  /** The config's labels. */
  labels?: Record<string, string>;
  /** A templating driver {Name, Options}, e.g. {Name="golang"}. */
  templating?: DriverConfig | Record<string, any>;
}

/** Keyword arguments of ConfigCollection.get. */
interface ConfigCollection_get_Args {
  /** The config's ID or name. (required: by position or here) */
  config_id?: string;
  /** The config's ID or name. (required: by position or here) */
  configId?: string;
}

/** Keyword arguments of ConfigCollection.list. */
interface ConfigCollection_list_Args {
  /** Filters such as {service="web"}, {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** A config given to a service (docker.types.ConfigReference). */
interface ConfigReference {
}

/** A container (docker-py's Container model). */
interface Container {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The labels. */
  readonly labels: any;
  /** The container's name, without the leading slash. */
  readonly name: any;
  /** The status: created, running, exited, ... */
  readonly status: any;
  /** The container's Image. */
  readonly image: Image;
  /** The published ports: NetworkSettings.Ports, {["80/tcp"]={{HostIp=..., HostPort=...}}}. */
  readonly ports: any;
  /** The healthcheck status: starting, healthy, unhealthy, or "unknown" without a healthcheck. */
  readonly health: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Attach to a container's output: a string, (stdout, stderr) with demux, or an iterator with stream=true. */
  attach(kwargs: Container_attach_Args & { stream: true }): DScriptIterator<any>;
  attach(kwargs?: Container_attach_Args): any;
  /** Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks). */
  attach_socket(kwargs?: Container_attach_socket_Args): any;
  /** Attach to a container and return the connection as a Socket (read, write, close_write, close, chunks). */
  attachSocket(kwargs?: Container_attach_socket_Args): any;
  /** Commit the container to an image; returns the Image. */
  commit(kwargs?: Container_commit_Args): any;
  commit(repository?: string, kwargs?: Container_commit_Args): any;
  commit(repository?: string, tag?: string, kwargs?: Container_commit_Args): any;
  /** Changes to a container's filesystem: a list of {Path, Kind} (nil when none). */
  diff(): any;
  /** Run a command in the container; returns an ExecResult (exit_code, output). */
  exec_run(cmd: string | any[], kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], workdir?: string, kwargs?: Container_exec_run_Args): any;
  exec_run(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], workdir?: string, demux?: boolean, kwargs?: Container_exec_run_Args): any;
  /** Run a command in the container; returns an ExecResult (exit_code, output). */
  execRun(cmd: string | any[], kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], workdir?: string, kwargs?: Container_exec_run_Args): any;
  execRun(cmd: string | any[], stdout?: boolean, stderr?: boolean, stdin?: boolean, tty?: boolean, privileged?: boolean, user?: string, detach?: boolean, stream?: boolean, socket?: boolean, environment?: Record<string, any> | any[], workdir?: string, demux?: boolean, kwargs?: Container_exec_run_Args): any;
  /** A container's filesystem as a tar archive: an iterator of bytes chunks. */
  export(kwargs?: Container_export_Args): DScriptIterator<any>;
  export(chunkSize?: number, kwargs?: Container_export_Args): DScriptIterator<any>;
  /** A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict). */
  get_archive(path: string, kwargs?: Container_get_archive_Args): any;
  get_archive(path: string, chunkSize?: number, kwargs?: Container_get_archive_Args): any;
  get_archive(path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: Container_get_archive_Args): any;
  /** A file or directory of a container as a tar archive: (iterator of bytes chunks, stat dict). */
  getArchive(path: string, kwargs?: Container_get_archive_Args): any;
  getArchive(path: string, chunkSize?: number, kwargs?: Container_get_archive_Args): any;
  getArchive(path: string, chunkSize?: number, encodeStream?: boolean, kwargs?: Container_get_archive_Args): any;
  /** Kill a container or send it a signal. */
  kill(kwargs?: Container_kill_Args): any;
  kill(signal?: string | number, kwargs?: Container_kill_Args): any;
  /** A container's logs: a string, or an iterator of chunks with stream=true. */
  logs(kwargs: Container_logs_Args & { stream: true }): DScriptIterator<any>;
  logs(kwargs?: Container_logs_Args): any;
  /** Pause all processes of a container. */
  pause(): any;
  /** Extract a tar archive into a directory of a container; returns true. */
  put_archive(path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Container_put_archive_Args): any;
  /** Extract a tar archive into a directory of a container; returns true. */
  putArchive(path: string, data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: Container_put_archive_Args): any;
  /** Remove a container. */
  remove(kwargs?: Container_remove_Args): any;
  /** Rename a container. */
  rename(name: string, kwargs?: Container_rename_Args): any;
  /** Resize a container's TTY. */
  resize(height: number, width: number, kwargs?: Container_resize_Args): any;
  /** Restart a container (stop with timeout, then start). */
  restart(kwargs?: Container_restart_Args): any;
  /** Start a container. */
  start(): any;
  /** A container's resource usage: an iterator of JSON samples (dicts with decode=true), or one dict with stream=false. */
  stats(kwargs: Container_stats_Args & { stream: true }): DScriptIterator<any>;
  stats(kwargs?: Container_stats_Args): any;
  /** Stop a container (its stop signal, then SIGKILL after timeout). */
  stop(kwargs?: Container_stop_Args): any;
  /** The processes of a container: {Titles, Processes}. */
  top(kwargs?: Container_top_Args): any;
  /** Resume the processes of a paused container. */
  unpause(): any;
  /** Update a container's resource limits and restart policy; returns {Warnings}. */
  update(kwargs?: Container_update_Args): any;
  /** Block until a container stops; returns {StatusCode, Error}. */
  wait(kwargs?: Container_wait_Args): any;
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

/** Keyword arguments of Container.kill. */
interface Container_kill_Args {
  /** Signal to send, a name or a number (default SIGKILL). */
  signal?: string | number;
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

/** Keyword arguments of Container.put_archive. */
interface Container_put_archive_Args {
  /** Directory in the container to extract into (it must exist). (required: by position or here) */
  path?: string;
  /** The tar archive: str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
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

/** Keyword arguments of Container.restart. */
interface Container_restart_Args {
  /** Seconds to wait before killing. */
  timeout?: number;
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

/** Keyword arguments of Container.stop. */
interface Container_stop_Args {
  /** Seconds to wait before killing (default: the container's stop timeout, else 10). */
  timeout?: number;
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

/** Keyword arguments of Container.wait. */
interface Container_wait_Args {
  /** Seconds to wait at most. */
  timeout?: number;
  /** not-running (default), next-exit or removed. */
  condition?: string;
}

/** The containers of the daemon (client.containers). */
interface ContainerCollection {
  /** Create a container without starting it. */
  create(image: string, kwargs?: ContainerCollection_create_Args): Container;
  create(image: string, command?: string | any[], kwargs?: ContainerCollection_create_Args): Container;
  /** Get a container by ID or name. */
  get(containerId: string, kwargs?: ContainerCollection_get_Args): Container;
  /** List containers (running ones unless all=true). */
  list(kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, filters?: Record<string, any>, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, filters?: Record<string, any>, limit?: number, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, filters?: Record<string, any>, limit?: number, since?: string, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, filters?: Record<string, any>, limit?: number, since?: string, sparse?: boolean, kwargs?: ContainerCollection_list_Args): Container[];
  list(all?: boolean, before?: string, filters?: Record<string, any>, limit?: number, since?: string, sparse?: boolean, ignoreRemoved?: boolean, kwargs?: ContainerCollection_list_Args): Container[];
  /** Delete stopped containers; returns {ContainersDeleted, SpaceReclaimed}. */
  prune(kwargs?: ContainerCollection_prune_Args): any;
  prune(filters?: Record<string, any>, kwargs?: ContainerCollection_prune_Args): any;
  /** Run a container; returns its logs, or the Container with detach=true. */
  run(image: string, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, stderr?: boolean, kwargs?: ContainerCollection_run_Args): any;
  run(image: string, command?: string | any[], stdout?: boolean, stderr?: boolean, remove?: boolean, kwargs?: ContainerCollection_run_Args): any;
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
  group_add?: string[] | number;
  /** Additional groups (names or IDs). */
  groupAdd?: string[] | number;
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

/** Keyword arguments of ContainerCollection.get. */
interface ContainerCollection_get_Args {
  /** The container's ID or name. (required: by position or here) */
  container_id?: string;
  /** The container's ID or name. (required: by position or here) */
  containerId?: string;
}

/** Keyword arguments of ContainerCollection.list. */
interface ContainerCollection_list_Args {
  /** Include stopped containers. */
  all?: boolean;
  /** Only containers created before this ID or name. */
  before?: string;
  /** Filters such as {status="exited", label="app=web"}. */
  filters?: Record<string, any>;
  /** At most this many of the latest containers (-1: all). */
  limit?: number;
  /** Only containers created after this ID or name. */
  since?: string;
  /** Do not inspect the containers: attrs are the list's fields. */
  sparse?: boolean;
  /** Accepted as docker-py has it: the list never fails for a container removed meanwhile, as it inspects none; reading full attrs of one raises NotFound. */
  ignore_removed?: boolean;
  /** Accepted as docker-py has it: the list never fails for a container removed meanwhile, as it inspects none; reading full attrs of one raises NotFound. */
  ignoreRemoved?: boolean;
}

/** Keyword arguments of ContainerCollection.prune. */
interface ContainerCollection_prune_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
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
  group_add?: string[] | number;
  /** Additional groups (names or IDs). */
  groupAdd?: string[] | number;
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

/** The containers of a service's tasks (docker.types.ContainerSpec). */
interface ContainerSpec {
}

/** A docker CLI context: a named daemon endpoint and its TLS material (docker.context.Context). */
interface Context {
  /** The context's name. */
  readonly name: any;
  /** The context's name. */
  readonly Name: any;
  /** The daemon's address of the context's endpoint. */
  readonly Host: any;
  /** The orchestrator, or nil. */
  readonly Orchestrator: any;
  /** The endpoints: {name = {Host = ..., SkipTLSVerify = ...}}. */
  readonly endpoints: any;
  /** Name, Metadata and Endpoints, as meta.json holds them. */
  readonly Metadata: any;
  /** The TLSConfig of the context's endpoint, or nil. */
  readonly TLSConfig: TLSConfig;
  /** {TLSMaterial = {endpoint = {ca, cert, key file names}}}. */
  readonly TLSMaterial: any;
  /** {Storage = {MetadataPath = ..., TLSPath = ...}}. */
  readonly Storage: any;
  /** Where the metadata is stored ("IN MEMORY" until saved). */
  readonly meta_path: any;
  /** Where the metadata is stored ("IN MEMORY" until saved). */
  readonly metaPath: any;
  /** Where the TLS material is stored ("IN MEMORY" until saved). */
  readonly tls_path: any;
  /** Where the TLS material is stored ("IN MEMORY" until saved). */
  readonly tlsPath: any;
  /** Set an endpoint (saved by save()). */
  set_endpoint(kwargs?: Context_set_endpoint_Args): any;
  set_endpoint(name?: string, kwargs?: Context_set_endpoint_Args): any;
  set_endpoint(name?: string, host?: string, kwargs?: Context_set_endpoint_Args): any;
  set_endpoint(name?: string, host?: string, tlsCfg?: TLSConfig, kwargs?: Context_set_endpoint_Args): any;
  set_endpoint(name?: string, host?: string, tlsCfg?: TLSConfig, skipTlsVerify?: boolean, kwargs?: Context_set_endpoint_Args): any;
  set_endpoint(name?: string, host?: string, tlsCfg?: TLSConfig, skipTlsVerify?: boolean, defNamespace?: string, kwargs?: Context_set_endpoint_Args): any;
  /** Set an endpoint (saved by save()). */
  setEndpoint(kwargs?: Context_set_endpoint_Args): any;
  setEndpoint(name?: string, kwargs?: Context_set_endpoint_Args): any;
  setEndpoint(name?: string, host?: string, kwargs?: Context_set_endpoint_Args): any;
  setEndpoint(name?: string, host?: string, tlsCfg?: TLSConfig, kwargs?: Context_set_endpoint_Args): any;
  setEndpoint(name?: string, host?: string, tlsCfg?: TLSConfig, skipTlsVerify?: boolean, kwargs?: Context_set_endpoint_Args): any;
  setEndpoint(name?: string, host?: string, tlsCfg?: TLSConfig, skipTlsVerify?: boolean, defNamespace?: string, kwargs?: Context_set_endpoint_Args): any;
  /** Whether the context is a docker endpoint (it has no other Type). */
  is_docker_host(): any;
  /** Whether the context is a docker endpoint (it has no other Type). */
  isDockerHost(): any;
  /** The context as `docker context inspect` shows it. */
  inspect(): any;
  /** Write the context to the store. */
  save(): any;
  /** Remove the context from the store. */
  remove(): any;
}

/** Keyword arguments of Context.set_endpoint. */
interface Context_set_endpoint_Args {
  /** The endpoint's name. */
  name?: string;
  /** The daemon's address. */
  host?: string;
  /** TLS material for the endpoint. */
  tls_cfg?: TLSConfig;
  /** TLS material for the endpoint. */
  tlsCfg?: TLSConfig;
  /** Do not verify the daemon's certificate. */
  skip_tls_verify?: boolean;
  /** Do not verify the daemon's certificate. */
  skipTlsVerify?: boolean;
  /** The default namespace. */
  def_namespace?: string;
  /** The default namespace. */
  defNamespace?: string;
}

/** A service's resolver configuration (docker.types.DNSConfig). */
interface DNSConfig {
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
  /** The images collection. */
  readonly images: ImageCollection;
  /** The networks collection. */
  readonly networks: NetworkCollection;
  /** The volumes collection. */
  readonly volumes: VolumeCollection;
  /** The low-level API client. */
  readonly api: APIClient;
  /** The nodes collection. */
  readonly nodes: NodeCollection;
  /** The plugins collection. */
  readonly plugins: PluginCollection;
  /** The secrets collection. */
  readonly secrets: SecretCollection;
  /** The configs collection. */
  readonly configs: ConfigCollection;
  /** The services collection. */
  readonly services: ServiceCollection;
  /** The swarm the daemon belongs to (a Swarm, read from the daemon on each access). */
  readonly swarm: Swarm;
  /** Log in to a registry: checks the credentials with the daemon and keeps them for this client's pulls, pushes and builds. */
  login(username: string, kwargs?: DockerClient_login_Args): any;
  login(username: string, password?: string, kwargs?: DockerClient_login_Args): any;
  login(username: string, password?: string, email?: string, kwargs?: DockerClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, kwargs?: DockerClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, reauth?: boolean, kwargs?: DockerClient_login_Args): any;
  login(username: string, password?: string, email?: string, registry?: string, reauth?: boolean, dockercfgPath?: string, kwargs?: DockerClient_login_Args): any;
  /** Data usage: {LayersSize, Images, Containers, Volumes, BuildCache}. */
  df(): any;
  /** The daemon's events as they happen: an iterator of JSON text (dicts with decode=true); close() or leaving the loop ends it. */
  events(kwargs?: DockerClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, kwargs?: DockerClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, kwargs?: DockerClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, filters?: Record<string, any>, kwargs?: DockerClient_events_Args): DScriptIterator<any>;
  events(since?: number | string | Date, until?: number | string | Date, filters?: Record<string, any>, decode?: boolean, kwargs?: DockerClient_events_Args): DScriptIterator<any>;
  /** A new DockerClient configured from the environment, as docker.from_env(). */
  from_env(kwargs?: DockerClient_from_env_Args): any;
  /** A new DockerClient configured from the environment, as docker.from_env(). */
  fromEnv(kwargs?: DockerClient_from_env_Args): any;
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

/** Keyword arguments of DockerClient.login. */
interface DockerClient_login_Args {
  /** The registry user name. (required: by position or here) */
  username?: string;
  /** The password (never shown in messages). */
  password?: string;
  /** The e-mail address of the account. */
  email?: string;
  /** The registry, e.g. "127.0.0.1:5000" (default: Docker Hub). */
  registry?: string;
  /** Log in again even when credentials for this user are known. */
  reauth?: boolean;
  /** Path of a docker config.json to read credentials from. */
  dockercfg_path?: string;
  /** Path of a docker config.json to read credentials from. */
  dockercfgPath?: string;
}

/** Keyword arguments of DockerClient.events. */
interface DockerClient_events_Args {
  /** Replay the events from this time: Unix seconds, a Date, or a str the daemon reads (RFC 3339, "10m"). */
  since?: number | string | Date;
  /** End the stream at this time (same forms as since). */
  until?: number | string | Date;
  /** Filters such as {type="container", event={"start", "die"}, label="a=b"}. */
  filters?: Record<string, any>;
  /** Yield decoded dicts instead of JSON text. */
  decode?: boolean;
}

/** Keyword arguments of DockerClient.from_env. */
interface DockerClient_from_env_Args {
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** How many idle connections to keep for reuse (default 32). */
  max_pool_size?: number;
  /** How many idle connections to keep for reuse (default 32). */
  maxPoolSize?: number;
  /** Variables to read instead of the process environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION). */
  environment?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstore_env?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstoreEnv?: Record<string, any>;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  use_ssh_client?: boolean;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  useSshClient?: boolean;
}

/** Keyword arguments of DockerClient.version. */
interface DockerClient_version_Args {
  /** Include the API version in the request path. */
  api_version?: boolean;
  /** Include the API version in the request path. */
  apiVersion?: boolean;
}

/** A driver and its options (docker.types.DriverConfig). */
interface DriverConfig {
}

/** A network endpoint configuration (docker.types.EndpointConfig). */
interface EndpointConfig {
  /** Network-scoped aliases. */
  readonly aliases: Network;
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

/** A service's published ports (docker.types.EndpointSpec). */
interface EndpointSpec {
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

/** The IP address management of a network (docker.types.IPAMConfig). */
interface IPAMConfig {
  /** The IPAM driver. */
  readonly driver: any;
  /** The address pools. */
  readonly pool_configs: any;
  /** The address pools. */
  readonly poolConfigs: any;
  /** Driver options. */
  readonly options: any;
}

/** An address pool of an IPAMConfig (docker.types.IPAMPool). */
interface IPAMPool {
  /** The subnet. */
  readonly subnet: any;
  /** The range endpoints get addresses from. */
  readonly iprange: any;
  /** The gateway's address. */
  readonly gateway: any;
  /** Reserved addresses. */
  readonly aux_addresses: any;
  /** Reserved addresses. */
  readonly auxAddresses: any;
}

/** An image (docker-py's Image model). */
interface Image {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The labels. */
  readonly labels: any;
  /** The image's tags ("name:tag"). */
  readonly tags: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** The layers of an image, newest first. */
  history(): any;
  /** Remove an image; returns the list of {Untagged} and {Deleted} entries. */
  remove(kwargs?: Image_remove_Args): any;
  remove(force?: boolean, kwargs?: Image_remove_Args): any;
  remove(force?: boolean, noprune?: boolean, kwargs?: Image_remove_Args): any;
  /** The image as a tar archive (docker save): an iterator of chunks. */
  save(kwargs?: Image_save_Args): DScriptIterator<any>;
  save(chunkSize?: number, kwargs?: Image_save_Args): DScriptIterator<any>;
  save(chunkSize?: number, named?: boolean | string, kwargs?: Image_save_Args): DScriptIterator<any>;
  /** Tag an image into a repository; returns true. */
  tag(repository: string, kwargs?: Image_tag_Args): any;
  tag(repository: string, tag?: string, kwargs?: Image_tag_Args): any;
}

/** Keyword arguments of Image.remove. */
interface Image_remove_Args {
  /** Remove the image even if containers use it, and untag all its tags. */
  force?: boolean;
  /** Keep untagged parent images. */
  noprune?: boolean;
}

/** Keyword arguments of Image.save. */
interface Image_save_Args {
  /** Bytes per chunk of the iterator. */
  chunk_size?: number;
  /** Bytes per chunk of the iterator. */
  chunkSize?: number;
  /** true: name the archive's image by its first tag; a str: by that tag (one of tags). */
  named?: boolean | string;
}

/** Keyword arguments of Image.tag. */
interface Image_tag_Args {
  /** The repository to tag into, e.g. "127.0.0.1:5000/app" (a "repo:tag" is split). (required: by position or here) */
  repository?: string;
  /** The tag (default: the tag of repository, else "latest"). */
  tag?: string;
  /** Accepted as docker-py has it; daemons since API 1.25 always move an existing tag. */
  force?: boolean;
}

/** The images of the daemon (client.images). */
interface ImageCollection {
  /** Build an image; returns the Image and an iterator of the decoded build messages. Raises BuildError (msg, build_log) when the build fails. */
  build(kwargs?: ImageCollection_build_Args): any;
  /** Not supported, as in docker-py: images come from build, pull, import_image or load. */
  create(kwargs?: ImageCollection_create_Args): Image;
  create(attrs?: Record<string, any>, kwargs?: ImageCollection_create_Args): Image;
  /** Get an image by name or ID. */
  get(name: string, kwargs?: ImageCollection_get_Args): Image;
  /** The registry's data of an image (its digest and platforms), without pulling it. */
  get_registry_data(name: string, kwargs?: ImageCollection_get_registry_data_Args): any;
  get_registry_data(name: string, authConfig?: Record<string, any>, kwargs?: ImageCollection_get_registry_data_Args): any;
  /** The registry's data of an image (its digest and platforms), without pulling it. */
  getRegistryData(name: string, kwargs?: ImageCollection_get_registry_data_Args): any;
  getRegistryData(name: string, authConfig?: Record<string, any>, kwargs?: ImageCollection_get_registry_data_Args): any;
  /** List images. */
  list(kwargs?: ImageCollection_list_Args): Image[];
  list(name?: string, kwargs?: ImageCollection_list_Args): Image[];
  list(name?: string, all?: boolean, kwargs?: ImageCollection_list_Args): Image[];
  list(name?: string, all?: boolean, filters?: Record<string, any>, kwargs?: ImageCollection_list_Args): Image[];
  /** Load images from a tar archive (as save makes it); returns the loaded images. */
  load(data: string | ArrayBuffer | Uint8Array | Iterable<any>, kwargs?: ImageCollection_load_Args): any;
  /** Delete unused images; returns {ImagesDeleted, SpaceReclaimed}. */
  prune(kwargs?: ImageCollection_prune_Args): any;
  prune(filters?: Record<string, any>, kwargs?: ImageCollection_prune_Args): any;
  /** Delete build cache; returns {CachesDeleted, SpaceReclaimed}. */
  prune_builds(kwargs?: ImageCollection_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, kwargs?: ImageCollection_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, keepStorage?: number, kwargs?: ImageCollection_prune_builds_Args): any;
  prune_builds(filters?: Record<string, any>, keepStorage?: number, all?: boolean, kwargs?: ImageCollection_prune_builds_Args): any;
  /** Delete build cache; returns {CachesDeleted, SpaceReclaimed}. */
  pruneBuilds(kwargs?: ImageCollection_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, kwargs?: ImageCollection_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, keepStorage?: number, kwargs?: ImageCollection_prune_builds_Args): any;
  pruneBuilds(filters?: Record<string, any>, keepStorage?: number, all?: boolean, kwargs?: ImageCollection_prune_builds_Args): any;
  /** Pull an image; returns the Image, or with all_tags the list of the repository's images. */
  pull(repository: string, kwargs?: ImageCollection_pull_Args): any;
  pull(repository: string, tag?: string, kwargs?: ImageCollection_pull_Args): any;
  pull(repository: string, tag?: string, allTags?: boolean, kwargs?: ImageCollection_pull_Args): any;
  /** Push an image or a repository to its registry; returns the progress text, or an iterator of the messages with stream. */
  push(repository: string, kwargs: ImageCollection_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, tag: string, kwargs: ImageCollection_push_Args & { stream: true }): DScriptIterator<any>;
  push(repository: string, kwargs?: ImageCollection_push_Args): any;
  push(repository: string, tag?: string, kwargs?: ImageCollection_push_Args): any;
  /** Remove an image; returns the list of {Untagged} and {Deleted} entries. */
  remove(image: string | Record<string, any> | object, kwargs?: ImageCollection_remove_Args): any;
  remove(image: string | Record<string, any> | object, force?: boolean, kwargs?: ImageCollection_remove_Args): any;
  remove(image: string | Record<string, any> | object, force?: boolean, noprune?: boolean, kwargs?: ImageCollection_remove_Args): any;
  /** Search the registry index (Docker Hub) for images: a list of {name, description, star_count, is_official, is_automated}. */
  search(term: string, kwargs?: ImageCollection_search_Args): any;
  search(term: string, limit?: number, kwargs?: ImageCollection_search_Args): any;
}

/** Keyword arguments of ImageCollection.build. */
interface ImageCollection_build_Args {
  /** The context directory, or the URL of a Git repository or tar archive. */
  path?: string;
  /** A name for the image, "repo:tag". */
  tag?: string;
  /** Only the image ID in the output. */
  quiet?: boolean;
  /** A Dockerfile (str or bytes), or with custom_context the context's tar archive (bytes or an iterator of chunks). */
  fileobj?: string | ArrayBuffer | Uint8Array | Iterable<any>;
  /** Do not use the build cache. */
  nocache?: boolean;
  /** Remove intermediate containers after a successful build (docker-py's default is False). */
  rm?: boolean;
  /** Seconds the whole build may take. */
  timeout?: number;
  /** fileobj is the context's tar archive, not a Dockerfile. */
  custom_context?: boolean;
  /** fileobj is the context's tar archive, not a Dockerfile. */
  customContext?: boolean;
  /** Compression of a custom context ("gzip", "bzip2", "xz"; the daemon detects it). */
  encoding?: string;
  /** Pull newer versions of the FROM images. */
  pull?: boolean;
  /** Always remove intermediate containers, even after a failure. */
  forcerm?: boolean;
  /** Path of the Dockerfile, relative to path (it may lie outside the context). */
  dockerfile?: string;
  /** Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}. */
  container_limits?: Record<string, any>;
  /** Limits of the build containers: {memory, memswap, cpushares, cpusetcpus}. */
  containerLimits?: Record<string, any>;
  /** Yield decoded dicts instead of JSON text. */
  decode?: boolean;
  /** Build-time variables: {NAME="value"}. */
  buildargs?: Record<string, any>;
  /** Compress the context with gzip while it is sent. */
  gzip?: boolean;
  /** Size of /dev/shm of the build containers, in bytes. */
  shmsize?: number;
  /** Labels of the image. */
  labels?: Record<string, any> | any[];
  /** Images used as cache sources. */
  cache_from?: string[];
  /** Images used as cache sources. */
  cacheFrom?: string[];
  /** The build stage to stop at. */
  target?: string;
  /** Network of the RUN steps: bridge, host, none or a network name. */
  network_mode?: string;
  /** Network of the RUN steps: bridge, host, none or a network name. */
  networkMode?: string;
  /** Squash the new layers into one (experimental daemons). */
  squash?: boolean;
  /** Extra /etc/hosts entries: {host="ip"} or {"host:ip"}. */
  extra_hosts?: Record<string, any> | any[];
  /** Extra /etc/hosts entries: {host="ip"} or {"host:ip"}. */
  extraHosts?: Record<string, any> | any[];
  /** Platform as os[/arch[/variant]]. */
  platform?: string;
  /** Isolation technology of the build containers. */
  isolation?: string;
  /** Pass the proxies of the docker config as build arguments. */
  use_config_proxy?: boolean;
  /** Pass the proxies of the docker config as build arguments. */
  useConfigProxy?: boolean;
}

/** Keyword arguments of ImageCollection.create. */
interface ImageCollection_create_Args {
  /** Not used. */
  attrs?: Record<string, any>;
}

/** Keyword arguments of ImageCollection.get. */
interface ImageCollection_get_Args {
  /** The image's name or ID. (required: by position or here) */
  name?: string;
}

/** Keyword arguments of ImageCollection.get_registry_data. */
interface ImageCollection_get_registry_data_Args {
  /** The image name, e.g. "127.0.0.1:5000/app:v1". (required: by position or here) */
  name?: string;
  /** Credentials for the registry: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for the registry: {username=..., password=...}. */
  authConfig?: Record<string, any>;
}

/** Keyword arguments of ImageCollection.list. */
interface ImageCollection_list_Args {
  /** Only images of this repository. */
  name?: string;
  /** Include intermediate images. */
  all?: boolean;
  /** Filters such as {dangling=true, label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of ImageCollection.load. */
interface ImageCollection_load_Args {
  /** The tar archive (as save makes it): str, bytes or an iterator of chunks. (required: by position or here) */
  data?: string | ArrayBuffer | Uint8Array | Iterable<any>;
}

/** Keyword arguments of ImageCollection.prune. */
interface ImageCollection_prune_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of ImageCollection.prune_builds. */
interface ImageCollection_prune_builds_Args {
  /** Filters such as {until="24h"}. */
  filters?: Record<string, any>;
  /** Bytes of cache to keep. */
  keep_storage?: number;
  /** Bytes of cache to keep. */
  keepStorage?: number;
  /** Remove all unused cache, not only dangling entries. */
  all?: boolean;
}

/** Keyword arguments of ImageCollection.pull. */
interface ImageCollection_pull_Args {
  /** The repository, e.g. "busybox" or "127.0.0.1:5000/app:v1". (required: by position or here) */
  repository?: string;
  /** The tag or digest (default: the one of repository, else "latest"). */
  tag?: string;
  /** Pull every tag; returns the list of the repository's images. */
  all_tags?: boolean;
  /** Pull every tag; returns the list of the repository's images. */
  allTags?: boolean;
  /** Credentials for this pull: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for this pull: {username=..., password=...}. */
  authConfig?: Record<string, any>;
  /** Platform as os[/arch[/variant]]. */
  platform?: string;
}

/** Keyword arguments of ImageCollection.push. */
interface ImageCollection_push_Args {
  /** The repository, e.g. "127.0.0.1:5000/app" or "127.0.0.1:5000/app:v1". (required: by position or here) */
  repository?: string;
  /** The tag to push (default: the one of repository, else every tag). */
  tag?: string;
  /** Return an iterator of the progress messages. */
  stream?: boolean;
  /** Credentials for this push: {username=..., password=...}. */
  auth_config?: Record<string, any>;
  /** Credentials for this push: {username=..., password=...}. */
  authConfig?: Record<string, any>;
  /** Yield decoded dicts (with stream). */
  decode?: boolean;
}

/** Keyword arguments of ImageCollection.remove. */
interface ImageCollection_remove_Args {
  /** The image: object, ID or name. (required: by position or here) */
  image?: string | Record<string, any> | object;
  /** Remove the image even if containers use it, and untag all its tags. */
  force?: boolean;
  /** Keep untagged parent images. */
  noprune?: boolean;
}

/** Keyword arguments of ImageCollection.search. */
interface ImageCollection_search_Args {
  /** The search term. (required: by position or here) */
  term?: string;
  /** At most this many results. */
  limit?: number;
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
  readonly source: Volume;
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
  readonly driver_config: Volume;
  /** Volume driver {Name, Options}. */
  readonly driverConfig: Volume;
  /** Size of the tmpfs in bytes. */
  readonly tmpfs_size: any;
  /** Size of the tmpfs in bytes. */
  readonly tmpfsSize: any;
  /** Permission bits of the tmpfs. */
  readonly tmpfs_mode: any;
  /** Permission bits of the tmpfs. */
  readonly tmpfsMode: any;
}

/** A network (docker-py's Network model). */
interface Network {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The network's name. */
  readonly name: any;
  /** The containers connected to the network, as Container objects. */
  readonly containers: Container;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Connect a container to this network. */
  connect(container: string | Record<string, any> | object, kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, kwargs?: Network_connect_Args): any;
  connect(container: string | Record<string, any> | object, ipv4Address?: string, ipv6Address?: string, aliases?: string[], links?: Record<string, any> | any[], linkLocalIps?: string[], driverOpt?: Record<string, string>, macAddress?: string, kwargs?: Network_connect_Args): any;
  /** Disconnect a container from this network. */
  disconnect(container: string | Record<string, any> | object, kwargs?: Network_disconnect_Args): any;
  disconnect(container: string | Record<string, any> | object, force?: boolean, kwargs?: Network_disconnect_Args): any;
  /** Remove this network. */
  remove(): any;
}

/** Keyword arguments of Network.connect. */
interface Network_connect_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** The container's IPv4 address on the network. */
  ipv4_address?: string;
  /** The container's IPv4 address on the network. */
  ipv4Address?: string;
  /** The container's IPv6 address on the network. */
  ipv6_address?: string;
  /** The container's IPv6 address on the network. */
  ipv6Address?: string;
  /** Names that reach the container on this network. */
  aliases?: string[];
  /** Links: {container = alias} or a list of (container, alias). */
  links?: Record<string, any> | any[];
  /** Link-local (IPv4/IPv6) addresses. */
  link_local_ips?: string[];
  /** Link-local (IPv4/IPv6) addresses. */
  linkLocalIps?: string[];
  /** Options for the network driver. */
  driver_opt?: Record<string, string>;
  /** Options for the network driver. */
  driverOpt?: Record<string, string>;
  /** The container's MAC address on the network. */
  mac_address?: string;
  /** The container's MAC address on the network. */
  macAddress?: string;
}

/** Keyword arguments of Network.disconnect. */
interface Network_disconnect_Args {
  /** The container: object, ID, name or the {Id} dict from create_container. (required: by position or here) */
  container?: string | Record<string, any> | object;
  /** Disconnect even when the container is not running. */
  force?: boolean;
}

/** A network a service attaches to (docker.types.NetworkAttachmentConfig). */
interface NetworkAttachmentConfig {
}

/** The networks of the daemon (client.networks). */
interface NetworkCollection {
  /** Create a network; returns the Network. */
  create(name: string, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, kwargs?: NetworkCollection_create_Args): Network;
  create(name: string, driver?: string, options?: Record<string, string>, ipam?: IPAMConfig | Record<string, any>, checkDuplicate?: boolean, internal?: boolean, labels?: Record<string, string>, enableIpv6?: boolean, attachable?: boolean, scope?: string, ingress?: boolean, kwargs?: NetworkCollection_create_Args): Network;
  /** Get a network by ID or name. */
  get(networkId: string, kwargs?: NetworkCollection_get_Args): Network;
  get(networkId: string, verbose?: boolean, kwargs?: NetworkCollection_get_Args): Network;
  get(networkId: string, verbose?: boolean, scope?: string, kwargs?: NetworkCollection_get_Args): Network;
  /** List networks. */
  list(kwargs?: NetworkCollection_list_Args): Network[];
  list(names?: string[], kwargs?: NetworkCollection_list_Args): Network[];
  list(names?: string[], ids?: string[], kwargs?: NetworkCollection_list_Args): Network[];
  list(names?: string[], ids?: string[], filters?: Record<string, any>, kwargs?: NetworkCollection_list_Args): Network[];
  /** Delete unused networks; returns {NetworksDeleted}. */
  prune(kwargs?: NetworkCollection_prune_Args): any;
  prune(filters?: Record<string, any>, kwargs?: NetworkCollection_prune_Args): any;
}

/** Keyword arguments of NetworkCollection.create. */
interface NetworkCollection_create_Args {
  /** The network's name. (required: by position or here) */
  name?: string;
  /** The driver: bridge (default), overlay, macvlan, ... */
  driver?: string;
  /** Driver options, e.g. {["com.docker.network.bridge.name"]="br0"}. */
  options?: Record<string, string>;
  /** The IP scheme: a docker.types.IPAMConfig (or a dict of its arguments). */
  ipam?: IPAMConfig | Record<string, any>;
  /** Ask the daemon to refuse a second network of the same name. */
  check_duplicate?: boolean;
  /** Ask the daemon to refuse a second network of the same name. */
  checkDuplicate?: boolean;
  /** Restrict external access to the network. */
  internal?: boolean;
  /** Labels of the network. */
  labels?: Record<string, string>;
  /** Enable IPv6. */
  enable_ipv6?: boolean;
  /** Enable IPv6. */
  enableIpv6?: boolean;
  /** Let standalone containers attach to a swarm-scoped network. */
  attachable?: boolean;
  /** The network's scope: local, global or swarm. */
  scope?: string;
  /** Create the swarm's ingress (routing-mesh) network. */
  ingress?: boolean;
}

/** Keyword arguments of NetworkCollection.get. */
interface NetworkCollection_get_Args {
  /** The network's ID or name. (required: by position or here) */
  network_id?: string;
  /** The network's ID or name. (required: by position or here) */
  networkId?: string;
  /** Add the service details across the cluster (swarm mode). */
  verbose?: boolean;
  /** Only a network of this scope: swarm, global or local. */
  scope?: string;
}

/** Keyword arguments of NetworkCollection.list. */
interface NetworkCollection_list_Args {
  /** Only the networks of these names. */
  names?: string[];
  /** Only the networks of these IDs. */
  ids?: string[];
  /** Filters such as {driver="bridge", label="a=b", type="custom"}. */
  filters?: Record<string, any>;
  /** Inspect each network at once (attrs then include the containers). */
  greedy?: boolean;
}

/** Keyword arguments of NetworkCollection.prune. */
interface NetworkCollection_prune_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** A node of the swarm (docker-py's Node model). */
interface Node {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The labels. */
  readonly labels: any;
  /** The node's Version.Index, which update needs. */
  readonly version: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Replace the node's spec ({Role, Availability, Labels, Name}); returns true. */
  update(nodeSpec: Record<string, any>, kwargs?: Node_update_Args): any;
  /** Remove a node from the swarm; returns true. */
  remove(kwargs?: Node_remove_Args): any;
  remove(force?: boolean, kwargs?: Node_remove_Args): any;
}

/** Keyword arguments of Node.update. */
interface Node_update_Args {
  /** The whole new spec: {Role, Availability, Labels, Name}. (required: by position or here) */
  node_spec?: Record<string, any>;
  /** The whole new spec: {Role, Availability, Labels, Name}. (required: by position or here) */
  nodeSpec?: Record<string, any>;
}

/** Keyword arguments of Node.remove. */
interface Node_remove_Args {
  /** Remove a node that is still up. */
  force?: boolean;
}

/** The nodes of the swarm (client.nodes). */
interface NodeCollection {
  /** Get a node by ID or host name. */
  get(nodeId: string, kwargs?: NodeCollection_get_Args): Node;
  /** List the swarm's nodes as Node objects. */
  list(kwargs?: NodeCollection_list_Args): Node[];
  list(filters?: Record<string, any>, kwargs?: NodeCollection_list_Args): Node[];
  /** Not supported: nodes join a swarm (Swarm.join). */
  create(kwargs?: NodeCollection_create_Args): Node;
  create(attrs?: Record<string, any>, kwargs?: NodeCollection_create_Args): Node;
}

/** Keyword arguments of NodeCollection.get. */
interface NodeCollection_get_Args {
  /** The node's ID or host name. (required: by position or here) */
  node_id?: string;
  /** The node's ID or host name. (required: by position or here) */
  nodeId?: string;
}

/** Keyword arguments of NodeCollection.list. */
interface NodeCollection_list_Args {
  /** Filters such as {role="manager"}, {membership="accepted"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of NodeCollection.create. */
interface NodeCollection_create_Args {
  /** Not used. */
  attrs?: Record<string, any>;
}

/** Where a service's tasks run (docker.types.Placement). */
interface Placement {
}

/** A placement preference (docker.types.PlacementPreference). */
interface PlacementPreference {
}

/** A daemon plugin (docker-py's Plugin model). */
interface Plugin {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The plugin's name. */
  readonly name: any;
  /** Whether the plugin is enabled. */
  readonly enabled: any;
  /** The plugin's settings {Env, Args, Mounts, Devices}. */
  readonly settings: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Change the disabled plugin's settings, then reload it. */
  configure(options: Record<string, any> | any[], kwargs?: Plugin_configure_Args): any;
  /** Disable the plugin, then reload it. */
  disable(kwargs?: Plugin_disable_Args): any;
  disable(force?: boolean, kwargs?: Plugin_disable_Args): any;
  /** Enable the plugin, then reload it. */
  enable(kwargs?: Plugin_enable_Args): any;
  enable(timeout?: number, kwargs?: Plugin_enable_Args): any;
  /** Push a plugin to its registry: an iterator of progress dicts. */
  push(): DScriptIterator<any>;
  /** Remove a plugin; returns true. */
  remove(kwargs?: Plugin_remove_Args): any;
  remove(force?: boolean, kwargs?: Plugin_remove_Args): any;
  /** Upgrade the disabled plugin from its registry: an iterator of progress dicts; the plugin is reloaded at the end. */
  upgrade(kwargs?: Plugin_upgrade_Args): DScriptIterator<any>;
  upgrade(remote?: string, kwargs?: Plugin_upgrade_Args): DScriptIterator<any>;
}

/** Keyword arguments of Plugin.configure. */
interface Plugin_configure_Args {
  /** Settings: {KEY = value} or a list of "KEY=value". (required: by position or here) */
  options?: Record<string, any> | any[];
}

/** Keyword arguments of Plugin.disable. */
interface Plugin_disable_Args {
  /** Even while in use (disable) or enabled (remove). */
  force?: boolean;
}

/** Keyword arguments of Plugin.enable. */
interface Plugin_enable_Args {
  /** Seconds the daemon waits for the plugin (0: no limit). */
  timeout?: number;
}

/** Keyword arguments of Plugin.remove. */
interface Plugin_remove_Args {
  /** Even while in use (disable) or enabled (remove). */
  force?: boolean;
}

/** Keyword arguments of Plugin.upgrade. */
interface Plugin_upgrade_Args {
  /** The new version's reference (default: the plugin's name). */
  remote?: string;
}

/** The plugins of the daemon (client.plugins). */
interface PluginCollection {
  /** Create a plugin from a directory holding config.json and rootfs/; returns the Plugin. */
  create(name: string | Plugin, pluginDataDir: string, kwargs?: PluginCollection_create_Args): Plugin;
  create(name: string | Plugin, pluginDataDir: string, gzip?: boolean, kwargs?: PluginCollection_create_Args): Plugin;
  /** Get a plugin by name. */
  get(name: string, kwargs?: PluginCollection_get_Args): Plugin;
  /** Install a plugin from a registry, granting the privileges it asks for; returns the Plugin (disabled). */
  install(remoteName: string, kwargs?: PluginCollection_install_Args): any;
  install(remoteName: string, localName?: string, kwargs?: PluginCollection_install_Args): any;
  /** List the installed plugins as Plugin objects. */
  list(): Plugin[];
}

/** Keyword arguments of PluginCollection.create. */
interface PluginCollection_create_Args {
  /** The plugin's name, e.g. "vieux/sshfs:latest". (required: by position or here) */
  name?: string | Plugin;
  /** Directory holding config.json and rootfs/. (required: by position or here) */
  plugin_data_dir?: string;
  /** Directory holding config.json and rootfs/. (required: by position or here) */
  pluginDataDir?: string;
  /** Send the archive gzip-compressed (the daemon of Engine 20.10 reads only a plain tar and refuses it). */
  gzip?: boolean;
}

/** Keyword arguments of PluginCollection.get. */
interface PluginCollection_get_Args {
  /** The plugin's name. (required: by position or here) */
  name?: string;
}

/** Keyword arguments of PluginCollection.install. */
interface PluginCollection_install_Args {
  /** The plugin's reference in its registry. (required: by position or here) */
  remote_name?: string;
  /** The plugin's reference in its registry. (required: by position or here) */
  remoteName?: string;
  /** The local name (default: remote_name). */
  local_name?: string;
  /** The local name (default: remote_name). */
  localName?: string;
}

/** A service's security options (docker.types.Privileges). */
interface Privileges {
}

/** Image metadata stored on the registry, including available platforms (docker-py's RegistryData). */
interface RegistryData {
  /** The digest of the image's manifest. */
  readonly id: any;
  /** The digest, shortened. */
  readonly short_id: any;
  /** The digest, shortened. */
  readonly shortId: any;
  /** The registry's answer: {Descriptor, Platforms}. */
  readonly attrs: any;
  /** Ask the registry again. */
  reload(): any;
  /** Whether the image is available for a platform. */
  has_platform(platform: string | Record<string, any>, kwargs?: RegistryData_has_platform_Args): any;
  /** Whether the image is available for a platform. */
  hasPlatform(platform: string | Record<string, any>, kwargs?: RegistryData_has_platform_Args): any;
  /** Pull this digest of the image; returns the Image. */
  pull(kwargs?: RegistryData_pull_Args): any;
  pull(platform?: string, kwargs?: RegistryData_pull_Args): any;
}

/** Keyword arguments of RegistryData.has_platform. */
interface RegistryData_has_platform_Args {
  /** "os[/arch[/variant]]" or {os=..., architecture=..., variant=...}. (required: by position or here) */
  platform?: string | Record<string, any>;
}

/** Keyword arguments of RegistryData.pull. */
interface RegistryData_pull_Args {
  /** The platform to pull, os[/arch[/variant]]. */
  platform?: string;
}

/** A service's resource limits and reservations (docker.types.Resources). */
interface Resources {
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

/** How a service is rolled back (docker.types.RollbackConfig). */
interface RollbackConfig {
}

/** A swarm secret (docker-py's Secret model). */
interface Secret {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The secret's name. */
  readonly name: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Remove a secret; returns true. */
  remove(): any;
}

/** The secrets of the swarm (client.secrets). */
interface SecretCollection {
  /** Create a secret (name, data, labels, driver); returns the Secret. */
  create(kwargs?: SecretCollection_create_Args): Secret;
  /** Get a secret by ID or name. */
  get(secretId: string, kwargs?: SecretCollection_get_Args): Secret;
  /** List the swarm's secrets as Secret objects. */
  list(kwargs?: SecretCollection_list_Args): Secret[];
}

/** Keyword arguments of SecretCollection.create. */
interface SecretCollection_create_Args {
  /** The secret's name. (required: by position or here) */
  name?: string;
  /** The secret's content: str or bytes. (required: by position or here) */
  data?: string | string | ArrayBuffer | Uint8Array;
  /** The secret's labels. */
  labels?: Record<string, string>;
  /** A secret store driver {Name, Options}. */
  driver?: DriverConfig | Record<string, any>;
}

/** Keyword arguments of SecretCollection.get. */
interface SecretCollection_get_Args {
  /** The secret's ID or name. (required: by position or here) */
  secret_id?: string;
  /** The secret's ID or name. (required: by position or here) */
  secretId?: string;
}

/** Keyword arguments of SecretCollection.list. */
interface SecretCollection_list_Args {
  /** Filters such as {service="web"}, {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** A secret given to a service (docker.types.SecretReference). */
interface SecretReference {
}

/** A swarm service (docker-py's Service model). */
interface Service {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The labels. */
  readonly labels: any;
  /** The service's name. */
  readonly name: any;
  /** The service's Version.Index, which updates need. */
  readonly version: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Remove a service and its tasks; returns true. */
  remove(): any;
  /** The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr). */
  logs(kwargs?: Service_logs_Args): DScriptIterator<any>;
  /** The service's tasks (dicts as api.tasks returns them). */
  tasks(kwargs?: Service_tasks_Args): any;
  tasks(filters?: Record<string, any>, kwargs?: Service_tasks_Args): any;
  /** Update the service: services.create's keywords, plus force_update and fetch_current_spec (default true). Returns {Warnings}. */
  update(kwargs?: Service_update_Args): any;
  /** Set the number of replicas of a replicated service; returns {Warnings}. */
  scale(replicas: number, kwargs?: Service_scale_Args): any;
  /** Force the tasks to be replaced, the spec unchanged; returns {Warnings}. */
  force_update(): any;
  /** Force the tasks to be replaced, the spec unchanged; returns {Warnings}. */
  forceUpdate(): any;
}

/** Keyword arguments of Service.logs. */
interface Service_logs_Args {
  /** Add each line's details (labels, task). */
  details?: boolean;
  /** Keep streaming new output. */
  follow?: boolean;
  /** Include stdout. */
  stdout?: boolean;
  /** Include stderr. */
  stderr?: boolean;
  /** Only output after this time (Unix seconds, RFC 3339 or Date). */
  since?: number | string | Date;
  /** Prefix each line with its timestamp. */
  timestamps?: boolean;
  /** Lines from the end, or "all". */
  tail?: string | number;
  /** Whether the containers have a TTY (default: read from the service). */
  is_tty?: boolean;
  /** Whether the containers have a TTY (default: read from the service). */
  isTty?: boolean;
}

/** Keyword arguments of Service.tasks. */
interface Service_tasks_Args {
  /** More filters, such as {["desired-state"]="running"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of Service.update. */
interface Service_update_Args {
  /** A new image (default: the current one). */
  image?: string;
  /** A new command. */
  command?: string | any[];
  /** The service's name. */
  name?: string;
  /** The service's labels. */
  labels?: Record<string, string>;
  /** A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}}. */
  mode?: ServiceMode | Record<string, any> | string;
  /** How updates are made. */
  update_config?: UpdateConfig | Record<string, any>;
  /** How updates are made. */
  updateConfig?: UpdateConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollback_config?: RollbackConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollbackConfig?: RollbackConfig | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpoint_spec?: EndpointSpec | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpointSpec?: EndpointSpec | Record<string, any>;
  /** Arguments of the command. */
  args?: string[];
  /** Capabilities to add. */
  cap_add?: string[];
  /** Capabilities to add. */
  capAdd?: string[];
  /** Capabilities to drop. */
  cap_drop?: string[];
  /** Capabilities to drop. */
  capDrop?: string[];
  /** ConfigReference values (or dicts). */
  configs?: any[];
  /** Resolver configuration. */
  dns_config?: DNSConfig | Record<string, any>;
  /** Resolver configuration. */
  dnsConfig?: DNSConfig | Record<string, any>;
  /** Environment: a dict or a list of "KEY=value". */
  env?: Record<string, any> | any[];
  /** Additional groups. */
  groups?: string[] | number;
  /** The healthcheck. */
  healthcheck?: Healthcheck | Record<string, any>;
  /** The containers' host name. */
  hostname?: string;
  /** Extra /etc/hosts entries {host = ip}, or a list of "ip host". */
  hosts?: Record<string, any> | any[];
  /** Run an init process in the containers. */
  init?: boolean;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Mounts: Mount values, dicts or "source:target[:ro]" strings. */
  mounts?: any[];
  /** Open stdin. */
  open_stdin?: boolean;
  /** Open stdin. */
  openStdin?: boolean;
  /** Security options. */
  privileges?: Privileges | Record<string, any>;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** SecretReference values (or dicts). */
  secrets?: any[];
  /** Nanoseconds to wait before killing. */
  stop_grace_period?: number;
  /** Nanoseconds to wait before killing. */
  stopGracePeriod?: number;
  /** Signal that stops the containers. */
  stop_signal?: string;
  /** Signal that stops the containers. */
  stopSignal?: string;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** User to run as. */
  user?: string;
  /** Working directory. */
  workdir?: string;
  /** Kernel parameters. */
  sysctls?: Record<string, string>;
  /** Labels of the containers. */
  container_labels?: Record<string, string>;
  /** Labels of the containers. */
  containerLabels?: Record<string, string>;
  /** Network names or IDs, or NetworkAttachmentConfig values. */
  networks?: any[];
  /** Resource limits and reservations. */
  resources?: Resources | Record<string, any>;
  /** The restart policy. */
  restart_policy?: RestartPolicy | Record<string, any>;
  /** The restart policy. */
  restartPolicy?: RestartPolicy | Record<string, any>;
  /** Placement constraints such as "node.role==manager". */
  constraints?: string[];
  /** Placement preferences: PlacementPreference values or (strategy, descriptor) pairs. */
  preferences?: any[];
  /** (architecture, os) pairs. */
  platforms?: any[];
  /** Tasks per node at most. */
  maxreplicas?: number;
  /** The logging driver's name. */
  log_driver?: string;
  /** The logging driver's name. */
  logDriver?: string;
  /** The logging driver's options. */
  log_driver_options?: Record<string, string>;
  /** The logging driver's options. */
  logDriverOptions?: Record<string, string>;
  /** true: force an update (the counter is increased); an int sets the counter. */
  force_update?: number | boolean;
  /** true: force an update (the counter is increased); an int sets the counter. */
  forceUpdate?: number | boolean;
  /** Start from the current spec: what is not given is kept. */
  fetch_current_spec?: boolean;
  /** Start from the current spec: what is not given is kept. */
  fetchCurrentSpec?: boolean;
}

/** Keyword arguments of Service.scale. */
interface Service_scale_Args {
  /** The number of replicas. (required: by position or here) */
  replicas?: number;
}

/** The services of the swarm (client.services). */
interface ServiceCollection {
  /** Create a service; keywords are ContainerSpec's, TaskTemplate's, Placement's and create_service's (container_labels, log_driver, log_driver_options too). Returns the Service. */
  create(image: string, kwargs?: ServiceCollection_create_Args): Service;
  create(image: string, command?: string | any[], kwargs?: ServiceCollection_create_Args): Service;
  /** Get a service by ID or name. */
  get(serviceId: string, kwargs?: ServiceCollection_get_Args): Service;
  get(serviceId: string, insertDefaults?: boolean, kwargs?: ServiceCollection_get_Args): Service;
  /** List the swarm's services as Service objects (filters, status). */
  list(kwargs?: ServiceCollection_list_Args): Service[];
}

/** Keyword arguments of ServiceCollection.create. */
interface ServiceCollection_create_Args {
  /** The image of the service's containers. (required: by position or here) */
  image?: string;
  /** The command: a str (split like a shell) or a list. */
  command?: string | any[];
  /** The service's name. */
  name?: string;
  /** The service's labels. */
  labels?: Record<string, string>;
  /** A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}}. */
  mode?: ServiceMode | Record<string, any> | string;
  /** How updates are made. */
  update_config?: UpdateConfig | Record<string, any>;
  /** How updates are made. */
  updateConfig?: UpdateConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollback_config?: RollbackConfig | Record<string, any>;
  /** How rollbacks are made. */
  rollbackConfig?: RollbackConfig | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpoint_spec?: EndpointSpec | Record<string, any>;
  /** Published ports and endpoint mode. */
  endpointSpec?: EndpointSpec | Record<string, any>;
  /** Arguments of the command. */
  args?: string[];
  /** Capabilities to add. */
  cap_add?: string[];
  /** Capabilities to add. */
  capAdd?: string[];
  /** Capabilities to drop. */
  cap_drop?: string[];
  /** Capabilities to drop. */
  capDrop?: string[];
  /** ConfigReference values (or dicts). */
  configs?: any[];
  /** Resolver configuration. */
  dns_config?: DNSConfig | Record<string, any>;
  /** Resolver configuration. */
  dnsConfig?: DNSConfig | Record<string, any>;
  /** Environment: a dict or a list of "KEY=value". */
  env?: Record<string, any> | any[];
  /** Additional groups. */
  groups?: string[] | number;
  /** The healthcheck. */
  healthcheck?: Healthcheck | Record<string, any>;
  /** The containers' host name. */
  hostname?: string;
  /** Extra /etc/hosts entries {host = ip}, or a list of "ip host". */
  hosts?: Record<string, any> | any[];
  /** Run an init process in the containers. */
  init?: boolean;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Mounts: Mount values, dicts or "source:target[:ro]" strings. */
  mounts?: any[];
  /** Open stdin. */
  open_stdin?: boolean;
  /** Open stdin. */
  openStdin?: boolean;
  /** Security options. */
  privileges?: Privileges | Record<string, any>;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** SecretReference values (or dicts). */
  secrets?: any[];
  /** Nanoseconds to wait before killing. */
  stop_grace_period?: number;
  /** Nanoseconds to wait before killing. */
  stopGracePeriod?: number;
  /** Signal that stops the containers. */
  stop_signal?: string;
  /** Signal that stops the containers. */
  stopSignal?: string;
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** User to run as. */
  user?: string;
  /** Working directory. */
  workdir?: string;
  /** Kernel parameters. */
  sysctls?: Record<string, string>;
  /** Labels of the containers. */
  container_labels?: Record<string, string>;
  /** Labels of the containers. */
  containerLabels?: Record<string, string>;
  /** Network names or IDs, or NetworkAttachmentConfig values. */
  networks?: any[];
  /** Resource limits and reservations. */
  resources?: Resources | Record<string, any>;
  /** The restart policy. */
  restart_policy?: RestartPolicy | Record<string, any>;
  /** The restart policy. */
  restartPolicy?: RestartPolicy | Record<string, any>;
  /** Placement constraints such as "node.role==manager". */
  constraints?: string[];
  /** Placement preferences: PlacementPreference values or (strategy, descriptor) pairs. */
  preferences?: any[];
  /** (architecture, os) pairs. */
  platforms?: any[];
  /** Tasks per node at most. */
  maxreplicas?: number;
  /** The logging driver's name. */
  log_driver?: string;
  /** The logging driver's name. */
  logDriver?: string;
  /** The logging driver's options. */
  log_driver_options?: Record<string, string>;
  /** The logging driver's options. */
  logDriverOptions?: Record<string, string>;
}

/** Keyword arguments of ServiceCollection.get. */
interface ServiceCollection_get_Args {
  /** The service's ID or name. (required: by position or here) */
  service_id?: string;
  /** The service's ID or name. (required: by position or here) */
  serviceId?: string;
  /** Fill the spec's unset fields with their defaults. */
  insert_defaults?: boolean;
  /** Fill the spec's unset fields with their defaults. */
  insertDefaults?: boolean;
}

/** Keyword arguments of ServiceCollection.list. */
interface ServiceCollection_list_Args {
  /** Filters such as {name="web"}, {label="a=b"}, {mode="replicated"}. */
  filters?: Record<string, any>;
  /** Include ServiceStatus (running and desired tasks). */
  status?: boolean;
}

/** A service's mode (docker.types.ServiceMode). */
interface ServiceMode {
  /** The mode's key: replicated, global, ReplicatedJob or GlobalJob. */
  readonly mode: any;
  /** Replicas (replicated) or total completions (replicated-job), else nil. */
  readonly replicas: any;
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

/** The swarm of the daemon (docker-py's Swarm model, client.swarm). */
interface Swarm {
  /** The swarm's ID (nil when the daemon is not a manager). */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** api.inspect_swarm's answer ({} when the daemon is not a manager). */
  readonly attrs: any;
  /** The swarm's Version.Index, which update needs. */
  readonly version: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Make this daemon the first manager of a new swarm; keywords are create_swarm_spec's. Returns the node's ID. */
  init(kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, defaultAddrPool?: string[], kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, defaultAddrPool?: string[], subnetSize?: number, kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, kwargs?: Swarm_init_Args): any;
  init(advertiseAddr?: string, listenAddr?: string, forceNewCluster?: boolean, defaultAddrPool?: string[], subnetSize?: number, dataPathAddr?: string, dataPathPort?: number, kwargs?: Swarm_init_Args): any;
  /** Join this daemon to a swarm; returns true. */
  join(remoteAddrs: string[], joinToken: string, kwargs?: Swarm_join_Args): any;
  join(remoteAddrs: string[], joinToken: string, listenAddr?: string, kwargs?: Swarm_join_Args): any;
  join(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, kwargs?: Swarm_join_Args): any;
  join(remoteAddrs: string[], joinToken: string, listenAddr?: string, advertiseAddr?: string, dataPathAddr?: string, kwargs?: Swarm_join_Args): any;
  /** Leave the swarm; returns true. */
  leave(kwargs?: Swarm_leave_Args): any;
  leave(force?: boolean, kwargs?: Swarm_leave_Args): any;
  /** Unlock a manager locked after a restart; returns true. */
  unlock(key: string | Record<string, any>, kwargs?: Swarm_unlock_Args): any;
  /** The key that unlocks a locked manager: {UnlockKey}. */
  get_unlock_key(): any;
  /** The key that unlocks a locked manager: {UnlockKey}. */
  getUnlockKey(): any;
  /** Change the swarm's settings (create_swarm_spec's keywords; fields not given are reset) and rotate tokens; returns true. */
  update(kwargs?: Swarm_update_Args): any;
  update(rotateWorkerToken?: boolean, kwargs?: Swarm_update_Args): any;
  update(rotateWorkerToken?: boolean, rotateManagerToken?: boolean, kwargs?: Swarm_update_Args): any;
  update(rotateWorkerToken?: boolean, rotateManagerToken?: boolean, rotateManagerUnlockKey?: boolean, kwargs?: Swarm_update_Args): any;
}

/** Keyword arguments of Swarm.init. */
interface Swarm_init_Args {
  /** Address other nodes reach this one at: an address, an interface name, optionally with a port. */
  advertise_addr?: string;
  /** Address other nodes reach this one at: an address, an interface name, optionally with a port. */
  advertiseAddr?: string;
  /** Address to listen on for the swarm's control plane. */
  listen_addr?: string;
  /** Address to listen on for the swarm's control plane. */
  listenAddr?: string;
  /** Make a new cluster from this node's state. */
  force_new_cluster?: boolean;
  /** Make a new cluster from this node's state. */
  forceNewCluster?: boolean;
  /** Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}). */
  default_addr_pool?: string[];
  /** Subnets overlay networks take their subnets from (default {"10.0.0.0/8"}). */
  defaultAddrPool?: string[];
  /** Prefix length of each overlay network's subnet (default 24). */
  subnet_size?: number;
  /** Prefix length of each overlay network's subnet (default 24). */
  subnetSize?: number;
  /** Address for the overlay networks' data traffic. */
  data_path_addr?: string;
  /** Address for the overlay networks' data traffic. */
  dataPathAddr?: string;
  /** UDP port for the overlay networks' data traffic (default 4789). */
  data_path_port?: number;
  /** UDP port for the overlay networks' data traffic (default 4789). */
  dataPathPort?: number;
  /** Tasks kept in history per slot. */
  task_history_retention_limit?: number;
  /** Tasks kept in history per slot. */
  taskHistoryRetentionLimit?: number;
  /** Raft log entries between snapshots. */
  snapshot_interval?: number;
  /** Raft log entries between snapshots. */
  snapshotInterval?: number;
  /** Old snapshots kept. */
  keep_old_snapshots?: number;
  /** Old snapshots kept. */
  keepOldSnapshots?: number;
  /** Log entries kept for slow followers. */
  log_entries_for_slow_followers?: number;
  /** Log entries kept for slow followers. */
  logEntriesForSlowFollowers?: number;
  /** Ticks between heartbeats. */
  heartbeat_tick?: number;
  /** Ticks between heartbeats. */
  heartbeatTick?: number;
  /** Ticks before an election. */
  election_tick?: number;
  /** Ticks before an election. */
  electionTick?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcher_heartbeat_period?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcherHeartbeatPeriod?: number;
  /** Node certificates' lifetime in nanoseconds. */
  node_cert_expiry?: number;
  /** Node certificates' lifetime in nanoseconds. */
  nodeCertExpiry?: number;
  /** SwarmExternalCA values (or dicts). */
  external_cas?: any[];
  /** SwarmExternalCA values (or dicts). */
  externalCas?: any[];
  /** The swarm's name. */
  name?: string;
  /** The swarm's labels. */
  labels?: Record<string, string>;
  /** Root CA certificate (PEM). */
  signing_ca_cert?: string;
  /** Root CA certificate (PEM). */
  signingCaCert?: string;
  /** Root CA key (PEM). */
  signing_ca_key?: string;
  /** Root CA key (PEM). */
  signingCaKey?: string;
  /** A counter that forces a CA rotation when changed. */
  ca_force_rotate?: number;
  /** A counter that forces a CA rotation when changed. */
  caForceRotate?: number;
  /** Lock managers' keys with an unlock key. */
  autolock_managers?: boolean;
  /** Lock managers' keys with an unlock key. */
  autolockManagers?: boolean;
  /** Default logging driver of tasks. */
  log_driver?: DriverConfig | Record<string, any>;
  /** Default logging driver of tasks. */
  logDriver?: DriverConfig | Record<string, any>;
  /** One external CA (instead of external_cas). */
  external_ca?: SwarmExternalCA | Record<string, any>;
  /** One external CA (instead of external_cas). */
  externalCa?: SwarmExternalCA | Record<string, any>;
}

/** Keyword arguments of Swarm.join. */
interface Swarm_join_Args {
  /** Addresses of managers of the swarm. (required: by position or here) */
  remote_addrs?: string[];
  /** Addresses of managers of the swarm. (required: by position or here) */
  remoteAddrs?: string[];
  /** The worker or manager join token. (required: by position or here) */
  join_token?: string;
  /** The worker or manager join token. (required: by position or here) */
  joinToken?: string;
  /** Address to listen on for the swarm's control plane. */
  listen_addr?: string;
  /** Address to listen on for the swarm's control plane. */
  listenAddr?: string;
  /** Address other nodes reach this one at. */
  advertise_addr?: string;
  /** Address other nodes reach this one at. */
  advertiseAddr?: string;
  /** Address for the overlay networks' data traffic. */
  data_path_addr?: string;
  /** Address for the overlay networks' data traffic. */
  dataPathAddr?: string;
}

/** Keyword arguments of Swarm.leave. */
interface Swarm_leave_Args {
  /** Leave even as the last manager (the swarm's state is lost). */
  force?: boolean;
}

/** Keyword arguments of Swarm.unlock. */
interface Swarm_unlock_Args {
  /** The unlock key, or the {UnlockKey} dict get_unlock_key returns. (required: by position or here) */
  key?: string | Record<string, any>;
}

/** Keyword arguments of Swarm.update. */
interface Swarm_update_Args {
  /** Issue a new worker join token. */
  rotate_worker_token?: boolean;
  /** Issue a new worker join token. */
  rotateWorkerToken?: boolean;
  /** Issue a new manager join token. */
  rotate_manager_token?: boolean;
  /** Issue a new manager join token. */
  rotateManagerToken?: boolean;
  /** Issue a new unlock key. */
  rotate_manager_unlock_key?: boolean;
  /** Issue a new unlock key. */
  rotateManagerUnlockKey?: boolean;
  /** Tasks kept in history per slot. */
  task_history_retention_limit?: number;
  /** Tasks kept in history per slot. */
  taskHistoryRetentionLimit?: number;
  /** Raft log entries between snapshots. */
  snapshot_interval?: number;
  /** Raft log entries between snapshots. */
  snapshotInterval?: number;
  /** Old snapshots kept. */
  keep_old_snapshots?: number;
  /** Old snapshots kept. */
  keepOldSnapshots?: number;
  /** Log entries kept for slow followers. */
  log_entries_for_slow_followers?: number;
  /** Log entries kept for slow followers. */
  logEntriesForSlowFollowers?: number;
  /** Ticks between heartbeats. */
  heartbeat_tick?: number;
  /** Ticks between heartbeats. */
  heartbeatTick?: number;
  /** Ticks before an election. */
  election_tick?: number;
  /** Ticks before an election. */
  electionTick?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcher_heartbeat_period?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcherHeartbeatPeriod?: number;
  /** Node certificates' lifetime in nanoseconds. */
  node_cert_expiry?: number;
  /** Node certificates' lifetime in nanoseconds. */
  nodeCertExpiry?: number;
  /** SwarmExternalCA values (or dicts). */
  external_cas?: any[];
  /** SwarmExternalCA values (or dicts). */
  externalCas?: any[];
  /** The swarm's name. */
  name?: string;
  /** The swarm's labels. */
  labels?: Record<string, string>;
  /** Root CA certificate (PEM). */
  signing_ca_cert?: string;
  /** Root CA certificate (PEM). */
  signingCaCert?: string;
  /** Root CA key (PEM). */
  signing_ca_key?: string;
  /** Root CA key (PEM). */
  signingCaKey?: string;
  /** A counter that forces a CA rotation when changed. */
  ca_force_rotate?: number;
  /** A counter that forces a CA rotation when changed. */
  caForceRotate?: number;
  /** Lock managers' keys with an unlock key. */
  autolock_managers?: boolean;
  /** Lock managers' keys with an unlock key. */
  autolockManagers?: boolean;
  /** Default logging driver of tasks. */
  log_driver?: DriverConfig | Record<string, any>;
  /** Default logging driver of tasks. */
  logDriver?: DriverConfig | Record<string, any>;
  /** One external CA (instead of external_cas). */
  external_ca?: SwarmExternalCA | Record<string, any>;
  /** One external CA (instead of external_cas). */
  externalCa?: SwarmExternalCA | Record<string, any>;
}

/** An external CA of a swarm (docker.types.SwarmExternalCA). */
interface SwarmExternalCA {
}

/** A swarm's settings (docker.types.SwarmSpec). */
interface SwarmSpec {
}

/** TLS settings: client certificate, CA and verification (docker.tls.TLSConfig). */
interface TLSConfig {
  /** The client certificate and key files, or nil. */
  readonly cert: any;
  /** The CA certificate file, or nil. */
  readonly ca_cert: any;
  /** The CA certificate file, or nil. */
  readonly caCert: any;
  /** The verify argument as given. */
  readonly verify: any;
}

/** A service's task specification (docker.types.TaskTemplate). */
interface TaskTemplate {
  /** The containers of the tasks. */
  readonly container_spec: any;
  /** The containers of the tasks. */
  readonly containerSpec: any;
  /** Resource limits and reservations. */
  readonly resources: any;
  /** The restart policy. */
  readonly restart_policy: any;
  /** The restart policy. */
  readonly restartPolicy: any;
  /** The placement. */
  readonly placement: any;
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

/** How a service is updated (docker.types.UpdateConfig). */
interface UpdateConfig {
}

/** A volume (docker-py's Volume model). */
interface Volume {
  /** The full ID. */
  readonly id: any;
  /** The ID, shortened. */
  readonly short_id: any;
  /** The ID, shortened. */
  readonly shortId: any;
  /** The daemon's inspect answer. */
  readonly attrs: any;
  /** The volume's name. */
  readonly name: any;
  /** Refresh attrs from the daemon. */
  reload(): any;
  /** Remove this volume. */
  remove(kwargs?: Volume_remove_Args): any;
  remove(force?: boolean, kwargs?: Volume_remove_Args): any;
}

/** Keyword arguments of Volume.remove. */
interface Volume_remove_Args {
  /** Also forget a volume its driver already removed. */
  force?: boolean;
}

/** The volumes of the daemon (client.volumes). */
interface VolumeCollection {
  /** Create a volume; returns the Volume. */
  create(kwargs?: VolumeCollection_create_Args): Volume;
  create(name?: string, kwargs?: VolumeCollection_create_Args): Volume;
  /** Get a volume by name. */
  get(volumeId: string, kwargs?: VolumeCollection_get_Args): Volume;
  /** List volumes, as Volume objects. */
  list(kwargs?: VolumeCollection_list_Args): Volume[];
  /** Delete unused volumes; returns {VolumesDeleted, SpaceReclaimed}. */
  prune(kwargs?: VolumeCollection_prune_Args): any;
  prune(filters?: Record<string, any>, kwargs?: VolumeCollection_prune_Args): any;
}

/** Keyword arguments of VolumeCollection.create. */
interface VolumeCollection_create_Args {
  /** The volume's name (default: the daemon makes one up). */
  name?: string;
  /** The volume driver (default local). */
  driver?: string;
  /** Driver options, e.g. {type="tmpfs", device="tmpfs"}. */
  driver_opts?: Record<string, string>;
  /** Driver options, e.g. {type="tmpfs", device="tmpfs"}. */
  driverOpts?: Record<string, string>;
  /** Labels of the volume. */
  labels?: Record<string, string>;
}

/** Keyword arguments of VolumeCollection.get. */
interface VolumeCollection_get_Args {
  /** The volume's name. (required: by position or here) */
  volume_id?: string;
  /** The volume's name. (required: by position or here) */
  volumeId?: string;
}

/** Keyword arguments of VolumeCollection.list. */
interface VolumeCollection_list_Args {
  /** Filters such as {name="data", dangling=true, label="a=b"}. */
  filters?: Record<string, any>;
}

/** Keyword arguments of VolumeCollection.prune. */
interface VolumeCollection_prune_Args {
  /** Filters such as {until="24h", label="a=b"}. */
  filters?: Record<string, any>;
}

/** Docker for scripts: the docker-py object model. */
interface DockerModule {
  /** The docker CLI's contexts (docker.context). */
  readonly context: DockerContextModule;
  /** Typed configuration values. */
  readonly types: DockerTypesModule;
  /** dscript's version. */
  readonly __version__: any;
  /** TLS settings (docker.tls). */
  readonly tls: DockerTlsModule;
  /** A DockerClient configured from the environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION). */
  from_env(kwargs?: DockerModule_from_env_Args): DockerClient;
  /** A DockerClient configured from the environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION). */
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
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, maxPoolSize?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, maxPoolSize?: number, kwargs?: DockerModule_DockerClient_Args): DockerClient;
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
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, kwargs?: DockerModule_APIClient_Args): APIClient;
    (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, maxPoolSize?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
    new (baseUrl?: string, version?: string, timeout?: number, tls?: boolean | TLSConfig, userAgent?: string, numPools?: number, credstoreEnv?: Record<string, any>, useSshClient?: boolean, maxPoolSize?: number, kwargs?: DockerModule_APIClient_Args): APIClient;
  };
}

/** Keyword arguments of docker.from_env. */
interface DockerModule_from_env_Args {
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** How many idle connections to keep for reuse (default 32). */
  max_pool_size?: number;
  /** How many idle connections to keep for reuse (default 32). */
  maxPoolSize?: number;
  /** Variables to read instead of the process environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION). */
  environment?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstore_env?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstoreEnv?: Record<string, any>;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  use_ssh_client?: boolean;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  useSshClient?: boolean;
}

/** Keyword arguments of docker.DockerClient. */
interface DockerModule_DockerClient_Args {
  /** URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port]. */
  base_url?: string;
  /** URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port]. */
  baseUrl?: string;
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates. */
  tls?: boolean | TLSConfig;
  /** User-Agent header sent with each request. */
  user_agent?: string;
  /** User-Agent header sent with each request. */
  userAgent?: string;
  /** Accepted for compatibility: a client talks to one daemon, so it keeps one pool. */
  num_pools?: number;
  /** Accepted for compatibility: a client talks to one daemon, so it keeps one pool. */
  numPools?: number;
  /** Variables added to the environment of the credential helpers. */
  credstore_env?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstoreEnv?: Record<string, any>;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  use_ssh_client?: boolean;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  useSshClient?: boolean;
  /** How many idle connections to keep for reuse (default 32). */
  max_pool_size?: number;
  /** How many idle connections to keep for reuse (default 32). */
  maxPoolSize?: number;
}

/** Keyword arguments of docker.APIClient. */
interface DockerModule_APIClient_Args {
  /** URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port]. */
  base_url?: string;
  /** URL of the daemon: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, https://host:2376 or ssh://user@host[:port]. */
  baseUrl?: string;
  /** API version to use, or "auto" to negotiate. */
  version?: string;
  /** Seconds each request may take (default 60). */
  timeout?: number;
  /** true: speak TLS verified against the system's CAs; a docker.tls.TLSConfig: speak TLS with its certificates. */
  tls?: boolean | TLSConfig;
  /** User-Agent header sent with each request. */
  user_agent?: string;
  /** User-Agent header sent with each request. */
  userAgent?: string;
  /** Accepted for compatibility: a client talks to one daemon, so it keeps one pool. */
  num_pools?: number;
  /** Accepted for compatibility: a client talks to one daemon, so it keeps one pool. */
  numPools?: number;
  /** Variables added to the environment of the credential helpers. */
  credstore_env?: Record<string, any>;
  /** Variables added to the environment of the credential helpers. */
  credstoreEnv?: Record<string, any>;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  use_ssh_client?: boolean;
  /** Accepted for compatibility: ssh:// hosts always use the system's ssh client. */
  useSshClient?: boolean;
  /** How many idle connections to keep for reuse (default 32). */
  max_pool_size?: number;
  /** How many idle connections to keep for reuse (default 32). */
  maxPoolSize?: number;
}

/** The docker CLI's contexts (docker-py's docker.context). */
interface DockerContextModule {
  /** Functions over the context store. */
  readonly ContextAPI: any;
  /** A context (in memory until saved). */
  readonly Context: {
    (name: string, kwargs?: DockerContextModule_Context_Args): Context;
    new (name: string, kwargs?: DockerContextModule_Context_Args): Context;
    (name: string, orchestrator?: string, kwargs?: DockerContextModule_Context_Args): Context;
    new (name: string, orchestrator?: string, kwargs?: DockerContextModule_Context_Args): Context;
    (name: string, orchestrator?: string, host?: string, kwargs?: DockerContextModule_Context_Args): Context;
    new (name: string, orchestrator?: string, host?: string, kwargs?: DockerContextModule_Context_Args): Context;
    (name: string, orchestrator?: string, host?: string, endpoints?: Record<string, any>, kwargs?: DockerContextModule_Context_Args): Context;
    new (name: string, orchestrator?: string, host?: string, endpoints?: Record<string, any>, kwargs?: DockerContextModule_Context_Args): Context;
    (name: string, orchestrator?: string, host?: string, endpoints?: Record<string, any>, tls?: boolean, kwargs?: DockerContextModule_Context_Args): Context;
    new (name: string, orchestrator?: string, host?: string, endpoints?: Record<string, any>, tls?: boolean, kwargs?: DockerContextModule_Context_Args): Context;
  };
}

/** Keyword arguments of docker.context.Context. */
interface DockerContextModule_Context_Args {
  /** The context's name. (required: by position or here) */
  name?: string;
  /** The orchestrator ("swarm" or none). */
  orchestrator?: string;
  /** The daemon's address (default unix:///var/run/docker.sock). */
  host?: string;
  /** The endpoints: {docker = {Host = ..., SkipTLSVerify = ...}}. */
  endpoints?: Record<string, any>;
  /** Whether the default endpoint verifies TLS. */
  tls?: boolean;
}

/** TLS settings for DockerClient's tls argument (docker-py's docker.tls). */
interface DockerTlsModule {
  /** TLS settings for DockerClient(tls=...). */
  readonly TLSConfig: {
    (kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    new (kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    (clientCert?: string[], kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    new (clientCert?: string[], kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    (clientCert?: string[], caCert?: string, kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    new (clientCert?: string[], caCert?: string, kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    (clientCert?: string[], caCert?: string, verify?: boolean | string, kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
    new (clientCert?: string[], caCert?: string, verify?: boolean | string, kwargs?: DockerTlsModule_TLSConfig_Args): TLSConfig;
  };
}

/** Keyword arguments of docker.tls.TLSConfig. */
interface DockerTlsModule_TLSConfig_Args {
  /** The client certificate: {certificate file, key file}. */
  client_cert?: string[];
  /** The client certificate: {certificate file, key file}. */
  clientCert?: string[];
  /** The CA certificate file the daemon's certificate must be signed by. */
  ca_cert?: string;
  /** The CA certificate file the daemon's certificate must be signed by. */
  caCert?: string;
  /** true: check the daemon's certificate (against ca_cert, else the system's CAs); a path: the CA file to check against; false: do not check; nil: check when ca_cert is given. */
  verify?: boolean | string;
  /** The one TLS version to speak: "TLSv1_2" or "TLSv1_3" (default: 1.2 or later). */
  ssl_version?: string;
  /** The one TLS version to speak: "TLSv1_2" or "TLSv1_3" (default: 1.2 or later). */
  sslVersion?: string;
  /** The name the daemon's certificate must carry instead of the host's; false: check the certificate but not its name. */
  assert_hostname?: boolean | string;
  /** The name the daemon's certificate must carry instead of the host's; false: check the certificate but not its name. */
  assertHostname?: boolean | string;
}

/** Typed configuration values (docker-py's docker.types). */
interface DockerTypesModule {
  /** An IP address management configuration for create_network's ipam. */
  readonly IPAMConfig: {
    (kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    new (kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    (driver?: string, kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    new (driver?: string, kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    (driver?: string, poolConfigs?: any[], kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    new (driver?: string, poolConfigs?: any[], kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    (driver?: string, poolConfigs?: any[], options?: Record<string, string>, kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
    new (driver?: string, poolConfigs?: any[], options?: Record<string, string>, kwargs?: DockerTypesModule_IPAMConfig_Args): IPAMConfig;
  };
  /** An address pool for IPAMConfig's pool_configs. */
  readonly IPAMPool: {
    (kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    new (kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    (subnet?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    new (subnet?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    (subnet?: string, iprange?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    new (subnet?: string, iprange?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    (subnet?: string, iprange?: string, gateway?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    new (subnet?: string, iprange?: string, gateway?: string, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    (subnet?: string, iprange?: string, gateway?: string, auxAddresses?: Record<string, string>, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
    new (subnet?: string, iprange?: string, gateway?: string, auxAddresses?: Record<string, string>, kwargs?: DockerTypesModule_IPAMPool_Args): IPAMPool;
  };
  /** A service's mode: replicated (with replicas), global, replicated-job or global-job. */
  readonly ServiceMode: {
    (mode: string, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
    new (mode: string, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
    (mode: string, replicas?: number, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
    new (mode: string, replicas?: number, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
    (mode: string, replicas?: number, concurrency?: number, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
    new (mode: string, replicas?: number, concurrency?: number, kwargs?: DockerTypesModule_ServiceMode_Args): ServiceMode;
  };
  /** The task specification of a service. */
  readonly TaskTemplate: {
    (containerSpec: ContainerSpec | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, networks?: any[], kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, networks?: any[], kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, networks?: any[], forceUpdate?: number, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
    new (containerSpec: ContainerSpec | Record<string, any>, resources?: Resources | Record<string, any>, restartPolicy?: RestartPolicy | Record<string, any>, placement?: Placement | Record<string, any> | any[], logDriver?: DriverConfig | Record<string, any>, networks?: any[], forceUpdate?: number, kwargs?: DockerTypesModule_TaskTemplate_Args): TaskTemplate;
  };
  /** The containers of a service's tasks. */
  readonly ContainerSpec: {
    (image: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], capDrop?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], capDrop?: string[], kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], capDrop?: string[], sysctls?: Record<string, string>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
    new (image: string, command?: string | any[], args?: string[], hostname?: string, env?: Record<string, any> | any[], workdir?: string, user?: string, labels?: Record<string, string>, mounts?: any[], stopGracePeriod?: number, secrets?: any[], tty?: boolean, groups?: string[] | number, openStdin?: boolean, readOnly?: boolean, stopSignal?: string, healthcheck?: Healthcheck | Record<string, any>, hosts?: Record<string, any> | any[], dnsConfig?: DNSConfig | Record<string, any>, configs?: any[], privileges?: Privileges | Record<string, any>, isolation?: string, init?: boolean, capAdd?: string[], capDrop?: string[], sysctls?: Record<string, string>, kwargs?: DockerTypesModule_ContainerSpec_Args): ContainerSpec;
  };
  /** Resource limits and reservations of a service's containers. */
  readonly Resources: {
    (kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (kwargs?: DockerTypesModule_Resources_Args): Resources;
    (cpuLimit?: number, kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (cpuLimit?: number, kwargs?: DockerTypesModule_Resources_Args): Resources;
    (cpuLimit?: number, memLimit?: number | string, kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (cpuLimit?: number, memLimit?: number | string, kwargs?: DockerTypesModule_Resources_Args): Resources;
    (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, kwargs?: DockerTypesModule_Resources_Args): Resources;
    (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, memReservation?: number | string, kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, memReservation?: number | string, kwargs?: DockerTypesModule_Resources_Args): Resources;
    (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, memReservation?: number | string, genericResources?: Record<string, any> | any[], kwargs?: DockerTypesModule_Resources_Args): Resources;
    new (cpuLimit?: number, memLimit?: number | string, cpuReservation?: number, memReservation?: number | string, genericResources?: Record<string, any> | any[], kwargs?: DockerTypesModule_Resources_Args): Resources;
  };
  /** How a service's tasks are updated. */
  readonly UpdateConfig: {
    (kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, delay?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, delay?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, delay?: number, failureAction?: string, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, order?: string, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, order?: string, kwargs?: DockerTypesModule_UpdateConfig_Args): UpdateConfig;
  };
  /** How a service's tasks are rolled back. */
  readonly RollbackConfig: {
    (kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, delay?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, delay?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, delay?: number, failureAction?: string, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, order?: string, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
    new (parallelism?: number, delay?: number, failureAction?: string, monitor?: number, maxFailureRatio?: number, order?: string, kwargs?: DockerTypesModule_RollbackConfig_Args): RollbackConfig;
  };
  /** A driver and its options (log driver, volume driver). */
  readonly DriverConfig: {
    (name: string, kwargs?: DockerTypesModule_DriverConfig_Args): DriverConfig;
    new (name: string, kwargs?: DockerTypesModule_DriverConfig_Args): DriverConfig;
    (name: string, options?: Record<string, string>, kwargs?: DockerTypesModule_DriverConfig_Args): DriverConfig;
    new (name: string, options?: Record<string, string>, kwargs?: DockerTypesModule_DriverConfig_Args): DriverConfig;
  };
  /** A service's endpoint: its mode and published ports. */
  readonly EndpointSpec: {
    (kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
    new (kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
    (mode?: string, kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
    new (mode?: string, kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
    (mode?: string, ports?: Record<string, any> | any[], kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
    new (mode?: string, ports?: Record<string, any> | any[], kwargs?: DockerTypesModule_EndpointSpec_Args): EndpointSpec;
  };
  /** Where a service's tasks may run. */
  readonly Placement: {
    (kwargs?: DockerTypesModule_Placement_Args): Placement;
    new (kwargs?: DockerTypesModule_Placement_Args): Placement;
    (constraints?: string[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    new (constraints?: string[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    (constraints?: string[], preferences?: any[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    new (constraints?: string[], preferences?: any[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    (constraints?: string[], preferences?: any[], platforms?: any[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    new (constraints?: string[], preferences?: any[], platforms?: any[], kwargs?: DockerTypesModule_Placement_Args): Placement;
    (constraints?: string[], preferences?: any[], platforms?: any[], maxreplicas?: number, kwargs?: DockerTypesModule_Placement_Args): Placement;
    new (constraints?: string[], preferences?: any[], platforms?: any[], maxreplicas?: number, kwargs?: DockerTypesModule_Placement_Args): Placement;
  };
  /** A placement preference: spread over a label. */
  readonly PlacementPreference: {
    (strategy: string, descriptor: string, kwargs?: DockerTypesModule_PlacementPreference_Args): PlacementPreference;
    new (strategy: string, descriptor: string, kwargs?: DockerTypesModule_PlacementPreference_Args): PlacementPreference;
  };
  /** A secret given to a service's containers as a file. */
  readonly SecretReference: {
    (secretId: string | Record<string, any> | object, secretName: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    new (secretId: string | Record<string, any> | object, secretName: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    (secretId: string | Record<string, any> | object, secretName: string, filename?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    new (secretId: string | Record<string, any> | object, secretName: string, filename?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    new (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, gid?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    new (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, gid?: string, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, gid?: string, mode?: number, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
    new (secretId: string | Record<string, any> | object, secretName: string, filename?: string, uid?: string, gid?: string, mode?: number, kwargs?: DockerTypesModule_SecretReference_Args): SecretReference;
  };
  /** A config given to a service's containers as a file. */
  readonly ConfigReference: {
    (configId: string | Record<string, any> | object, configName: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    new (configId: string | Record<string, any> | object, configName: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    (configId: string | Record<string, any> | object, configName: string, filename?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    new (configId: string | Record<string, any> | object, configName: string, filename?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    new (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, gid?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    new (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, gid?: string, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, gid?: string, mode?: number, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
    new (configId: string | Record<string, any> | object, configName: string, filename?: string, uid?: string, gid?: string, mode?: number, kwargs?: DockerTypesModule_ConfigReference_Args): ConfigReference;
  };
  /** A network a service's tasks attach to. */
  readonly NetworkAttachmentConfig: {
    (target: string, kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
    new (target: string, kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
    (target: string, aliases?: string[], kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
    new (target: string, aliases?: string[], kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
    (target: string, aliases?: string[], options?: Record<string, string>, kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
    new (target: string, aliases?: string[], options?: Record<string, string>, kwargs?: DockerTypesModule_NetworkAttachmentConfig_Args): NetworkAttachmentConfig;
  };
  /** The resolver configuration of a service's containers. */
  readonly DNSConfig: {
    (kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    new (kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    (nameservers?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    new (nameservers?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    (nameservers?: string[], search?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    new (nameservers?: string[], search?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    (nameservers?: string[], search?: string[], options?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
    new (nameservers?: string[], search?: string[], options?: string[], kwargs?: DockerTypesModule_DNSConfig_Args): DNSConfig;
  };
  /** Security options of a service's containers. */
  readonly Privileges: {
    (kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, selinuxType?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, selinuxType?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, selinuxType?: string, selinuxLevel?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
    new (credentialspecFile?: string, credentialspecRegistry?: string, selinuxDisable?: boolean, selinuxUser?: string, selinuxRole?: string, selinuxType?: string, selinuxLevel?: string, kwargs?: DockerTypesModule_Privileges_Args): Privileges;
  };
  /** A swarm's settings (api.create_swarm_spec makes one for the client's API version). */
  readonly SwarmSpec: {
    (version: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, logDriver?: DriverConfig | Record<string, any>, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
    new (version: string, taskHistoryRetentionLimit?: number, snapshotInterval?: number, keepOldSnapshots?: number, logEntriesForSlowFollowers?: number, heartbeatTick?: number, electionTick?: number, dispatcherHeartbeatPeriod?: number, nodeCertExpiry?: number, externalCas?: any[], name?: string, labels?: Record<string, string>, signingCaCert?: string, signingCaKey?: string, caForceRotate?: number, autolockManagers?: boolean, logDriver?: DriverConfig | Record<string, any>, kwargs?: DockerTypesModule_SwarmSpec_Args): SwarmSpec;
  };
  /** An external CA that signs a swarm's node certificates. */
  readonly SwarmExternalCA: {
    (url: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    new (url: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    (url: string, protocol?: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    new (url: string, protocol?: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    (url: string, protocol?: string, options?: Record<string, string>, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    new (url: string, protocol?: string, options?: Record<string, string>, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    (url: string, protocol?: string, options?: Record<string, string>, caCert?: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
    new (url: string, protocol?: string, options?: Record<string, string>, caCert?: string, kwargs?: DockerTypesModule_SwarmExternalCA_Args): SwarmExternalCA;
  };
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
    (kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
    new (kwargs?: DockerTypesModule_Ulimit_Args): Ulimit;
  };
  /** A logging configuration for log_config=. */
  readonly LogConfig: {
    (kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
    new (kwargs?: DockerTypesModule_LogConfig_Args): LogConfig;
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
  };
  /** A device request for device_requests= (GPUs). */
  readonly DeviceRequest: {
    (kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
    new (kwargs?: DockerTypesModule_DeviceRequest_Args): DeviceRequest;
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
  /** A HostConfig dict, as create_host_config builds it. */
  readonly HostConfig: {
    (kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], deviceRequests?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], deviceRequests?: any[], kwargs?: DockerTypesModule_HostConfig_Args): any;
    (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], deviceRequests?: any[], cgroupns?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
    new (version?: string, binds?: Record<string, any> | any[], portBindings?: Record<string, any>, lxcConf?: Record<string, any> | any[], publishAllPorts?: boolean, links?: Record<string, any> | any[], privileged?: boolean, dns?: string[], dnsSearch?: string[], volumesFrom?: string | any[], networkMode?: string, restartPolicy?: Record<string, any> | RestartPolicy, capAdd?: string[], capDrop?: string[], devices?: any[], extraHosts?: Record<string, any> | any[], readOnly?: boolean, pidMode?: string, ipcMode?: string, securityOpt?: string[], ulimits?: any[], logConfig?: Record<string, any> | LogConfig, memLimit?: number | string, memswapLimit?: number | string, memReservation?: number | string, kernelMemory?: number | string, memSwappiness?: number, cgroupParent?: string, groupAdd?: string[] | number, cpuQuota?: number, cpuPeriod?: number, blkioWeight?: number, blkioWeightDevice?: any[], deviceReadBps?: any[], deviceWriteBps?: any[], deviceReadIops?: any[], deviceWriteIops?: any[], oomKillDisable?: boolean, shmSize?: number | string, sysctls?: Record<string, string>, tmpfs?: Record<string, any> | any[], oomScoreAdj?: number, dnsOpt?: string[], cpuShares?: number, cpusetCpus?: string, usernsMode?: string, utsMode?: string, pidsLimit?: number, isolation?: string, autoRemove?: boolean, storageOpt?: Record<string, string>, init?: boolean, initPath?: string, volumeDriver?: string, cpuCount?: number, cpuPercent?: number, nanoCpus?: number, cpusetMems?: string, runtime?: string, mounts?: any[], cpuRtPeriod?: number, cpuRtRuntime?: number, deviceCgroupRules?: string[], deviceRequests?: any[], cgroupns?: string, kwargs?: DockerTypesModule_HostConfig_Args): any;
  };
  /** A container configuration dict, as create_container_config builds it. */
  readonly ContainerConfig: {
    (kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
    new (version?: string, image?: string, command?: string | any[], hostname?: string, user?: string | number, detach?: boolean, stdinOpen?: boolean, tty?: boolean, ports?: Record<string, any> | any[], environment?: Record<string, any> | any[], volumes?: Record<string, any> | any[], networkDisabled?: boolean, entrypoint?: string | any[], workingDir?: string, domainname?: string, hostConfig?: Record<string, any>, macAddress?: string, labels?: Record<string, any> | any[], stopSignal?: string, networkingConfig?: Record<string, any>, healthcheck?: Record<string, any> | Healthcheck, stopTimeout?: number, runtime?: string, kwargs?: DockerTypesModule_ContainerConfig_Args): any;
  };
  /** A NetworkingConfig dict: {EndpointsConfig = endpoints_config}. */
  readonly NetworkingConfig: {
    (kwargs?: DockerTypesModule_NetworkingConfig_Args): any;
    new (kwargs?: DockerTypesModule_NetworkingConfig_Args): any;
    (endpointsConfig?: Record<string, any>, kwargs?: DockerTypesModule_NetworkingConfig_Args): any;
    new (endpointsConfig?: Record<string, any>, kwargs?: DockerTypesModule_NetworkingConfig_Args): any;
  };
  /** An iterator over stream whose close() also closes response, as docker-py wraps events(). */
  readonly CancellableStream: {
    (stream: Iterable<any>, response: Iterable<any> | Socket, kwargs?: DockerTypesModule_CancellableStream_Args): any;
    new (stream: Iterable<any>, response: Iterable<any> | Socket, kwargs?: DockerTypesModule_CancellableStream_Args): any;
  };
}

/** Keyword arguments of docker.types.IPAMConfig. */
interface DockerTypesModule_IPAMConfig_Args {
  /** The IPAM driver. */
  driver?: string;
  /** The address pools: IPAMPool objects (or dicts of their arguments). */
  pool_configs?: any[];
  /** The address pools: IPAMPool objects (or dicts of their arguments). */
  poolConfigs?: any[];
  /** Driver options. */
  options?: Record<string, string>;
}

/** Keyword arguments of docker.types.IPAMPool. */
interface DockerTypesModule_IPAMPool_Args {
  /** The subnet in CIDR notation, e.g. "192.168.52.0/24". */
  subnet?: string;
  /** The range endpoints get addresses from, in CIDR notation. */
  iprange?: string;
  /** The gateway's address. */
  gateway?: string;
  /** Addresses the driver must not hand out: {name = ip}. */
  aux_addresses?: Record<string, string>;
  /** Addresses the driver must not hand out: {name = ip}. */
  auxAddresses?: Record<string, string>;
}

/** Keyword arguments of docker.types.ServiceMode. */
interface DockerTypesModule_ServiceMode_Args {
  /** replicated, global, replicated-job or global-job. (required: by position or here) */
  mode?: string;
  /** Replicas (replicated) or total completions (replicated-job). */
  replicas?: number;
  /** Tasks run at once (replicated-job; default 1). */
  concurrency?: number;
}

/** Keyword arguments of docker.types.TaskTemplate. */
interface DockerTypesModule_TaskTemplate_Args {
  /** The containers of the tasks. (required: by position or here) */
  container_spec?: ContainerSpec | Record<string, any>;
  /** The containers of the tasks. (required: by position or here) */
  containerSpec?: ContainerSpec | Record<string, any>;
  /** Resource limits and reservations. */
  resources?: Resources | Record<string, any>;
  /** The restart policy. */
  restart_policy?: RestartPolicy | Record<string, any>;
  /** The restart policy. */
  restartPolicy?: RestartPolicy | Record<string, any>;
  /** Placement, or a list of constraints. */
  placement?: Placement | Record<string, any> | any[];
  /** The logging driver {Name, Options}. */
  log_driver?: DriverConfig | Record<string, any>;
  /** The logging driver {Name, Options}. */
  logDriver?: DriverConfig | Record<string, any>;
  /** Network names or IDs, or NetworkAttachmentConfig values. */
  networks?: any[];
  /** A counter that forces an update when changed. */
  force_update?: number;
  /** A counter that forces an update when changed. */
  forceUpdate?: number;
}

/** Keyword arguments of docker.types.ContainerSpec. */
interface DockerTypesModule_ContainerSpec_Args {
  /** The image. (required: by position or here) */
  image?: string;
  /** The command: a str (split like a shell) or a list. */
  command?: string | any[];
  /** Arguments of the command. */
  args?: string[];
  /** The containers' host name. */
  hostname?: string;
  /** Environment: a dict or a list of "KEY=value". */
  env?: Record<string, any> | any[];
  /** Working directory. */
  workdir?: string;
  /** User to run as. */
  user?: string;
  /** Labels of the containers. */
  labels?: Record<string, string>;
  /** Mounts: Mount values, dicts or "source:target[:ro]" strings. */
  mounts?: any[];
  /** Nanoseconds to wait before killing. */
  stop_grace_period?: number;
  /** Nanoseconds to wait before killing. */
  stopGracePeriod?: number;
  /** SecretReference values (or dicts). */
  secrets?: any[];
  /** Allocate a pseudo-TTY. */
  tty?: boolean;
  /** Additional groups. */
  groups?: string[] | number;
  /** Open stdin. */
  open_stdin?: boolean;
  /** Open stdin. */
  openStdin?: boolean;
  /** Mount the root filesystem read-only. */
  read_only?: boolean;
  /** Mount the root filesystem read-only. */
  readOnly?: boolean;
  /** Signal that stops the containers. */
  stop_signal?: string;
  /** Signal that stops the containers. */
  stopSignal?: string;
  /** The healthcheck. */
  healthcheck?: Healthcheck | Record<string, any>;
  /** Extra /etc/hosts entries {host = ip}, or a list of "ip host". */
  hosts?: Record<string, any> | any[];
  /** Resolver configuration. */
  dns_config?: DNSConfig | Record<string, any>;
  /** Resolver configuration. */
  dnsConfig?: DNSConfig | Record<string, any>;
  /** ConfigReference values (or dicts). */
  configs?: any[];
  /** Security options. */
  privileges?: Privileges | Record<string, any>;
  /** Isolation technology (Windows). */
  isolation?: string;
  /** Run an init process in the containers. */
  init?: boolean;
  /** Capabilities to add. */
  cap_add?: string[];
  /** Capabilities to add. */
  capAdd?: string[];
  /** Capabilities to drop. */
  cap_drop?: string[];
  /** Capabilities to drop. */
  capDrop?: string[];
  /** Kernel parameters. */
  sysctls?: Record<string, string>;
}

/** Keyword arguments of docker.types.Resources. */
interface DockerTypesModule_Resources_Args {
  /** CPU limit in units of 1e-9 CPUs. */
  cpu_limit?: number;
  /** CPU limit in units of 1e-9 CPUs. */
  cpuLimit?: number;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  mem_limit?: number | string;
  /** Memory limit: int bytes or a str with unit ("512m", "1g"). */
  memLimit?: number | string;
  /** CPU reservation in units of 1e-9 CPUs. */
  cpu_reservation?: number;
  /** CPU reservation in units of 1e-9 CPUs. */
  cpuReservation?: number;
  /** Memory reservation: int bytes or a str with unit ("512m", "1g"). */
  mem_reservation?: number | string;
  /** Memory reservation: int bytes or a str with unit ("512m", "1g"). */
  memReservation?: number | string;
  /** Generic resources {kind = int or str}, or the daemon's list. */
  generic_resources?: Record<string, any> | any[];
  /** Generic resources {kind = int or str}, or the daemon's list. */
  genericResources?: Record<string, any> | any[];
}

/** Keyword arguments of docker.types.UpdateConfig. */
interface DockerTypesModule_UpdateConfig_Args {
  /** Tasks updated at once (0: all). */
  parallelism?: number;
  /** Nanoseconds between updates. */
  delay?: number;
  /** continue, pause or rollback. */
  failure_action?: string;
  /** continue, pause or rollback. */
  failureAction?: string;
  /** Nanoseconds to watch each task after its update. */
  monitor?: number;
  /** Failure ratio tolerated, from 0 to 1. */
  max_failure_ratio?: number;
  /** Failure ratio tolerated, from 0 to 1. */
  maxFailureRatio?: number;
  /** start-first or stop-first. */
  order?: string;
}

/** Keyword arguments of docker.types.RollbackConfig. */
interface DockerTypesModule_RollbackConfig_Args {
  /** Tasks updated at once (0: all). */
  parallelism?: number;
  /** Nanoseconds between updates. */
  delay?: number;
  /** continue, pause or rollback. */
  failure_action?: string;
  /** continue, pause or rollback. */
  failureAction?: string;
  /** Nanoseconds to watch each task after its update. */
  monitor?: number;
  /** Failure ratio tolerated, from 0 to 1. */
  max_failure_ratio?: number;
  /** Failure ratio tolerated, from 0 to 1. */
  maxFailureRatio?: number;
  /** start-first or stop-first. */
  order?: string;
}

/** Keyword arguments of docker.types.DriverConfig. */
interface DockerTypesModule_DriverConfig_Args {
  /** The driver's name. (required: by position or here) */
  name?: string;
  /** The driver's options. */
  options?: Record<string, string>;
}

/** Keyword arguments of docker.types.EndpointSpec. */
interface DockerTypesModule_EndpointSpec_Args {
  /** vip (default) or dnsrr. */
  mode?: string;
  /** {published = target} or {published = {target, protocol, mode}}, or the daemon's list. */
  ports?: Record<string, any> | any[];
}

/** Keyword arguments of docker.types.Placement. */
interface DockerTypesModule_Placement_Args {
  /** Constraints such as "node.role==manager". */
  constraints?: string[];
  /** PlacementPreference values or (strategy, descriptor) pairs. */
  preferences?: any[];
  /** (architecture, os) pairs. */
  platforms?: any[];
  /** Tasks per node at most. */
  maxreplicas?: number;
}

/** Keyword arguments of docker.types.PlacementPreference. */
interface DockerTypesModule_PlacementPreference_Args {
  /** The strategy: spread. (required: by position or here) */
  strategy?: string;
  /** The label to spread over, e.g. "node.labels.zone". (required: by position or here) */
  descriptor?: string;
}

/** Keyword arguments of docker.types.SecretReference. */
interface DockerTypesModule_SecretReference_Args {
  /** The secret's ID (or the Secret). (required: by position or here) */
  secret_id?: string | Record<string, any> | object;
  /** The secret's ID (or the Secret). (required: by position or here) */
  secretId?: string | Record<string, any> | object;
  /** The secret's name. (required: by position or here) */
  secret_name?: string;
  /** The secret's name. (required: by position or here) */
  secretName?: string;
  /** File name in the container (default: the name). */
  filename?: string;
  /** Owner's UID (default "0"). */
  uid?: string;
  /** Owner's GID (default "0"). */
  gid?: string;
  /** Permission bits (default 0o444). */
  mode?: number;
}

/** Keyword arguments of docker.types.ConfigReference. */
interface DockerTypesModule_ConfigReference_Args {
  /** The config's ID (or the Config). (required: by position or here) */
  config_id?: string | Record<string, any> | object;
  /** The config's ID (or the Config). (required: by position or here) */
  configId?: string | Record<string, any> | object;
  /** The config's name. (required: by position or here) */
  config_name?: string;
  /** The config's name. (required: by position or here) */
  configName?: string;
  /** File name in the container (default: the name). */
  filename?: string;
  /** Owner's UID (default "0"). */
  uid?: string;
  /** Owner's GID (default "0"). */
  gid?: string;
  /** Permission bits (default 0o444). */
  mode?: number;
}

/** Keyword arguments of docker.types.NetworkAttachmentConfig. */
interface DockerTypesModule_NetworkAttachmentConfig_Args {
  /** The network's name or ID. (required: by position or here) */
  target?: string;
  /** Network-scoped aliases. */
  aliases?: string[];
  /** Driver options. */
  options?: Record<string, string>;
}

/** Keyword arguments of docker.types.DNSConfig. */
interface DockerTypesModule_DNSConfig_Args {
  /** Name server addresses. */
  nameservers?: string[];
  /** Search domains. */
  search?: string[];
  /** Resolver options. */
  options?: string[];
}

/** Keyword arguments of docker.types.Privileges. */
interface DockerTypesModule_Privileges_Args {
  /** Credential spec file (Windows). */
  credentialspec_file?: string;
  /** Credential spec file (Windows). */
  credentialspecFile?: string;
  /** Credential spec registry value (Windows). */
  credentialspec_registry?: string;
  /** Credential spec registry value (Windows). */
  credentialspecRegistry?: string;
  /** Disable SELinux labeling. */
  selinux_disable?: boolean;
  /** Disable SELinux labeling. */
  selinuxDisable?: boolean;
  /** SELinux user label. */
  selinux_user?: string;
  /** SELinux user label. */
  selinuxUser?: string;
  /** SELinux role label. */
  selinux_role?: string;
  /** SELinux role label. */
  selinuxRole?: string;
  /** SELinux type label. */
  selinux_type?: string;
  /** SELinux type label. */
  selinuxType?: string;
  /** SELinux level label. */
  selinux_level?: string;
  /** SELinux level label. */
  selinuxLevel?: string;
}

/** Keyword arguments of docker.types.SwarmSpec. */
interface DockerTypesModule_SwarmSpec_Args {
  /** The API version the spec is for, e.g. "1.41". (required: by position or here) */
  version?: string;
  /** Tasks kept in history per slot. */
  task_history_retention_limit?: number;
  /** Tasks kept in history per slot. */
  taskHistoryRetentionLimit?: number;
  /** Raft log entries between snapshots. */
  snapshot_interval?: number;
  /** Raft log entries between snapshots. */
  snapshotInterval?: number;
  /** Old snapshots kept. */
  keep_old_snapshots?: number;
  /** Old snapshots kept. */
  keepOldSnapshots?: number;
  /** Log entries kept for slow followers. */
  log_entries_for_slow_followers?: number;
  /** Log entries kept for slow followers. */
  logEntriesForSlowFollowers?: number;
  /** Ticks between heartbeats. */
  heartbeat_tick?: number;
  /** Ticks between heartbeats. */
  heartbeatTick?: number;
  /** Ticks before an election. */
  election_tick?: number;
  /** Ticks before an election. */
  electionTick?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcher_heartbeat_period?: number;
  /** Nanoseconds between node heartbeats. */
  dispatcherHeartbeatPeriod?: number;
  /** Node certificates' lifetime in nanoseconds. */
  node_cert_expiry?: number;
  /** Node certificates' lifetime in nanoseconds. */
  nodeCertExpiry?: number;
  /** SwarmExternalCA values (or dicts). */
  external_cas?: any[];
  /** SwarmExternalCA values (or dicts). */
  externalCas?: any[];
  /** The swarm's name. */
  name?: string;
  /** The swarm's labels. */
  labels?: Record<string, string>;
  /** Root CA certificate (PEM). */
  signing_ca_cert?: string;
  /** Root CA certificate (PEM). */
  signingCaCert?: string;
  /** Root CA key (PEM). */
  signing_ca_key?: string;
  /** Root CA key (PEM). */
  signingCaKey?: string;
  /** A counter that forces a CA rotation when changed. */
  ca_force_rotate?: number;
  /** A counter that forces a CA rotation when changed. */
  caForceRotate?: number;
  /** Lock managers' keys with an unlock key. */
  autolock_managers?: boolean;
  /** Lock managers' keys with an unlock key. */
  autolockManagers?: boolean;
  /** Default logging driver of tasks. */
  log_driver?: DriverConfig | Record<string, any>;
  /** Default logging driver of tasks. */
  logDriver?: DriverConfig | Record<string, any>;
}

/** Keyword arguments of docker.types.SwarmExternalCA. */
interface DockerTypesModule_SwarmExternalCA_Args {
  /** The CA's URL. (required: by position or here) */
  url?: string;
  /** The protocol: cfssl. */
  protocol?: string;
  /** Protocol options. */
  options?: Record<string, string>;
  /** The CA's certificate (PEM). */
  ca_cert?: string;
  /** The CA's certificate (PEM). */
  caCert?: string;
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

/** Keyword arguments of docker.types.HostConfig. */
interface DockerTypesModule_HostConfig_Args {
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
  group_add?: string[] | number;
  /** Additional groups (names or IDs). */
  groupAdd?: string[] | number;
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

/** Keyword arguments of docker.types.ContainerConfig. */
interface DockerTypesModule_ContainerConfig_Args {
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
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networking_config?: Record<string, any>;
  /** Endpoint settings per network: {net = docker.types.EndpointConfig{...}}. */
  networkingConfig?: Record<string, any>;
  /** API version (accepted for docker-py compatibility). */
  version?: string;
  /** OCI runtime to run the container with. */
  runtime?: string;
  /** A HostConfig dict (from create_host_config). */
  host_config?: Record<string, any>;
  /** A HostConfig dict (from create_host_config). */
  hostConfig?: Record<string, any>;
}

/** Keyword arguments of docker.types.NetworkingConfig. */
interface DockerTypesModule_NetworkingConfig_Args {
  /** Endpoint settings per network: {net = api:create_endpoint_config{...}}. */
  endpoints_config?: Record<string, any>;
  /** Endpoint settings per network: {net = api:create_endpoint_config{...}}. */
  endpointsConfig?: Record<string, any>;
}

/** Keyword arguments of docker.types.CancellableStream. */
interface DockerTypesModule_CancellableStream_Args {
  /** The stream to iterate. (required: by position or here) */
  stream?: Iterable<any>;
  /** What close() closes besides the stream (its connection). (required: by position or here) */
  response?: Iterable<any> | Socket;
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
  /** The daemon could not be reached, broke the connection or did not answer in time. */
  ConnectionError: DScriptErrorClass;
  /** A stream from the daemon was cut short (broken connection, daemon gone, truncated frame). */
  StreamError: DScriptErrorClass;
  /** The runtime's policy does not allow the operation. */
  PolicyDenied: DScriptErrorClass;
  is(err: any, cls: DScriptErrorClass): boolean;
}

interface DockerModule {
  errors: DockerErrors;
}

declare const docker: DockerModule;

declare function require(name: "docker"): DockerModule;
declare function require(name: "docker.context"): DockerContextModule;
declare function require(name: "docker.tls"): DockerTlsModule;
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
declare module "docker.context" {
  const module: DockerContextModule;
  export = module;
}
declare module "docker.tls" {
  const module: DockerTlsModule;
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
