// Package bindings is dscript's object model: the docker-py classes
// (DockerClient, collections, models, the low-level APIClient, docker.types
// and docker.errors) written once in Go on top of package engine.
//
// Every method and property is described once, with Def and Prop: its name,
// positional and keyword parameters (read from the tags of a Go argument
// struct the first time the method is used), a one-line doc and the Go
// function that implements it. The Lua and JavaScript adapters, argument
// checking, REPL completion and the generated API reference all read those
// descriptions, so adding a method here makes it appear everywhere at once.
//
// Layering follows docker-py: an operation's parameters are declared once,
// on its client.api method (api_*.go), which is the only place that calls
// package engine. Models and collections (container.go, containers.go,
// image.go) derive their methods from it with Bind and Forward, declaring
// only what they add; they share the Model base (model.go). Names: XArgs
// are a method's parameters, X is a model or docker.types object, XSpec is
// a parameter kind holding a value in the daemon's form; files named
// *_kinds.go hold the parameter kinds and their docker-py conversions.
//
// Values crossing into a script language are a small neutral set: nil, bool,
// int64, uint64, float64, string (text), Bytes (binary), []any (list),
// map[string]any (dict), Tuple (several results), Object (model objects and
// modules), Iterator and *Error.
package bindings
