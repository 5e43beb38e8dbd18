package nilchannel_test

import (
	"context"
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
	for v := range nilchannel.Merge(t.Context(), a, b) {
		sum += v
	}
	if sum != 6 {
		t.Errorf("sum = %d, want 6", sum)
	}
}

// The consumer takes one value, stops reading and cancels, while both
// inputs still have values to give. Merge's goroutine must not stay
// blocked on its send: leakcheck fails the test if it does.
func TestMergeReturnsWhenConsumerCancels(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	a, b := make(chan int, 2), make(chan int, 2)
	a <- 1
	a <- 2
	b <- 3
	b <- 4
	out := nilchannel.Merge(ctx, a, b)
	<-out
	cancel() // and read no more
}

// An input that is never closed, and a consumer that gives up: Merge must
// still return.
func TestMergeReturnsWhenInputNeverCloses(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	a, b := make(chan int), make(chan int)
	close(b)
	out := nilchannel.Merge(ctx, a, b)
	cancel()
	for range out { // ends only when Merge closes out
	}
}
