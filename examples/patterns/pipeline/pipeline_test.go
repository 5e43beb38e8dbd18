package pipeline_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/patterns/pipeline"
)

// region cancel-test

// The consumer takes two values and cancels. Every stage must exit, though
// the source still had values to send and nobody drains the channels.
func TestPipelineStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	values := make([]int, 1000)
	out := pipeline.Map(ctx, pipeline.Map(ctx, pipeline.Source(ctx, values...),
		func(n int) int { return n + 1 }),
		func(n int) int { return n * 2 })

	<-out
	<-out
	cancel()
}

// endregion cancel-test

func TestPipelineDeliversInOrder(t *testing.T) {
	leakcheck.Check(t)

	ctx := t.Context()
	out := pipeline.Map(ctx, pipeline.Source(ctx, 1, 2, 3), func(n int) int { return n * 10 })
	want := 10
	for got := range out {
		if got != want {
			t.Errorf("got %d, want %d", got, want)
		}
		want += 10
	}
	if want != 40 {
		t.Errorf("got %d values, want 3", want/10-1)
	}
}

// With nobody reading, the unbuffered channels let fn run at most once: the
// stage holds one result and waits. A buffered output (say 1024) would let
// it run far ahead and fill memory; this test fails on that.
func TestPipelineAppliesBackpressure(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		var calls atomic.Int64
		out := pipeline.Map(ctx, pipeline.Source(ctx, make([]int, 1000)...),
			func(n int) int { calls.Add(1); return n })
		synctest.Wait() // every goroutine in the bubble is blocked
		if n := calls.Load(); n > 1 {
			t.Fatalf("fn ran %d times with no consumer, want at most 1", n)
		}
		<-out
		synctest.Wait()
		if n := calls.Load(); n > 2 {
			t.Fatalf("fn ran %d times after one receive, want at most 2", n)
		}
	})
}

// An input that never closes: the cancel must still end Map, which is
// waiting to receive, not to send.
func TestMapStopsWhenCancelledWhileWaitingForInput(t *testing.T) {
	leakcheck.Check(t)
	ctx, cancel := context.WithCancel(t.Context())
	out := pipeline.Map(ctx, make(chan int), func(n int) int { return n })
	cancel()
	for range out { // ends only when Map closes out
	}
}

// region collect-test

// Collect tells a complete run from a cancelled one, which the closed
// channel alone cannot.
func TestCollectReportsCancellation(t *testing.T) {
	ctx := t.Context()
	all, err := pipeline.Collect(ctx, pipeline.Map(ctx, pipeline.Source(ctx, 1, 2, 3),
		func(n int) int { return n * 10 }))
	if err != nil || len(all) != 3 {
		t.Errorf("complete run: got %v, %v; want 3 values and nil", all, err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	all, err = pipeline.Collect(ctx, pipeline.Source(ctx, make([]int, 1000)...))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: got %d values and %v, want context.Canceled", len(all), err)
	}
}

// endregion collect-test
