package pipeline_test

import (
	"context"
	"testing"

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
