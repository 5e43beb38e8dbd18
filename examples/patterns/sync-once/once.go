//go:build go1.21

// Package synconce runs an initialization exactly once, on first use,
// however many goroutines ask for it at the same time.
package synconce

import (
	"regexp"
	"sync"
)

// region once-value

// semver is compiled on the first call to IsSemver, not at program start,
// and exactly once: callers arriving meanwhile wait for the first one.
var semver = sync.OnceValue(func() *regexp.Regexp { // [!code highlight]
	return regexp.MustCompile(`^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$`)
})

// IsSemver reports whether s is a version such as v1.25.0.
func IsSemver(s string) bool {
	return semver().MatchString(s)
}

// endregion once-value

// region once-values

// Loader parses a setting on first use. Because its parse can fail, it
// uses OnceValues, which caches the error as well as the value: every
// caller sees the same result, and the parse never runs twice.
type Loader struct {
	get func() (int, error)
}

// NewLoader returns a Loader for raw, which parse (strconv.Atoi, say)
// turns into a number when it is first needed. Create a Loader only with
// NewLoader: the zero Loader has nothing to run.
func NewLoader(raw string, parse func(string) (int, error)) *Loader {
	return &Loader{get: sync.OnceValues(func() (int, error) { // [!code highlight]
		return parse(raw)
	})}
}

// Workers returns the parsed setting.
func (l *Loader) Workers() (int, error) { return l.get() }

// endregion once-values
