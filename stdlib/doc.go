// Package stdlib holds the modules scripts use besides Docker: time, json,
// env, log, http and net.
//
// Each module is a bindings module class registered at init under its name,
// so Lua and JavaScript scripts load it with require("time") and so on. Its
// functions are described once with bindings.Func: the parameters come from
// the tags of an argument struct, and argument checking, help(), REPL
// completion and the API reference read that description. Import the
// package for its side effects to make the modules available:
//
//	import _ "github.com/dscript/dscript/stdlib"
//
// Functions that block (time.sleep, http, net.wait_for_port) honour the
// call's context and return its error when it ends. Output goes to the
// runtime's Env.Stderr and the environment is read through Env.Getenv, so
// the embedding application's policy applies.
package stdlib
