package largeinterfaces

import (
	"context"
	"errors"
	"testing"
)

// region fake

// oneUser is a complete fake for UserGetter.
type oneUser User

func (u oneUser) Get(_ context.Context, id string) (*User, error) {
	if id != u.ID {
		return nil, errors.New("not found")
	}
	v := User(u)
	return &v, nil
}

func TestDisplayName(t *testing.T) {
	name, err := DisplayName(context.Background(), oneUser{ID: "7", Name: "Ada"}, "7")
	if name != "Ada" || err != nil {
		t.Errorf("DisplayName = %q, %v", name, err)
	}
}

// endregion fake

// A missing user is an error that keeps its cause, not an empty name.
func TestDisplayNameMissingUser(t *testing.T) {
	name, err := DisplayName(t.Context(), oneUser{ID: "7", Name: "Ada"}, "8")
	if err == nil || name != "" {
		t.Errorf("DisplayName of a missing user = %q, %v; want an error", name, err)
	}
}
