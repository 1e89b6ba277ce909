package js

import (
	// modules the scripts require
	"context"
	"errors"
	_ "github.com/dscript/dscript/stdlib"
	"runtime"
	"testing"
	"time"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { testengine.Main(m, testengine.NoLeaks()) }

// engineRuntime is a runtime whose docker.from_env() reaches the test
// engine, with name (a unique container name, removed when the test ends)
// and labels as globals.
func engineRuntime(t *testing.T) (*testRuntime, string) {
	t.Helper()
	host := testengine.Get().Host
	tr := newRuntime(t, &bindings.Env{Defaults: engine.Options{Host: host}})
	name := testengine.Name(t, "js")
	testengine.Cleanup(t, name)
	labels := map[string]any{}
	for k, v := range testengine.Labels(t) {
		labels[k] = v
	}
	tr.set(t, "name", name)
	tr.set(t, "labels", labels)
	tr.set(t, "host", host)
	return tr, name
}

func (tr *testRuntime) run(t *testing.T, src string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	require.NoError(t, tr.RunString(ctx, t.Name()+".js", src), "stdout: %s\nstderr: %s", tr.out.String(), tr.errOut.String())
}

func TestEnginePingVersion(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		const c = docker.from_env();
		console.log(c.ping(), typeof c.version().ApiVersion, c.version().ApiVersion.startsWith("1."));
		console.log(docker.fromEnv().ping());
		console.log(new docker.DockerClient({base_url: host}).ping(), docker.DockerClient(host).ping());
		console.log(typeof docker.APIClient({baseUrl: host}).version, String(c).length > 0);
	`)
	assert.Equal(t, "true string true\ntrue\ntrue true\nfunction true\n", tr.out.String())
}

func TestEngineRunEcho(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		const out = docker.from_env().containers.run("busybox", "echo hi", {name, labels, remove: true});
		if (out !== "hi\n") throw new Error("got " + JSON.stringify(out));
		console.log(out.trim());
	`)
	assert.Equal(t, "hi\n", tr.out.String())
}

func TestEngineDetachedContainer(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		const c = docker.from_env();
		const ctr = c.containers.run("busybox", ["sleep", "30"], {detach: true, name, labels, init: true});
		try {
			const check = (cond, what) => { if (!cond) throw new Error("failed: " + what) };
			check(ctr.name === name, "name " + ctr.name);
			check(String(ctr) === "<Container: " + ctr.short_id + ">", "String: " + String(ctr));
			check(("" + ctr) === String(ctr), "concatenation");
			check(ctr.shortId === ctr.short_id && ctr.short_id.length === 12, "short_id");
			for (const [k, v] of Object.entries(labels)) check(ctr.labels[k] === v, "label " + k);
			check(ctr.attrs.Config.Labels !== undefined, "attrs keep daemon keys");
			const again = c.containers.get(name);
			check(again.id === ctr.id && again !== ctr, "get by name");
			ctr.reload();
			check(ctr.status === "running", "status " + ctr.status);
			check(c.containers.list({filters: {name: [name]}}).some((x) => x.id === ctr.id), "list with filters");
		} finally {
			ctr.stop({timeout: 1});
			ctr.remove();
		}
		let gone = false;
		try { c.containers.get(name) } catch (e) { gone = e instanceof docker.errors.NotFound }
		console.log(gone);
	`)
	assert.Equal(t, "true\n", tr.out.String())
}

func TestEngineLogsStreamEarlyBreak(t *testing.T) {
	tr, _ := engineRuntime(t)
	// waitGoroutines polls until at most max goroutines run (5s at most).
	require.NoError(t, tr.VM().Set("goroutines", runtime.NumGoroutine))
	require.NoError(t, tr.VM().Set("waitGoroutines", func(max int) bool {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			if runtime.NumGoroutine() <= max {
				return true
			}
			time.Sleep(20 * time.Millisecond)
		}
		return false
	}))
	tr.run(t, `
		const c = docker.from_env();
		const ctr = c.containers.run("busybox", ["sh", "-c", "while true; do echo tick; sleep 0.05; done"],
			{detach: true, name, labels, init: true});
		try {
			c.ping();
			const base = goroutines();
			const it = ctr.logs({stream: true, follow: true});
			let n = 0;
			for (const chunk of it) {
				if (typeof chunk !== "string" || !chunk.includes("tick")) throw new Error("chunk " + chunk);
				if (++n === 3) break;
			}
			console.log(n, it.next().done);
			if (!waitGoroutines(base)) throw new Error("goroutines stay above " + base + ": " + goroutines());
			console.log("closed");
		} finally {
			ctr.remove({force: true});
		}
	`)
	assert.Equal(t, "3 true\nclosed\n", tr.out.String())
}

func TestEngineCancelDuringStream(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `globalThis.ctr = docker.from_env().containers.run("busybox", ["sh", "-c", "while true; do echo tick; sleep 0.05; done"],
		{detach: true, name, labels, init: true})`)
	base := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	err := tr.RunString(ctx, "follow.js", `
		for (;;) {
			try { for (const line of ctr.logs({stream: true, follow: true})) {} } catch (e) { console.log("caught", e) }
		}`)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
	assert.Empty(t, tr.out.String())
	assert.Eventually(t, func() bool { return runtime.NumGoroutine() <= base }, 5*time.Second, 20*time.Millisecond,
		"the stream's connection is closed")
	tr.run(t, `ctr.remove({force: true})`)
}

func TestEngineNotFound(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		const c = docker.from_env();
		try { c.containers.get("nope-dscript-js"); throw new Error("no error") } catch (e) {
			if (!(e instanceof docker.errors.NotFound)) throw e;
			console.log(e.name, e instanceof docker.errors.APIError, e instanceof docker.errors.DockerException, e instanceof Error,
				e.status_code, e.statusCode, e.is_client_error(), e.explanation.includes("nope-dscript-js"), typeof e.stack);
		}
	`)
	assert.Equal(t, "NotFound true true true 404 404 true true string\n", tr.out.String())

	err := tr.RunString(context.Background(), "uncaught.js", `docker.from_env().containers.get("nope-dscript-js")`)
	var se *bindings.ScriptError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "NotFound", se.Class)
	require.NotNil(t, se.Err)
	assert.Equal(t, 404, se.Err.StatusCode)
	assert.Contains(t, se.Traceback, "uncaught.js:1")
}

