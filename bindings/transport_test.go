package bindings_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/bindings/js"
	"github.com/dscript/dscript/bindings/lua"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// runBoth runs a Lua and a JavaScript script with env and returns what
// each printed.
func runBoth(t *testing.T, env func(out *bytes.Buffer) *bindings.Env, luaSrc, jsSrc string) (luaOut, jsOut string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var lo, jo bytes.Buffer
	lr := lua.New(lua.Options{Env: env(&lo)})
	err := lr.RunString(ctx, "t.lua", luaSrc)
	lr.Close()
	require.NoError(t, err, lo.String())
	jr := js.New(js.Options{Env: env(&jo)})
	err = jr.RunString(ctx, "t.js", jsSrc)
	jr.Close()
	require.NoError(t, err, jo.String())
	return lo.String(), jo.String()
}

// subst replaces the ${NAME} of src with vars.
func subst(src string, vars map[string]string) string {
	for k, v := range vars {
		src = strings.ReplaceAll(src, "${"+k+"}", v)
	}
	return src
}

// TestTLSConfigScripts is docker-py's TLS examples against a daemon with
// --tlsverify: TLSConfig with a client certificate and CA pings, a name
// that does not match and a missing client certificate fail naming what
// failed, bad files are TLSParameterError, from_env reads the TLS
// variables of an environment dict.
func TestTLSConfigScripts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tlsEnv, err := testengine.StartTLS(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, tlsEnv.Stop()) })
	f := tlsEnv.Files
	vars := map[string]string{"HOST": tlsEnv.TCPHost, "CA": f.CA, "CERT": f.ClientCert, "KEY": f.ClientKey, "DIR": f.ClientDir}
	env := func(out *bytes.Buffer) *bindings.Env {
		return &bindings.Env{Client: testengine.Get().Client, Stdout: out, Stderr: out}
	}
	luaSrc := subst(`
		local tls_config = docker.tls.TLSConfig{client_cert = {"${CERT}", "${KEY}"}, ca_cert = "${CA}", verify = true}
		local client = docker.DockerClient{base_url = "${HOST}", tls = tls_config}
		print("verified", client:ping(), client.api:version().ApiVersion ~= nil)
		client:close()
		local api = docker.APIClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{client_cert = {"${CERT}", "${KEY}"}, verify = "${CA}"}, max_pool_size = 2, user_agent = "t/1"}
		print("verify as CA path", api:ping())
		local function fails(f)
			local ok, err = pcall(f)
			assert(not ok, "no error")
			return err
		end
		local err = fails(function()
			return docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{client_cert = {"${CERT}", "${KEY}"}, ca_cert = "${CA}", verify = true, assert_hostname = "docker.example"}}:ping()
		end)
		print(err.class, err.message:find("docker.example", 1, true) ~= nil, err.message:find("${HOST}", 1, true) ~= nil)
		err = fails(function()
			return docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{ca_cert = "${CA}", verify = true}}:ping()
		end)
		print(err.class, err.message:find("client certificate", 1, true) ~= nil)
		err = fails(function() return docker.DockerClient{base_url = "${HOST}", tls = true}:ping() end)
		print(err.class, err.message:find("unknown authority", 1, true) ~= nil)
		print("unverified", docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{client_cert = {"${CERT}", "${KEY}"}}}:ping())
		-- docker-py's examples: a CA only (this daemon then wants a client certificate), a client certificate only
		err = fails(function() return docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{ca_cert = "${CA}"}}:ping() end)
		print(err.class, err.message:find("client certificate", 1, true) ~= nil)
		err = fails(function() return docker.DockerClient{base_url = "tcp://localhost:" .. ("${HOST}"):match(":(%d+)$"), tls = docker.tls.TLSConfig{ca_cert = "${CA}", client_cert = {"${CERT}", "${KEY}"}, assert_hostname = "docker.example"}}:ping() end)
		print(err.class, err.message:find("docker.example", 1, true) ~= nil)
		print("example 2", docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{client_cert = {"${CERT}", "${KEY}"}}}:ping())
		print("no name check", docker.DockerClient{base_url = "${HOST}", tls = docker.tls.TLSConfig{ca_cert = "${CA}", client_cert = {"${CERT}", "${KEY}"}, assert_hostname = false}}:ping())
		print(fails(function() return docker.tls.TLSConfig{client_cert = {"/nonexistent/cert.pem", "${KEY}"}} end).class)
		print(fails(function() return docker.tls.TLSConfig{client_cert = {"${CERT}"}} end).class)
		print(fails(function() return docker.tls.TLSConfig{ca_cert = "/nonexistent/ca.pem", verify = true} end).class)
		print(fails(function() return docker.DockerClient{tls = true} end).class)
		print(fails(function() return docker.DockerClient{base_url = "${HOST}", max_pool_size = 0} end).class)
		local from_env = docker.from_env{environment = {DOCKER_HOST = "${HOST}", DOCKER_TLS_VERIFY = "1", DOCKER_CERT_PATH = "${DIR}"}}
		print("from_env", from_env:ping())
	`, vars)
	jsSrc := subst(`
		const tlsConfig = new docker.tls.TLSConfig({clientCert: ["${CERT}", "${KEY}"], caCert: "${CA}", verify: true});
		const client = new docker.DockerClient({baseUrl: "${HOST}", tls: tlsConfig});
		console.log("verified", client.ping(), client.api.version().ApiVersion !== undefined);
		client.close();
		const api = docker.APIClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({clientCert: ["${CERT}", "${KEY}"], verify: "${CA}"}), maxPoolSize: 2, userAgent: "t/1"});
		console.log("verify as CA path", api.ping());
		function fails(f) {
			try { f(); } catch (e) { return e; }
			throw new Error("no error");
		}
		let err = fails(() => docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({clientCert: ["${CERT}", "${KEY}"], caCert: "${CA}", verify: true, assertHostname: "docker.example"})}).ping());
		console.log(err.name, err.message.includes("docker.example"), err.message.includes("${HOST}"));
		err = fails(() => docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({caCert: "${CA}", verify: true})}).ping());
		console.log(err.name, err.message.includes("client certificate"));
		err = fails(() => docker.DockerClient({baseUrl: "${HOST}", tls: true}).ping());
		console.log(err.name, err.message.includes("unknown authority"));
		console.log("unverified", docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({clientCert: ["${CERT}", "${KEY}"]})}).ping());
		err = fails(() => docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({caCert: "${CA}"})}).ping());
		console.log(err.name, err.message.includes("client certificate"));
		err = fails(() => docker.DockerClient({baseUrl: "tcp://localhost:" + "${HOST}".split(":").pop(), tls: docker.tls.TLSConfig({caCert: "${CA}", clientCert: ["${CERT}", "${KEY}"], assertHostname: "docker.example"})}).ping());
		console.log(err.name, err.message.includes("docker.example"));
		console.log("example 2", docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({clientCert: ["${CERT}", "${KEY}"]})}).ping());
		console.log("no name check", docker.DockerClient({baseUrl: "${HOST}", tls: docker.tls.TLSConfig({caCert: "${CA}", clientCert: ["${CERT}", "${KEY}"], assertHostname: false})}).ping());
		console.log(fails(() => docker.tls.TLSConfig({clientCert: ["/nonexistent/cert.pem", "${KEY}"]})).name);
		console.log(fails(() => docker.tls.TLSConfig({clientCert: ["${CERT}"]})).name);
		console.log(fails(() => docker.tls.TLSConfig({caCert: "/nonexistent/ca.pem", verify: true})).name);
		console.log(fails(() => docker.DockerClient({tls: true})).name);
		console.log(fails(() => docker.DockerClient({baseUrl: "${HOST}", maxPoolSize: 0})).name);
		const fromEnv = docker.from_env({environment: {DOCKER_HOST: "${HOST}", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: "${DIR}"}});
		console.log("from_env", fromEnv.ping());
	`, vars)
	lo, jo := runBoth(t, env, luaSrc, jsSrc)
	want := `verified	true	true
verify as CA path	true
ConnectionError	true	true
ConnectionError	true
ConnectionError	true
unverified	true
ConnectionError	true
ConnectionError	true
example 2	true
no name check	true
TLSParameterError
TLSParameterError
TLSParameterError
TLSParameterError
InvalidArgument
from_env	true
`
	assert.Equal(t, want, lo)
	assert.Equal(t, strings.ReplaceAll(want, "\t", " "), jo)
}

