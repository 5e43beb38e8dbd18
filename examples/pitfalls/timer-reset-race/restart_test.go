// The go:debug line below gives this test Go 1.22 timers, whatever the
// go.mod says, so the test shows what Restart does on those releases.

//go:debug asynctimerchan=1

package timerresetrace_test

import (
	"testing"
	"time"

	timerresetrace "fieldguide.dev/examples/pitfalls/timer-reset-race"
)

// region restart-test

// Fails if a tick from before Restart arrives after it.
func TestRestartDiscardsStaleTick(t *testing.T) {
	timer := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond) // busy: the timer fires, nobody reads it

	timerresetrace.Restart(timer, time.Hour)
	select {
	case <-timer.C:
		t.Fatal("received a stale tick right after Restart(timer, time.Hour)")
	case <-time.After(20 * time.Millisecond):
		// Nothing arrived: the old tick was discarded.
	}
}

// endregion restart-test
