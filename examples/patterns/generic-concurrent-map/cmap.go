//go:build go1.23

// Package genericconcurrentmap is a type-safe map that is safe for
// concurrent use: a Go map behind a sync.RWMutex, with type parameters for
// the key and value types.
package genericconcurrentmap

import (
	"iter"
	"maps"
	"sync"
)

// region map

// Map is a map from K to V that is safe for concurrent use. Create it with
// New; its methods hold the lock only for the map operation itself.
type Map[K comparable, V any] struct {
	mu   sync.RWMutex
	data map[K]V // guarded by mu
}

// New returns an empty Map.
func New[K comparable, V any]() *Map[K, V] {
	return &Map[K, V]{data: make(map[K]V)}
}

// Get returns the value for key and whether it was present.
func (m *Map[K, V]) Get(key K) (V, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.data[key]
	return v, ok
}

// Set stores value under key.
func (m *Map[K, V]) Set(key K, value V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[key] = value
}

// Delete removes key.
func (m *Map[K, V]) Delete(key K) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.data, key)
}

// Update replaces the value for key with f(old, present), in one step: no
// other goroutine can change key between the read and the write. f runs
// with the lock held, so it must be quick and must not call any method of
// m: the mutex is not reentrant, and such a call would wait forever. If f
// panics, the map is unchanged and the deferred Unlock frees it.
func (m *Map[K, V]) Update(key K, f func(old V, present bool) V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	old, ok := m.data[key]
	m.data[key] = f(old, ok) // [!code highlight]
}

// endregion map

// region all

// All returns an iterator over the entries (Go 1.23 range-over-func). Each
// loop copies the entries under the read lock when it starts and then
// yields from the copy, unlocked: the loop body may call any method of m,
// and writers are not held up while it runs. The price is the copy, and
// the loop sees the map as it was when the loop began.
func (m *Map[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		m.mu.RLock()
		snapshot := maps.Clone(m.data) // [!code highlight]
		m.mu.RUnlock()
		for k, v := range snapshot {
			if !yield(k, v) {
				return
			}
		}
	}
}

// endregion all
