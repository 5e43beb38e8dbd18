package typednil_test

import (
	"errors"
	"testing"

	typednil "fieldguide.dev/examples/pitfalls/typed-nil-interface"
)

// region test

func TestRegisterAcceptsAName(t *testing.T) {
	got, err := typednil.Register("Ann")
	if err != nil {
		t.Fatalf("Register(%q) = %v (%T), want no error", "Ann", err, err)
	}
	if got != "Ann" {
		t.Errorf("Register(%q) = %q, want %q", "Ann", got, "Ann")
	}
}

// endregion test

// The zero value and blank input are rejected with a *FieldError that
// errors.As finds through Register's wrapping.
func TestRegisterRejectsBlankNames(t *testing.T) {
	for _, name := range []string{"", " ", "\t\n"} {
		_, err := typednil.Register(name)
		var field *typednil.FieldError
		if !errors.As(err, &field) || field.Field != "name" {
			t.Errorf("Register(%q) = %v, want a *FieldError for name", name, err)
		}
	}
}

// Names are trimmed, and a valid name gives the nil interface itself, with
// no dynamic type hidden in it.
//
// Validate and Register are pure functions of a string: no context, no
// shared state and no goroutines, so cancellation, concurrent callers and
// leaks cannot reach them.
func TestValidNamesGiveTheNilInterface(t *testing.T) {
	for _, name := range []string{"Ann", " Ann ", "\tAnn\n"} {
		if err := typednil.Validate(name); err != nil {
			t.Errorf("Validate(%q) = %#v, want the nil error", name, err)
		}
		if got, err := typednil.Register(name); err != nil || got != "Ann" {
			t.Errorf("Register(%q) = %q, %v, want %q, nil", name, got, err, "Ann")
		}
	}
}
