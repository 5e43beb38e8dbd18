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
	tasks := make(chan int, 1)
	tasks <- 5

	type result struct {
		n, sum int
		err    error
	}
	done := make(chan result, 1)
	go func() {
		n, sum, err := closedchannelspin.Count(ctx, tasks)
		done <- result{n, sum, err}
	}()
	for len(tasks) > 0 { // wait until Count has taken the one task
		time.Sleep(time.Millisecond)
	}
	cancel()

	select {
	case r := <-done:
		if !errors.Is(r.err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled: a cancelled count looks complete", r.err)
		}
		if r.n != 1 || r.sum != 5 {
			t.Errorf("got n=%d sum=%d, want the 1 task received before the cancel", r.n, r.sum)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Count did not return after its context was cancelled")
	}
}
