//go:build go1.13

package r3

import (
	"errors"
	"fmt"
)

// region validate

// Sentinel errors let tests, and callers, check which rule failed with
// errors.Is instead of comparing message text.
var (
	ErrInvalidName = errors.New("invalid name")
	ErrInvalidAge  = errors.New("invalid age")
)

// User is the value under test.
type User struct {
	Name string
	Age  int
}

// Validate reports the first rule the user breaks, wrapping the sentinel
// error with the offending value.
func (u User) Validate() error {
	if u.Name == "" {
		return fmt.Errorf("name %q: %w", u.Name, ErrInvalidName)
	}
	if u.Age < 0 || u.Age > 150 {
		return fmt.Errorf("age %d: %w", u.Age, ErrInvalidAge)
	}
	return nil
}

// endregion validate
