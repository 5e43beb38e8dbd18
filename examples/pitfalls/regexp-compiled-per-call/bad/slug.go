//go:build bad

// Package bad shows the mistake: the regular expression is compiled again
// on every call.
package bad

import "regexp"

// region slug

// Valid reports whether s is a slug: lower-case words of letters and
// digits joined by single hyphens, at most 64 bytes long.
func Valid(s string) bool {
	return len(s) <= 64 && regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`).MatchString(s) // [!code highlight]
}

// endregion slug
