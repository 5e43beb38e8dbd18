//go:build go1.22

package benchmarksetuptimed_test

import (
	"testing"

	bst "fieldguide.dev/examples/pitfalls/benchmark-setup-timed"
)

var sink float64

// region reset

// Before Go 1.24: reset the timer after the setup.
func BenchmarkMeanReset(b *testing.B) {
	data := randomData(1_000_000)
	b.ResetTimer() // [!code highlight]
	for i := 0; i < b.N; i++ {
		sink = bst.Mean(data)
	}
}

// endregion reset
