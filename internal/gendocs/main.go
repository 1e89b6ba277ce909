// Command gendocs writes what is generated from the method descriptions of
// package bindings: docs/api.md, the API reference, and the editor
// declarations types/dscript.d.ts (TypeScript) and types/dscript.lua
// (lua-language-server).
//
//	gendocs [API.md [TYPES-DIR]]
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dscript/dscript/bindings"
	"github.com/dscript/dscript/internal/gendocs/editortypes"

	// modules scripts can require
	_ "github.com/dscript/dscript/stdlib"
)

func main() {
	api, types := "docs/api.md", "types"
	if len(os.Args) > 1 {
		api = os.Args[1]
	}
	if len(os.Args) > 2 {
		types = os.Args[2]
	}
	for _, out := range []struct {
		path  string
		write func(io.Writer) error
	}{
		{api, bindings.WriteReference},
		{filepath.Join(types, "dscript.d.ts"), editortypes.WriteTypeScript},
		{filepath.Join(types, "dscript.lua"), editortypes.WriteLua},
	} {
		if err := write(out.path, out.write); err != nil {
			fmt.Fprintln(os.Stderr, "gendocs:", err)
			os.Exit(1)
		}
	}
}

func write(path string, fn func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
