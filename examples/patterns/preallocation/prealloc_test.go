//go:build go1.22

package preallocation_test

import (
	"slices"
	"testing"

	"fieldguide.dev/examples/patterns/preallocation"
)

// region allocs

func TestSquaresAllocatesOnce(t *testing.T) {
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i
	}
	if allocs := testing.AllocsPerRun(100, func() { preallocation.Squares(nums) }); allocs != 1 {
		t.Errorf("Squares allocates %v times, want 1", allocs)
	}
}

// endregion allocs

func TestSquares(t *testing.T) {
	if got, want := preallocation.Squares([]int{1, 2, 3}), []int{1, 4, 9}; !slices.Equal(got, want) {
		t.Errorf("Squares = %v, want %v", got, want)
	}
}

func TestIndex(t *testing.T) {
	m := preallocation.Index([]string{"a", "b"})
	if m["a"] != 0 || m["b"] != 1 || len(m) != 2 {
		t.Errorf("Index = %v", m)
	}
}

func TestCSV(t *testing.T) {
	if got, want := preallocation.CSV([]int{1, 22, 333}), "1,22,333"; got != want {
		t.Errorf("CSV = %q, want %q", got, want)
	}
	nums := []int{1, 22, 333, 4, 5}
	if allocs := testing.AllocsPerRun(100, func() { preallocation.CSV(nums) }); allocs != 1 {
		t.Errorf("CSV allocates %v times, want 1", allocs)
	}
}
