package r1_test

import (
	"errors"
	"fmt"
	"testing"

	"fieldguide.dev/examples/rubric/r1"
)

// The example prints what a caller sees; these check what it does not
// show: no user comes back with an error, the message names the user, and
// Unwrap really exposes the cause.
func TestProcessUserErrors(t *testing.T) {
	u, err := r1.ProcessUser(2)
	if u != nil {
		t.Errorf("ProcessUser(2) user = %v, want nil with an error", u)
	}
	if got, want := fmt.Sprint(err), "user 2: validation failed on email: empty"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
	ve := &r1.ValidationError{Field: "x", Err: r1.ErrNotFound}
	if !errors.Is(fmt.Errorf("w: %w", ve), r1.ErrNotFound) {
		t.Error("ValidationError.Unwrap: errors.Is does not reach the cause")
	}
}
