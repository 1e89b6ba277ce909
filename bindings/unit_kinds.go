package bindings

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	units "github.com/docker/go-units"
)

// ByteSize is a size in bytes given as docker-py's parse_bytes accepts it:
// an int (bytes), a float without fraction, or a str of digits with an optional unit b, k, m
// or g (powers of 1024, case-insensitive, "kb"/"mb"/"gb" too): "512m", "1g".
// Parameters of this kind are *ByteSize, nil when not given.
type ByteSize int64

// toByteSize converts a size as docker-py's parse_bytes does (ByteSize). Unit strings
// go through go-units' RAMInBytes, the parser the docker CLI uses for the
// same flags (-m, --shm-size), which also takes t/p and "1.5g".
func toByteSize(v any) (int64, error) {
	switch x := v.(type) {
	case bool:
		return 0, typeError("int or str", v)
	case int64, int, uint64:
		return ToInt(v)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1<<63 {
			return 0, fmt.Errorf("must be a size, not %v", x)
		}
		if x != math.Trunc(x) {
			return 0, fmt.Errorf("must be a whole number of bytes, not %v", x)
		}
		return int64(x), nil
	case string:
		s := strings.TrimSpace(x)
		if s == "" {
			return 0, nil
		}
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, nil
		}
		n, err := units.RAMInBytes(s)
		if err != nil {
			return 0, fmt.Errorf("must be a size such as 512m or 1g (units b, k, m, g), not %q", x)
		}
		if n < 0 {
			// go-units multiplies in float64 and wraps past 8 EiB
			return 0, fmt.Errorf("must be a size below 8 EiB, not %q", x)
		}
		return n, nil
	}
	return 0, typeError("int or str", v)
}

// Nanos is a duration in nanoseconds, as the daemon's healthcheck fields
// want it: an int of nanoseconds (docker-py) or, as a dscript extension, a
// Go duration str such as "30s" or "1m30s".
type Nanos int64

func toNanos(v any) (int64, error) {
	if s, ok := v.(string); ok {
		d, err := time.ParseDuration(s)
		if err != nil {
			return 0, fmt.Errorf("must be int nanoseconds or a duration such as \"30s\", not %q", s)
		}
		return int64(d), nil
	}
	if _, isBool := v.(bool); isBool {
		return 0, typeError("int", v)
	}
	n, err := ToInt(v)
	if err != nil {
		return 0, typeError("int (nanoseconds) or duration str", v)
	}
	return n, nil
}
