//go:build bad && go1.1

// Package bad is a database package that exports an interface for its own
// type: the producer decides what every consumer depends on.
package bad

import "sync"

// User is a stored user.
type User struct {
	ID   int
	Name string
}

// region producer

// Database is declared here, next to its only implementation, and lists
// everything the implementation can do.
type Database interface {
	GetUser(id int) (*User, error)
	SaveUser(u *User) error
	DeleteUser(id int) error
	ListUsers() ([]*User, error)
	UpdateUser(u *User) error
}

// New returns the implementation as the interface, so consumers can only
// ever see these five methods.
func New() Database { return &memDB{users: map[int]*User{}} } // [!code highlight]

// endregion producer

type memDB struct {
	mu    sync.Mutex
	users map[int]*User
}

func (m *memDB) GetUser(id int) (*User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.users[id], nil
}

func (m *memDB) SaveUser(u *User) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.users[u.ID] = u
	return nil
}

func (m *memDB) DeleteUser(id int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.users, id)
	return nil
}

func (m *memDB) ListUsers() ([]*User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*User
	for _, u := range m.users {
		out = append(out, u)
	}
	return out, nil
}

func (m *memDB) UpdateUser(u *User) error { return m.SaveUser(u) }
