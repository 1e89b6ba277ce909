// Command dscript runs Lua and JavaScript scripts that automate Docker.
//
//	dscript deploy.lua [args...]   run a script (language from the extension)
//	dscript -e 'print(1)'          run a snippet (Lua unless --lang js)
//	cat x.lua | dscript -          read the script from standard input
//	dscript                        interactive REPL
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
