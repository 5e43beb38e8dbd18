//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/sync-pool-dirty-object/bad"
)

// region test

// Each call must return its own greeting, however often the pool hands
// the same buffer back.
func TestGreetingTwice(t *testing.T) {
	for _, name := range []string{"Ann", "Bob"} {
		if got, want := bad.Greeting(name), "Hello, "+name+"!"; got != want {
			t.Errorf("Greeting(%q) = %q, want %q", name, got, want)
		}
	}
}

// endregion test
