//go:build go1.19

// Package atomiccounters keeps counters and flags that many goroutines
// update with the typed atomics of sync/atomic (Go 1.19).
package atomiccounters

import "sync/atomic"

// region stats

// Stats counts a server's requests. The zero value is ready to use, and
// every method is safe for concurrent use without a lock: each field is
// one value, updated in one atomic step.
type Stats struct {
	requests atomic.Int64
	inFlight atomic.Int64
	peak     atomic.Int64
	draining atomic.Bool
}

// Start records a request beginning and keeps the highest number of
// requests ever in flight at once.
func (s *Stats) Start() {
	s.requests.Add(1) // [!code highlight]
	n := s.inFlight.Add(1)
	for {
		p := s.peak.Load()
		// Another goroutine may raise peak between Load and
		// CompareAndSwap; then the swap fails and the loop tries again.
		if n <= p || s.peak.CompareAndSwap(p, n) { // [!code highlight]
			return
		}
	}
}

// Done records a request ending.
func (s *Stats) Done() { s.inFlight.Add(-1) }

// Drain marks the server as shutting down; Draining reports it.
func (s *Stats) Drain()         { s.draining.Store(true) }
func (s *Stats) Draining() bool { return s.draining.Load() }

// Snapshot returns the counters. Each is read atomically, but not all
// three together: for values that must be consistent with each other,
// use a mutex.
func (s *Stats) Snapshot() (requests, inFlight, peak int64) {
	return s.requests.Load(), s.inFlight.Load(), s.peak.Load()
}

// endregion stats
