// Package dscript is the embedding API of dscript: it runs Lua and
// JavaScript scripts that automate Docker through docker-py's object model.
//
// A Runtime is created for one language with New, given a Docker client (or
// the engine options docker.from_env() should use), where scripts write,
// and a policy of what else they may touch. Scripts run with RunFile or
// RunString under a context that cancels them; Set hands them host values
// and Call calls their functions. Runtimes are isolated from each other and
// each is used by one goroutine at a time.
package dscript
