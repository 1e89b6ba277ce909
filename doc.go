// Package dscript is the embedding API of dscript: it runs Lua and
// JavaScript scripts that automate Docker through docker-py's object model.
//
// A Runtime is created for one language with New, given a Docker client (or
// the engine options docker.from_env() should use), where scripts write,
// and a policy of what else they may touch. Scripts run with RunFile or
// RunString under a context that cancels them; Set hands them host values
// and functions, converted by reflection, and Call calls theirs. Options
// also bound what a script consumes (Limits, Timeout), restrict the Docker
// operations it may call (DockerPolicy) and what host environment it sees.
// Runtimes are isolated from each other; each runs one script at a time
// (another goroutine gets ErrBusy), and Close closes what its scripts
// opened.
package dscript
