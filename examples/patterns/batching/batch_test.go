package batching_test

import (
	"context"
	"slices"
	"testing"
	"testing/synctest"
	"time"

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
		// The fourth value waits alone for exactly maxWait, counted from its
		// own arrival: not from the start of the stage, nor from a tick left
		// over from the first batch, nor on a fixed ticker.
		time.Sleep(500 * time.Millisecond)
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

// Nobody reads out: only the cancellation can end the stage, both when it
// is blocked offering a full batch and when it is already cancelled. A
// stage still running when the bubble ends fails the test.
func TestBatchStopsWhenCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		in := make(chan int)
		_ = batching.Batch(ctx, in, 2, time.Second)
		in <- 1
		in <- 2 // a full batch nobody receives
		synctest.Wait()
		cancel()
		synctest.Wait()
	})
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		out := batching.Batch(ctx, make(chan int), 2, time.Second)
		if _, ok := <-out; ok {
			t.Error("a stage started with a cancelled context sent a batch")
		}
	})
}

func TestBatchRejectsBadArguments(t *testing.T) {
	for _, args := range []struct {
		size    int
		maxWait time.Duration
	}{{0, time.Second}, {-1, time.Second}, {2, 0}, {2, -time.Second}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Batch(size %d, maxWait %v) did not panic", args.size, args.maxWait)
				}
			}()
			batching.Batch(t.Context(), make(chan int), args.size, args.maxWait)
		}()
	}
}
