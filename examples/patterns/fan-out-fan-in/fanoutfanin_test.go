package fanoutfanin_test

import (
	"context"
	"testing"
	"time"

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

// Nobody reads the merged output after the cancel: every forwarder that
// holds a value blocks on its send, and the cancellation alone must release
// it. leakcheck fails the test if one is still blocked when it ends.
func TestFanInStopsWhenConsumerLeaves(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	a, b := make(chan int, 1), make(chan int, 1)
	a <- 1
	b <- 2
	_ = fanoutfanin.FanIn(ctx, a, b)
	time.Sleep(10 * time.Millisecond) // let both forwarders take a value and block
	cancel()
}

func TestFanOutRejectsFewerThanOneWorker(t *testing.T) {
	for _, n := range []int{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("FanOut with %d workers did not panic", n)
				}
			}()
			fanoutfanin.FanOut(t.Context(), make(chan int), n)
		}()
	}
}

func TestFanInNoInputs(t *testing.T) {
	if _, ok := <-fanoutfanin.FanIn[int](t.Context()); ok {
		t.Error("FanIn() sent a value, want a closed channel")
	}
}
