package unlocknotdeferred_test

import (
	"sync"
	"testing"

	unlocknotdeferred "fieldguide.dev/examples/pitfalls/unlock-not-deferred"
)

// region apply-test

// An update panics and the caller recovers, as an HTTP server does. The
// next Apply must still get the lock. Run with -timeout=0 and no -race,
// so the runtime reports a stuck lock as a deadlock at once.
func TestApplyAfterRecoveredPanic(t *testing.T) {
	tally := unlocknotdeferred.New()
	func() {
		defer func() { _ = recover() }()
		tally.Apply(func(map[string]int) { panic("bad input") })
	}()

	tally.Apply(func(c map[string]int) { c["ok"]++ }) // must not block
}

// endregion apply-test

// Many goroutines update at once; under -race, an Apply that skipped the
// lock would be reported, and the total would come out short.
func TestApplyConcurrent(t *testing.T) {
	tally := unlocknotdeferred.New()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				tally.Apply(func(c map[string]int) { c["n"]++ })
			}
		})
	}
	wg.Wait()
	tally.Apply(func(c map[string]int) {
		if c["n"] != 800 {
			t.Errorf("n = %d, want 800", c["n"])
		}
	})
}

// The zero value is ready to use, as the type's comment promises.
func TestZeroTallyIsUsable(t *testing.T) {
	var tally unlocknotdeferred.Tally
	tally.Apply(func(c map[string]int) { c["n"]++ })
	tally.Apply(func(c map[string]int) {
		if c["n"] != 1 {
			t.Errorf("n = %d, want 1", c["n"])
		}
	})
}
