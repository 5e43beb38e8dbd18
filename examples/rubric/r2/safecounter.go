package r2

import "sync"

// region safe-counter

// SafeCounter counts occurrences of keys and is safe for concurrent use.
// mu guards counts: concurrent map writes without a lock crash the program.
type SafeCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

// NewSafeCounter returns an empty counter. Use it rather than a zero
// SafeCounter, whose nil map would panic on the first Inc.
func NewSafeCounter() *SafeCounter {
	return &SafeCounter{counts: make(map[string]int)}
}

// Inc adds one to key's count.
func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock() // [!code highlight]
	c.counts[key]++
}

// Get returns key's count.
func (c *SafeCounter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}

// endregion safe-counter
