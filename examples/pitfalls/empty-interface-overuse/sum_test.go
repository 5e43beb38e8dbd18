package emptyinterfaceoveruse_test

import (
	"testing"

	emptyinterfaceoveruse "fieldguide.dev/examples/pitfalls/empty-interface-overuse"
)

// region test

// Every value counts: the int64 samples must not be dropped.
func TestSumInt64(t *testing.T) {
	samples := []int64{2, 3, 5}
	if got := emptyinterfaceoveruse.Sum(samples...); got != 10 {
		t.Errorf("Sum = %v, want 10", got)
	}
}

// endregion test

// Celsius is a defined type; ~float64 in Number admits it.
type Celsius float64

func TestSumDefinedType(t *testing.T) {
	if got := emptyinterfaceoveruse.Sum(Celsius(1.5), 2); got != 3.5 {
		t.Errorf("Sum = %v, want 3.5", got)
	}
}
