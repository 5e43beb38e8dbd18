package selectpriorityassumption_test

import (
	"errors"
	"testing"

	selectpriorityassumption "fieldguide.dev/examples/pitfalls/select-priority-assumption"
)

// region drain-test

// The producer failed: its error is in errc and items is closed, so both
// select cases are ready. A hundred tries make a random choice show up.
func TestDrainNeverLosesTheError(t *testing.T) {
	failure := errors.New("store unavailable")
	for range 100 {
		errc := make(chan error, 1)
		errc <- failure
		items := make(chan string)
		close(items)

		if _, err := selectpriorityassumption.Drain(items, errc); !errors.Is(err, failure) {
			t.Fatal("Drain returned no error although the producer failed: select chose the closed channel")
		}
	}
}

// endregion drain-test
