package bindings_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/bindings/js"
	"github.com/dscript/dscript/bindings/lua"
	"github.com/dscript/dscript/internal/testengine"
)

// leftOver reports what a script left open against a baseline: it closes
// the engine's idle connections and waits up to 5s for the goroutines and
// descriptors to come back down.
func leftOver(goroutines, fds int) string {
	eng := testengine.Get().Client
	deadline := time.Now().Add(5 * time.Second)
	for {
		_ = eng.Close()
		entries, _ := os.ReadDir("/proc/self/fd")
		g, f := runtime.NumGoroutine(), len(entries)
		if g <= goroutines && f <= fds {
			return ""
		}
		if time.Now().After(deadline) {
			return fmt.Sprintf("%d goroutines (baseline %d), %d descriptors (baseline %d)", g, goroutines, f, fds)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func counts() (int, int) {
	_ = testengine.Get().Client.Close()
	time.Sleep(50 * time.Millisecond)
	entries, _ := os.ReadDir("/proc/self/fd")
	return runtime.NumGoroutine(), len(entries)
}

// TestEventsLoopBreak runs alone (not parallel): a script reads the events
// its own container causes and breaks out of the loop; in JavaScript the
// break itself closes the stream (checked inside the script against a
// baseline taken there), in Lua the end of the chunk does at the latest.
// Nothing is left: no goroutine, no descriptor.
func TestEventsLoopBreak(t *testing.T) {
	env := func(out *bytes.Buffer) *bindings.Env {
		return &bindings.Env{Client: testengine.Get().Client, Stdout: out, Stderr: out}
	}
	name := testengine.Name(t, "events-break")
	testengine.Cleanup(t, name+"-js", name+"-lua")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	t.Run("js", func(t *testing.T) {
		var out bytes.Buffer
		r := js.New(js.Options{Env: env(&out)})
		defer r.Close()
		var g, f int
		require.NoError(t, r.VM().Set("mark", func() { g, f = counts() }))
		require.NoError(t, r.VM().Set("leftOver", func() string { return leftOver(g, f) }))
		require.NoError(t, r.VM().Set("name", name+"-js"))
		err := r.RunString(ctx, "break.js", `
			const client = docker.from_env();
			const c = client.containers.create("busybox", "true", {name, init: true});
			mark();
			const events = client.events({decode: true, filters: {container: c.id}});
			c.start();
			const seen = [];
			for (const ev of events) {
				seen.push(ev.Action);
				if (ev.Action === "die") break;
			}
			console.log(seen.join(","), leftOver() === "" ? "closed at break" : leftOver());
			c.remove();`)
		require.NoError(t, err, out.String())
		assert.Equal(t, "start,die closed at break\n", out.String())
	})
	t.Run("lua", func(t *testing.T) {
		var out bytes.Buffer
		r := lua.New(lua.Options{Env: env(&out)})
		defer r.Close()
		g, f := counts()
		err := r.RunString(ctx, "break.lua", `
			local client = docker.from_env()
			local c = client.containers:create("busybox", "true", {name = "`+name+`-lua", init = true})
			local events = client:events{decode = true, filters = {container = c.id}}
			c:start()
			local seen = {}
			for ev in events do
				seen[#seen + 1] = ev.Action
				if ev.Action == "die" then break end
			end
			print(table.concat(seen, ","))
			c:remove()`)
		require.NoError(t, err, out.String())
		assert.Equal(t, "start,die\n", out.String())
		assert.Empty(t, leftOver(g, f))
	})
}
