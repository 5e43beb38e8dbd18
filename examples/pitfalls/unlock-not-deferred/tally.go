//go:build go1.1

// Package unlocknotdeferred unlocks with defer, so no return and no panic
// can leave the mutex locked.
package unlocknotdeferred

import "sync"

// Tally is a set of counters safe for concurrent use.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int // guarded by mu
}

// New returns an empty Tally.
func New() *Tally { return &Tally{counts: make(map[string]int)} }

// region apply

// Apply runs update on the counters while holding the lock. The deferred
// Unlock runs however Apply ends: a normal return, an early return, or a
// panic in update that a caller recovers.
func (t *Tally) Apply(update func(counts map[string]int)) {
	t.mu.Lock()
	defer t.mu.Unlock() // [!code highlight]
	update(t.counts)
}

// endregion apply
