package digest

// dscript patch: this file is new. The package's regular expressions
// compile on first use instead of at program start, so a program that links
// the package but does not parse a reference does not pay for compiling
// them.

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is used.
// It has the methods of *regexp.Regexp the package uses; Regexp returns
// the compiled expression for the others.
type lazyRegexp struct {
	src  string
	once sync.Once
	rx   *regexp.Regexp
}

// newLazyRegexp declares a regular expression; it panics on first use if
// src does not compile, as regexp.MustCompile does at once.
func newLazyRegexp(src string) *lazyRegexp { return &lazyRegexp{src: src} }

// Regexp returns the compiled expression.
func (l *lazyRegexp) Regexp() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.src) })
	return l.rx
}

// MatchString reports whether s contains a match.
func (l *lazyRegexp) MatchString(s string) bool { return l.Regexp().MatchString(s) }

// FindStringSubmatch returns the leftmost match and its submatches.
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.Regexp().FindStringSubmatch(s) }

// NumSubexp returns the number of parenthesized subexpressions.
func (l *lazyRegexp) NumSubexp() int { return l.Regexp().NumSubexp() }

// String returns the source text of the expression.
func (l *lazyRegexp) String() string { return l.src }
