//go:build bad

// Package bad returns a nil pointer as an error.
package bad

import (
	"fmt"
	"strings"
)

// FieldError reports an invalid field of a request.
type FieldError struct {
	Field, Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// region validate

// check returns the first problem with name, or a nil *FieldError.
func check(name string) *FieldError { // [!code highlight]
	if strings.TrimSpace(name) == "" {
		return &FieldError{Field: "name", Reason: "empty"}
	}
	return nil
}

// Validate reports whether name is acceptable.
//
// BUG: a nil *FieldError stored in an error is not a nil error: the
// interface holds a type (*FieldError) and a nil pointer, and compares
// unequal to nil. Every caller sees a failure, even for a valid name.
func Validate(name string) error {
	return check(name) // [!code highlight]
}

// Register accepts a user name.
func Register(name string) (string, error) {
	if err := Validate(name); err != nil {
		return "", fmt.Errorf("register: %w", err)
	}
	return strings.TrimSpace(name), nil
}

// endregion validate
