// Package slug checks URL slugs with a regular expression compiled once,
// when the package is initialised.
package slug

import "regexp"

// region slug

// pattern is compiled once; a *regexp.Regexp is safe for concurrent use.
var pattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`) // [!code highlight]

// Valid reports whether s is a slug: lower-case words of letters and
// digits joined by single hyphens, at most 64 bytes long.
func Valid(s string) bool {
	return len(s) <= 64 && pattern.MatchString(s)
}

// endregion slug
