package r2

import "sync"

// region cache

// Cache is a string map for read-heavy use: any number of Gets run at once,
// while a Set waits for them and excludes everyone else.
type Cache struct {
	mu    sync.RWMutex
	items map[string]string
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{items: make(map[string]string)}
}

// Get returns key's value and whether it was present.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock() // [!code highlight]
	defer c.mu.RUnlock()
	v, ok := c.items[key]
	return v, ok
}

// Set stores value under key.
func (c *Cache) Set(key, value string) {
	c.mu.Lock() // [!code highlight]
	defer c.mu.Unlock()
	c.items[key] = value
}

// endregion cache
