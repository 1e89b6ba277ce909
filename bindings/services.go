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
	Name           any `arg:"name" kind:"str" doc:"The service's name."`
	Labels         any `arg:"labels" kind:"dict" doc:"The service's labels."`
	Mode           any `arg:"mode" kind:"ServiceMode|dict|str" doc:"A ServiceMode, or a mode name."`
	UpdateConfig   any `arg:"update_config" kind:"UpdateConfig|dict" doc:"How updates are made."`
	RollbackConfig any `arg:"rollback_config" kind:"RollbackConfig|dict" doc:"How rollbacks are made."`
	EndpointSpec   any `arg:"endpoint_spec" kind:"EndpointSpec|dict" doc:"Published ports and endpoint mode."`
	// ContainerSpec's
	Args            any     `arg:"args" kind:"list" doc:"Arguments of the command."`
	CapAdd          any     `arg:"cap_add" kind:"list" doc:"Capabilities to add."`
	CapDrop         any     `arg:"cap_drop" kind:"list" doc:"Capabilities to drop."`
	Configs         any     `arg:"configs" kind:"list" doc:"ConfigReference values."`
	DNSConfig       any     `arg:"dns_config" kind:"DNSConfig|dict" doc:"Resolver configuration."`
	Env             any     `arg:"env" kind:"dict|list" doc:"Environment: a dict or a list of \"KEY=value\"."`
	Groups          any     `arg:"groups" kind:"list" doc:"Additional groups."`
	Healthcheck     any     `arg:"healthcheck" kind:"Healthcheck|dict" doc:"The healthcheck."`
	Hostname        *string `arg:"hostname" doc:"The containers' host name."`
	Hosts           any     `arg:"hosts" kind:"dict" doc:"Extra /etc/hosts entries {host = ip}."`
	Init            any     `arg:"init" kind:"bool" doc:"Run an init process in the containers."`
	Isolation       *string `arg:"isolation" doc:"Isolation technology (Windows)."`
	Mounts          any     `arg:"mounts" kind:"list" doc:"Mounts: Mount values, dicts or \"source:target[:ro]\" strings."`
	OpenStdin       any     `arg:"open_stdin" kind:"bool" doc:"Open stdin."`
	Privileges      any     `arg:"privileges" kind:"Privileges|dict" doc:"Security options."`
	ReadOnly        any     `arg:"read_only" kind:"bool" doc:"Mount the root filesystem read-only."`
	Secrets         any     `arg:"secrets" kind:"list" doc:"SecretReference values."`
	StopGracePeriod any     `arg:"stop_grace_period" kind:"int" doc:"Nanoseconds to wait before killing."`
	StopSignal      *string `arg:"stop_signal" doc:"Signal that stops the containers."`
	TTY             any     `arg:"tty" kind:"bool" doc:"Allocate a pseudo-TTY."`
	User            *string `arg:"user" doc:"User to run as."`
	Workdir         *string `arg:"workdir" doc:"Working directory."`
	Sysctls         any     `arg:"sysctls" kind:"dict" doc:"Kernel parameters."`
	ContainerLabels any     `arg:"container_labels" kind:"dict" doc:"Labels of the containers."`
	// TaskTemplate's
	Networks      any `arg:"networks" kind:"list" doc:"Network names or IDs, or NetworkAttachmentConfig values."`
	Resources     any `arg:"resources" kind:"Resources|dict" doc:"Resource limits and reservations."`
	RestartPolicy any `arg:"restart_policy" kind:"RestartPolicy|dict" doc:"The restart policy."`
	// Placement's
	Constraints any `arg:"constraints" kind:"list" doc:"Placement constraints such as \"node.role==manager\"."`
	Preferences any `arg:"preferences" kind:"list" doc:"Placement preferences."`
	Platforms   any `arg:"platforms" kind:"list" doc:"(architecture, os) pairs."`
	MaxReplicas any `arg:"maxreplicas" kind:"int" doc:"Tasks per node at most."`
	// the logging driver
	LogDriver        *string `arg:"log_driver" doc:"The logging driver's name."`
	LogDriverOptions any     `arg:"log_driver_options" kind:"dict" doc:"The logging driver's options."`
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
	ForceUpdate      any  `arg:"force_update" kind:"int|bool" doc:"true: force an update (the counter is increased); an int sets the counter."`
	FetchCurrentSpec bool `arg:"fetch_current_spec" default:"true" doc:"Start from the current spec: what is not given is kept."`
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
func serviceSpec(c *Call, image string, command Command, k *ServiceKwargs, forceUpdate any) (*TaskTemplate, *ServiceSpecArgs, error) {
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
	tt := &TaskTemplateArgs{ContainerSpec: cs, Resources: k.Resources, RestartPolicy: k.RestartPolicy, Placement: pl, Networks: k.Networks, ForceUpdate: forceUpdate}
	if k.LogDriver != nil {
		opts := k.LogDriverOptions
		if opts == nil {
			opts = map[string]any{}
		}
		tt.LogDriver = map[string]any{"Name": *k.LogDriver, "Options": opts}
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
	force := x.ForceUpdate
	if b, ok := force.(bool); ok {
		if b {
			cur, _ := ToInt(s.attr("Spec", "TaskTemplate", "ForceUpdate"))
			force = cur + 1
		} else {
			force = nil
		}
	}
	tt, spec, err := serviceSpec(c, image, x.Command, &x.ServiceKwargs, force)
	if err != nil {
		return nil, err
	}
	v, err := versionOf(c, &s.Model)
	if err != nil {
		return nil, err
	}
	return s.client.api.updateService(c, &UpdateServiceArgs{ServiceArgs: ServiceArgs{Ref{ID: s.id}}, Version: v, TaskTemplate: tt, ServiceSpecArgs: *spec, FetchCurrentSpec: x.FetchCurrentSpec})
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
			ServiceSpecArgs: ServiceSpecArgs{Mode: m}, FetchCurrentSpec: true})
	})
	Def(cls, "force_update", "Force the tasks to be replaced, the spec unchanged; returns {Warnings}.", func(c *Call, s *Service, _ *NoArgs) (any, error) {
		return s.update(c, &ServiceUpdateArgs{ForceUpdate: true, FetchCurrentSpec: true})
	})

	cc := ServiceCollectionClass
	Def(cc, "create", "Create a service; keywords are ContainerSpec's, TaskTemplate's, Placement's and create_service's (container_labels, log_driver, log_driver_options too). Returns the Service.", func(c *Call, sc *ServiceCollection, x *ServiceCreateArgs) (any, error) {
		tt, spec, err := serviceSpec(c, x.Image, x.Command, &x.ServiceKwargs, nil)
		if err != nil {
			return nil, err
		}
		v, err := sc.client.api.createService(c, &CreateServiceArgs{TaskTemplate: tt, ServiceSpecArgs: *spec})
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
