//go:build go1.24

package cacheaside_test

import (
	"context"
	"errors"
	"testing"
	"time"

	cacheaside "fieldguide.dev/examples/patterns/cache-aside"
)

// countingStore is a Store over a map that counts loads.
type countingStore struct {
	data  map[string]string
	loads int
}

var errNotFound = errors.New("not found")

func (s *countingStore) Load(_ context.Context, key string) (string, error) {
	s.loads++
	v, ok := s.data[key]
	if !ok {
		return "", errNotFound
	}
	return v, nil
}

func (s *countingStore) Save(_ context.Context, key, v string) error {
	s.data[key] = v
	return nil
}

// region test

func TestRepo(t *testing.T) {
	ctx := t.Context()
	now := time.Unix(0, 0)
	store := &countingStore{data: map[string]string{"u1": "Ada"}}
	repo := &cacheaside.Repo[string]{
		Cache: &cacheaside.MemoryCache[string]{Now: func() time.Time { return now }},
		Store: store,
		TTL:   time.Minute,
	}

	for range 3 {
		if v, err := repo.Get(ctx, "u1"); v != "Ada" || err != nil {
			t.Fatalf("Get = %q, %v", v, err)
		}
	}
	if store.loads != 1 {
		t.Errorf("3 reads: %d store loads, want 1 (then hits)", store.loads)
	}

	if err := repo.Put(ctx, "u1", "Ada Lovelace"); err != nil {
		t.Fatal(err)
	}
	if v, _ := repo.Get(ctx, "u1"); v != "Ada Lovelace" {
		t.Errorf("after Put: Get = %q, want the new value", v)
	}

	now = now.Add(2 * time.Minute) // past the TTL
	repo.Get(ctx, "u1")
	if store.loads != 3 {
		t.Errorf("after expiry: %d loads, want 3", store.loads)
	}
}

// endregion test

func TestRepoPassesStoreErrors(t *testing.T) {
	repo := &cacheaside.Repo[string]{
		Cache: &cacheaside.MemoryCache[string]{},
		Store: &countingStore{data: map[string]string{}},
		TTL:   time.Minute,
	}
	if _, err := repo.Get(t.Context(), "missing"); !errors.Is(err, errNotFound) {
		t.Errorf("Get(missing) = %v, want errNotFound", err)
	}
}

// ctxCache fails Delete when its context is done, as a network cache does.
type ctxCache struct {
	cacheaside.Cache[string]
	deleted bool
}

func (c *ctxCache) Delete(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.deleted = true
	return c.Cache.Delete(ctx, key)
}

// The client hangs up right after the save: the stale entry must still go.
func TestPutDeletesEvenWhenTheCallerHasGone(t *testing.T) {
	cache := &ctxCache{Cache: &cacheaside.MemoryCache[string]{}}
	ctx, cancel := context.WithCancel(t.Context())
	r := &cacheaside.Repo[string]{Store: cancellingStore{cancel: cancel}, Cache: cache, TTL: time.Minute}
	if err := r.Put(ctx, "k", "new"); err != nil {
		t.Fatal(err)
	}
	if !cache.deleted {
		t.Error("Put did not delete the cached entry after its caller cancelled")
	}
}

// cancellingStore saves, then cancels the caller's context, as a client
// that hangs up at that moment would.
type cancellingStore struct{ cancel context.CancelFunc }

func (s cancellingStore) Load(context.Context, string) (string, error) { return "", nil }
func (s cancellingStore) Save(context.Context, string, string) error {
	s.cancel()
	return nil
}

// With a TTL of 0 nothing is cached: every read goes to the store, rather
// than an entry that never expires in a cache where 0 means "no expiry".
func TestRepoWithoutTTLDoesNotCache(t *testing.T) {
	store := &countingStore{data: map[string]string{"u1": "Ada"}}
	cache := &setCountingCache{}
	repo := &cacheaside.Repo[string]{Cache: cache, Store: store}
	for range 3 {
		if v, err := repo.Get(t.Context(), "u1"); v != "Ada" || err != nil {
			t.Fatalf("Get = %q, %v", v, err)
		}
	}
	if store.loads != 3 || cache.sets != 0 {
		t.Errorf("3 reads with TTL 0: %d loads and %d cache sets, want 3 and 0", store.loads, cache.sets)
	}
}

type setCountingCache struct {
	cacheaside.MemoryCache[string]
	sets int
}

func (c *setCountingCache) Set(ctx context.Context, key, v string, ttl time.Duration) error {
	c.sets++
	return c.MemoryCache.Set(ctx, key, v, ttl)
}
