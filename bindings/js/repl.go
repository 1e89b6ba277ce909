package js

import (
	"context"
	"regexp"
	"sync"

	"github.com/dop251/goja"
)

var (
	awaitWord = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\bawait\b`) })
	// topDecl matches a declaration at the start of a line of a REPL
	// entry: with top-level await it becomes a global assignment, so the
	// name outlives the entry.
	topDecl = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?m)^(\s*)(?:const|let|var)\s+([A-Za-z_$][A-Za-z0-9_$]*)\s*=`)
	})
)

// usesAwait tells a REPL entry that may use top-level await.
func usesAwait(src string) bool { return awaitWord().MatchString(src) }

// evalAsync runs a REPL entry with top-level await inside an async
// function, as the node REPL does: an expression gives its awaited value;
// declarations (const x = await ...) define globals. An entry that does
// not compile that way is run as it is, for its own error.
func (r *Runtime) evalAsync(ctx context.Context, src string) (goja.Value, error) {
	prg, err := compile("<repl>", "(async () => ("+src+"\n))()")
	if err != nil {
		prg, err = compile("<repl>", "(async () => {"+topDecl().ReplaceAllString(src, "${1}globalThis.$2 =")+"\n})()")
	}
	if err != nil {
		prg, err = compile("<repl>", src)
		if err != nil {
			return nil, err
		}
		return r.run(ctx, prg)
	}
	var out goja.Value
	_, err = r.runWith(ctx, func() (goja.Value, error) {
		v, err := r.vm.RunProgram(prg)
		if err != nil {
			return nil, err
		}
		p, ok := v.Export().(*goja.Promise)
		if !ok {
			out = v
			return v, nil
		}
		switch p.State() {
		case goja.PromiseStateFulfilled:
			out = p.Result()
		case goja.PromiseStateRejected:
			r.rejected = nil
			return nil, r.throwValue(p.Result())
		default:
			out = v
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
