//go:build go1.1

// Package benchmarkoptimizedaway is the code benchmarked on the
// benchmark-optimized-away page.
package benchmarkoptimizedaway

// Greet joins two words with a space.
func Greet(first, second string) string {
	return first + " " + second
}
