//go:build go1.21

package r3

import "strings"

// region join

// Join concatenates words with sep between them, as strings.Join does (use
// that in real code). It sizes a strings.Builder once with Grow, so the
// loop never copies, where s += w would copy the whole string on every
// iteration.
func Join(words []string, sep string) string {
	n := len(sep) * max(len(words)-1, 0)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// endregion join
