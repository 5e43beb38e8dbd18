//go:build bad

// Package bad writes to a nil map.
package bad

// region count

// CountWords counts each word.
//
// BUG: var declares a nil map. Reading it is fine, but the first write
// panics with "assignment to entry in nil map".
func CountWords(words []string) map[string]int {
	var counts map[string]int
	for _, w := range words {
		counts[w]++ // [!code highlight]
	}
	return counts
}

// endregion count
