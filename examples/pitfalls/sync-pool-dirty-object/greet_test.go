//go:build go1.22

package syncpooldirtyobject_test

import (
	"testing"

	spd "fieldguide.dev/examples/pitfalls/sync-pool-dirty-object"
)

// region test

// Each call must return its own greeting, however often the pool hands
// the same buffer back.
func TestGreetingTwice(t *testing.T) {
	for _, name := range []string{"Ann", "Bob"} {
		if got, want := spd.Greeting(name), "Hello, "+name+"!"; got != want {
			t.Errorf("Greeting(%q) = %q, want %q", name, got, want)
		}
	}
}

// endregion test
