package bindings

import (
	"context"
	"errors"
	"fmt"
)

// Limits bound what one script may consume of its host. Zero fields mean
// the defaults of the embedding API.
type Limits struct {
	// MaxMemory bounds, in bytes, what one builtin call may build: a
	// string from string.rep / String.prototype.repeat / table.concat /
	// string.gsub / Array.prototype.join or Lua's concatenation (..), a
	// line of print or console.log, an array grown in one call.
	MaxMemory int64
	// MaxSteps bounds the virtual-machine instructions of one run (Lua);
	// 0 means no bound.
	MaxSteps int64
	// MaxCallDepth bounds nested calls; the JavaScript adapter raises a
	// RangeError past it.
	MaxCallDepth int
	// MaxHeap, when set, stops a run when the Go heap of the whole
	// process passes this many bytes while it runs (checked every few
	// milliseconds): a fuse for what no builtin check sees, such as
	// JavaScript's + doubling a string in a loop.
	MaxHeap int64
}

// ErrLimit is wrapped by the error a run returns when it exhausts its step
// budget or passes the heap limit.
var ErrLimit = errors.New("script exceeded a limit of its runtime")

// AllocError reports that what would exceed the memory budget; what names
// the builtin.
func (l Limits) AllocError(what string, n int64) error {
	if l.MaxMemory > 0 && n > l.MaxMemory {
		return fmt.Errorf("%s: the result would need %d bytes, more than this runtime's memory limit of %d bytes", what, n, l.MaxMemory)
	}
	return nil
}

// HostFunc is a Go function handed to scripts: it gets the call's context
// and the script's arguments as neutral values and returns neutral
// results; an error is raised in the script as an exception.
type HostFunc func(ctx context.Context, args []any) ([]any, error)
