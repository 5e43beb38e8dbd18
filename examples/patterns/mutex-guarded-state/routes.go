//go:build go1.1

package mutexguardedstate

import "sync"

// region routes

// Routes maps hostnames to backends. Lookups happen on every request and
// updates only on a config reload, so an RWMutex lets lookups proceed in
// parallel while an update waits for them and then runs alone.
type Routes struct {
	mu       sync.RWMutex
	backends map[string]string // guarded by mu
}

// NewRoutes returns an empty routing table.
func NewRoutes() *Routes {
	return &Routes{backends: make(map[string]string)}
}

// Lookup returns the backend for host. Many Lookups can hold the read
// lock at once.
func (r *Routes) Lookup(host string) (string, bool) {
	r.mu.RLock()         // [!code highlight]
	defer r.mu.RUnlock() // [!code highlight]
	b, ok := r.backends[host]
	return b, ok
}

// Set points host at backend. It takes the write lock, which waits for
// every reader to leave and keeps new ones out until it is done.
func (r *Routes) Set(host, backend string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.backends[host] = backend
}

// endregion routes
