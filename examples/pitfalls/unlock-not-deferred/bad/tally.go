//go:build bad

// Package bad unlocks a mutex on the normal path only.
package bad

import "sync"

// Tally is a set of counters safe for concurrent use.
type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

// New returns an empty Tally.
func New() *Tally { return &Tally{counts: make(map[string]int)} }

// region apply

// Apply runs update on the counters while holding the lock.
//
// BUG: if update panics, Unlock never runs. A caller that recovers the
// panic (net/http does, for every handler) carries on with the mutex
// still locked, and the next Apply waits forever. An early return between
// Lock and Unlock has the same effect.
func (t *Tally) Apply(update func(counts map[string]int)) {
	t.mu.Lock()
	update(t.counts)
	t.mu.Unlock() // skipped by a panic // [!code highlight]
}

// endregion apply
