//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/empty-interface-overuse/bad"
)

// region test

// Every value counts: the int64 samples must not be dropped.
func TestSumInt64(t *testing.T) {
	samples := []int64{2, 3, 5}
	if got := bad.Sum(samples[0], samples[1], samples[2]); got != 10 {
		t.Errorf("Sum = %v, want 10", got)
	}
}

// endregion test
