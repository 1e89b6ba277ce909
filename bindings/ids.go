package bindings

import "fmt"

// shortID is docker-py's short_id: the first 12 hex digits, after any
// "sha256:" prefix.
func shortID(id string) string {
	if len(id) > 7 && id[:7] == "sha256:" {
		if len(id) > 19 {
			return id[:19]
		}
		return id
	}
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// repr is docker-py's "<Class: short_id>".
func repr(cls string, id string) string { return fmt.Sprintf("<%s: %s>", cls, shortID(id)) }
