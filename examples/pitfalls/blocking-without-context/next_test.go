package blockingwithoutcontext_test

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	blockingwithoutcontext "fieldguide.dev/examples/pitfalls/blocking-without-context"
)

// region test

// Nobody ever sends: once the caller's context is cancelled, Next must
// return instead of waiting forever.
func TestNextStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	done := make(chan error, 1)
	go func() {
		_, err := blockingwithoutcontext.Next(ctx, make(chan int))
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(50 * time.Millisecond):
		t.Fatal("Next is still blocked after its context was cancelled")
	}
}

// endregion test

// Cancelled while Next is already waiting, not only before the call: a
// Next that checked ctx once and then did a bare receive would pass the
// test above and fail this one.
// In a synctest bubble (Go 1.25), synctest.Wait returns once Next is
// blocked, so the cancellation surely comes while it waits, with no sleep;
// a Next that never returns fails the test with a deadlock panic.
func TestNextStopsWhenCancelledWhileWaiting(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error, 1)
		go func() {
			_, err := blockingwithoutcontext.Next(ctx, make(chan int))
			done <- err
		}()
		synctest.Wait() // Next is now blocked in its select
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
}

func TestNextReceives(t *testing.T) {
	ch := make(chan int, 1)
	ch <- 7
	if v, err := blockingwithoutcontext.Next(context.Background(), ch); v != 7 || err != nil {
		t.Errorf("Next = %d, %v", v, err)
	}
}

// region closed

// The producer closes ch when it is done: Next must say so, not return a
// zero that looks like a real value, again and again, to a caller that loops.
func TestNextReportsAClosedChannel(t *testing.T) {
	ch := make(chan int, 1)
	ch <- 0
	close(ch)
	if v, err := blockingwithoutcontext.Next(t.Context(), ch); v != 0 || err != nil {
		t.Errorf("first Next = %d, %v; want the buffered 0, nil", v, err)
	}
	if _, err := blockingwithoutcontext.Next(t.Context(), ch); !errors.Is(err, blockingwithoutcontext.ErrClosed) {
		t.Errorf("Next on a drained, closed channel: err = %v, want ErrClosed", err)
	}
}

// endregion closed
