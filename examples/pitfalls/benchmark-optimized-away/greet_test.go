//go:build go1.24

package benchmarkoptimizedaway_test

import (
	"testing"

	boa "fieldguide.dev/examples/pitfalls/benchmark-optimized-away"
)

func TestGreet(t *testing.T) {
	if got := boa.Greet("hello", "world"); got != "hello world" {
		t.Errorf("Greet = %q", got)
	}
}

// region good

// Package-level variables, not constants: the compiler cannot assume
// their values, so it cannot fold the concatenation.
var first, second = "hello", "world"

// BenchmarkGreet: b.Loop (Go 1.24) keeps the call, its arguments and its
// result alive, so the loop body really runs every iteration.
func BenchmarkGreet(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() { // [!code highlight]
		boa.Greet(first, second)
	}
}

// endregion good
