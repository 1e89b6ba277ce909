package bindings

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCompletionTarget(t *testing.T) {
	tests := []struct {
		line    string
		path    []string
		sep     string
		partial string
	}{
		{"cli", nil, "", "cli"},
		{"client.containers:ru", []string{"client", "containers"}, ":", "ru"},
		{"client.", []string{"client"}, ".", ""},
		{"print(client.con", []string{"client"}, ".", "con"},
		{"x = docker.from_env():", nil, ":", ""},
		{"", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			path, sep, partial := CompletionTarget(tc.line)
			assert.Equal(t, tc.path, path)
			assert.Equal(t, tc.sep, sep)
			assert.Equal(t, tc.partial, partial)
		})
	}
}

func TestComplete(t *testing.T) {
	assert.Equal(t, []string{"run", "runner"}, Complete([]string{"runner", "run", "list", "run", "__index"}, "ru"))
	assert.Contains(t, MemberNames(ContainerClass, true), "shortId")
	assert.NotContains(t, MemberNames(ContainerClass, false), "shortId")
}
