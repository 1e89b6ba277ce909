package dscript_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dscript/dscript"
	"github.com/dscript/dscript/engine"
	"github.com/dscript/dscript/internal/testengine"
)

// dockerHost is the daemon the examples talk to (the test engine).
func dockerHost() string { return testengine.Get().Host }

// A Lua script run from Go against a Docker daemon.
func Example() {
	rt, err := dscript.New(dscript.Lua, dscript.Options{Engine: engine.Options{Host: dockerHost()}})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	err = rt.RunString(context.Background(), "example", `
		local client = docker.from_env()
		print(client:ping())
		print(client.containers:run("busybox", "echo hello from a container", {remove = true}))
	`)
	if err != nil {
		panic(err)
	}
	// Output:
	// true
	// hello from a container
}

// Host values go in with Set; script functions are called with Call.
func ExampleRuntime_Call() {
	rt, err := dscript.New(dscript.JavaScript, dscript.Options{Engine: engine.Options{Host: dockerHost()}})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	ctx := context.Background()
	if err := rt.Set("greeting", "hello"); err != nil {
		panic(err)
	}
	err = rt.RunString(ctx, "plugin.js", `
		function handle(name) {
			const out = docker.from_env().containers.run("busybox", ["echo", greeting + " " + name], {remove: true});
			return out.trim();
		}
	`)
	if err != nil {
		panic(err)
	}
	v, err := rt.Call(ctx, "handle", "world")
	if err != nil {
		panic(err)
	}
	fmt.Println(v)
	// Output: hello world
}

// Uncaught script errors come back as *ScriptError with docker-py's class.
func ExampleScriptError() {
	rt, err := dscript.New(dscript.Lua, dscript.Options{Engine: engine.Options{Host: dockerHost()}})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	err = rt.RunString(context.Background(), "missing.lua", `docker.from_env().containers:get("no-such-container")`)
	if se, ok := err.(*dscript.ScriptError); ok {
		fmt.Println(se.Class)
	}
	// Output: NotFound
}

// A Go function and a typed value cross into a script; Call passes a
// struct and Decode reads the result back into one.
func ExampleRuntime_Set() {
	ctx := context.Background()
	rt, err := dscript.New(dscript.Lua, dscript.Options{})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	type Request struct {
		Name     string `json:"name"`
		Replicas int    `json:"replicas"`
	}
	err = rt.Set("scale", func(ctx context.Context, name string, n int) (string, error) {
		if n > 10 {
			return "", fmt.Errorf("%d replicas is too many", n)
		}
		return fmt.Sprintf("%s -> %d", name, n), nil
	})
	if err != nil {
		panic(err)
	}
	err = rt.RunString(ctx, "plugin.lua", `
		function on_request(req)
			return {plan = scale(req.name, req.replicas * 2)}
		end
	`)
	if err != nil {
		panic(err)
	}
	v, err := rt.Call(ctx, "on_request", Request{Name: "web", Replicas: 2})
	if err != nil {
		panic(err)
	}
	var answer struct {
		Plan string `json:"plan"`
	}
	if err := dscript.Decode(v, &answer); err != nil {
		panic(err)
	}
	fmt.Println(answer.Plan)
	_, err = rt.Call(ctx, "on_request", Request{Name: "web", Replicas: 6})
	fmt.Println(err)
	// Output:
	// web -> 4
	// DockerException: 12 replicas is too many
}

// A policy over Docker operations and budgets over memory, steps and time.
func ExampleDockerPolicy() {
	ctx := context.Background()
	rt, err := dscript.New(dscript.Lua, dscript.Options{
		Engine:  engine.Options{Host: dockerHost()},
		Docker:  &dscript.DockerPolicy{ReadOnly: true, VetoCreate: dscript.DenyHostAccess},
		Limits:  dscript.Limits{MaxMemory: 64 << 20, MaxSteps: 10_000_000},
		Timeout: time.Minute,
	})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	err = rt.RunString(ctx, "plugin.lua", `
		local client = docker.from_env()
		print(#client.containers:list{all = true} >= 0)
		local ok, err = pcall(client.containers.run, client.containers, "busybox", "true")
		print(err.class, err.message)
		print(pcall(string.rep, "x", 1e9))
	`)
	if err != nil {
		panic(err)
	}
	err = rt.RunString(ctx, "loop.lua", `while true do end`)
	fmt.Println(errors.Is(err, dscript.ErrLimit))
	// Output:
	// true
	// PolicyDenied	ContainerCollection.run: denied by this runtime's policy (read-only)
	// false	string.rep: the result would need 1000000000 bytes, more than this runtime's memory limit of 67108864 bytes
	// true
}
