package dscript_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func idsOf(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var list []struct {
		ID string `json:"Id"`
	}
	require.NoError(t, json.Unmarshal(raw, &list))
	ids := make([]string, len(list))
	for i, e := range list {
		ids[i] = e.ID
	}
	return ids
}
