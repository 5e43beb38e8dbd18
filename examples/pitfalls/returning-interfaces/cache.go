//go:build go1.1

package returninginterfaces

import "sync"

// region returns-concrete

// MemoryCache is an in-memory string cache, safe for concurrent use. Its
// zero value is an empty cache, ready to use: exported, it will be declared
// with var.
type MemoryCache struct {
	mu sync.Mutex
	m  map[string]string
}

// NewCache returns the concrete type: callers get every method, and can
// still pass it wherever an interface with Get and Set is accepted.
func NewCache() *MemoryCache { return &MemoryCache{m: map[string]string{}} } // [!code highlight]

// endregion returns-concrete

// Get returns the value stored under key.
func (c *MemoryCache) Get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

// Set stores value under key.
func (c *MemoryCache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]string{}
	}
	c.m[key] = value
}

// Len returns the number of entries.
func (c *MemoryCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
