package bindings

import (
	"io"
	"time"
)

// Bytes is binary data (archive chunks, saved images). Lua receives it as a
// string, JavaScript as an ArrayBuffer. Text (logs, exec output) is a plain
// Go string instead.
type Bytes []byte

// Tuple is a Python tuple result: several values in Lua, an array in JS.
type Tuple []any

// Time is a point in time given by a script (a JS Date).
type Time = time.Time

// Object is a value with a class: a model object, a collection or a module.
type Object interface {
	Class() *Class
}

// Sequence is implemented by objects that are also tuples (docker-py's
// namedtuples such as ExecResult). Adapters index them by position, from 1
// in Lua and from 0 in JavaScript, where they can also be destructured.
type Sequence interface {
	Object
	Items() []any
}

// Identifier is implemented by objects with a daemon-side identity; two
// handles with the same class and ID compare equal in scripts.
type Identifier interface {
	ID() string
}

// Iterator is a stream of values that a script consumes once. Next returns
// ok=false at the end. Close releases what the stream holds (a connection)
// and may be called more than once.
type Iterator interface {
	Next(c *Call) (v any, ok bool, err error)
	io.Closer
}

// FuncIterator adapts two functions to Iterator.
type FuncIterator struct {
	NextFunc  func(c *Call) (any, bool, error)
	CloseFunc func() error
	closed    bool
}

// Next returns the next value or ok=false at the end; after the end or an
// error the iterator closes itself.
func (it *FuncIterator) Next(c *Call) (any, bool, error) {
	if it.closed {
		return nil, false, nil
	}
	v, ok, err := it.NextFunc(c)
	if err != nil || !ok {
		_ = it.Close()
	}
	return v, ok, err
}

// Close releases the iterator's resources once.
func (it *FuncIterator) Close() error {
	if it.closed {
		return nil
	}
	it.closed = true
	if it.CloseFunc != nil {
		return it.CloseFunc()
	}
	return nil
}

// SliceIterator returns an iterator over fixed values.
func SliceIterator(vals []any) Iterator {
	i := 0
	return &FuncIterator{NextFunc: func(*Call) (any, bool, error) {
		if i >= len(vals) {
			return nil, false, nil
		}
		i++
		return vals[i-1], true, nil
	}}
}

func isEOF(err error) bool { return err == io.EOF }
