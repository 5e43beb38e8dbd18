//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/data-race/bad"
)

// region race-test

// Fails under go test -race with "WARNING: DATA RACE", even on runs where
// the sum happens to come out right.
func TestSumSquares(t *testing.T) {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	if got, want := bad.SumSquares(nums), 338350; got != want {
		t.Errorf("SumSquares(1..100) = %d, want %d", got, want)
	}
}

// endregion race-test
