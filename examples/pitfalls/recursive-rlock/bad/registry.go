//go:build bad

// Package bad takes a read lock it already holds.
package bad

import (
	"slices"
	"sync"
)

// region registry

// Registry maps service names to their addresses. It is safe for concurrent
// use.
type Registry struct {
	mu       sync.RWMutex
	services map[string][]string
}

// Set replaces the addresses of name.
func (r *Registry) Set(name string, addrs []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.services == nil {
		r.services = make(map[string][]string)
	}
	r.services[name] = slices.Clone(addrs)
}

// Addrs returns a copy of the addresses of name, or nil if name is unknown.
func (r *Registry) Addrs(name string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.services[name])
}

// Resolve returns the addresses of each name, all read at one moment.
func (r *Registry) Resolve(names []string) map[string][]string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make(map[string][]string, len(names))
	for _, name := range names {
		out[name] = r.Addrs(name) // [!code highlight]
	}
	return out
}

// endregion registry
