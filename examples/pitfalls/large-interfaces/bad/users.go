//go:build bad && go1.13

package bad

import (
	"context"
	"fmt"
	"io"
)

// User is a stored user.
type User struct {
	ID, Name, Email string
}

// region large

// UserService lists everything the user service can do. Any function that
// takes a UserService depends on all eleven methods, and every fake in a
// test must implement all eleven.
type UserService interface {
	Get(ctx context.Context, id string) (*User, error)
	GetByEmail(ctx context.Context, email string) (*User, error)
	Create(ctx context.Context, u *User) error
	Update(ctx context.Context, u *User) error
	Delete(ctx context.Context, id string) error
	List(ctx context.Context, offset, limit int) ([]*User, error)
	Search(ctx context.Context, query string) ([]*User, error)
	Count(ctx context.Context) (int, error)
	Export(ctx context.Context, w io.Writer) error
	Import(ctx context.Context, r io.Reader) error
	Merge(ctx context.Context, keepID, dropID string) error
}

// DisplayName needs one method, but asks for eleven.
func DisplayName(ctx context.Context, users UserService, id string) (string, error) { // [!code highlight]
	u, err := users.Get(ctx, id)
	if err != nil {
		return "", fmt.Errorf("display name of %s: %w", id, err)
	}
	return u.Name, nil
}

// endregion large
