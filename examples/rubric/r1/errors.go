//go:build go1.13

package r1

import (
	"errors"
	"fmt"
)

// region sentinel

// ErrNotFound is a sentinel error: a package-level value callers compare
// against with errors.Is, for a condition they are expected to handle.
var ErrNotFound = errors.New("not found")

// endregion sentinel

// region custom-type

// ValidationError carries structured detail that callers extract with
// errors.As. Unwrap exposes the cause to errors.Is and errors.As.
type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %v", e.Field, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

// endregion custom-type

// User is a user record.
type User struct {
	ID    int
	Email string
}

// Validate checks the user's fields.
func (u *User) Validate() error {
	if u.Email == "" {
		return &ValidationError{Field: "email", Err: errors.New("empty")}
	}
	return nil
}

// users stands in for a database.
var users = map[int]*User{1: {ID: 1, Email: "ada@example.com"}, 2: {ID: 2}}

func getUser(id int) (*User, error) {
	u, ok := users[id]
	if !ok {
		return nil, ErrNotFound
	}
	return u, nil
}

// region early-return

// ProcessUser loads and validates a user. Each error returns at once, with
// the operation and the ID added and the cause kept by %w.
func ProcessUser(id int) (*User, error) {
	user, err := getUser(id)
	if err != nil {
		return nil, fmt.Errorf("get user %d: %w", id, err) // [!code highlight]
	}
	if err := user.Validate(); err != nil {
		return nil, fmt.Errorf("user %d: %w", id, err)
	}
	return user, nil
}

// endregion early-return
