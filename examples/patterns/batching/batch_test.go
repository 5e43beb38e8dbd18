package batching_test

import (
	"slices"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/patterns/batching"
)

// region size-and-time

func TestBatchBySizeAndTime(t *testing.T) {
	leakcheck.Check(t)

	in := make(chan int)
	out := batching.Batch(t.Context(), in, 3, 20*time.Millisecond)

	for i := range 3 {
		in <- i
	}
	// Three values fill a batch: it is sent at once.
	if got := <-out; !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("full batch = %v, want [0 1 2]", got)
	}
	// The fourth value waits alone until maxWait has passed.
	start := time.Now()
	in <- 3
	if got := <-out; !slices.Equal(got, []int{3}) {
		t.Errorf("timed batch = %v, want [3]", got)
	}
	if waited := time.Since(start); waited < 10*time.Millisecond {
		t.Errorf("partial batch sent after %v, before maxWait", waited)
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
}

// endregion size-and-time

func TestBatchStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t)

	in := make(chan int)
	_ = batching.Batch(t.Context(), in, 2, time.Millisecond)
	in <- 1
	in <- 2 // a full batch nobody receives: only the cancelled
	// t.Context, when the test ends, can stop the stage
}
