package boundedconcurrency_test

import (
	"context"
	"errors"
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

// A limit below one would make every version wait forever (or panic, for a
// negative channel size), so each rejects it.
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

func TestLoadAllRejectsNegativeSize(t *testing.T) {
	leakcheck.Check(t)

	// A negative weight would add to the budget instead of taking from it.
	err := boundedconcurrency.LoadAll(t.Context(), []int64{-5, 10, 5}, 10,
		func(context.Context, int64) {})
	if err == nil {
		t.Error("a negative size must fail")
	}
}
