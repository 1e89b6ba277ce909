package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// SIGINT and SIGTERM cancel the running script, also inside a loop that
// calls native functions, and the command exits with status 1.
func TestSignalsCancelTheScript(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "dscript")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	tests := []struct {
		name string
		args []string
		sig  syscall.Signal
	}{
		{"js SIGINT", []string{"--lang", "js", "-e", `print("started"); for (;;) { [1, 2, 3].map(x => x * 2) }`}, syscall.SIGINT},
		{"js SIGTERM", []string{"--lang", "js", "-e", `print("started"); for (;;) { JSON.stringify([1, 2, 3]) }`}, syscall.SIGTERM},
		{"lua SIGINT", []string{"-e", `print("started") while true do string.rep("x", 10) end`}, syscall.SIGINT},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdout, err := cmd.StdoutPipe()
			require.NoError(t, err)
			require.NoError(t, cmd.Start())
			line, err := bufio.NewReader(stdout).ReadString('\n')
			require.NoError(t, err)
			require.Equal(t, "started\n", line)
			require.NoError(t, cmd.Process.Signal(tc.sig))
			err = cmd.Wait()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit)
			assert.Equal(t, 1, exit.ExitCode())
			assert.Contains(t, stderr.String(), "canceled")
		})
	}
}
