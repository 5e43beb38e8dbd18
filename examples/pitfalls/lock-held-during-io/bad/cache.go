//go:build bad

// Package bad holds a mutex while it calls a slow backend.
package bad

import (
	"context"
	"sync"
)

// Cache remembers values fetched from a slow backend.
type Cache struct {
	mu    sync.Mutex
	data  map[string]string
	fetch func(ctx context.Context, key string) (string, error)
}

// New returns a Cache that loads missing keys with fetch.
func New(fetch func(ctx context.Context, key string) (string, error)) *Cache {
	return &Cache{data: make(map[string]string), fetch: fetch}
}

// region get

// Get returns the value for key, fetching it on a miss.
//
// BUG: the lock is held across the fetch, a network call. While one key
// is being fetched, every other Get waits, even for keys already cached:
// the cache serializes all requests behind its slowest backend call.
func (c *Cache) Get(ctx context.Context, key string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v, nil
	}
	v, err := c.fetch(ctx, key) // I/O under the lock // [!code highlight]
	if err != nil {
		return "", err
	}
	c.data[key] = v
	return v, nil
}

// endregion get
