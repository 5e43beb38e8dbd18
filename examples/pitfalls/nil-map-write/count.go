//go:build go1.13

// Package nilmapwrite shows maps made before they are written: a local map
// with make, and a struct whose constructor makes its map.
package nilmapwrite

import "sync"

// region count

// CountWords counts each word. The map is made before the first write;
// reading a nil map is fine, writing to one panics.
func CountWords(words []string) map[string]int {
	counts := make(map[string]int, len(words)) // [!code highlight]
	for _, w := range words {
		counts[w]++
	}
	return counts
}

// endregion count

// region cache

// Cache is a string cache safe for concurrent use. Its map is made by
// NewCache; a Cache declared with var would have a nil map, so Set makes
// it on first use as well, under the lock.
type Cache struct {
	mu    sync.RWMutex
	items map[string]string
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{items: make(map[string]string)}
}

// Set stores value under key.
func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.items == nil {
		c.items = make(map[string]string) // [!code highlight]
	}
	c.items[key] = value
}

// Get returns the value stored under key. A nil map reads as empty.
func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[key]
	return v, ok
}

// endregion cache
