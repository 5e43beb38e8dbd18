// Package expiry is an in-memory cache whose entries expire a fixed time
// after they are set.
package expiry

import (
	"sync"
	"time"
)

// region cache

// Cache maps keys to values for ttl each. Its methods are safe for
// concurrent use. A goroutine started by New removes expired entries, so
// that keys nobody reads again do not stay in memory; Close stops it. Create
// a Cache with New: its zero value is not usable.
type Cache[K comparable, V any] struct {
	ttl       time.Duration
	mu        sync.Mutex
	items     map[K]entry[V]
	stop      chan struct{}
	stopped   chan struct{}
	closeOnce sync.Once
}

type entry[V any] struct {
	value   V
	expires time.Time
}

// New returns a cache whose entries live for ttl, which must be positive.
func New[K comparable, V any](ttl time.Duration) *Cache[K, V] {
	if ttl <= 0 {
		panic("expiry: ttl must be positive")
	}
	c := &Cache[K, V]{
		ttl:     ttl,
		items:   make(map[K]entry[V]),
		stop:    make(chan struct{}),
		stopped: make(chan struct{}),
	}
	go c.sweep()
	return c
}

// sweep removes expired entries every ttl until Close is called.
func (c *Cache[K, V]) sweep() {
	defer close(c.stopped)
	tick := time.NewTicker(c.ttl)
	defer tick.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-tick.C:
			now := time.Now()
			c.mu.Lock()
			for k, e := range c.items {
				if !now.Before(e.expires) {
					delete(c.items, k)
				}
			}
			c.mu.Unlock()
		}
	}
}

// Set stores value under key for ttl from now, replacing any earlier value.
func (c *Cache[K, V]) Set(key K, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = entry[V]{value, time.Now().Add(c.ttl)}
}

// Get returns the value stored under key, unless it has expired.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok || !time.Now().Before(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

// Len returns the number of entries held, including expired ones not yet
// removed.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

// Close stops the goroutine that removes expired entries and waits for it
// to return. The cache still works afterwards, without that goroutine.
// Close may be called more than once, from any goroutine.
func (c *Cache[K, V]) Close() {
	c.closeOnce.Do(func() { close(c.stop) })
	<-c.stopped
}

// endregion cache
