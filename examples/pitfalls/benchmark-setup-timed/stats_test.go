//go:build go1.24

package benchmarksetuptimed_test

import (
	"testing"

	bst "fieldguide.dev/examples/pitfalls/benchmark-setup-timed"
)

func TestMean(t *testing.T) {
	if got := bst.Mean([]float64{1, 2, 3, 6}); got != 3 {
		t.Errorf("Mean = %v, want 3", got)
	}
	if got := bst.Mean(nil); got != 0 {
		t.Errorf("Mean(nil) = %v, want 0", got)
	}
}

// region good

// Setup before b.Loop is not timed (Go 1.24): the timer starts at the
// loop's first iteration and stops when it ends.
func BenchmarkMean(b *testing.B) {
	data := randomData(1_000_000)
	for b.Loop() { // [!code highlight]
		bst.Mean(data)
	}
}

// endregion good
