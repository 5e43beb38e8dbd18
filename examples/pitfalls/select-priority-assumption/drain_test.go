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

// A producer that reports success with a nil error, or closes errc, must not
// make Drain drop the items.
func TestDrainKeepsItemsWithoutAnError(t *testing.T) {
	for _, name := range []string{"nil error sent", "errc closed"} {
		for range 100 {
			errc := make(chan error, 1)
			items := make(chan string, 3)
			items <- "a"
			items <- "b"
			items <- "c"
			close(items)
			if name == "nil error sent" {
				errc <- nil
			} else {
				close(errc)
			}
			got, err := selectpriorityassumption.Drain(items, errc)
			if err != nil || len(got) != 3 {
				t.Fatalf("%s: got %v, %v; want the three items and no error", name, got, err)
			}
		}
	}
}
