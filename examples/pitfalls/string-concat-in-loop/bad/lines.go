//go:build bad

// Package bad builds a string with += in a loop.
package bad

// region bad

// Lines joins lines, each followed by a newline.
func Lines(lines []string) string {
	s := ""
	for _, l := range lines {
		s += l + "\n" // copies everything built so far, every iteration // [!code highlight]
	}
	return s
}

// endregion bad
