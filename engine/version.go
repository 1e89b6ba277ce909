package engine

import (
	"strconv"
	"strings"
)

// CompareVersions compares two dotted API versions such as "1.41" and
// "1.9" numerically, returning -1, 0 or +1. A leading "v" is ignored,
// missing components count as 0 and non-numeric components as 0.
func CompareVersions(a, b string) int {
	a = strings.TrimPrefix(a, "v")
	b = strings.TrimPrefix(b, "v")
	for a != "" || b != "" {
		var pa, pb string
		pa, a, _ = strings.Cut(a, ".")
		pb, b, _ = strings.Cut(b, ".")
		na, _ := strconv.Atoi(pa)
		nb, _ := strconv.Atoi(pb)
		switch {
		case na < nb:
			return -1
		case na > nb:
			return 1
		}
	}
	return 0
}

// VersionAtLeast reports whether version v is at least min.
func VersionAtLeast(v, min string) bool { return CompareVersions(v, min) >= 0 }

// validVersion reports whether v looks like "1.41": dot-separated decimal
// numbers.
func validVersion(v string) bool {
	if v == "" {
		return false
	}
	for _, part := range strings.Split(v, ".") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}
