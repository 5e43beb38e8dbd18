//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/unlock-not-deferred/bad"
)

// region apply-test

// An update panics and the caller recovers, as an HTTP server does. The
// next Apply must still get the lock. Run with -timeout=0 and no -race,
// so the runtime reports a stuck lock as a deadlock at once.
func TestApplyAfterRecoveredPanic(t *testing.T) {
	tally := bad.New()
	func() {
		defer func() { _ = recover() }()
		tally.Apply(func(map[string]int) { panic("bad input") })
	}()

	tally.Apply(func(c map[string]int) { c["ok"]++ }) // must not block
}

// endregion apply-test
