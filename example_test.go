package dscript_test

import (
	"context"
	"fmt"

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
