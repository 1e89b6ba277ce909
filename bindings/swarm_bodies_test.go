package bindings

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/engine"
)

// The request bodies of the service, swarm, node, secret, config and
// plugin calls are docker-py 7.1's: testdata/swarm-bodies/generate.py ran
// each case of cases.json through docker-py against a fake transport and
// kept what it sent in expected.json. These tests make the same calls
// against a local fake daemon answering the same (answers.json) and
// compare what dscript sends.

type recordedRequest struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Body   any    `json:"body"`
}

// fakeSwarmDaemon is a local fake daemon that records requests and answers
// from answers.json; it stands in for docker-py's fake transport.
type fakeSwarmDaemon struct {
	mu       sync.Mutex
	recorded []recordedRequest
}

func (f *fakeSwarmDaemon) take() []recordedRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.recorded
	f.recorded = nil
	return r
}

func startFakeSwarmDaemon(t *testing.T, version string) (*fakeSwarmDaemon, *Client) {
	t.Helper()
	raw, err := os.ReadFile("testdata/swarm-bodies/answers.json")
	require.NoError(t, err)
	var answers map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &answers))
	f := &fakeSwarmDaemon{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := strings.TrimPrefix(r.URL.Path, "/v"+version)
		if path == "/_ping" || path == "/version" {
			w.Header().Set("Api-Version", "1.41")
			_, _ = io.WriteString(w, `{"ApiVersion":"1.41"}`)
			return
		}
		b, _ := io.ReadAll(r.Body)
		var body any
		if len(b) > 0 {
			v, err := DecodeJSON(b)
			if err != nil {
				t.Errorf("%s %s: body is not JSON: %s", r.Method, path, b)
			}
			body = v
		}
		f.mu.Lock()
		f.recorded = append(f.recorded, recordedRequest{r.Method, path, body})
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if a, ok := answers[r.Method+" "+path]; ok {
			_, _ = w.Write(a)
		}
	}))
	t.Cleanup(srv.Close)
	eng, err := engine.New(engine.Options{Host: "tcp://" + strings.TrimPrefix(srv.URL, "http://"), Version: version})
	require.NoError(t, err)
	t.Cleanup(func() { _ = eng.Close() })
	return f, NewClient(eng)
}

// buildCaseValue turns a case's JSON into script values: {"$type": T,
// "args", "kwargs"} calls docker.types.T, {"$tuple": [...]} is a tuple,
// {"$api": m, ...} calls client.api.m.
func buildCaseValue(t *testing.T, c *Call, cl *Client, v any) any {
	t.Helper()
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = buildCaseValue(t, c, cl, e)
		}
		return out
	case map[string]any:
		if l, ok := x["$tuple"]; ok {
			return Tuple(buildCaseValue(t, c, cl, l).([]any))
		}
		cls, obj, name := TypesModuleClass, Object(Types), x["$type"]
		if n, ok := x["$api"]; ok {
			cls, obj, name = APIClientClass, cl.api, n
		}
		if name != nil {
			m := cls.Lookup(name.(string), false).(*Method)
			return invokeCase(t, c, m, obj, x, cl)
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = buildCaseValue(t, c, cl, e)
		}
		return out
	}
	return v
}

func invokeCase(t *testing.T, c *Call, m *Method, obj Object, x map[string]any, cl *Client) any {
	t.Helper()
	var args []any
	if a, ok := x["args"]; ok {
		args = buildCaseValue(t, c, cl, a).([]any)
	}
	if kw, ok := x["kwargs"]; ok {
		args = append(args, buildCaseValue(t, c, cl, kw))
	}
	v, err := m.Invoke(c, obj, args)
	require.NoError(t, err, "%s", m.FullName())
	return v
}

