//go:build bad

// Package bad changes the Config that readers are reading.
package bad

import (
	"sync/atomic"
	"time"
)

// region store

// Config is one version of the settings.
type Config struct {
	Timeout  time.Duration
	Limits   map[string]int // requests per second, by client
	Backends []string
}

// Store publishes Config versions.
type Store struct {
	current atomic.Pointer[Config]
}

// Load returns the current version.
func (s *Store) Load() *Config {
	return s.current.Load()
}

// SetLimit changes one client's limit.
func (s *Store) SetLimit(client string, perSecond int) {
	cfg := s.current.Load()
	cfg.Limits[client] = perSecond // [!code highlight]
}

// Publish makes cfg the current version.
func (s *Store) Publish(cfg *Config) {
	s.current.Store(cfg)
}

// endregion store
