//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/unexpected-heap-escape/bad"
)

// The hot path must not allocate: this test pins it.
func TestSortByAgeDoesNotAllocate(t *testing.T) {
	p := []bad.Person{{"Ann", 40}, {"Bob", 20}, {"Cy", 30}}
	if allocs := testing.AllocsPerRun(100, func() { bad.SortByAge(p) }); allocs != 0 {
		t.Errorf("SortByAge allocates %v times per call, want 0", allocs)
	}
}
