package nilchannel_test

import (
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/nil-channel"
)

func TestMergeEndsWhenBothClosed(t *testing.T) {
	leakcheck.Check(t)

	a, b := make(chan int), make(chan int)
	go func() { a <- 1; close(a) }()
	go func() { b <- 2; b <- 3; close(b) }()
	sum := 0
	for v := range nilchannel.Merge(a, b) {
		sum += v
	}
	if sum != 6 {
		t.Errorf("sum = %d, want 6", sum)
	}
}
