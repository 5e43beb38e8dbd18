//go:build go1.10

// Package stringconcatinloop builds a string in one buffer with
// strings.Builder.
package stringconcatinloop

import "strings"

// region good

// Lines joins lines, each followed by a newline.
func Lines(lines []string) string {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	var b strings.Builder
	b.Grow(n) // the exact final length: one allocation // [!code highlight]
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String() // no copy: String returns the buffer
}

// endregion good
