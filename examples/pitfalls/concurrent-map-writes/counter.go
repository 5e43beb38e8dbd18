// Package concurrentmapwrites guards a map shared by goroutines with a mutex.
package concurrentmapwrites

import (
	"maps"
	"sync"
)

// region counter

// Counter counts hits per path. It is safe for use by many goroutines, and
// its zero value is an empty Counter.
type Counter struct {
	mu   sync.Mutex
	hits map[string]int
}

// Inc counts one hit on path.
func (c *Counter) Inc(path string) {
	c.mu.Lock() // [!code highlight]
	defer c.mu.Unlock()
	if c.hits == nil {
		c.hits = make(map[string]int)
	}
	c.hits[path]++
}

// Count returns the hits on path so far.
func (c *Counter) Count(path string) int {
	c.mu.Lock() // [!code highlight]
	defer c.mu.Unlock()
	return c.hits[path]
}

// Snapshot returns a copy of all counts, which the caller may keep and change.
func (c *Counter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	snap := make(map[string]int, len(c.hits))
	maps.Copy(snap, c.hits) // [!code highlight]
	return snap
}

// endregion counter
