//go:build go1.21

package dependencyinjection

import (
	"context"
	"sync"
)

// MemoryStore keeps orders in memory; a database-backed store would have
// the same SaveOrder method.
type MemoryStore struct {
	mu     sync.Mutex
	orders []Order
}

// SaveOrder appends o.
func (m *MemoryStore) SaveOrder(_ context.Context, o Order) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.orders = append(m.orders, o)
	return nil
}
