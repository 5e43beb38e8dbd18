// Package valuereceivermutation changes a value through a pointer receiver.
package valuereceivermutation

import "sync"

// region record

// Stats counts requests and failures.
type Stats struct {
	Requests int
	Failures int
}

// Record counts one request, and a failure if err is not nil.
func (s *Stats) Record(err error) { // [!code highlight]
	s.Requests++
	if err != nil {
		s.Failures++
	}
}

// endregion record

// region shared

// SharedStats counts requests and failures for many goroutines. The zero
// value is ready to use; it must not be copied after first use.
type SharedStats struct {
	mu       sync.Mutex // [!code highlight]
	requests int
	failures int
}

// Record counts one request, and a failure if err is not nil.
func (s *SharedStats) Record(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	if err != nil {
		s.failures++
	}
}

// Counts returns the requests and failures recorded so far.
func (s *SharedStats) Counts() (requests, failures int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests, s.failures
}

// endregion shared
