package datarace_test

import (
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	datarace "fieldguide.dev/examples/pitfalls/data-race"
)

// region race-test

// Passes under go test -race: the race detector finds nothing to report.
func TestSumSquares(t *testing.T) {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	if got, want := datarace.SumSquares(nums), 338350; got != want {
		t.Errorf("SumSquares(1..100) = %d, want %d", got, want)
	}
}

// endregion race-test

func TestSumSquaresChan(t *testing.T) {
	leakcheck.Check(t) // every sender must have delivered and exited

	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	if got, want := datarace.SumSquaresChan(nums), 338350; got != want {
		t.Errorf("SumSquaresChan(1..100) = %d, want %d", got, want)
	}
}
