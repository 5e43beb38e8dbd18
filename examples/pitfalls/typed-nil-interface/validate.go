// Package typednil returns errors as the error interface from the start,
// so a function that found no problem returns a nil error, not a nil pointer
// wrapped in one.
package typednil

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

// check returns the first problem with name, or nil. Its result type is
// error, so "no problem" is the nil interface; callers that need the field
// get it with errors.As.
func check(name string) error { // [!code highlight]
	if strings.TrimSpace(name) == "" {
		return &FieldError{Field: "name", Reason: "empty"}
	}
	return nil
}

// Validate reports whether name is acceptable.
func Validate(name string) error {
	return check(name)
}

// Register accepts a user name.
func Register(name string) (string, error) {
	if err := Validate(name); err != nil {
		return "", fmt.Errorf("register: %w", err)
	}
	return strings.TrimSpace(name), nil
}

// endregion validate
