//go:build bad

// Package bad hashes interface values through a comparable constraint.
package bad

// region distinct

// Distinct returns values without repeats, keeping the first of each in
// order.
func Distinct[T comparable](values []T) []T {
	seen := make(map[T]bool, len(values))
	var out []T
	for _, v := range values {
		if !seen[v] { // [!code highlight]
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// DistinctJSON returns decoded JSON values without repeats.
//
// BUG: any satisfies comparable (Go 1.20), so this compiles, but hashing an
// array ([]any) or an object (map[string]any) panics at run time.
func DistinctJSON(values []any) []any {
	return Distinct(values) // [!code highlight]
}

// endregion distinct
