//go:build bad

package bad_test

import (
	"context"
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/closed-channel-spin/bad"
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

	n, sum, err := bad.Count(ctx, tasks)
	if err != nil {
		t.Errorf("Count returned only when the timeout ended it, not when tasks was closed")
	}
	if n != 3 || sum != 6 {
		t.Errorf("want exactly the 3 tasks sent, summing to 6: the loop kept receiving zeros from the closed channel")
	}
}

// endregion count-test
