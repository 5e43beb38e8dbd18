package closedchannelspin_test

import (
	"context"
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

	n, sum := closedchannelspin.Count(ctx, tasks)
	if n != 3 || sum != 6 {
		t.Errorf("got more than the 3 tasks sent: the loop kept receiving zeros from the closed channel")
	}
	if ctx.Err() != nil {
		t.Errorf("Count returned only when the timeout ended it, not when tasks was closed")
	}
}

// endregion count-test