// TestSSHScripts reaches the engine through a real sshd from scripts:
// DockerClient(base_url="ssh://...") runs containers and exec over one
// ssh session.
func TestSSHScripts(t *testing.T) {
	s, err := testengine.StartSSHD(context.Background(), testengine.Get().Host)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, s.Stop()) })
	env := func(out *bytes.Buffer) *bindings.Env {
		return &bindings.Env{Client: testengine.Get().Client, Stdout: out, Stderr: out, Defaults: engine.Options{SSHArgs: s.Args}}
	}
	name := testengine.Name(t, "ssh")
	testengine.Cleanup(t, name+"-lua", name+"-js")
	vars := map[string]string{"HOST": s.Host, "NAME": name, "LABEL": testengine.Label}
	before := s.Logins()
	lo, jo := runBoth(t, env, subst(`
		local client = docker.DockerClient{base_url = "${HOST}", use_ssh_client = true}
		for i = 1, 20 do assert(client:ping()) end
		print(client.containers:run("busybox", {"echo", "over ssh"}, {name = "${NAME}-lua", remove = true, labels = {["${LABEL}"] = "1"}}))
		local c = client.containers:run("busybox", "sleep 300", {name = "${NAME}-lua", detach = true, init = true, labels = {["${LABEL}"] = "1"}})
		local res = c:exec_run({"sh", "-c", "echo from exec"})
		print(res.exit_code, res.output)
		c:remove{force = true}
		client:close()
	`, vars), subst(`
		const client = docker.DockerClient({baseUrl: "${HOST}", useSshClient: true});
		for (let i = 0; i < 20; i++) client.ping();
		console.log(String(client.containers.run("busybox", ["echo", "over ssh"], {name: "${NAME}-js", remove: true, labels: {"${LABEL}": "1"}})));
		const c = client.containers.run("busybox", "sleep 300", {name: "${NAME}-js", detach: true, init: true, labels: {"${LABEL}": "1"}});
		const res = c.execRun(["sh", "-c", "echo from exec"]);
		console.log(res.exit_code, String(res.output));
		c.remove({force: true});
		client.close();
	`, vars))
	assert.Equal(t, "over ssh\n\n0\tfrom exec\n\n", lo)
	assert.Equal(t, "over ssh\n\n0 from exec\n\n", jo)
	assert.Equal(t, 2, s.Logins()-before, "one ssh session per script")
}

