package dscript_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// dockerOpts are options whose configured daemon is the test engine.
func dockerOpts() dscript.Options {
	return dscript.Options{Engine: engine.Options{Host: testengine.Get().Host}}
}

// With no network grant, scripts reach only the daemon the host
// configured: clients for other daemons are refused before any connection.
func TestNetworkGrantForDaemons(t *testing.T) {
	home := testengine.Get().Host
	tests := []struct {
		name, lang, src, want string
	}{
		{"lua DockerClient", "lua", `local ok, e = pcall(docker.DockerClient, {base_url = "tcp://127.0.0.1:1"}) print(ok, e.class, e)`, "PolicyDenied"},
		{"lua APIClient", "lua", `local ok, e = pcall(docker.APIClient, "tcp://127.0.0.1:1") print(ok, e.class, e)`, "PolicyDenied"},
		{"lua from_env environment", "lua", `local ok, e = pcall(docker.from_env, {environment = {DOCKER_HOST = "tcp://127.0.0.1:1"}}) print(ok, e.class, e)`, "PolicyDenied"},
		{"lua home daemon", "lua", `print(docker.DockerClient{base_url = "` + home + `"}:ping(), docker.from_env{environment = {DOCKER_HOST = "` + home + `"}}:ping(), docker.from_env():ping())`, "true\ttrue\ttrue"},
		{"js DockerClient", "js", `try { docker.DockerClient({baseUrl: "tcp://127.0.0.1:1"}) } catch (e) { print(e.name, e.message) }`, "PolicyDenied"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := run(t, dscript.Lang(tc.lang), dockerOpts(), tc.src)
			require.NoError(t, err)
			assert.Contains(t, out, tc.want)
			if tc.want == "PolicyDenied" {
				assert.Contains(t, out, "tcp://127.0.0.1:1 is not the configured daemon, and this runtime's policy does not grant the network capability")
			}
		})
	}
	t.Run("granted", func(t *testing.T) {
		opts := dockerOpts()
		opts.Policy.Network = true
		out, err := run(t, dscript.Lua, opts, `local ok, err = pcall(function() return docker.DockerClient{base_url = "tcp://127.0.0.1:1"}:ping() end) print(ok, err.class)`)
		require.NoError(t, err)
		assert.Equal(t, "false\tConnectionError\n", out, "the client is made; the connection fails")
	})
}

