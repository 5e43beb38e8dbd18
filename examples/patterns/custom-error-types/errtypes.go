//go:build go1.13

// Package customerrortypes shows error types that carry data for callers,
// wrap their cause with an Unwrap method, and are found with errors.As.
// It is not named "errors": that would shadow the standard library package
// in every file that imports both.
package customerrortypes

import (
	"errors"
	"fmt"
	"strings"
)

// region validation

// ValidationError reports which field is invalid and why. Callers that need
// the field name get it with errors.As instead of parsing the message.
type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %v", e.Field, e.Err)
}

// Unwrap exposes the cause to errors.Is and errors.As.
func (e *ValidationError) Unwrap() error { return e.Err } // [!code highlight]

// endregion validation

// ErrTooLong is the cause when a field exceeds its maximum length.
var ErrTooLong = errors.New("too long")

// region op

// OpError records the operation that failed and wraps the cause. It replaces
// a chain of fmt.Errorf calls when callers want the operation as data.
type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return fmt.Sprintf("%s: %v", e.Op, e.Err) } // a nil Err prints, not panics

func (e *OpError) Unwrap() error { return e.Err }

// endregion op

// Signup is the input Register validates.
type Signup struct {
	Email string
	Name  string
}

// region register

// Register validates s. It returns a *ValidationError, wrapped in an
// *OpError, for the first bad field. Return the pointer type as error only
// when there is an error: a nil *ValidationError stored in an error
// interface is not a nil error.
func Register(s Signup) error {
	switch {
	case !strings.Contains(s.Email, "@"):
		return &OpError{Op: "register", Err: &ValidationError{Field: "email", Err: errors.New("missing @")}}
	case len(s.Name) > 64:
		return &OpError{Op: "register", Err: &ValidationError{Field: "name", Err: ErrTooLong}}
	}
	return nil
}

// endregion register
