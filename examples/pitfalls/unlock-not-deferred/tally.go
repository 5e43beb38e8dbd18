//go:build go1.1

// Package unlocknotdeferred unlocks with defer, so no return and no panic
// can leave the mutex locked.
package unlocknotdeferred

import "sync"

// Tally is a set of counters safe for concurrent use. Its zero value is
// an empty Tally, ready to use; it must not be copied after first use.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int // guarded by mu; made on first use
}

// New returns an empty Tally.
func New() *Tally { return &Tally{counts: make(map[string]int)} }

// region apply

// Apply runs update on the counters while holding the lock. The deferred
// Unlock runs however Apply ends: a normal return, an early return, or a
// panic in update that a caller recovers. update must not keep counts
// after it returns: the map is guarded by the lock it no longer holds.
func (t *Tally) Apply(update func(counts map[string]int)) {
	t.mu.Lock()
	defer t.mu.Unlock() // [!code highlight]
	if t.counts == nil {
		t.counts = make(map[string]int)
	}
	update(t.counts)
}

// endregion apply