// The Docker policy is checked before any request: read-only, allow and
// deny lists, and a veto over what a create asks for. A refusal is a
// PolicyDenied (a DockerException) naming the operation and the rule.
func TestDockerPolicy(t *testing.T) {
	prefix := testengine.Name(t, "policy")
	t.Cleanup(func() { removeByPrefix(t, prefix) })
	tests := []struct {
		name   string
		policy dscript.DockerPolicy
		src    string
		want   string
	}{
		{"read-only allows reads", dscript.DockerPolicy{ReadOnly: true},
			`local c = docker.from_env() print(c:ping(), type(c.containers:list{all = true}), type(c.api:version()))`, "true\ttable\ttable\n"},
		{"read-only refuses run", dscript.DockerPolicy{ReadOnly: true},
			`local ok, e = pcall(function() return docker.from_env().containers:run("busybox", "true", {name = "` + prefix + `-ro"}) end)
			print(ok, e.class, e.message)`,
			"false\tPolicyDenied\tContainerCollection.run: denied by this runtime's policy (read-only)\n"},
		{"deny list", dscript.DockerPolicy{Deny: []string{"ContainerCollection.run", "Container.*"}},
			`local ok, e = pcall(function() return docker.from_env().containers:run("busybox", "true") end) print(e.message)`,
			"ContainerCollection.run: denied by this runtime's policy (deny list)\n"},
		{"allow list", dscript.DockerPolicy{Allow: []string{"docker.from_env", "DockerClient.ping"}},
			`local c = docker.from_env() print(c:ping()) print(select(2, pcall(c.info, c)).message)`,
			"true\nDockerClient.info: denied by this runtime's policy (not in the allow list)\n"},
		{"veto of a bind", dscript.DockerPolicy{VetoCreate: dscript.DenyHostAccess},
			`print(select(2, pcall(function() return docker.from_env().containers:run("busybox", "true", {volumes = {["/etc"] = {bind = "/x"}}}) end)).message)`,
			"ContainerCollection.run: denied by this runtime's policy (create veto: binds of host paths are not allowed (/etc:/x:rw))\n"},
		{"veto of a bind mount", dscript.DockerPolicy{VetoCreate: dscript.DenyHostAccess},
			`print(select(2, pcall(function() return docker.from_env().containers:create("busybox", "true", {mounts = {docker.types.Mount("/x", "/var/run", "bind")}}) end)).message)`,
			"ContainerCollection.create: denied by this runtime's policy (create veto: binds of host paths are not allowed (/var/run))\n"},
		{"veto of privileged", dscript.DockerPolicy{VetoCreate: dscript.DenyHostAccess},
			`print(select(2, pcall(function() return docker.from_env().containers:run("busybox", "true", {privileged = true}) end)).message)`,
			"ContainerCollection.run: denied by this runtime's policy (create veto: privileged containers are not allowed)\n"},
		{"veto of devices and host namespaces, low-level", dscript.DockerPolicy{VetoCreate: dscript.DenyHostAccess},
			`local api = docker.from_env().api
			print(select(2, pcall(api.create_container, api, "busybox", "true", {host_config = api:create_host_config{devices = {"/dev/null:/dev/x:rwm"}}})).message)
			print(select(2, pcall(api.create_container, api, "busybox", "true", {host_config = api:create_host_config{pid_mode = "host", network_mode = "host"}})).message)`,
			"APIClient.create_container: denied by this runtime's policy (create veto: host devices are not allowed (/dev/null))\n" +
				"APIClient.create_container: denied by this runtime's policy (create veto: the host's namespaces are not allowed (network, pid))\n"},
		{"veto lets a plain container run", dscript.DockerPolicy{VetoCreate: dscript.DenyHostAccess},
			`print(docker.from_env().containers:run("busybox", "echo allowed", {name = "` + prefix + `-ok", remove = true, tmpfs = {["/data"] = ""}}))`,
			"allowed\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := dockerOpts()
			opts.Docker = &tc.policy
			out, err := run(t, dscript.Lua, opts, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, out)
		})
	}
	t.Run("js", func(t *testing.T) {
		opts := dockerOpts()
		opts.Docker = &dscript.DockerPolicy{ReadOnly: true}
		out, err := run(t, dscript.JavaScript, opts, `try { docker.fromEnv().containers.run("busybox", "true") } catch (e) { print(e.name, e instanceof docker.errors.DockerException, e.message) }`)
		require.NoError(t, err)
		assert.Equal(t, "PolicyDenied\ttrue\tContainerCollection.run: denied by this runtime's policy (read-only)\n", out)
	})
	c := testengine.Get().Client
	raw, err := c.ContainerList(context.Background(), engine.ContainerListOptions{All: true, Filters: engine.Filters{"name": {prefix}}})
	require.NoError(t, err)
	assert.Empty(t, idsOf(t, raw), "no refused container was created")
}

// Close closes every client and connection scripts opened: no goroutine
// is left, for one runtime and for 50 used at once.
func TestCloseLeavesNothing(t *testing.T) {
	name := testengine.Name(t, "leak")
	t.Cleanup(func() { removeByPrefix(t, name) })
	out, err := run(t, dscript.Lua, dockerOpts(), `docker.from_env().containers:run("busybox", "echo logged", {name = "`+name+`", detach = true}):wait()`)
	require.NoError(t, err, out)
	host := testengine.Get().Host
	src := map[dscript.Lang]string{
		dscript.Lua: `local c = docker.from_env() c:ping() c.containers:list()
			local api = docker.APIClient("` + host + `") api:version()
			for chunk in c.containers:get("` + name + `"):logs{stream = true} do end
			local open = api:logs("` + name + `", {stream = true})`,
		dscript.JavaScript: `const c = docker.fromEnv(); c.ping(); c.containers.list(); docker.APIClient("` + host + `").version()
			for (const chunk of c.containers.get("` + name + `").logs({stream: true})) {}
			const open = c.api.logs("` + name + `", {stream: true})`,
	}
	runOne := func(lang dscript.Lang) error {
		var out bytes.Buffer
		opts := dockerOpts()
		opts.Stdout, opts.Stderr = &out, &out
		rt, err := dscript.New(lang, opts)
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		err = rt.RunString(ctx, "leak", src[lang])
		if cerr := rt.Close(); cerr != nil {
			return cerr
		}
		if err != nil {
			return fmt.Errorf("%w (%s)", err, out.String())
		}
		return nil
	}
	for _, lang := range []dscript.Lang{dscript.Lua, dscript.JavaScript} {
		t.Run("one "+string(lang), func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			require.NoError(t, runOne(lang))
		})
	}
	t.Run("50 at once", func(t *testing.T) {
		defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
		var wg sync.WaitGroup
		errs := make(chan error, 50)
		for i := range 50 {
			lang := dscript.Lua
			if i%2 == 1 {
				lang = dscript.JavaScript
			}
			wg.Go(func() { errs <- runOne(lang) })
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
	})
}

