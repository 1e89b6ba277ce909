// Command credhelper is a docker credential helper for tests: it serves
// "get" and "list" from the JSON file named by $DSCRIPT_CREDHELPER_STORE,
// an object mapping server URLs to {"Username", "Secret"}.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type entry struct {
	Username string
	Secret   string
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: credhelper get|list")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Getenv("DSCRIPT_CREDHELPER_STORE"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	store := map[string]entry{}
	if err := json.Unmarshal(data, &store); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch os.Args[1] {
	case "get":
		server := strings.TrimSpace(string(in))
		e, ok := store[server]
		if !ok {
			fmt.Println("credentials not found in native keychain")
			os.Exit(1)
		}
		_ = json.NewEncoder(os.Stdout).Encode(map[string]string{"ServerURL": server, "Username": e.Username, "Secret": e.Secret})
	case "list":
		out := map[string]string{}
		for k, e := range store {
			out[k] = e.Username
		}
		_ = json.NewEncoder(os.Stdout).Encode(out)
	default:
		fmt.Fprintf(os.Stderr, "unsupported action %q\n", os.Args[1])
		os.Exit(1)
	}
}
