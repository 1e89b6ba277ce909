package dscript_test

import (
	"testing"

	"github.com/dscript/dscript/internal/testengine"
)

func TestMain(m *testing.M) { testengine.Main(m, testengine.NoLeaks()) }
