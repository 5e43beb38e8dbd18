//go:build go1.21

// Package repetitivetests is the code under test for the repetitive-tests
// pitfall.
package repetitivetests

// Clamp limits v to the range [lo, hi].
func Clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}
