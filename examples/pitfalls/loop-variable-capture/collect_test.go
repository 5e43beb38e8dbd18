package loopvariablecapture_test

import (
	"slices"
	"testing"

	loopvariablecapture "fieldguide.dev/examples/pitfalls/loop-variable-capture"
)

func TestSquares(t *testing.T) {
	got := loopvariablecapture.Squares([]int{1, 2, 3, 4})
	if want := []int{1, 4, 9, 16}; !slices.Equal(got, want) {
		t.Errorf("Squares = %v, want %v", got, want)
	}
}
