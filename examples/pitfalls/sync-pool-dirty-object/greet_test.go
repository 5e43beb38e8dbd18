//go:build go1.22

package syncpooldirtyobject_test

import (
	"testing"

	spd "fieldguide.dev/examples/pitfalls/sync-pool-dirty-object"
)

// region test

// Each call must return its own greeting, however often the pool hands
// the same buffer back. Many calls, because under -race the pool drops a
// random share of what it is given.
func TestGreetingTwice(t *testing.T) {
	for i := range 100 {
		name := []string{"Ann", "Bob"}[i%2]
		if got, want := spd.Greeting(name), "Hello, "+name+"!"; got != want {
			t.Fatalf("call %d: Greeting(%q) = %q, want %q", i+1, name, got, want)
		}
	}
}

// endregion test
