//go:build go1.7

// Package store is the producer: it exports a concrete type with all its
// methods, and no interface. Consumers declare the small interfaces they
// need.
package store

import (
	"context"
	"errors"
	"sync"
)

// ErrNotFound is returned when no user has the ID.
var ErrNotFound = errors.New("user not found")

// User is a stored user.
type User struct {
	ID   string
	Name string
}

// region producer

// Memory keeps users in memory. It has many methods; no consumer needs all
// of them.
type Memory struct {
	mu    sync.Mutex
	users map[string]User
}

// NewMemory returns an empty store.
func NewMemory() *Memory { return &Memory{users: make(map[string]User)} }

// GetUser returns the user with the ID, or ErrNotFound.
func (m *Memory) GetUser(ctx context.Context, id string) (User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	u, ok := m.users[id]
	if !ok {
		return User{}, ErrNotFound
	}
	return u, nil
}

// SaveUser stores u, replacing any user with the same ID.
func (m *Memory) SaveUser(ctx context.Context, u User) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.users[u.ID] = u
	return nil
}

// DeleteUser removes the user with the ID.
func (m *Memory) DeleteUser(ctx context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.users, id)
	return nil
}

// endregion producer

// Len returns the number of users.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.users)
}
