//go:build go1.1

package benchmarkoptimizedaway_test

import (
	"testing"

	boa "fieldguide.dev/examples/pitfalls/benchmark-optimized-away"
)

// region sink

// sink is package-level, so a store to it is visible outside the
// function and the compiler must compute the value.
var sink string

// BenchmarkGreetSink is the same benchmark before Go 1.24, with a b.N loop.
func BenchmarkGreetSink(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = boa.Greet(first, second) // [!code highlight]
	}
}

// endregion sink