// hostConfig is a typed configuration a host hands to scripts.
type hostConfig struct {
	Name    string            `json:"name"`
	Port    uint16            `json:"port"`
	Ratio   float32           `json:"ratio"`
	Small   int8              `json:"small"`
	Big     uint64            `json:"big"`
	Tags    []string          `json:"tags"`
	Labels  map[string]string `json:"labels"`
	ByID    map[int]string    `json:"by_id"`
	Raw     []byte            `json:"raw"`
	When    time.Time         `json:"when"`
	Next    *hostConfig       `json:"next,omitempty"`
	Skipped string            `json:"-"`
	NoTag   bool
	hidden  int
}

// Set converts Go values by reflection and Go functions become script
// functions; Call passes the same values and returns every result.
func TestSetAndCallConvertGoValues(t *testing.T) {
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	cfg := hostConfig{Name: "web", Port: 8080, Ratio: 0.5, Small: -3, Big: 1 << 40, Tags: []string{"a", "b"},
		Labels: map[string]string{"k": "v"}, ByID: map[int]string{7: "seven"}, Raw: []byte("bytes"), When: when,
		Next: &hostConfig{Name: "inner"}, Skipped: "x", NoTag: true, hidden: 1}
	type result struct {
		Sum   int    `json:"sum"`
		Label string `json:"label"`
	}
	add := func(ctx context.Context, a int, b float64, opts struct {
		Label string `json:"label"`
	}) (result, error) {
		if ctx == nil {
			return result{}, errors.New("no context")
		}
		if a < 0 {
			return result{}, errors.New("negative")
		}
		return result{Sum: a + int(b), Label: opts.Label}, nil
	}
	tests := []struct {
		lang dscript.Lang
		src  string
	}{
		{dscript.Lua, `
			print(cfg.name, cfg.port, cfg.ratio, cfg.small, cfg.big, cfg.tags[2], cfg.labels.k, cfg.by_id["7"], cfg.raw, cfg.when, cfg.next.name, cfg.Skipped, cfg.NoTag, cfg.hidden)
			local r = add(1, 2.5, {label = "x"}) print(r.sum, r.label)
			print(pcall(add, -1, 0, {}))
			print(pcall(add, "one", 0, {}))
			function hook(c, n) return c.name .. "!", n * 2, {ok = true} end
			function fail() error({code = 42, reason = "bad"}) end`},
		{dscript.JavaScript, `
			print(cfg.name, cfg.port, cfg.ratio, cfg.small, cfg.big, cfg.tags[1], cfg.labels.k, cfg.by_id["7"], typeof cfg.raw, cfg.when instanceof Date, cfg.next.name, cfg.Skipped, cfg.NoTag, cfg.hidden)
			const r = add(1, 2.5, {label: "x"}); print(r.sum, r.label)
			try { add(-1, 0, {}) } catch (e) { print(e.name, e.message) }
			try { add("one", 0, {}) } catch (e) { print(e.name, e.message) }
			async function hook(c, n) { return {name: c.name + "!", n: await Promise.resolve(n * 2)} }
			function fail() { throw Object.assign(new Error("bad"), {code: 42}) }`},
	}
	for _, tc := range tests {
		t.Run(string(tc.lang), func(t *testing.T) {
			var out bytes.Buffer
			rt, err := dscript.New(tc.lang, dscript.Options{Stdout: &out})
			require.NoError(t, err)
			defer rt.Close()
			require.NoError(t, rt.Set("cfg", &cfg))
			require.NoError(t, rt.Set("add", add))
			require.NoError(t, rt.RunString(context.Background(), "t", tc.src))
			lines := strings.Split(out.String(), "\n")
			if tc.lang == dscript.Lua {
				assert.Equal(t, "web\t8080\t0.5\t-3\t1099511627776\tb\tv\tseven\tbytes\t2026-01-02T03:04:05Z\tinner\tnil\ttrue\tnil", lines[0])
				assert.Equal(t, "3\tx", lines[1])
				assert.Contains(t, lines[2], "false\tnegative")
				assert.Contains(t, lines[3], "false\tadd: argument 1: cannot convert a string to int")
			} else {
				assert.Equal(t, "web\t8080\t0.5\t-3\t1099511627776\tb\tv\tseven\tobject\ttrue\tinner\tundefined\ttrue\tundefined", lines[0])
				assert.Equal(t, "3\tx", lines[1])
				assert.Equal(t, "DockerException\tnegative", lines[2])
				assert.Equal(t, "DockerException\tadd: argument 1: cannot convert a string to int", lines[3])
			}

			res, err := rt.CallAll(context.Background(), "hook", cfg, 21)
			require.NoError(t, err)
			if tc.lang == dscript.Lua {
				require.Len(t, res, 3)
				assert.Equal(t, "web!", res[0])
				assert.EqualValues(t, 42, res[1])
				var flags struct {
					OK bool `json:"ok"`
				}
				require.NoError(t, dscript.Decode(res[2], &flags))
				assert.True(t, flags.OK)
			} else {
				require.Len(t, res, 1)
				var got struct {
					Name string `json:"name"`
					N    int    `json:"n"`
				}
				require.NoError(t, dscript.Decode(res[0], &got))
				assert.Equal(t, "web!", got.Name)
				assert.Equal(t, 42, got.N)
			}

			_, err = rt.Call(context.Background(), "fail")
			var se *dscript.ScriptError
			require.ErrorAs(t, err, &se)
			var fields struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
			}
			require.NoError(t, dscript.Decode(se.Value, &fields))
			assert.Equal(t, 42, fields.Code)
			if tc.lang == dscript.JavaScript {
				assert.Equal(t, "bad", fields.Message)
			}

			err = rt.Set("ch", make(chan int))
			require.EqualError(t, err, `dscript: Set: ch: cannot give a chan int to scripts`)
			err = rt.Set("nested", map[string]any{"ok": 1, "bad": []any{complex(1, 2)}})
			require.EqualError(t, err, `dscript: Set: nested.bad[0]: cannot give a complex128 to scripts`)
		})
	}
}

