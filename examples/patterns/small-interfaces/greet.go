//go:build go1.13

// Package smallinterfaces is the consumer: it declares the one-method
// interface it needs, next to the code that uses it.
package smallinterfaces

import (
	"context"
	"fmt"
	"io"

	"fieldguide.dev/examples/patterns/small-interfaces/store"
)

// region consumer

// UserGetter is all Greet needs from a store: one method. Any type with a
// matching GetUser method satisfies it, without naming it; *store.Memory
// does, and so does a three-line fake in a test.
type UserGetter interface {
	GetUser(ctx context.Context, id string) (store.User, error) // [!code highlight]
}

// Greet writes a greeting for the user with the ID to w. It accepts
// interfaces, a UserGetter and an io.Writer, so it works with any store and
// any destination: a file, a network connection, a bytes.Buffer in a test.
func Greet(ctx context.Context, users UserGetter, w io.Writer, id string) error {
	u, err := users.GetUser(ctx, id)
	if err != nil {
		return fmt.Errorf("greet %s: %w", id, err)
	}
	_, err = fmt.Fprintf(w, "Hello, %s!\n", u.Name)
	return err
}

// endregion consumer

// region compose

// UserSaver is the other half of what a registration flow needs.
type UserSaver interface {
	SaveUser(ctx context.Context, u store.User) error
}

// UserStore composes the two small interfaces, for the one consumer that
// needs both; io.ReadWriter is built from io.Reader and io.Writer the same
// way.
type UserStore interface {
	UserGetter
	UserSaver
}

// Rename changes a user's name.
func Rename(ctx context.Context, users UserStore, id, name string) error {
	u, err := users.GetUser(ctx, id)
	if err != nil {
		return fmt.Errorf("rename %s: %w", id, err)
	}
	u.Name = name
	if err := users.SaveUser(ctx, u); err != nil {
		return fmt.Errorf("rename %s: %w", id, err)
	}
	return nil
}

// endregion compose
