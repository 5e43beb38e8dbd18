package r2_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/rubric/r2"
)

// region poll-example

func ExamplePoll() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()

	err := r2.Poll(ctx, 5*time.Millisecond, func() { /* check something */ })
	fmt.Println(err)
	// Output: context deadline exceeded
}

// endregion poll-example

// region poll-test

func TestPollStopsOnCancel(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancelCause(t.Context())
	ticks := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- r2.Poll(ctx, time.Millisecond, func() {
			select {
			case ticks <- struct{}{}:
			default: // nobody is listening: skip, never block
			}
		})
	}()

	for range 3 {
		<-ticks
	}
	errShutdown := errors.New("shutting down")
	cancel(errShutdown)
	if err := <-done; !errors.Is(err, errShutdown) {
		t.Errorf("Poll returned %v, want %v", err, errShutdown)
	}
}

// endregion poll-test

// A check that cancels the context while the next tick is already due: Poll
// must not call check again. Both cases are then ready, and without Poll's
// own ctx.Err check, select would pick the tick about half the time.
func TestPollCallsNoCheckAfterCancel(t *testing.T) {
	for range 50 {
		ctx, cancel := context.WithCancel(t.Context())
		calls := 0
		err := r2.Poll(ctx, time.Millisecond, func() {
			calls++
			cancel()
			time.Sleep(3 * time.Millisecond) // the next tick is waiting now
		})
		if calls != 1 || !errors.Is(err, context.Canceled) {
			t.Fatalf("check ran %d times after its own cancel, Poll returned %v; want 1 and context.Canceled", calls, err)
		}
	}
}
