//go:build bad

package bad_test

import (
	"math/rand/v2"
	"testing"

	"fieldguide.dev/examples/pitfalls/benchmark-setup-timed/bad"
)

func randomData(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = rand.Float64()
	}
	return xs
}

var sink float64

// region bad

// The setup runs inside the loop: every iteration also times making and
// filling a slice of a million random numbers.
func BenchmarkMeanSetupInLoop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		data := randomData(1_000_000) // [!code highlight]
		sink = bad.Mean(data)
	}
}

// The setup runs before the loop, but the timer is already running. The
// testing package calls the function several times with a growing b.N,
// and every call's time includes one setup.
func BenchmarkMeanNoReset(b *testing.B) {
	data := randomData(1_000_000) // [!code highlight]
	for i := 0; i < b.N; i++ {
		sink = bad.Mean(data)
	}
}

// endregion bad
