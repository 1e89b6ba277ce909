package bindings

import (
	"testing"

	"github.com/dscript/dscript/internal/testengine"
)

// Integration tests of package bindings run against the engine the harness
// sets up (or borrows through DSCRIPT_TEST_DOCKER_HOST).
func TestMain(m *testing.M) { testengine.Main(m, testengine.NoLeaks()) }
