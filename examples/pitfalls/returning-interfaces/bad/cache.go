//go:build bad && go1.1

package bad

import "sync"

// region returns-interface

// Cache is what NewCache promises: two methods.
type Cache interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type memoryCache struct {
	mu sync.Mutex
	m  map[string]string
}

// NewCache returns the interface, so callers reach Len, or any
// method added later, only by a type assertion, and their documentation
// is hidden on an unexported type.
func NewCache() Cache { return &memoryCache{m: map[string]string{}} } // [!code highlight]

// endregion returns-interface

func (c *memoryCache) Get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

func (c *memoryCache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = value
}

// Len returns the number of entries, unreachable through Cache.
func (c *memoryCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
