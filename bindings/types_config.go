package bindings

// docker.types.HostConfig, ContainerConfig and NetworkingConfig: docker-py's
// dict-building classes, with its positional order over the parameter
// sets that create_host_config, create_container_config and
// create_networking_config declare.

// HostConfigTypeArgs are docker.types.HostConfig's parameters.
type HostConfigTypeArgs struct {
	_ struct{} `order:"version,binds,port_bindings,lxc_conf,publish_all_ports,links,privileged,dns,dns_search,volumes_from,network_mode,restart_policy,cap_add,cap_drop,devices,extra_hosts,read_only,pid_mode,ipc_mode,security_opt,ulimits,log_config,mem_limit,memswap_limit,mem_reservation,kernel_memory,mem_swappiness,cgroup_parent,group_add,cpu_quota,cpu_period,blkio_weight,blkio_weight_device,device_read_bps,device_write_bps,device_read_iops,device_write_iops,oom_kill_disable,shm_size,sysctls,tmpfs,oom_score_adj,dns_opt,cpu_shares,cpuset_cpus,userns_mode,uts_mode,pids_limit,isolation,auto_remove,storage_opt,init,init_path,volume_driver,cpu_count,cpu_percent,nano_cpus,cpuset_mems,runtime,mounts,cpu_rt_period,cpu_rt_runtime,device_cgroup_rules,device_requests,cgroupns" only:"true"`
	HostConfigArgs
}

// ContainerConfigTypeArgs are docker.types.ContainerConfig's parameters.
type ContainerConfigTypeArgs struct {
	_ struct{} `order:"version,image,command,hostname,user,detach,stdin_open,tty,ports,environment,volumes,network_disabled,entrypoint,working_dir,domainname,host_config,mac_address,labels,stop_signal,networking_config,healthcheck,stop_timeout,runtime" only:"true"`
	CreateContainerConfigArgs
}

func init() {
	cls := TypesModuleClass
	m := Func(cls, "HostConfig", "A HostConfig dict, as create_host_config builds it.", func(c *Call, a *HostConfigTypeArgs) (any, error) {
		return a.hostConfig(c.Name(), a.Binds, a.PortBindings)
	})
	m.Ctor = true
	m = Func(cls, "ContainerConfig", "A container configuration dict, as create_container_config builds it.", func(c *Call, a *ContainerConfigTypeArgs) (any, error) {
		return withHostConfig(c.Name(), &a.ContainerConfigArgs, a.HostConfig)
	})
	m.Ctor = true
	m = Func(cls, "NetworkingConfig", "A NetworkingConfig dict: {EndpointsConfig = endpoints_config}.", func(c *Call, a *CreateNetworkingConfigArgs) (any, error) {
		if len(a.EndpointsConfig) == 0 {
			return map[string]any{}, nil
		}
		ec, err := toEndpoints(a.EndpointsConfig)
		if err != nil {
			return nil, ArgError(c.Name(), "argument 'endpoints_config' %v", err)
		}
		return map[string]any{"EndpointsConfig": map[string]any(ec)}, nil
	})
	m.Ctor = true
}
