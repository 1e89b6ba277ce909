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

// interrupts receives SIGINT and SIGTERM when dscript runs as a program:
// they cancel a script, or the running entry of the REPL.
var interrupts <-chan os.Signal

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	interrupts = sigs
	code := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	signal.Stop(sigs)
	os.Exit(code)
}

// cancelOnInterrupt returns a context that ends at the first SIGINT or
// SIGTERM, and a function that releases it.
func cancelOnInterrupt(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	if interrupts == nil {
		return ctx, cancel
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-interrupts:
			cancel()
		case <-done:
		}
	}()
	return ctx, func() { close(done); cancel() }
}
