package testengine

import (
	"fmt"

	"go.uber.org/goleak"
)

// NoLeaks is a check for Main: once the tests have passed, no goroutine is
// left running but the harness's own (its signal handler, the processes it
// waits for) and those opts ignore. The engine client's idle connections
// are closed first: their goroutines belong to the harness's client.
//
//	func TestMain(m *testing.M) { testengine.Main(m, testengine.NoLeaks()) }
func NoLeaks(opts ...goleak.Option) func() error {
	return func() error {
		if env := current.Load(); env != nil && env.Client != nil {
			_ = env.Client.Close()
		}
		harness := []goleak.Option{
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.runMain.func1"),
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.startProc.func1"),
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.(*Env).startDaemon.func1"),
			goleak.IgnoreAnyFunction("github.com/dscript/dscript/internal/testengine.startPinned.func1.1"),
			goleak.IgnoreAnyFunction("os/signal.loop"),
		}
		if err := goleak.Find(append(harness, opts...)...); err != nil {
			return fmt.Errorf("testengine: goroutines left after the tests: %w", err)
		}
		return nil
	}
}
