package bindings

import "fmt"

// ScriptError is an error that escaped a script: the exception's class
// (a docker-py class name, or the language's own kind of error), its
// message and the script's traceback.
type ScriptError struct {
	Class     string
	Message   string
	Traceback string
	// Err is the exception when it was raised by dscript.
	Err *Error
	// Value is the raised value as a neutral Go value when the script threw
	// one of its own (a Lua table, a JavaScript object's fields).
	Value any
}

func (e *ScriptError) Error() string {
	if e.Class == "" {
		return e.Message
	}
	return fmt.Sprintf("%s: %s", e.Class, e.Message)
}

// Unwrap gives the dscript exception, if any.
func (e *ScriptError) Unwrap() error {
	if e.Err == nil {
		return nil
	}
	return e.Err
}

// ExitError reports that a script called os.exit / process.exit.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("script exited with status %d", e.Code) }
