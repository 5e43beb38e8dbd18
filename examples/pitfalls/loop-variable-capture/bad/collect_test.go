//go:build bad

package bad_test

import (
	"slices"
	"testing"

	"fieldguide.dev/examples/pitfalls/loop-variable-capture/bad"
)

func TestSquares(t *testing.T) {
	got := bad.Squares([]int{1, 2, 3, 4})
	if want := []int{1, 4, 9, 16}; !slices.Equal(got, want) {
		t.Errorf("Squares = %v, want %v", got, want)
	}
}
