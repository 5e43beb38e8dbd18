//go:build go1.21

// Package producersideinterface is a database package that exports its
// concrete type and no interface; consumers declare what they need.
package producersideinterface

import (
	"cmp"
	"slices"
	"sync"
)

// User is a stored user.
type User struct {
	ID   int
	Name string
}

// DB keeps users in memory. Create it with New: the zero DB has no map.
type DB struct {
	mu    sync.Mutex
	users map[int]*User
}

// New returns an empty database, as its concrete type.
func New() *DB { return &DB{users: map[int]*User{}} }

// SaveUser stores u.
func (d *DB) SaveUser(u *User) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.users[u.ID] = u
	return nil
}

// ListUsers returns every user, ordered by ID.
func (d *DB) ListUsers() ([]*User, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]*User, 0, len(d.users))
	for _, u := range d.users {
		out = append(out, u)
	}
	slices.SortFunc(out, func(a, b *User) int { return cmp.Compare(a.ID, b.ID) }) // a.ID-b.ID can overflow
	return out, nil
}