// TestContextScripts is docker-py's ContextAPI over a temporary
// DOCKER_CONFIG: the docker CLI reads what scripts write, and a client
// made from a context reaches its daemon.
func TestContextScripts(t *testing.T) {
	dir := t.TempDir()
	ca := filepath.Join(dir, "ca.pem")
	require.NoError(t, os.WriteFile(ca, []byte("not read"), 0o600))
	env := func(out *bytes.Buffer) *bindings.Env {
		return &bindings.Env{Client: testengine.Get().Client, Stdout: out, Stderr: out,
			Getenv: func(k string) string {
				if k == "DOCKER_CONFIG" {
					return dir
				}
				return os.Getenv(k)
			}}
	}
	vars := map[string]string{"HOST": testengine.Get().Host}
	lo, jo := runBoth(t, env, subst(`
		local ContextAPI = docker.context.ContextAPI
		local ctx = ContextAPI.create_context{name = "lua-ctx", host = "${HOST}"}
		print(ctx.Name, ctx.Host, ctx.Metadata.Endpoints.docker.SkipTLSVerify)
		print(#ContextAPI.contexts(), ContextAPI.contexts()[1].Name, ContextAPI.contexts()[2].Name)
		print(ContextAPI.get_current_context().Name)
		ContextAPI.set_current_context("lua-ctx")
		print(ContextAPI.get_current_context().Name)
		local client = docker.DockerClient{base_url = ContextAPI.get_context("lua-ctx").Host}
		print(client:ping())
		print(ContextAPI.inspect_context("lua-ctx").Storage.MetadataPath:find("contexts/meta/", 1, true) ~= nil)
		local ok, err = pcall(ContextAPI.create_context, {name = "lua-ctx"})
		print(err.class)
		ok, err = pcall(ContextAPI.create_context, {name = "default"})
		print(err.class)
		ok, err = pcall(ContextAPI.set_current_context, "nope")
		print(err.class)
		print(ContextAPI.get_context("nope"))
	`, vars), subst(`
		const ContextAPI = docker.context.ContextAPI;
		ContextAPI.removeContext("lua-ctx");
		console.log(ContextAPI.getCurrentContext().Name);
		const ctx = new docker.context.Context("js-ctx", {host: "${HOST}"});
		ctx.save();
		console.log(ContextAPI.getContext("js-ctx").Host, ctx.is_docker_host());
		let err;
		try { ContextAPI.removeContext("lua-ctx"); } catch (e) { err = e; }
		console.log(err.name);
		try { ContextAPI.removeContext("default"); } catch (e) { err = e; }
		console.log(err.name);
	`, vars))
	assert.Equal(t, "lua-ctx\t"+testengine.Get().Host+"\tfalse\n2\tdefault\tlua-ctx\ndefault\nlua-ctx\ntrue\ntrue\nContextAlreadyExists\nContextException\nContextNotFound\nnil\n", lo)
	assert.Equal(t, "default\n"+testengine.Get().Host+" true\nContextNotFound\nContextException\n", jo)

	// The docker CLI reads the store scripts wrote.
	cmd := exec.Command("docker", "context", "inspect", "--format", "{{.Endpoints.docker.Host}}", "js-ctx")
	cmd.Env = append(os.Environ(), "DOCKER_CONFIG="+dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Equal(t, testengine.Get().Host+"\n", string(out))
	// And the engine's context selection reaches the daemon through it.
	t.Setenv("DOCKER_CONFIG", dir)
	t.Setenv("DOCKER_HOST", "")
	c, err := engine.FromEnv(engine.Options{Context: "js-ctx"})
	require.NoError(t, err)
	defer c.Shutdown()
	assert.Equal(t, testengine.Get().Host, c.Host())
	_, err = c.SystemPing(context.Background())
	require.NoError(t, err)
}
