//go:build go1.1

// Package mutexguardedstate keeps state that many goroutines read and
// update behind a mutex: a sync.Mutex for a check-then-act update, and a
// sync.RWMutex for data that is read far more often than written.
package mutexguardedstate

import "sync"

// region stock

// Stock counts items on hand. It is safe for concurrent use: every access
// to counts holds mu, and mu sits next to the field it guards.
type Stock struct {
	mu     sync.Mutex
	counts map[string]int // guarded by mu
}

// NewStock returns an empty Stock; the constructor makes the map, so the
// first Add cannot panic on a nil map.
func NewStock() *Stock {
	return &Stock{counts: make(map[string]int)}
}

// Add puts n more of item in stock; n below 1 adds nothing.
func (s *Stock) Add(item string, n int) {
	if n < 1 {
		return // a negative Add would be a Take that skips the check
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[item] += n
}

// Take removes n of item if n is at least 1 and at least n are in stock,
// and reports whether it did. The check and the update happen under one
// lock, so two buyers can never both take the last item.
func (s *Stock) Take(item string, n int) bool {
	if n < 1 {
		return false // a negative Take would add stock
	}
	s.mu.Lock()         // [!code highlight]
	defer s.mu.Unlock() // [!code highlight]
	if s.counts[item] < n {
		return false
	}
	s.counts[item] -= n
	return true
}

// Count returns how many of item are in stock.
func (s *Stock) Count(item string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[item]
}

// endregion stock
