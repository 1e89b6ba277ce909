// Package js runs JavaScript scripts (goja) against dscript's object model:
// it converts values, maps the calling convention of SCRIPTING.md (keyword
// arguments in a trailing plain object, camelCase aliases), turns streams
// into JS iterator objects with return(), and throws docker-py's exceptions
// as real Error subclasses. It knows nothing about Docker itself; everything
// comes from the method descriptions of package bindings.
package js
