package js

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"github.com/dscript/dscript/bindings"
)

// ESModules is the sentence that refuses ES modules.
const ESModules = "ES modules (.mjs files, import and export) are not supported: dscript runs JavaScript as CommonJS scripts, so use require() and module.exports"

// requireFrom returns a require function for code in dir ("" is the
// working directory): "./x" and "../x" are files relative to dir, other
// names are docker and the registered modules.
func (r *Runtime) requireFrom(dir string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if !strings.HasPrefix(name, "./") && !strings.HasPrefix(name, "../") && !filepath.IsAbs(name) {
			return r.require(name)
		}
		return r.requireFile(dir, name)
	}
}

// setScriptDir makes the global require resolve files next to the script
// at path.
func (r *Runtime) setScriptDir(path string) {
	_ = r.vm.Set("require", r.requireFrom(filepath.Dir(path)))
}

// requireFile loads a CommonJS module (or a .json file) once and returns
// its module.exports.
func (r *Runtime) requireFile(dir, name string) goja.Value {
	if strings.EqualFold(filepath.Ext(name), ".mjs") {
		panic(r.newError("Error", "require(\""+name+"\"): "+ESModules))
	}
	if !r.opts.AllowFiles {
		panic(r.newError("Error", "require(\""+name+"\"): loading script files is not allowed by this runtime's policy"))
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, name)
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	found, ok := resolveFile(path)
	if !ok {
		panic(r.newError("Error", "Cannot find module '"+name+"' (looked for "+path+")"))
	}
	path = found
	if v, ok := r.files[path]; ok {
		return v.Get("exports")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		panic(r.newError("Error", "require(\""+name+"\"): "+err.Error()))
	}
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("id", path)
	_ = module.Set("filename", path)
	if r.files == nil {
		r.files = map[string]*goja.Object{}
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		var v any
		if err := json.Unmarshal(src, &v); err != nil {
			panic(r.newError("SyntaxError", path+": "+err.Error()))
		}
		_ = module.Set("exports", r.vm.ToValue(v))
		r.files[path] = module
		return module.Get("exports")
	}
	// the wrapper keeps line numbers: it adds nothing before line 1's text
	prg, err := compile(path, "(function (exports, require, module, __filename, __dirname) {"+blankShebang(string(src))+"\n})")
	if err != nil {
		// the file alone names the error without the wrapper's closing
		// brace getting in the way
		if _, plain := compile(path, blankShebang(string(src))); plain != nil {
			err = plain
		}
		msg := err.Error()
		if se, ok := err.(*bindings.ScriptError); ok {
			msg = se.Message
		}
		panic(r.newError("SyntaxError", msg))
	}
	fv, err := r.vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fv)
	r.files[path] = module
	if _, err := fn(goja.Undefined(), exports, r.vm.ToValue(r.requireFrom(filepath.Dir(path))), module,
		r.vm.ToValue(path), r.vm.ToValue(filepath.Dir(path))); err != nil {
		delete(r.files, path)
		panic(err)
	}
	return module.Get("exports")
}

// resolveFile finds path, path.js, path.json or path/index.js.
func resolveFile(path string) (string, bool) {
	for _, p := range []string{path, path + ".js", path + ".json", filepath.Join(path, "index.js")} {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
	}
	return "", false
}
