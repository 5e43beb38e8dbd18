//go:build go1.21

// Package cacheaside reads through a cache in front of a slower store: on
// a miss, load from the store and fill the cache; on a write, update the
// store and invalidate the cache entry.
package cacheaside

import (
	"context"
	"time"
)

// region interfaces

// Cache is a fast, lossy key-value cache such as Redis or memcached. Its
// errors never fail a request: the store has the truth.
type Cache[V any] interface {
	Get(ctx context.Context, key string) (v V, ok bool, err error)
	Set(ctx context.Context, key string, v V, ttl time.Duration) error
	Delete(ctx context.Context, key string) error
}

// Store is the system of record, such as a database.
type Store[V any] interface {
	Load(ctx context.Context, key string) (V, error)
	Save(ctx context.Context, key string, v V) error
}

// endregion interfaces

// region repo

// Repo puts a Cache in front of a Store.
type Repo[V any] struct {
	Cache Cache[V]
	Store Store[V]
	// TTL bounds how long a stale entry can survive. It must be positive
	// for anything to be cached: caches disagree on what 0 means (expired
	// at once for MemoryCache, no expiry at all for Redis), so Get does not
	// fill the cache when TTL is 0 or less.
	TTL time.Duration
}

// Get returns the cached value, or loads it from the store and caches it.
// The fill is synchronous: a fill running in the background could land
// after a concurrent Put and cache the old value for a whole TTL.
func (r *Repo[V]) Get(ctx context.Context, key string) (V, error) {
	if v, ok, err := r.Cache.Get(ctx, key); err == nil && ok {
		return v, nil
	}
	v, err := r.Store.Load(ctx, key)
	if err != nil {
		return v, err // not found is not cached here; see the page
	}
	if r.TTL > 0 {
		_ = r.Cache.Set(ctx, key, v, r.TTL) // a failed fill costs a miss, not an error
	}
	return v, nil
}

// Put saves v, then deletes the cached entry instead of overwriting it: the
// next Get loads the new value. Overwriting races with other writers and
// could leave whichever Set came last, not the newest value, in the cache.
func (r *Repo[V]) Put(ctx context.Context, key string, v V) error {
	if err := r.Store.Save(ctx, key, v); err != nil {
		return err
	}
	// The save has happened: the delete must happen too, even if the caller
	// has just gone away, or the old entry is served for a whole TTL. So it
	// gets a context that keeps ctx's values but not its cancellation.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	_ = r.Cache.Delete(dctx, key) // [!code highlight]
	return nil
}

// endregion repo
