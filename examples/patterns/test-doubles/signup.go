//go:build go1.13

// Package testdoubles shows a service tested through small interfaces with
// hand-written fakes, stubs and spies.
package testdoubles

import (
	"context"
	"errors"
	"fmt"
)

// region service

// ErrTaken is returned when the address is already registered.
var ErrTaken = errors.New("address already registered")

// Users and Mailer are declared by the code that uses them, with only the
// methods it calls, so a test can implement them in a few lines.
type Users interface {
	Exists(ctx context.Context, email string) (bool, error)
	Add(ctx context.Context, email string) error
}

// Mailer sends one message.
type Mailer interface {
	Send(ctx context.Context, to, body string) error
}

// Signup registers new users and welcomes them.
type Signup struct {
	users Users
	mail  Mailer
}

// NewSignup returns a Signup using the given dependencies.
func NewSignup(users Users, mail Mailer) *Signup {
	return &Signup{users: users, mail: mail}
}

// Register adds email and sends a welcome message.
func (s *Signup) Register(ctx context.Context, email string) error {
	taken, err := s.users.Exists(ctx, email)
	if err != nil {
		return fmt.Errorf("check %s: %w", email, err)
	}
	if taken {
		return ErrTaken
	}
	if err := s.users.Add(ctx, email); err != nil {
		return fmt.Errorf("add %s: %w", email, err)
	}
	if err := s.mail.Send(ctx, email, "Welcome!"); err != nil {
		return fmt.Errorf("welcome %s: %w", email, err)
	}
	return nil
}

// endregion service