// An *engine.Client given to Set is a DockerClient for scripts.
func TestSetEngineClient(t *testing.T) {
	out, err := func() (string, error) {
		var out bytes.Buffer
		rt, err := dscript.New(dscript.Lua, dscript.Options{Stdout: &out})
		if err != nil {
			return "", err
		}
		defer rt.Close()
		if err := rt.Set("client", testengine.Get().Client); err != nil {
			return "", err
		}
		err = rt.RunString(context.Background(), "t", `print(client:ping(), tostring(client):match("DockerClient") ~= nil)`)
		return out.String(), err
	}()
	require.NoError(t, err)
	assert.Equal(t, "true\ttrue\n", out)
}

// Variadic functions, several results and functions inside a map.
func TestSetFunctionShapes(t *testing.T) {
	sum := func(base int, xs ...int) (int, string) {
		for _, x := range xs {
			base += x
		}
		return base, "sum"
	}
	lib := map[string]any{"sum": sum, "upper": strings.ToUpper, "version": 3}
	for _, tc := range []struct {
		lang      dscript.Lang
		src, want string
	}{
		{dscript.Lua, `print(lib.sum(1), lib.sum(1, 2, 3)) print(lib.upper("a"), lib.version) print(pcall(lib.sum))`,
			"1\t6\tsum\nA\t3\nfalse\tlib.sum: takes at least 1 arguments, 0 given\n"},
		{dscript.JavaScript, `print(lib.sum(1, 2, 3), lib.upper("a"), lib.version); try { lib.sum() } catch (e) { print(e.message) }`,
			"[6, \"sum\"]\tA\t3\nlib.sum: takes at least 1 arguments, 0 given\n"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			var out bytes.Buffer
			rt, err := dscript.New(tc.lang, dscript.Options{Stdout: &out})
			require.NoError(t, err)
			defer rt.Close()
			require.NoError(t, rt.Set("lib", lib))
			require.NoError(t, rt.RunString(context.Background(), "t", tc.src))
			assert.Equal(t, tc.want, out.String())
		})
	}
}
