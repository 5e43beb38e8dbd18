//go:build go1.7

// Package lockheldduringio keeps I/O outside its critical sections: the
// mutex guards the map, never the network call.
package lockheldduringio

import (
	"context"
	"sync"
)

// Cache remembers values fetched from a slow backend.
type Cache struct {
	mu    sync.Mutex
	data  map[string]string // guarded by mu
	fetch func(ctx context.Context, key string) (string, error)
}

// New returns a Cache that loads missing keys with fetch.
func New(fetch func(ctx context.Context, key string) (string, error)) *Cache {
	return &Cache{data: make(map[string]string), fetch: fetch}
}

// region get

// Get returns the value for key, fetching it on a miss. The lock is held
// only to read and to write the map; the fetch runs without it, so other
// keys are served while one is being fetched. Two Gets that miss the same
// key at once may both fetch it; the second write is harmless.
func (c *Cache) Get(ctx context.Context, key string) (string, error) {
	if v, ok := c.lookup(key); ok {
		return v, nil
	}
	v, err := c.fetch(ctx, key) // no lock held during I/O // [!code highlight]
	if err != nil {
		return "", err
	}
	c.store(key, v)
	return v, nil
}

func (c *Cache) lookup(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[key]
	return v, ok
}

func (c *Cache) store(key, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = v
}

// endregion get