func TestSwarmRequestBodiesAreDockerPys(t *testing.T) {
	f, cl := startFakeSwarmDaemon(t, "1.41")
	raw, err := os.ReadFile("testdata/swarm-bodies/cases.json")
	require.NoError(t, err)
	casesV, err := DecodeJSON(raw)
	require.NoError(t, err)
	raw, err = os.ReadFile("testdata/swarm-bodies/expected.json")
	require.NoError(t, err)
	expectedV, err := DecodeJSON(raw)
	require.NoError(t, err)
	cases, expected := casesV.([]any), expectedV.([]any)
	require.Len(t, expected, len(cases))

	c := &Call{}
	for i, cv := range cases {
		tc := cv.(map[string]any)
		want := expected[i].(map[string]any)
		t.Run(tc["name"].(string), func(t *testing.T) {
			require.Equal(t, tc["name"], want["name"])
			var target Object
			switch tc["target"] {
			case "api":
				target = cl.api
			case "services":
				target = &ServiceCollection{client: cl}
			case "secrets":
				target = &SecretCollection{client: cl}
			case "configs":
				target = &ConfigCollection{client: cl}
			case "service":
				s, err := ServiceCollectionClass.Lookup("get", false).(*Method).Invoke(c, &ServiceCollection{client: cl}, []any{"svc1"})
				require.NoError(t, err)
				target = s.(Object)
			case "node":
				n, err := NodeCollectionClass.Lookup("get", false).(*Method).Invoke(c, &NodeCollection{client: cl}, []any{"n1"})
				require.NoError(t, err)
				target = n.(Object)
			case "swarm":
				s, err := newSwarm(c, cl)
				require.NoError(t, err)
				target = s
			default:
				t.Fatalf("unknown target %v", tc["target"])
			}
			m := target.Class().Lookup(tc["method"].(string), false).(*Method)
			f.take()
			v := invokeCase(t, c, m, target, tc, cl)
			if it, ok := v.(Iterator); ok {
				require.NoError(t, it.Close())
			}
			got, err := DecodeJSON(mustJSON(t, f.take()))
			require.NoError(t, err)
			assert.Equal(t, want["requests"], got)
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// TestServiceTypeErrors checks that bad values of the service types are
// refused with docker-py's reasons, naming the constructor.
func TestServiceTypeErrors(t *testing.T) {
	tests := []struct {
		typ  string
		args []any
		want string
	}{
		{"ServiceMode", []any{"sometimes"}, `ServiceMode(): mode must be either "replicated", "global", "replicated-job" or "global-job"`},
		{"ServiceMode", []any{"global", int64(2)}, `ServiceMode(): replicas can only be used for "replicated" or "replicated-job" mode`},
		{"ServiceMode", []any{"replicated", map[string]any{"replicas": "2"}}, "ServiceMode(): argument 'replicas' must be int, not str"},
		{"UpdateConfig", []any{map[string]any{"failure_action": "explode"}}, "UpdateConfig(): failure_action must be one of `pause`, `continue`, `rollback`"},
		{"UpdateConfig", []any{map[string]any{"max_failure_ratio": int64(2)}}, "UpdateConfig(): max_failure_ratio must be a number between 0 and 1"},
		{"RollbackConfig", []any{map[string]any{"order": "random"}}, "RollbackConfig(): order must be either `start-first` or `stop-first`"},
		{"UpdateConfig", []any{map[string]any{"monitor": "5s"}}, "UpdateConfig(): argument 'monitor' must be int, not str"},
		{"PlacementPreference", []any{"pack", "node.labels.zone"}, `PlacementPreference(): PlacementPreference strategy value is invalid (pack): must be "spread"`},
		{"Privileges", []any{map[string]any{"credentialspec_file": "a", "credentialspec_registry": "b"}}, "Privileges(): credentialspec_file and credentialspec_registry are mutually exclusive"},
		{"Resources", []any{map[string]any{"generic_resources": "gpu"}}, "Resources(): argument 'generic_resources' must be dict or list, not str"},
		{"ContainerSpec", []any{"busybox", map[string]any{"secrets": "pw"}}, "ContainerSpec(): argument 'secrets' must be list of SecretReference, not str"},
		{"ContainerSpec", []any{"busybox", map[string]any{"sysctls": []any{"a"}}}, "ContainerSpec(): argument 'sysctls' must be dict, not list"},
		{"ContainerSpec", []any{"busybox", "sh -c 'unclosed"}, "ContainerSpec(): argument 'command' cannot be split into words"},
		{"TaskTemplate", []any{map[string]any{"container_spec": map[string]any{}, "force_update": "x"}}, "TaskTemplate(): argument 'force_update' must be int, not str"},
		{"EndpointSpec", []any{map[string]any{"ports": map[string]any{"web": int64(80)}}}, `EndpointSpec(): argument 'ports' has the published port "web", not a port number`},
		{"SecretReference", []any{"", "name"}, "SecretReference(): argument 'secret_id' must not be an empty str"},
		{"SwarmSpec", []any{"1.24", map[string]any{"autolock_managers": true}}, "autolock_managers is not supported in API version < 1.25"},
	}
	for _, tc := range tests {
		t.Run(tc.typ+" "+tc.want, func(t *testing.T) {
			m := TypesModuleClass.Lookup(tc.typ, false).(*Method)
			_, err := m.Invoke(&Call{}, Types, tc.args)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestServiceFeatureVersions checks that fields an older API version lacks
// are refused before any request (docker-py's _check_api_features), with a
// local fake daemon of API 1.24.
func TestServiceFeatureVersions(t *testing.T) {
	f, cl := startFakeSwarmDaemon(t, "1.24")
	c := &Call{}
	spec := func(kw map[string]any) any {
		cs, err := TypesModuleClass.Lookup("ContainerSpec", false).(*Method).Invoke(c, Types, []any{"busybox", kw})
		require.NoError(t, err)
		return map[string]any{"ContainerSpec": cs}
	}
	tests := []struct {
		args []any
		want string
	}{
		{[]any{spec(map[string]any{"init": true})}, "ContainerSpec.init is not supported in API version < 1.38"},
		{[]any{spec(map[string]any{"tty": true})}, "ContainerSpec.tty is not supported in API version < 1.25"},
		{[]any{spec(nil), map[string]any{"update_config": map[string]any{"Order": "start-first"}}}, "UpdateConfig.order is not supported in API version < 1.29"},
		{[]any{spec(nil), map[string]any{"rollback_config": map[string]any{}}}, "rollback_config is not supported in API version < 1.28"},
		{[]any{spec(nil), map[string]any{"endpoint_spec": map[string]any{"Ports": []any{map[string]any{"PublishMode": "host"}}}}}, "EndpointSpec.Ports[].mode is not supported in API version < 1.32"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			_, err := APIClientClass.Lookup("create_service", false).(*Method).Invoke(c, cl.api, tc.args)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, InvalidVersion, e.Class)
			assert.Equal(t, "APIClient.create_service(): "+tc.want, e.Message)
			assert.Empty(t, f.take(), "no request")
		})
	}
}
