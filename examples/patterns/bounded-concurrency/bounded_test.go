package boundedconcurrency_test

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	boundedconcurrency "fieldguide.dev/examples/patterns/bounded-concurrency"
)

// gauge records how many calls are in flight and the most ever seen.
type gauge struct{ cur, peak, done atomic.Int64 }

func (g *gauge) run(weight int64) {
	n := g.cur.Add(weight)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(time.Millisecond) // long enough for calls to overlap
	g.cur.Add(-weight)
	g.done.Add(1)
}

func items(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// region limit

func TestForEachNeverExceedsLimit(t *testing.T) {
	leakcheck.Check(t)

	var g gauge
	err := boundedconcurrency.ForEach(t.Context(), items(40), 4,
		func(context.Context, int) { g.run(1) })
	if err != nil {
		t.Fatal(err)
	}
	if got := g.done.Load(); got != 40 {
		t.Errorf("%d calls ran, want 40", got)
	}
	if p := g.peak.Load(); p > 4 {
		t.Errorf("%d calls ran at once, limit is 4", p)
	}
}

// endregion limit

func TestForEachStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	var calls atomic.Int64
	started := make(chan struct{}, 100)
	release := make(chan struct{})
	result := make(chan error, 1)
	go func() {
		result <- boundedconcurrency.ForEach(ctx, items(100), 2, func(context.Context, int) {
			calls.Add(1)
			started <- struct{}{}
			<-release
		})
	}()
	<-started
	<-started // both slots are held: ForEach cannot start a third call
	cancel()
	close(release)
	if err := <-result; !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	// The loop may be between its ctx check and its select when cancel
	// returns; then one more call can start, never more.
	if n := calls.Load(); n > 3 {
		t.Errorf("%d calls ran, want at most 3: at most one may start after the cancellation", n)
	}
}

func TestForEachErrNeverExceedsLimit(t *testing.T) {
	leakcheck.Check(t)

	var g gauge
	err := boundedconcurrency.ForEachErr(t.Context(), items(40), 4,
		func(context.Context, int) error { g.run(1); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if got := g.done.Load(); got != 40 {
		t.Errorf("%d calls ran, want 40", got)
	}
	if p := g.peak.Load(); p > 4 {
		t.Errorf("%d calls ran at once, limit is 4", p)
	}
}

// region first-error

func TestForEachErrStopsAtFirstError(t *testing.T) {
	leakcheck.Check(t)

	boom := errors.New("boom")
	var started atomic.Int64
	err := boundedconcurrency.ForEachErr(t.Context(), items(1000), 2,
		func(ctx context.Context, i int) error {
			started.Add(1)
			if i == 1 {
				return boom
			}
			<-ctx.Done() // the others wait until the failure cancels them
			return ctx.Err()
		})
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want the first error, boom", err)
	}
	if n := started.Load(); n > 10 {
		t.Errorf("%d calls started; after the error no new call should start", n)
	}
}

// endregion first-error

func TestLoadAllStaysWithinBudget(t *testing.T) {
	leakcheck.Check(t)

	var g gauge
	sizes := []int64{5, 1, 1, 3, 10, 2, 2, 2, 7, 1, 1, 1}
	err := boundedconcurrency.LoadAll(t.Context(), sizes, 10,
		func(_ context.Context, size int64) { g.run(size) })
	if err != nil {
		t.Fatal(err)
	}
	if got := g.done.Load(); got != int64(len(sizes)) {
		t.Errorf("%d loads ran, want %d", got, len(sizes))
	}
	if p := g.peak.Load(); p > 10 {
		t.Errorf("%d units loaded at once, budget is 10", p)
	}
}

func TestLoadAllRejectsOversizedJob(t *testing.T) {
	leakcheck.Check(t)

	err := boundedconcurrency.LoadAll(t.Context(), []int64{11}, 10,
		func(context.Context, int64) {})
	if err == nil {
		t.Error("a job larger than the budget must fail, not wait forever")
	}
}

// region cancelled-caller

// A caller that gives up must hear so, even when fn ignores ctx and never fails.
func TestForEachErrReportsACancelledCaller(t *testing.T) {
	leakcheck.Check(t)

	t.Run("cancelled before the call", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		var calls atomic.Int64
		err := boundedconcurrency.ForEachErr(ctx, items(100), 4,
			func(context.Context, int) error { calls.Add(1); return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v after %d of 100 calls, want context.Canceled", err, calls.Load())
		}
	})
	t.Run("cancelled midway", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		var calls atomic.Int64
		err := boundedconcurrency.ForEachErr(ctx, items(100), 2,
			func(context.Context, int) error {
				if calls.Add(1) == 10 {
					cancel()
				}
				return nil
			})
		if n := calls.Load(); n < 100 && !errors.Is(err, context.Canceled) {
			t.Errorf("got %v after %d of 100 calls, want context.Canceled", err, n)
		}
	})
	t.Run("cancelled after the last call", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		err := boundedconcurrency.ForEachErr(ctx, items(3), 2,
			func(context.Context, int) error { return nil })
		cancel()
		if err != nil {
			t.Errorf("every item was processed, got %v", err)
		}
	})
}

