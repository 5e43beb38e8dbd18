//go:build go1.13

package largeinterfaces

import (
	"context"
	"fmt"
)

// User is a stored user.
type User struct {
	ID, Name, Email string
}

// region small

// UserGetter is the one method DisplayName calls. The user service's
// concrete type satisfies it as it is, and so does a one-method fake.
type UserGetter interface {
	Get(ctx context.Context, id string) (*User, error)
}

// DisplayName returns the name to show for the user with the ID. A Get
// that returns neither a user nor an error breaks UserGetter's contract.
func DisplayName(ctx context.Context, users UserGetter, id string) (string, error) { // [!code highlight]
	u, err := users.Get(ctx, id)
	if err != nil {
		return "", fmt.Errorf("display name of %s: %w", id, err)
	}
	return u.Name, nil
}

// endregion small
