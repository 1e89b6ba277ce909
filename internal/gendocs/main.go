// Command gendocs writes docs/api.md, the API reference generated from the
// method descriptions of package bindings.
package main

import (
	"fmt"
	"os"

	"github.com/dscript/dscript/bindings"

	// modules scripts can require
	_ "github.com/dscript/dscript/stdlib"
)

func main() {
	out := "docs/api.md"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	f, err := os.Create(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
	if err := bindings.WriteReference(f); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}
