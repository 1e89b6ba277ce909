package bindings

import (
	"encoding/json"
	"fmt"

	"github.com/dscript/dscript/engine"
)

// The service and task operations of client.api, declared once with
// docker-py's names, positional order and defaults (docker-py's
// api/service.py). The Service model binds to them (services.go).

// ServiceArgs name one service.
type ServiceArgs struct {
	Service Ref `arg:"service" pos:"0" req:"true" doc:"The service: ID, name, Service or the {ID} dict create_service returns."`
}

// ServiceSpecArgs are the spec parameters of api.create_service() and
// api.update_service().
type ServiceSpecArgs struct {
	Name           *string           `arg:"name" doc:"The service's name."`
	Labels         map[string]string `arg:"labels" doc:"The service's labels."`
	Mode           ServiceModeSpec   `arg:"mode" doc:"A ServiceMode, a mode name, or a dict such as {replicated = {Replicas = 2}} (default replicated, 1 replica)."`
	UpdateConfig   UpdateConfigDict  `arg:"update_config" doc:"How updates are made."`
	Networks       ServiceNetworks   `arg:"networks" doc:"Networks (deprecated: use the TaskTemplate's networks)."`
	EndpointConfig map[string]any    `arg:"endpoint_config" doc:"Accepted and ignored, as docker-py does."`
	EndpointSpec   EndpointSpecDict  `arg:"endpoint_spec" doc:"Published ports and endpoint mode."`
	RollbackConfig UpdateConfigDict  `arg:"rollback_config" kind:"RollbackConfig|dict" doc:"How rollbacks are made."`
}

// CreateServiceArgs are api.create_service()'s parameters.
type CreateServiceArgs struct {
	_            struct{}         `order:"task_template,name,labels,mode,update_config,networks,endpoint_config,endpoint_spec,rollback_config"`
	TaskTemplate TaskTemplateDict `arg:"task_template" req:"true" doc:"The task specification (docker.types.TaskTemplate)."`
	ServiceSpecArgs
}

// UpdateServiceArgs are api.update_service()'s parameters.
type UpdateServiceArgs struct {
	_ struct{} `order:"service,version,task_template,name,labels,mode,update_config,networks,endpoint_config,endpoint_spec,fetch_current_spec,rollback_config"`
	ServiceArgs
	Version      int64            `arg:"version" req:"true" doc:"The service's current Version.Index."`
	TaskTemplate TaskTemplateDict `arg:"task_template" doc:"Changes to the task specification (docker.types.TaskTemplate); ContainerSpec is merged key by key."`
	ServiceSpecArgs
	FetchCurrentSpec bool `arg:"fetch_current_spec" doc:"Start from the current spec: what is not given is kept."`
}

