package unboundedgoroutines_test

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	unboundedgoroutines "fieldguide.dev/examples/pitfalls/unbounded-goroutines"
)

// region bound-test

// Fails if ProcessItems has many more goroutines alive than workers while
// the calls are blocked.
func TestGoroutinesStayBounded(t *testing.T) {
	leakcheck.Check(t)

	const workers = 4
	before := runtime.NumGoroutine()
	release := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- unboundedgoroutines.ProcessItems(t.Context(), make([]int, 1000), workers,
			func(context.Context, int) error { <-release; return nil })
	}()

	// Give the loop up to 30ms to start goroutines, and record the peak.
	peak := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		peak = max(peak, runtime.NumGoroutine()-before)
		time.Sleep(time.Millisecond)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// workers, the goroutine calling ProcessItems, and a little slack.
	if peak > workers+3 {
		t.Errorf("%d goroutines alive for %d workers", peak, workers)
	}
}

// endregion bound-test

// A caller that gives up must hear so, even when process ignores ctx and
// never fails: nil would claim that every item was processed.
func TestProcessItemsReportsACancelledCaller(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var calls atomic.Int64
	err := unboundedgoroutines.ProcessItems(ctx, make([]int, 100), 4,
		func(context.Context, int) error { calls.Add(1); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v after %d of 100 calls, want context.Canceled", err, calls.Load())
	}
}

// SetLimit(0) would make g.Go block forever, and a negative limit removes
// the bound altogether.
func TestProcessItemsRejectsFewerThanOneWorker(t *testing.T) {
	leakcheck.Check(t)

	for _, workers := range []int{0, -1} {
		err := unboundedgoroutines.ProcessItems(t.Context(), make([]int, 3), workers,
			func(context.Context, int) error { return nil })
		if err == nil {
			t.Errorf("got nil with %d workers, want an error", workers)
		}
	}
}

// Bounding the goroutines must not drop items (as TryGo would when every
// slot is busy), and the first error must come back.
func TestProcessItemsProcessesEveryItemAndReturnsTheFirstError(t *testing.T) {
	leakcheck.Check(t)

	var calls atomic.Int64
	err := unboundedgoroutines.ProcessItems(t.Context(), make([]int, 1000), 4,
		func(context.Context, int) error { calls.Add(1); time.Sleep(10 * time.Microsecond); return nil })
	if err != nil || calls.Load() != 1000 {
		t.Errorf("got %v after %d calls, want nil after 1000", err, calls.Load())
	}

	boom := errors.New("boom")
	err = unboundedgoroutines.ProcessItems(t.Context(), []int{1, 2, 3}, 2,
		func(_ context.Context, item int) error {
			if item == 2 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want the first error, boom", err)
	}
}
