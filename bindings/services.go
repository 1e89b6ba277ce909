package bindings

import (
	"encoding/json"
	"fmt"
)

// Service is docker-py's Service model.
type Service struct {
	Model
}

// ServiceCollection is client.services.
type ServiceCollection struct {
	client *Client
}

// The classes of services.
var (
	ServiceClass           = RegisterClass(NewClass("Service", "A swarm service (docker-py's Service model)."))
	ServiceCollectionClass = RegisterClass(NewClass("ServiceCollection", "The services of the swarm (client.services)."))
)

// Class implements Object.
func (s *Service) Class() *Class { return ServiceClass }

// Class implements Object.
func (sc *ServiceCollection) Class() *Class { return ServiceCollectionClass }

// API implements APIUser.
func (sc *ServiceCollection) API() *APIClient { return sc.client.api }

// ServiceKwargs are the keywords of services.create() and Service.update()
// (docker-py's _get_create_service_kwargs): ContainerSpec's, TaskTemplate's,
// Placement's and create_service's, sorted out into the spec.
type ServiceKwargs struct {
	// create_service's
	Name           *string           `arg:"name" doc:"The service's name."`
	Labels         map[string]string `arg:"labels" doc:"The service's labels."`
	Mode           ServiceModeSpec   `arg:"mode" doc:"A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}}."`
	UpdateConfig   UpdateConfigDict  `arg:"update_config" doc:"How updates are made."`
	RollbackConfig UpdateConfigDict  `arg:"rollback_config" kind:"RollbackConfig|dict" doc:"How rollbacks are made."`
	EndpointSpec   EndpointSpecDict  `arg:"endpoint_spec" doc:"Published ports and endpoint mode."`
	// ContainerSpec's
	Args            []string          `arg:"args" doc:"Arguments of the command."`
	CapAdd          []string          `arg:"cap_add" doc:"Capabilities to add."`
	CapDrop         []string          `arg:"cap_drop" doc:"Capabilities to drop."`
	Configs         ConfigRefs        `arg:"configs" doc:"ConfigReference values (or dicts)."`
	DNSConfig       DNSConfigDict     `arg:"dns_config" doc:"Resolver configuration."`
	Env             KeyValues         `arg:"env" doc:"Environment: a dict or a list of \"KEY=value\"."`
	Groups          NamesOrIDs        `arg:"groups" doc:"Additional groups."`
	Healthcheck     HealthcheckSpec   `arg:"healthcheck" kind:"Healthcheck|dict" doc:"The healthcheck."`
	Hostname        *string           `arg:"hostname" doc:"The containers' host name."`
	Hosts           TaskHosts         `arg:"hosts" doc:"Extra /etc/hosts entries {host = ip}, or a list of \"ip host\"."`
	Init            *bool             `arg:"init" doc:"Run an init process in the containers."`
	Isolation       *string           `arg:"isolation" doc:"Isolation technology (Windows)."`
	Mounts          Mounts            `arg:"mounts" doc:"Mounts: Mount values, dicts or \"source:target[:ro]\" strings."`
	OpenStdin       *bool             `arg:"open_stdin" doc:"Open stdin."`
	Privileges      PrivilegesDict    `arg:"privileges" doc:"Security options."`
	ReadOnly        *bool             `arg:"read_only" doc:"Mount the root filesystem read-only."`
	Secrets         SecretRefs        `arg:"secrets" doc:"SecretReference values (or dicts)."`
	StopGracePeriod *int64            `arg:"stop_grace_period" doc:"Nanoseconds to wait before killing."`
	StopSignal      *string           `arg:"stop_signal" doc:"Signal that stops the containers."`
	TTY             *bool             `arg:"tty" doc:"Allocate a pseudo-TTY."`
	User            *string           `arg:"user" doc:"User to run as."`
	Workdir         *string           `arg:"workdir" doc:"Working directory."`
	Sysctls         map[string]string `arg:"sysctls" doc:"Kernel parameters."`
	ContainerLabels map[string]string `arg:"container_labels" doc:"Labels of the containers."`
	// TaskTemplate's
	Networks      ServiceNetworks        `arg:"networks" doc:"Network names or IDs, or NetworkAttachmentConfig values."`
	Resources     ResourcesDict          `arg:"resources" doc:"Resource limits and reservations."`
	RestartPolicy SwarmRestartPolicyDict `arg:"restart_policy" doc:"The restart policy."`
	// Placement's
	Constraints []string       `arg:"constraints" doc:"Placement constraints such as \"node.role==manager\"."`
	Preferences PlacementPrefs `arg:"preferences" doc:"Placement preferences: PlacementPreference values or (strategy, descriptor) pairs."`
	Platforms   Platforms      `arg:"platforms" doc:"(architecture, os) pairs."`
	MaxReplicas *int64         `arg:"maxreplicas" doc:"Tasks per node at most."`
	// the logging driver
	LogDriver        *string           `arg:"log_driver" doc:"The logging driver's name."`
	LogDriverOptions map[string]string `arg:"log_driver_options" doc:"The logging driver's options."`
}