// ServicesArgs are api.services()'s parameters.
type ServicesArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"Filters such as {name=\"web\"}, {label=\"a=b\"}, {mode=\"replicated\"}."`
	Status  *bool   `arg:"status" pos:"1" doc:"Include ServiceStatus (running and desired tasks)."`
}

// InspectServiceArgs are api.inspect_service()'s parameters.
type InspectServiceArgs struct {
	ServiceArgs
	InsertDefaults *bool `arg:"insert_defaults" pos:"1" doc:"Fill the spec's unset fields with their defaults."`
}

// ServiceLogsArgs are api.service_logs()'s parameters.
type ServiceLogsArgs struct {
	ServiceArgs
	Details    bool      `arg:"details" pos:"1" doc:"Add each line's details (labels, task)."`
	Follow     bool      `arg:"follow" pos:"2" doc:"Keep streaming new output."`
	Stdout     bool      `arg:"stdout" pos:"3" doc:"Include stdout."`
	Stderr     bool      `arg:"stderr" pos:"4" doc:"Include stderr."`
	Since      Timestamp `arg:"since" pos:"5" default:"0" doc:"Only output after this time (Unix seconds, RFC 3339 or Date)."`
	Timestamps bool      `arg:"timestamps" pos:"6" doc:"Prefix each line with its timestamp."`
	Tail       StrOrInt  `arg:"tail" pos:"7" default:"\"all\"" doc:"Lines from the end, or \"all\"."`
	IsTTY      *bool     `arg:"is_tty" pos:"8" doc:"Whether the containers have a TTY (default: read from the service)."`
}

// TasksArgs are api.tasks()'s parameters.
type TasksArgs struct {
	Filters Filters `arg:"filters" pos:"0" doc:"Filters such as {service=\"web\"}, {[\"desired-state\"]=\"running\"}."`
}

// TaskArgs name one task.
type TaskArgs struct {
	Task Ref `arg:"task" pos:"0" req:"true" doc:"The task's ID."`
}

func inspectService(c *Call, a *APIClient, id string) (json.RawMessage, error) {
	return a.eng.ServiceInspect(c.Context(), id, false)
}

// plain turns a docker.types value (or a dict holding some) into plain
// dicts and lists, as docker-py's dict subclasses are.
func plain(v any) any {
	switch x := v.(type) {
	case dictObject:
		return plain(x.dict())
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return v
}

func dictOf(v any) map[string]any {
	d, _ := plain(v).(map[string]any)
	return d
}

func (a *APIClient) createService(c *Call, x *CreateServiceArgs) (any, error) {
	tt := map[string]any(x.TaskTemplate)
	if err := a.checkServiceFeatures(c, tt, x.UpdateConfig, x.EndpointSpec, x.RollbackConfig); err != nil {
		return nil, err
	}
	cs, _ := tt["ContainerSpec"].(map[string]any)
	if img, _ := cs["Image"].(string); img == "" {
		return nil, Errorf(DockerException, "%s: Missing mandatory Image key in ContainerSpec", c.Name())
	}
	body := postBody(map[string]any{"Name": optStr(x.Name), "Labels": optStringMap(x.Labels), "TaskTemplate": tt, "Mode": optMap(x.Mode),
		"Networks": optList(x.Networks), "EndpointSpec": optMap(x.EndpointSpec), "UpdateConfig": optMap(x.UpdateConfig), "RollbackConfig": optMap(x.RollbackConfig)})
	auth, err := a.serviceAuth(c, tt)
	if err != nil {
		return nil, err
	}
	return decodeRaw(a.eng.ServiceCreate(c.Context(), engine.ServiceCreateOptions{RegistryAuth: auth}, body))
}

// mergeTaskTemplate is docker-py's _merge_task_template: the override's
// keys replace the current ones, ContainerSpec key by key, None values
// left out.
func mergeTaskTemplate(current, override map[string]any) map[string]any {
	merged := make(map[string]any, len(current))
	for k, v := range current {
		merged[k] = v
	}
	for k, v := range override {
		if k == "ContainerSpec" {
			cs := map[string]any{}
			if cur, ok := merged["ContainerSpec"].(map[string]any); ok {
				for ck, cv := range cur {
					cs[ck] = cv
				}
			}
			over, _ := v.(map[string]any)
			for ck, cv := range over {
				if cv != nil {
					cs[ck] = cv
				}
			}
			merged["ContainerSpec"] = cs
		} else if v != nil {
			merged[k] = v
		}
	}
	return merged
}

func (a *APIClient) updateService(c *Call, x *UpdateServiceArgs) (any, error) {
	if x.Version <= 0 {
		return nil, ArgError(c.Name(), "argument 'version' must be the service's Version.Index, not %d", x.Version)
	}
	if err := a.checkServiceFeatures(c, x.TaskTemplate, x.UpdateConfig, x.EndpointSpec, x.RollbackConfig); err != nil {
		return nil, err
	}
	current := map[string]any{}
	if x.FetchCurrentSpec {
		raw, err := a.eng.ServiceInspect(c.Context(), x.Service.ID, true)
		if err != nil {
			return nil, err
		}
		v, err := DecodeJSON(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: the service's inspect answer: %w", c.Name(), err)
		}
		if d, ok := v.(map[string]any); ok {
			if spec, ok := d["Spec"].(map[string]any); ok {
				current = spec
			}
		}
	}
	or := func(v any, key string) any {
		if v != nil {
			return v
		}
		return current[key]
	}
	data := map[string]any{"Name": or(optStr(x.Name), "Name"), "Labels": or(optStringMap(x.Labels), "Labels"),
		"Mode": or(optMap(x.Mode), "Mode")}
	curTT, _ := current["TaskTemplate"].(map[string]any)
	tt := mergeTaskTemplate(curTT, x.TaskTemplate)
	data["TaskTemplate"] = tt
	data["UpdateConfig"] = or(optMap(x.UpdateConfig), "UpdateConfig")
	data["RollbackConfig"] = or(optMap(x.RollbackConfig), "RollbackConfig")
	if x.Networks != nil {
		tt["Networks"] = []any(x.Networks)
	} else if tt["Networks"] == nil {
		n := curTT["Networks"]
		if n == nil {
			n = current["Networks"]
		}
		if n != nil {
			tt["Networks"] = n
		}
	}
	data["EndpointSpec"] = or(optMap(x.EndpointSpec), "EndpointSpec")
	auth, err := a.serviceAuth(c, x.TaskTemplate)
	if err != nil {
		return nil, err
	}
	return decodeRaw(a.eng.ServiceUpdate(c.Context(), x.Service.ID, engine.ServiceUpdateOptions{Version: uint64(x.Version), RegistryAuth: auth}, postBody(data)))
}

// serviceAuth is the X-Registry-Auth of a service's image, as docker-py
// sends it: the credentials known for the registry of the task template's
// ContainerSpec.Image, "" when there are none or no image is given.
func (a *APIClient) serviceAuth(c *Call, tt map[string]any) (string, error) {
	spec, _ := tt["ContainerSpec"].(map[string]any)
	image, _ := spec["Image"].(string)
	if image == "" {
		return "", nil
	}
	return a.registryAuthHeader(c, image, nil)
}

func (a *APIClient) serviceLogs(c *Call, x *ServiceLogsArgs) (any, error) {
	tty := false
	if x.IsTTY != nil {
		tty = *x.IsTTY
	} else {
		raw, err := inspectService(c, a, x.Service.ID)
		if err != nil {
			return nil, err
		}
		var s struct {
			Spec struct {
				TaskTemplate struct{ ContainerSpec struct{ TTY bool } }
			}
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
		tty = s.Spec.TaskTemplate.ContainerSpec.TTY
	}
	o := engine.ServiceLogsOptions{Details: x.Details, Follow: x.Follow, Stdout: x.Stdout, Stderr: x.Stderr,
		Since: string(x.Since), Timestamps: x.Timestamps, Tail: string(x.Tail)}
	rc, err := a.eng.ServiceLogs(c.Context(), x.Service.ID, o)
	if err != nil {
		return nil, err
	}
	return frameStream(engine.NewFrameReader(rc, tty), false), nil
}

// The api methods the models bind.
var (
	apiServices = Def(APIClientClass, "services", "List the swarm's services.", func(c *Call, a *APIClient, x *ServicesArgs) (any, error) {
		o := engine.ServiceListOptions{Filters: x.Filters}
		if x.Status != nil {
			if err := a.eng.RequireVersion(c.Context(), c.Name()+" (status)", "1.41"); err != nil {
				return nil, err
			}
			o.Status = *x.Status
		}
		return decodeRaw(a.eng.ServiceList(c.Context(), o))
	})
	_ = Def(APIClientClass, "create_service", "Create a service; returns {ID, Warnings}.", func(c *Call, a *APIClient, x *CreateServiceArgs) (any, error) {
		return a.createService(c, x)
	})
	_ = Def(APIClientClass, "inspect_service", "Inspect a service.", func(c *Call, a *APIClient, x *InspectServiceArgs) (any, error) {
		d := false
		if x.InsertDefaults != nil {
			if err := a.eng.RequireVersion(c.Context(), c.Name()+" (insert_defaults)", "1.29"); err != nil {
				return nil, err
			}
			d = *x.InsertDefaults
		}
		return decodeRaw(a.eng.ServiceInspect(c.Context(), x.Service.ID, d))
	})
	_ = Def(APIClientClass, "update_service", "Update a service; returns {Warnings}. Without fetch_current_spec, what is not given is reset.", func(c *Call, a *APIClient, x *UpdateServiceArgs) (any, error) {
		return a.updateService(c, x)
	})
	apiRemoveService = Def(APIClientClass, "remove_service", "Remove a service and its tasks; returns true.", func(c *Call, a *APIClient, x *ServiceArgs) (any, error) {
		if err := a.eng.ServiceDelete(c.Context(), x.Service.ID); err != nil {
			return nil, err
		}
		return true, nil
	})
	apiServiceLogs = Def(APIClientClass, "service_logs", "The logs of a service's tasks: an iterator of text chunks (choose stdout and/or stderr).", func(c *Call, a *APIClient, x *ServiceLogsArgs) (any, error) {
		return a.serviceLogs(c, x)
	})
	apiTasks = Def(APIClientClass, "tasks", "List the swarm's tasks.", func(c *Call, a *APIClient, x *TasksArgs) (any, error) {
		return decodeRaw(a.eng.TaskList(c.Context(), engine.TaskListOptions{Filters: x.Filters}))
	})
	_ = Def(APIClientClass, "inspect_task", "Inspect a task.", func(c *Call, a *APIClient, x *TaskArgs) (any, error) {
		return decodeRaw(a.eng.TaskInspect(c.Context(), x.Task.ID))
	})
)