func TestEngineContainerError(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		try {
			docker.from_env().containers.run("busybox", ["sh", "-c", "echo oops >&2; exit 3"], {name, labels});
			throw new Error("no error");
		} catch (e) {
			if (!(e instanceof docker.errors.ContainerError)) throw e;
			console.log(e.name, e.exit_status, e.exitStatus, e.image, e.stderr.trim(), e instanceof docker.errors.DockerException);
			console.log(String(e.container) === "<Container: " + e.container.short_id + ">", e.container.name === name);
			console.log(e.message.includes("returned non-zero exit status 3"));
		}
	`)
	assert.Equal(t, "ContainerError 3 3 busybox oops true\ntrue true\ntrue\n", tr.out.String())
}

func TestEngineCamelCaseKwargs(t *testing.T) {
	tr, _ := engineRuntime(t)
	tr.run(t, `
		const c = docker.from_env();
		const ctr = c.containers.run("busybox", "true", {detach: true, autoRemove: true, name, labels});
		console.log(ctr.attrs.HostConfig.AutoRemove);
		// the daemon removes it once it exits; wait(condition="removed") can
		// miss a removal that is already under way, so poll instead
		const time = require("time");
		let gone = false;
		for (let i = 0; i < 200 && !gone; i++) {
			try { c.containers.get(ctr.id); time.sleep(0.05) } catch (e) {
				if (!(e instanceof docker.errors.NotFound)) throw e;
				gone = true;
			}
		}
		console.log(gone);
		try { c.containers.run("busybox", "true", {auto_remove: true, autoRemove: true}) } catch (e) {
			console.log(e instanceof docker.errors.InvalidArgument, e.message.includes("auto_remove"));
		}
		try { c.containers.run("busybox", "true", {bogusOption: 1}) } catch (e) {
			console.log(e instanceof docker.errors.InvalidArgument, e.message.includes("ContainerCollection.run"), e.message.includes("bogusOption"));
		}
	`)
	assert.Equal(t, "true\ntrue\ntrue true\ntrue true true\n", tr.out.String())
}
