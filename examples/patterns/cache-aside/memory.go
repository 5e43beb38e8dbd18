//go:build go1.21

package cacheaside

import (
	"context"
	"sync"
	"time"
)

// MemoryCache is an in-process Cache with expiry, for tests and for
// single-instance services. It is safe for concurrent use. Expired entries
// are removed, so a stream of one-off keys does not grow it for ever.
type MemoryCache[V any] struct {
	Now func() time.Time // time.Now when nil

	mu        sync.Mutex
	entries   map[string]entry[V]
	sweepSize int // sweep expired entries when the map reaches this size
}

type entry[V any] struct {
	v       V
	expires time.Time
}

func (c *MemoryCache[V]) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *MemoryCache[V]) Get(_ context.Context, key string) (V, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || !c.now().Before(e.expires) {
		delete(c.entries, key)
		var zero V
		return zero, false, nil
	}
	return e.v, true, nil
}

func (c *MemoryCache[V]) Set(_ context.Context, key string, v V, ttl time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[string]entry[V])
	}
	now := c.now()
	if len(c.entries) >= c.sweepSize {
		// Amortized: the next sweep waits until the live entries have doubled.
		for k, e := range c.entries {
			if !now.Before(e.expires) {
				delete(c.entries, k)
			}
		}
		c.sweepSize = max(2*len(c.entries), 64)
	}
	c.entries[key] = entry[V]{v, now.Add(ttl)}
	return nil
}

func (c *MemoryCache[V]) Delete(_ context.Context, key string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, key)
	return nil
}
