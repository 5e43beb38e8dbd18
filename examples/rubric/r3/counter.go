//go:build go1.1

package r3

import "sync"

// region counter

// Hits counts requests per path. Its methods are called from many
// goroutines, so the map is guarded by a mutex.
type Hits struct {
	mu sync.Mutex
	m  map[string]int
}

// NewHits returns an empty counter.
func NewHits() *Hits { return &Hits{m: make(map[string]int)} }

// Inc adds one hit for path.
func (h *Hits) Inc(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.m[path]++
}

// Get returns the hits for path so far.
func (h *Hits) Get(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.m[path]
}

// endregion counter
