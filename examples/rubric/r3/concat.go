//go:build go1.10

package r3

import "strings"

// region join

// Join concatenates words with sep between them. strings.Builder grows one
// buffer, where s += w would copy the whole string on every iteration.
func Join(words []string, sep string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// endregion join
