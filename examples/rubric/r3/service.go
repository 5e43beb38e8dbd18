//go:build go1.13

package r3

import (
	"context"
	"errors"
	"fmt"
)

// region service

// ErrNotFound is returned when no user has the requested ID.
var ErrNotFound = errors.New("user not found")

// UserStore is the one method UserService needs. It is declared here, where
// it is used, so a test can pass a small fake instead of a database.
type UserStore interface {
	GetUser(ctx context.Context, id int) (User, error)
}

// UserService looks users up through its store.
type UserService struct {
	store UserStore
}

// NewUserService returns a service reading from store.
func NewUserService(store UserStore) *UserService {
	return &UserService{store: store}
}

// Name returns the name of user id.
func (s *UserService) Name(ctx context.Context, id int) (string, error) {
	u, err := s.store.GetUser(ctx, id)
	if err != nil {
		return "", fmt.Errorf("get user %d: %w", id, err)
	}
	return u.Name, nil
}

// endregion service
