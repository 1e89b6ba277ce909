// Command profile runs a benchmark script in process, as bin/dscript would,
// under the CPU profiler, to find where a slow ratio of the table comes
// from:
//
//	go build -o bin/bench/profile ./bench/profile
//	bin/bench/profile -cpuprofile cpu.out bench/clients/scripts/bench.js logs 0 CONTAINER
//	go tool pprof -top bin/bench/profile cpu.out
//
// The language comes from the script's extension.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/dscript/dscript"
)

func main() {
	cpu := flag.String("cpuprofile", "cpu.out", "write the CPU profile to `file`")
	mem := flag.String("memprofile", "", "write an allocation profile to `file` at the end")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: profile [-cpuprofile FILE] [-memprofile FILE] SCRIPT [ARGS...]")
		os.Exit(2)
	}
	if err := run(*cpu, *mem, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "profile:", err)
		os.Exit(1)
	}
}

func run(cpu, mem string, args []string) error {
	lang, err := dscript.LangOf(args[0])
	if err != nil {
		return err
	}
	f, err := os.Create(cpu)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	rt, err := dscript.New(lang, dscript.Options{Args: args})
	if err != nil {
		pprof.StopCPUProfile()
		return err
	}
	err = rt.RunFile(context.Background(), args[0])
	rt.Close()
	pprof.StopCPUProfile()
	if mem != "" {
		mf, merr := os.Create(mem)
		if merr != nil {
			return merr
		}
		defer mf.Close()
		if merr := pprof.Lookup("allocs").WriteTo(mf, 0); merr != nil {
			return merr
		}
	}
	return err
}
