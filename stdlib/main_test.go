package stdlib_test

import (
	"testing"

	"go.uber.org/goleak"
)

// The standard modules need no engine; their tests end with no goroutine
// left behind.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
