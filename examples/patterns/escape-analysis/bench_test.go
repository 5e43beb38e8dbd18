//go:build go1.24

package escapeanalysis_test

import (
	"math/rand/v2"
	"testing"

	ea "fieldguide.dev/examples/patterns/escape-analysis"
)

// Kept slices escape, as a slice a function returns does.
var (
	keptValues   []ea.Point
	keptPointers []*ea.Point
)

// BenchmarkBuild fills a slice of 1,000 points: one allocation for
// []Point, one per element more for []*Point.
func BenchmarkBuild(b *testing.B) {
	const n = 1_000
	b.Run("layout=values", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ps := make([]ea.Point, n)
			for i := range ps {
				ps[i] = ea.Point{X: float64(i), Y: 1}
			}
			keptValues = ps
		}
	})
	b.Run("layout=pointers", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ps := make([]*ea.Point, n)
			for i := range ps {
				ps[i] = &ea.Point{X: float64(i), Y: 1}
			}
			keptPointers = ps
		}
	})
}

// BenchmarkSum reads 4 million points, more than a CPU cache holds: stored
// as values, as pointers to points allocated in order, and as the same
// pointers shuffled, which is how points allocated at different times end
// up scattered over the heap.
func BenchmarkSum(b *testing.B) {
	const n = 4_000_000
	values := make([]ea.Point, n)
	pointers := make([]*ea.Point, n)
	for i := range values {
		values[i] = ea.Point{X: float64(i), Y: 1}
		pointers[i] = &ea.Point{X: float64(i), Y: 1}
	}
	shuffled := append([]*ea.Point(nil), pointers...)
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(n, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })

	var sum float64 // read after the loops, so the sums are not optimized away
	b.Run("layout=values", func(b *testing.B) {
		for b.Loop() {
			for _, p := range values {
				sum += p.X
			}
		}
	})
	b.Run("layout=pointers", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pointers {
				sum += p.X
			}
		}
	})
	b.Run("layout=shuffled-pointers", func(b *testing.B) {
		for b.Loop() {
			for _, p := range shuffled {
				sum += p.X
			}
		}
	})
	if sum == 0 {
		b.Fatal("no point was read")
	}
}
