package fanoutfanin_test

import (
	"context"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	fanoutfanin "fieldguide.dev/examples/patterns/fan-out-fan-in"
)

func TestEveryResultExactlyOnce(t *testing.T) {
	leakcheck.Check(t)
	ctx := t.Context()

	const n = 1000
	nums := make([]int, n)
	for i := range n {
		nums[i] = i + 1 // distinct positive numbers have distinct squares
	}

	seen := make(map[int]int)
	// The range ends only if FanIn closes its output.
	for sq := range fanoutfanin.FanIn(ctx, fanoutfanin.FanOut(ctx, generate(ctx, nums...), 4)...) {
		seen[sq]++
	}

	for _, v := range nums {
		if got := seen[v*v]; got != 1 {
			t.Errorf("%d*%d delivered %d times, want 1", v, v, got)
		}
	}
	if len(seen) != n {
		t.Errorf("got %d distinct results, want %d", len(seen), n)
	}
}

func TestCancelClosesOutput(t *testing.T) {
	leakcheck.Check(t) // every worker and forwarder must exit

	ctx, cancel := context.WithCancel(t.Context())

	// An input that is never closed: only ctx can stop the workers.
	in := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case in <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	out := fanoutfanin.FanIn(ctx, fanoutfanin.FanOut(ctx, in, 4)...)
	for range 10 {
		<-out
	}
	cancel()
	for range out { // must end: FanIn closes out after cancellation
	}
}

func TestFanInNoInputs(t *testing.T) {
	if _, ok := <-fanoutfanin.FanIn[int](t.Context()); ok {
		t.Error("FanIn() sent a value, want a closed channel")
	}
}