// ServiceCreateArgs are services.create()'s parameters.
type ServiceCreateArgs struct {
	Image   string  `arg:"image" pos:"0" req:"true" doc:"The image of the service's containers."`
	Command Command `arg:"command" pos:"1" doc:"The command: a str (split like a shell) or a list."`
	ServiceKwargs
}

// ServiceUpdateArgs are Service.update()'s parameters.
type ServiceUpdateArgs struct {
	Image   *string `arg:"image" doc:"A new image (default: the current one)."`
	Command Command `arg:"command" doc:"A new command."`
	ServiceKwargs
	ForceUpdate      ForceUpdate `arg:"force_update" doc:"true: force an update (the counter is increased); an int sets the counter."`
	FetchCurrentSpec bool        `arg:"fetch_current_spec" default:"true" doc:"Start from the current spec: what is not given is kept."`
}

// ServiceGetArgs are services.get()'s parameters.
type ServiceGetArgs struct {
	ServiceID      string `arg:"service_id" pos:"0" req:"true" doc:"The service's ID or name."`
	InsertDefaults *bool  `arg:"insert_defaults" pos:"1" doc:"Fill the spec's unset fields with their defaults."`
}

// ServiceTasksArgs are Service.tasks()'s parameters.
type ServiceTasksArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"More filters, such as {[\"desired-state\"]=\"running\"}."`
}

// ScaleArgs are Service.scale()'s parameters.
type ScaleArgs struct {
	Replicas int64 `arg:"replicas" pos:"0" req:"true" doc:"The number of replicas."`
}

func newService(cl *Client, raw json.RawMessage) (*Service, error) {
	s := &Service{}
	if err := s.init(cl, raw, false); err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	return s, nil
}

// serviceSpec is docker-py's _get_create_service_kwargs: the keywords
// sorted out into a TaskTemplate and create_service's parameters.
func serviceSpec(c *Call, image string, command Command, k *ServiceKwargs, forceUpdate *int64) (*TaskTemplate, *ServiceSpecArgs, error) {
	cs, err := newContainerSpec(&ContainerSpecArgs{Image: image, Command: command, Args: k.Args, Hostname: k.Hostname, Env: k.Env,
		Workdir: k.Workdir, User: k.User, Labels: k.ContainerLabels, Mounts: k.Mounts, StopGracePeriod: k.StopGracePeriod,
		Secrets: k.Secrets, TTY: k.TTY, Groups: k.Groups, OpenStdin: k.OpenStdin, ReadOnly: k.ReadOnly, StopSignal: k.StopSignal,
		Healthcheck: k.Healthcheck, Hosts: k.Hosts, DNSConfig: k.DNSConfig, Configs: k.Configs, Privileges: k.Privileges,
		Isolation: k.Isolation, Init: k.Init, CapAdd: k.CapAdd, CapDrop: k.CapDrop, Sysctls: k.Sysctls})
	if err != nil {
		return nil, nil, typeArgError(c, err)
	}
	pl, err := newPlacement(&PlacementArgs{Constraints: k.Constraints, Preferences: k.Preferences, Platforms: k.Platforms, MaxReplicas: k.MaxReplicas})
	if err != nil {
		return nil, nil, typeArgError(c, err)
	}
	tt := &TaskTemplateArgs{ContainerSpec: cs.JSONValue().(map[string]any), Resources: k.Resources, RestartPolicy: k.RestartPolicy, Placement: pl.JSONValue().(map[string]any), Networks: k.Networks, ForceUpdate: forceUpdate}
	if k.LogDriver != nil {
		tt.LogDriver = DriverConfig{"Name": *k.LogDriver, "Options": stringMapAny(k.LogDriverOptions)}
	}
	t, err := newTaskTemplate(tt)
	if err != nil {
		return nil, nil, typeArgError(c, err)
	}
	return t, &ServiceSpecArgs{Name: k.Name, Labels: k.Labels, Mode: k.Mode, UpdateConfig: k.UpdateConfig,
		RollbackConfig: k.RollbackConfig, EndpointSpec: k.EndpointSpec}, nil
}

// typeArgError keeps exceptions and names the method in other errors.
func typeArgError(c *Call, err error) error {
	if e, ok := err.(*Error); ok {
		return e
	}
	return ArgError(c.Name(), "%v", err)
}

func (s *Service) update(c *Call, x *ServiceUpdateArgs) (any, error) {
	image := ""
	if x.Image != nil {
		image = *x.Image
	} else {
		image, _ = s.attr("Spec", "TaskTemplate", "ContainerSpec", "Image").(string)
	}
	var force *int64
	switch {
	case x.ForceUpdate.Bump:
		cur, _ := ToInt(s.attr("Spec", "TaskTemplate", "ForceUpdate"))
		cur++
		force = &cur
	case x.ForceUpdate.Given:
		force = &x.ForceUpdate.Counter
	}
	tt, spec, err := serviceSpec(c, image, x.Command, &x.ServiceKwargs, force)
	if err != nil {
		return nil, err
	}
	v, err := versionOf(c, &s.Model)
	if err != nil {
		return nil, err
	}
	return s.client.api.updateService(c, &UpdateServiceArgs{ServiceArgs: ServiceArgs{Ref{ID: s.id}}, Version: v, TaskTemplate: tt.JSONValue().(map[string]any), ServiceSpecArgs: *spec, FetchCurrentSpec: x.FetchCurrentSpec})
}

func init() {
	cls := ServiceClass
	baseMembers(cls, modelKind[*Service]{inspect: inspectService, labels: []string{"Spec", "Labels"}})
	Prop(ClientClass, "services", "The services collection.", func(_ *Call, cl *Client) (any, error) { return &ServiceCollection{client: cl}, nil })
	Prop(cls, "name", "The service's name.", func(_ *Call, s *Service) (any, error) { return s.attr("Spec", "Name"), nil })
	Prop(cls, "version", "The service's Version.Index, which updates need.", func(_ *Call, s *Service) (any, error) { return s.attr("Version", "Index"), nil })
	Bind[*Service](cls, "remove", apiRemoveService, Derived{})
	Bind[*Service](cls, "logs", apiServiceLogs, Derived{KeywordOnly: true})
	Def(cls, "tasks", "The service's tasks (dicts as api.tasks returns them).", func(c *Call, s *Service, x *ServiceTasksArgs) (any, error) {
		return apiTasks.Invoke(c, s.API(), []any{map[string]any{"filters": filtersDict(x.Filters.Add("service", s.id))}})
	})
	Def(cls, "update", "Update the service: services.create's keywords, plus force_update and fetch_current_spec (default true). Returns {Warnings}.", func(c *Call, s *Service, x *ServiceUpdateArgs) (any, error) {
		return s.update(c, x)
	})
	Def(cls, "scale", "Set the number of replicas of a replicated service; returns {Warnings}.", func(c *Call, s *Service, x *ScaleArgs) (any, error) {
		mode, _ := s.attr("Spec", "Mode").(map[string]any)
		if _, global := mode["Global"]; global {
			return nil, ArgError(c.Name(), "Cannot scale a global container")
		}
		m, err := newServiceMode(&ServiceModeArgs{Mode: "replicated", Replicas: &x.Replicas})
		if err != nil {
			return nil, err
		}
		v, err := versionOf(c, &s.Model)
		if err != nil {
			return nil, err
		}
		return s.client.api.updateService(c, &UpdateServiceArgs{ServiceArgs: ServiceArgs{Ref{ID: s.id}}, Version: v,
			ServiceSpecArgs: ServiceSpecArgs{Mode: m.v}, FetchCurrentSpec: true})
	})
	Def(cls, "force_update", "Force the tasks to be replaced, the spec unchanged; returns {Warnings}.", func(c *Call, s *Service, _ *NoArgs) (any, error) {
		return s.update(c, &ServiceUpdateArgs{ForceUpdate: ForceUpdate{Bump: true, Given: true}, FetchCurrentSpec: true})
	})

	cc := ServiceCollectionClass
	Def(cc, "create", "Create a service; keywords are ContainerSpec's, TaskTemplate's, Placement's and create_service's (container_labels, log_driver, log_driver_options too). Returns the Service.", func(c *Call, sc *ServiceCollection, x *ServiceCreateArgs) (any, error) {
		tt, spec, err := serviceSpec(c, x.Image, x.Command, &x.ServiceKwargs, nil)
		if err != nil {
			return nil, err
		}
		v, err := sc.client.api.createService(c, &CreateServiceArgs{TaskTemplate: tt.JSONValue().(map[string]any), ServiceSpecArgs: *spec})
		if err != nil {
			return nil, err
		}
		id, _ := v.(map[string]any)["ID"].(string)
		return getModel(c, sc.client, id, inspectService, newService)
	})
	Def(cc, "get", "Get a service by ID or name.", func(c *Call, sc *ServiceCollection, x *ServiceGetArgs) (any, error) {
		return getModel(c, sc.client, x.ServiceID, func(c *Call, a *APIClient, id string) (json.RawMessage, error) {
			if x.InsertDefaults == nil {
				return inspectService(c, a, id)
			}
			if err := a.eng.RequireVersion(c.Context(), c.Name()+" (insert_defaults)", "1.29"); err != nil {
				return nil, err
			}
			return a.eng.ServiceInspect(c.Context(), id, *x.InsertDefaults)
		}, newService)
	})
	Forward[*ServiceCollection](cc, "list", apiServices, Derived{KeywordOnly: true, Doc: "List the swarm's services as Service objects (filters, status).", Then: func(c *Call, self Object, v any) (any, error) {
		return modelsOf(c, self.(*ServiceCollection).client, v, func() *Service { return &Service{} })
	}})
}

// filtersDict turns filters back into the dict form api methods take.
func filtersDict(f Filters) map[string]any {
	out := make(map[string]any, len(f))
	for k, v := range f {
		out[k] = stringsAny(v)
	}
	return out
}
