// Package config holds a service's settings, which many goroutines read on
// every request and an admin endpoint changes now and then.
package config

import (
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// region store

// Config is one version of the settings. A *Config returned by Store.Load is
// shared by every goroutine that loaded it, so nobody may change it.
type Config struct {
	Timeout  time.Duration
	Limits   map[string]int // requests per second, by client
	Backends []string
}

// clone returns a copy of c that shares no memory with it; nil gives an
// empty Config. Limits is never nil in the copy.
func (c *Config) clone() *Config {
	if c == nil {
		return &Config{Limits: map[string]int{}}
	}
	next := *c // copies every field, including ones added later
	next.Limits = maps.Clone(c.Limits)
	if next.Limits == nil {
		next.Limits = map[string]int{}
	}
	next.Backends = slices.Clone(c.Backends)
	return &next
}

// Store publishes Config versions. Readers take no lock: Load is one atomic
// read. Writers copy the current version, change the copy and publish it.
// Create it with NewStore: a zero Store's Load returns nil until the first
// Update.
type Store struct {
	mu      sync.Mutex // serializes writers, so none loses another's change
	current atomic.Pointer[Config]
}

// NewStore returns a Store whose first version is a copy of initial.
func NewStore(initial Config) *Store {
	s := new(Store)
	s.current.Store(initial.clone())
	return s
}

// Load returns the current version. The caller must not change it.
func (s *Store) Load() *Config {
	return s.current.Load()
}

// Update calls change on a copy of the current version and publishes the
// copy. If change panics, the current version stays as it was. change must
// not keep the copy, or a map or slice in it, after it returns: they are
// published. It must not call Update, which would wait for itself.
func (s *Store) Update(change func(*Config)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := s.current.Load().clone() // [!code highlight]
	change(next)
	s.current.Store(next) // [!code highlight]
}

// endregion store
