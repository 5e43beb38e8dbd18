//go:build go1.18

// Package nilpointerdereference shows a nil check that returns, so the
// dereference after it is safe, and a constructor that refuses a nil
// dependency instead of leaving it to panic on the first call.
package nilpointerdereference

import (
	"errors"
	"reflect"
)

// User is a record that may be missing.
type User struct {
	Name string
}

// region display

// DisplayName returns the user's name, or "anonymous" for a nil user. The
// nil check returns, so u is never dereferenced when it is nil.
func DisplayName(u *User) string {
	if u == nil {
		return "anonymous" // [!code highlight]
	}
	return u.Name
}

// endregion display

// Repo finds users.
type Repo interface {
	Find(id string) (*User, error)
}

// region constructor

// Service needs a Repo. NewService checks it once, where the mistake is
// made, so a missing dependency is an error at startup rather than a panic
// on the first request.
type Service struct {
	repo Repo
}

// NewService returns a Service backed by repo. It refuses a nil repo,
// and also a typed nil: a nil pointer, func, map, channel or slice stored
// in the Repo interface, which is not == nil because the interface holds
// a type. That also refuses the rare type whose methods work on a nil
// value, deliberately: a nil dependency is far more often a mistake.
func NewService(repo Repo) (*Service, error) {
	if repo == nil {
		return nil, errors.New("new service: nil repo")
	}
	switch v := reflect.ValueOf(repo); v.Kind() {
	case reflect.Pointer, reflect.Func, reflect.Map, reflect.Chan, reflect.Slice:
		if v.IsNil() { // [!code highlight]
			return nil, errors.New("new service: nil repo value")
		}
	}
	return &Service{repo: repo}, nil
}

// endregion constructor

// Name returns the display name of user id.
func (s *Service) Name(id string) (string, error) {
	u, err := s.repo.Find(id)
	if err != nil {
		return "", err
	}
	return DisplayName(u), nil
}
