//go:build go1.24

package r3_test

import (
	"context"
	"errors"
	"testing"

	"fieldguide.dev/examples/rubric/r3"
)

// region fake

// fakeStore is a hand-written fake: a map of users and an error to return.
type fakeStore struct {
	users map[int]r3.User
	err   error
}

func (f *fakeStore) GetUser(_ context.Context, id int) (r3.User, error) {
	if f.err != nil {
		return r3.User{}, f.err
	}
	u, ok := f.users[id]
	if !ok {
		return r3.User{}, r3.ErrNotFound
	}
	return u, nil
}

// endregion fake

// region service-test

func TestUserServiceName(t *testing.T) {
	errDB := errors.New("db down")
	tests := []struct {
		name    string
		store   *fakeStore // each case builds its own fake: no shared state
		id      int
		want    string
		wantErr error
	}{
		{"found", &fakeStore{users: map[int]r3.User{1: {Name: "Alice"}}}, 1, "Alice", nil},
		{"not found", &fakeStore{}, 999, "", r3.ErrNotFound},
		{"store error", &fakeStore{err: errDB}, 1, "", errDB}, // [!code highlight]
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := r3.NewUserService(tt.store)
			got, err := svc.Name(t.Context(), tt.id)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Name(%d) error = %v, want %v", tt.id, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Name(%d) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

// endregion service-test
