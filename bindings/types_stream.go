package bindings

import (
	"fmt"
	"io"
)

// StreamArg is an iterator given by a script (one dscript returned).
type StreamArg struct{ Iterator }

func toStreamArg(v any) (StreamArg, error) {
	if it, ok := v.(Iterator); ok {
		return StreamArg{it}, nil
	}
	return StreamArg{}, typeError("iterator", v)
}

// ClosableArg is something a script can have closed: an iterator or a
// Socket.
type ClosableArg struct{ io.Closer }

func toClosableArg(v any) (ClosableArg, error) {
	if c, ok := v.(io.Closer); ok {
		return ClosableArg{c}, nil
	}
	return ClosableArg{}, typeError("iterator or Socket", v)
}

var _ = registerStreamKinds()

func registerStreamKinds() bool {
	RegisterKind("iterator", false, toStreamArg)
	RegisterKind("iterator|Socket", false, toClosableArg)
	return true
}

// CancellableStreamArgs are docker.types.CancellableStream's parameters.
type CancellableStreamArgs struct {
	Stream   StreamArg   `arg:"stream" pos:"0" req:"true" doc:"The stream to iterate."`
	Response ClosableArg `arg:"response" pos:"1" req:"true" doc:"What close() closes besides the stream (its connection)."`
}

func init() {
	m := Func(TypesModuleClass, "CancellableStream", "An iterator over stream whose close() also closes response, as docker-py wraps events().", func(c *Call, a *CancellableStreamArgs) (any, error) {
		return &FuncIterator{
			NextFunc: a.Stream.Next,
			CloseFunc: func() error {
				err := a.Stream.Close()
				if rerr := a.Response.Close(); rerr != nil && err == nil {
					err = fmt.Errorf("%s: close response: %w", c.Name(), rerr)
				}
				return err
			},
		}, nil
	})
	m.Ctor = true
}
