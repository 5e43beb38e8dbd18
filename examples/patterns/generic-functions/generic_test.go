package genericfunctions_test

import (
	"testing"

	genericfunctions "fieldguide.dev/examples/patterns/generic-functions"
)

// The largest element wherever it sits, not the last or the first.
func TestMaxOf(t *testing.T) {
	for _, tt := range []struct {
		s    []int
		want int
	}{
		{[]int{3, 9, 2}, 9},
		{[]int{9, 3, 2}, 9},
		{[]int{2, 3, 9}, 9},
		{[]int{-5, -1, -9}, -1},
	} {
		if got, ok := genericfunctions.MaxOf(tt.s); got != tt.want || !ok {
			t.Errorf("MaxOf(%v) = %d, %v; want %d, true", tt.s, got, ok, tt.want)
		}
	}
}

// The first match, and -1 when there is none.
func TestIndex(t *testing.T) {
	if got := genericfunctions.Index([]int{1, 2, 1}, 1); got != 0 {
		t.Errorf("Index(1 2 1, 1) = %d, want 0", got)
	}
	if got := genericfunctions.Index([]int{1}, 5); got != -1 {
		t.Errorf("Index(1, 5) = %d, want -1", got)
	}
	if got := genericfunctions.Index[int](nil, 5); got != -1 {
		t.Errorf("Index(nil, 5) = %d, want -1", got)
	}
}
