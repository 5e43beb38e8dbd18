package prices

import (
	"slices"
	"sync"
	"testing"
)

// region order
func TestDeferRunsBeforeParallelSubtests(t *testing.T) {
	var mu sync.Mutex
	var events []string
	record := func(e string) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}

	t.Cleanup(func() { // runs after the subtests, so it sees every event
		mu.Lock()
		defer mu.Unlock()
		want := []string{"parent returns", "defer", "subtest", "subtest"}
		if !slices.Equal(events, want) {
			t.Errorf("events = %q; want %q", events, want)
		}
	})
	defer record("defer")
	for range 2 {
		t.Run("sub", func(t *testing.T) {
			t.Parallel()
			record("subtest")
		})
	}
	record("parent returns")
}

// endregion order
