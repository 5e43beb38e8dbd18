//go:build bad

// Package bad is the code benchmarked on the
// benchmark-optimized-away page.
package bad

// Greet joins two words with a space.
func Greet(first, second string) string {
	return first + " " + second
}
