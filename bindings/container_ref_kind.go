package bindings

import "fmt"

// IDRef names a resource as docker-py's check_resource accepts it: a model
// object, its ID or name, or a dict carrying the ID under "Id" (or "ID"),
// such as the {Id, Warnings} that api.create_container returns. It holds
// the ID or name.
type IDRef string

func toIDRef(v any) (IDRef, error) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return "", fmt.Errorf("must not be an empty str")
		}
		return IDRef(x), nil
	case map[string]any:
		id, ok := x["Id"]
		if !ok {
			id, ok = x["ID"]
		}
		s, isStr := id.(string)
		switch {
		case !ok:
			return "", fmt.Errorf("is a dict without an 'Id'")
		case !isStr || s == "":
			return "", fmt.Errorf("is a dict whose 'Id' is not a non-empty str (%s)", typeName(id))
		}
		return IDRef(s), nil
	case Identifier:
		return IDRef(x.ID()), nil
	}
	return "", typeError("str, dict or model", v)
}

// idRefKinds registers IDRef; it runs during variable initialization,
// before any init function declares methods.
var _ = registerIDRefKinds()

func registerIDRefKinds() bool {
	// dict=true: a trailing {Id=...} table whose keys are not parameter
	// names fills the parameter (api:start(created)); one whose keys all
	// are ({container=...}) stays keyword arguments.
	RegisterKind("str|dict|model", true, toIDRef)
	return true
}
