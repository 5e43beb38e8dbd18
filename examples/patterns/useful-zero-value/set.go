//go:build go1.1

package usefulzerovalue

import "sync"

// region set

// Set is a set of strings that is safe for concurrent use. The zero value
// is an empty set, ready to use: declare one with var s Set, or embed it in
// another struct, and no constructor is needed.
type Set struct {
	mu sync.Mutex          // the zero Mutex is unlocked
	m  map[string]struct{} // nil until the first Add
}

// Add puts key in the set.
func (s *Set) Add(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil { // [!code highlight]
		s.m = make(map[string]struct{}) // [!code highlight]
	}
	s.m[key] = struct{}{}
}

// Has reports whether key is in the set. Reading a nil map is allowed and
// finds nothing, so Has needs no nil check.
func (s *Set) Has(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[key]
	return ok
}

// Len returns the number of keys; len of a nil map is 0.
func (s *Set) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// endregion set
