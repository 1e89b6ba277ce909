package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// needArg returns an error naming op and the argument when value, a
// required identifier, is empty or blank.
func needArg(op, name, value string) error {
	if strings.TrimSpace(value) == "" {
		return wrapOp(op, fmt.Errorf("%s must not be empty", name))
	}
	return nil
}

// needArgs is needArg for pairs of names and values.
func needArgs(op string, namesAndValues ...string) error {
	for i := 0; i+1 < len(namesAndValues); i += 2 {
		if err := needArg(op, namesAndValues[i], namesAndValues[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// needVersion returns an error naming op when version, the version of an
// object being updated, is 0 (the daemon needs the current one).
func needVersion(op string, version uint64) error {
	if version == 0 {
		return wrapOp(op, errors.New("version must be the object's current Version.Index, not 0"))
	}
	return nil
}

// rawIfBytes turns a []byte into a json.RawMessage, so that encoding it
// inside another value keeps it as JSON rather than base64.
func rawIfBytes(v any) any {
	if b, ok := v.([]byte); ok {
		return json.RawMessage(b)
	}
	return v
}
