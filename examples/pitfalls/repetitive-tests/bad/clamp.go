//go:build bad

// Package bad is the code under test for the repetitive-tests
// pitfall.
package bad

// Clamp limits v to the range [lo, hi].
func Clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}
