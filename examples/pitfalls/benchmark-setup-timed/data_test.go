//go:build go1.22

package benchmarksetuptimed_test

import "math/rand/v2"

// randomData returns n random numbers: the expensive setup of the
// benchmarks.
func randomData(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = rand.Float64()
	}
	return xs
}
