package batching_test

import (
	"context"
	"slices"
	"testing"
	"testing/synctest"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/patterns/batching"
)

// region size-and-time

// In a synctest bubble (Go 1.25) time is fake: it advances only when every
// goroutine in the bubble is blocked, so the test checks exact durations,
// runs instantly and cannot flake on a slow machine.
func TestBatchBySizeAndTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan int)
		out := batching.Batch(t.Context(), in, 3, time.Second)

		for i := range 3 {
			in <- i
		}
		// Three values fill a batch: it is sent at once.
		if got := <-out; !slices.Equal(got, []int{0, 1, 2}) {
			t.Errorf("full batch = %v, want [0 1 2]", got)
		}
		// The fourth value waits alone for exactly maxWait.
		start := time.Now()
		in <- 3
		if got := <-out; !slices.Equal(got, []int{3}) {
			t.Errorf("timed batch = %v, want [3]", got)
		}
		if waited := time.Since(start); waited != time.Second {
			t.Errorf("partial batch sent after %v, want maxWait (1s)", waited)
		}
		// Closing the input flushes what is left and closes the output.
		in <- 4
		close(in)
		if got := <-out; !slices.Equal(got, []int{4}) {
			t.Errorf("last batch = %v, want [4]", got)
		}
		if _, ok := <-out; ok {
			t.Error("output not closed after input closed")
		}
	})
}

// endregion size-and-time

func TestBatchStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	in := make(chan int)
	out := batching.Batch(ctx, in, 2, time.Millisecond)
	in <- 1
	in <- 2  // a full batch nobody receives
	cancel() // only the cancellation can stop the stage now
	if _, ok := <-out; ok {
		// The stage may have offered the batch before it saw the cancellation.
		if _, ok := <-out; ok {
			t.Error("output not closed after cancel")
		}
	}
}

func TestBatchRejectsSizeBelowOne(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Batch with size 0 did not panic")
		}
	}()
	batching.Batch(t.Context(), make(chan int), 0, time.Second)
}
