//go:build go1.21

// Package racedetector shows a test written so the race detector can see
// the concurrent code paths.
package racedetector

import "sync"

// region stats

// Stats records request latencies in milliseconds. Record and Snapshot
// are called from many goroutines.
type Stats struct {
	mu    sync.Mutex
	count int
	max   int
}

// Record adds one observation.
func (s *Stats) Record(ms int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.count++
	s.max = max(s.max, ms)
}

// Snapshot returns the count and the maximum so far.
func (s *Stats) Snapshot() (count, maxMS int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count, s.max
}

// endregion stats
