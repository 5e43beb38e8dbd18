//go:build go1.24

package unexpectedheapescape_test

import (
	"fmt"
	"testing"

	uhe "fieldguide.dev/examples/pitfalls/unexpected-heap-escape"
)

// BenchmarkSortByAge sorts 3 and 1,000 people, each run from the same
// unsorted copy. The Bad version's sort.Interface value escapes: one
// allocation per call whatever the size; the Good one has none.
func BenchmarkSortByAge(b *testing.B) {
	for _, n := range []int{3, 1000} {
		in := make([]uhe.Person, n)
		for i := range in {
			in[i] = uhe.Person{Name: fmt.Sprint("p", i), Age: (i * 7919) % 100}
		}
		people := make([]uhe.Person, n)
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				copy(people, in)
				uhe.SortByAge(people)
			}
		})
	}
}
