//go:build bad

package bad_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/blocking-without-context/bad"
)

// region test

// Nobody ever sends: once the caller's context is cancelled, Next must
// return instead of waiting forever.
func TestNextStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	done := make(chan error, 1)
	go func() {
		_, err := bad.Next(ctx, make(chan int))
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
