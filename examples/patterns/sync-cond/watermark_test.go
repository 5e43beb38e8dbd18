package watermark

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// waitFor calls WaitFor in a new goroutine; its result arrives on the
// channel, for the test's own goroutine to check.
func waitFor(w *Watermark, ctx context.Context, pos uint64) <-chan error {
	result := make(chan error, 1)
	go func() { result <- w.WaitFor(ctx, pos) }()
	return result
}

// region test

func TestWaitForReturnsAtItsPosition(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		result := waitFor(w, t.Context(), 10)
		synctest.Wait() // the reader is waiting
		w.Advance(5)    // a writer moves halfway // [!code highlight]
		synctest.Wait()
		if len(result) > 0 {
			t.Fatal("WaitFor(10) returned at position 5")
		}
		w.Advance(10)
		if err := <-result; err != nil {
			t.Fatalf("WaitFor(10) at position 10 = %v, want nil", err)
		}
	})
}

// endregion test

// Many readers wait for different positions; each returns when, and only
// when, the watermark reaches its own.
func TestManyReadersWakeInTurn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		var results [6]<-chan error
		for pos := 1; pos <= 5; pos++ {
			results[pos] = waitFor(w, t.Context(), uint64(pos))
		}
		for pos := 1; pos <= 5; pos++ {
			synctest.Wait()
			w.Advance(uint64(pos))
			synctest.Wait()
			for p := pos + 1; p <= 5; p++ {
				if len(results[p]) > 0 {
					t.Fatalf("at position %d, the reader of %d has returned", pos, p)
				}
			}
			if err := <-results[pos]; err != nil {
				t.Fatalf("the reader of %d returned %v, want nil", pos, err)
			}
		}
	})
}

// A reader whose context ends stops waiting at once, with the cause; a
// reader with another context keeps waiting and returns when the position
// arrives.
func TestACancelledReaderLeavesAndTheOthersStay(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		ctx, cancel := context.WithCancelCause(t.Context())
		leaver, stayer := waitFor(w, ctx, 10), waitFor(w, t.Context(), 10)
		synctest.Wait()
		gone := errors.New("client went away")
		cancel(gone)
		synctest.Wait()
		if err := <-leaver; !errors.Is(err, gone) {
			t.Fatalf("the cancelled reader returned %v, want its cause", err)
		}
		if len(stayer) > 0 {
			t.Fatal("the other reader returned when the first was cancelled")
		}
		w.Advance(10)
		if err := <-stayer; err != nil {
			t.Fatalf("the other reader returned %v, want nil", err)
		}
	})
}

// One context shared by 100 readers of different positions: cancelling it
// ends every wait with its cause.
func TestManyReadersOfOneCancelledContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		ctx, cancel := context.WithCancelCause(t.Context())
		var results []<-chan error
		for i := range 100 {
			results = append(results, waitFor(w, ctx, uint64(i%5+1)))
		}
		synctest.Wait()
		gone := errors.New("shutting down")
		cancel(gone)
		for _, result := range results {
			if err := <-result; !errors.Is(err, gone) {
				t.Fatalf("a reader returned %v, want the cause", err)
			}
		}
	})
}

func TestADeadlineEndsTheWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		start := time.Now()
		if err := w.WaitFor(ctx, 1); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) != time.Second {
			t.Fatalf("WaitFor = %v after %v, want DeadlineExceeded after 1s", err, time.Since(start))
		}
	})
}

// A position already reached returns nil at once, even with an ended
// context; a position not reached with an ended context returns its cause.
// The watermark never moves back.
func TestPositionsReachedAndContextsEnded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		w.Advance(3)
		w.Advance(1)
		ended, cancel := context.WithCancel(t.Context())
		cancel()
		open, stop := context.WithTimeout(t.Context(), time.Second) // fails, not hangs, if the watermark moved back
		defer stop()
		for _, tc := range []struct {
			ctx  context.Context
			pos  uint64
			want error
		}{
			{open, 0, nil},
			{open, 3, nil},
			{ended, 3, nil},
			{ended, 4, context.Canceled},
		} {
			if err := w.WaitFor(tc.ctx, tc.pos); !errors.Is(err, tc.want) {
				t.Errorf("WaitFor(%d) with ctx.Err() = %v: %v, want %v", tc.pos, tc.ctx.Err(), err, tc.want)
			}
		}
	})
}

// cancelAfterCheck is a context cancelled just after its first Err call
// reports nil, which then gives the AfterFunc function time to run: the
// moment between the reader's check of ctx and its call to Wait.
type cancelAfterCheck struct {
	context.Context
	cancel context.CancelFunc
	once   sync.Once
}

func (c *cancelAfterCheck) Err() error {
	err := c.Context.Err()
	c.once.Do(func() {
		c.cancel()
		time.Sleep(20 * time.Millisecond)
	})
	return err
}

// A cancellation that lands between the check of ctx and Wait is not lost:
// the AfterFunc function's Broadcast waits for the mutex until the reader
// is in Wait.
func TestACancellationJustBeforeWaitIsNotLost(t *testing.T) {
	w := New()
	inner, cancel := context.WithCancel(context.Background())
	defer cancel()
	result := waitFor(w, &cancelAfterCheck{Context: inner, cancel: cancel}, 1)
	select {
	case err := <-result:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("WaitFor = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		w.Advance(1)
		t.Fatal("the cancellation was lost: WaitFor slept through it")
	}
}

// countingContext counts the functions registered with context.AfterFunc
// and not yet stopped.
type countingContext struct {
	context.Context
	registered atomic.Int64
}

// Value hides the parent's cancelCtx, so that context.AfterFunc calls the
// AfterFunc method below instead of registering with the parent directly.
func (c *countingContext) Value(any) any { return nil }

func (c *countingContext) AfterFunc(f func()) func() bool {
	c.registered.Add(1)
	stop := context.AfterFunc(c.Context, f)
	return func() bool {
		c.registered.Add(-1)
		return stop()
	}
}

// A finished wait unregisters its function, so a long-lived context does
// not collect one per wait.
func TestAFinishedWaitLeavesNothingOnItsContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		w := New()
		ctx := &countingContext{Context: t.Context()}
		w.Advance(1)
		if err := w.WaitFor(ctx, 1); err != nil {
			t.Fatal(err)
		}
		result := waitFor(w, ctx, 2)
		synctest.Wait()
		w.Advance(2)
		if err := <-result; err != nil {
			t.Fatal(err)
		}
		if n := ctx.registered.Load(); n != 0 {
			t.Fatalf("%d functions are still registered on the context", n)
		}
	})
}
