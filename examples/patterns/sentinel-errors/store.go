//go:build go1.22

// Package sentinelerrors shows sentinel errors: package-level error values
// for expected conditions, matched with errors.Is even when wrapped.
package sentinelerrors

import (
	"errors"
	"fmt"
	"sync"
)

// region sentinels

// Sentinel errors name the expected failures of this package. They are part
// of its API: callers compare against them with errors.Is, so their
// identity, not their text, is the contract.
var (
	ErrNotFound     = errors.New("not found")
	ErrInvalidInput = errors.New("invalid input")
)

// endregion sentinels

// User is what the store holds.
type User struct {
	ID   string
	Name string
}

// Store is an in-memory user store, safe for concurrent use. Create it
// with NewStore: the zero Store has no map, and Put would panic.
type Store struct {
	mu    sync.RWMutex
	users map[string]User
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{users: make(map[string]User)}
}

// Put adds or replaces u.
func (s *Store) Put(u User) error {
	if u.ID == "" {
		return fmt.Errorf("put user: %w: empty id", ErrInvalidInput)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[u.ID] = u
	return nil
}

// region get

// Get returns the user with the given ID. A missing user is an expected
// outcome, so it is reported with the sentinel, wrapped with the ID.
func (s *Store) Get(id string) (User, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	u, ok := s.users[id]
	if !ok {
		return User{}, fmt.Errorf("get user %q: %w", id, ErrNotFound) // [!code highlight]
	}
	return u, nil
}

// endregion get
