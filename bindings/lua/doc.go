// Package lua runs scripts in Lua 5.1 (gopher-lua) against dscript's object
// model: it converts values, maps the calling convention of SCRIPTING.md,
// drives iterators and raises docker-py's exceptions. It knows nothing about
// Docker itself; everything comes from the method descriptions of package
// bindings.
package lua
