package closedchannelspin_test

import (
	"context"
	"errors"
	"testing"
	"time"

	closedchannelspin "fieldguide.dev/examples/pitfalls/closed-channel-spin"
)

// region count-test

// Three tasks, then close. Count must return exactly three, as soon as the
// channel is closed. The timeout only stops a loop that spins.
func TestCountStopsAtClose(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()

	tasks := make(chan int, 3)
	tasks <- 1
	tasks <- 2
	tasks <- 3
	close(tasks)

	n, sum, err := closedchannelspin.Count(ctx, tasks)
	if err != nil {
		t.Errorf("Count returned only when the timeout ended it, not when tasks was closed")
	}
	if n != 3 || sum != 6 {
		t.Errorf("want exactly the 3 tasks sent, summing to 6: the loop kept receiving zeros from the closed channel")
	}
}

// endregion count-test

// The caller cancels while tasks is still open and empty. Count must return
// at once and say it was cut short; a Count that ignored ctx would block
// here until the test binary's timeout.
func TestCountReportsCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	tasks := make(chan int) // unbuffered: the send returns once Count has the task

	var n, sum int
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		n, sum, err = closedchannelspin.Count(ctx, tasks)
	}()
	tasks <- 5
	cancel()

	select {
	case <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled: a cancelled count looks complete", err)
		}
		if n != 1 || sum != 5 {
			t.Errorf("got n=%d sum=%d, want the 1 task received before the cancel", n, sum)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Count did not return after its context was cancelled")
	}
}
