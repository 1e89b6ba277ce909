// Package bindings is dscript's object model: the docker-py classes
// (DockerClient, collections, models, the low-level APIClient, docker.types
// and docker.errors) written once in Go on top of package engine.
//
// Every method and property is described once, with Def and Prop: its name,
// positional and keyword parameters (read from the tags of a Go argument
// struct when the method is registered), a one-line doc and the Go function
// that implements it. The Lua and JavaScript adapters, argument checking,
// REPL completion and the generated API reference all read those
// descriptions, so adding a method here makes it appear everywhere at once.
//
// Values crossing into a script language are a small neutral set: nil, bool,
// int64, uint64, float64, string (text), Bytes (binary), []any (list),
// map[string]any (dict), Tuple (several results), Object (model objects and
// modules), Iterator and *Error.
package bindings
