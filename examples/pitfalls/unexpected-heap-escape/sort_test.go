//go:build go1.21

package unexpectedheapescape_test

import (
	"slices"
	"testing"

	uhe "fieldguide.dev/examples/pitfalls/unexpected-heap-escape"
)

func TestSortByAge(t *testing.T) {
	p := []uhe.Person{{"Ann", 40}, {"Bob", 20}, {"Cy", 30}}
	uhe.SortByAge(p)
	if !slices.IsSortedFunc(p, func(a, b uhe.Person) int { return a.Age - b.Age }) {
		t.Errorf("not sorted: %v", p)
	}
}

// region test

// The hot path must not allocate: this test pins it.
func TestSortByAgeDoesNotAllocate(t *testing.T) {
	p := []uhe.Person{{"Ann", 40}, {"Bob", 20}, {"Cy", 30}}
	if allocs := testing.AllocsPerRun(100, func() { uhe.SortByAge(p) }); allocs != 0 {
		t.Errorf("SortByAge allocates %v times per call, want 0", allocs)
	}
}

// endregion test