// endregion cancelled-caller

// A limit of 0 would make both versions wait forever; below 0, make panics
// and errgroup removes the limit altogether. Both reject it.
func TestLimitBelowOneIsAnError(t *testing.T) {
	leakcheck.Check(t)

	for _, limit := range []int{0, -1} {
		if err := boundedconcurrency.ForEach(t.Context(), items(3), limit, func(context.Context, int) {}); err == nil {
			t.Errorf("ForEach with limit %d: got nil, want an error", limit)
		}
		if err := boundedconcurrency.ForEachErr(t.Context(), items(3), limit, func(context.Context, int) error { return nil }); err == nil {
			t.Errorf("ForEachErr with limit %d: got nil, want an error", limit)
		}
	}
}

// A bad size anywhere in the list is rejected before any load starts.
func TestLoadAllRejectsBadSizesUpFront(t *testing.T) {
	leakcheck.Check(t)

	for _, sizes := range [][]int64{{1, 2, 3, -5}, {1, 2, 0}, {4, 4, 11}} {
		var loads atomic.Int64
		err := boundedconcurrency.LoadAll(t.Context(), sizes, 10,
			func(context.Context, int64) { loads.Add(1) })
		if err == nil || loads.Load() != 0 {
			t.Errorf("LoadAll(%v): err = %v after %d loads, want an error and no load", sizes, err, loads.Load())
		}
	}
}

func TestLoadAllReportsACancelledCaller(t *testing.T) {
	leakcheck.Check(t)

	shutdown := errors.New("shutdown")
	ctx, cancel := context.WithCancelCause(t.Context())
	var loads atomic.Int64
	err := boundedconcurrency.LoadAll(ctx, []int64{10, 10, 10, 10}, 10,
		func(context.Context, int64) {
			if loads.Add(1) == 2 {
				cancel(shutdown)
			}
		})
	if !errors.Is(err, shutdown) {
		t.Errorf("got %v after %d of 4 loads, want the cause, shutdown", err, loads.Load())
	}
}

// Each version takes its slot before the go statement, so the number of
// goroutines, not only of running calls, stays at the limit: taken inside
// the goroutine, the slot would leave one parked goroutine per item.
func TestGoroutinesStayBounded(t *testing.T) {
	const limit = 4
	runs := map[string]func(release <-chan struct{}) error{
		"ForEach": func(release <-chan struct{}) error {
			return boundedconcurrency.ForEach(t.Context(), items(1000), limit, func(context.Context, int) { <-release })
		},
		"ForEachErr": func(release <-chan struct{}) error {
			return boundedconcurrency.ForEachErr(t.Context(), items(1000), limit, func(context.Context, int) error { <-release; return nil })
		},
		"LoadAll": func(release <-chan struct{}) error {
			sizes := make([]int64, 1000)
			for i := range sizes {
				sizes[i] = 1
			}
			return boundedconcurrency.LoadAll(t.Context(), sizes, limit, func(context.Context, int64) { <-release })
		},
	}
	for name, run := range runs {
		t.Run(name, func(t *testing.T) {
			leakcheck.Check(t)
			before := runtime.NumGoroutine()
			release := make(chan struct{})
			done := make(chan error)
			go func() { done <- run(release) }()
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
			// The limit, plus the goroutine running the loop, plus slack.
			if peak > limit+3 {
				t.Errorf("%d goroutines alive at once, limit is %d", peak, limit)
			}
		})
	}
}
