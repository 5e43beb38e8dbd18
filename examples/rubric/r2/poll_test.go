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
