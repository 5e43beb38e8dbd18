//go:build go1.22

package r3_test

import (
	"errors"
	"testing"

	"fieldguide.dev/examples/rubric/r3"
)

// region validate-test

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		user    r3.User
		wantErr error // nil: valid
	}{
		{"valid user", r3.User{Name: "Alice", Age: 30}, nil},
		{"age zero is valid", r3.User{Name: "Baby", Age: 0}, nil},         // edge
		{"age 150 is valid", r3.User{Name: "Old", Age: 150}, nil},         // edge
		{"empty name", r3.User{Name: "", Age: 30}, r3.ErrInvalidName},     // error
		{"negative age", r3.User{Name: "Bob", Age: -1}, r3.ErrInvalidAge}, // error
		{"age above 150", r3.User{Name: "Eve", Age: 151}, r3.ErrInvalidAge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // cases share nothing, so they can run at once
			err := tt.user.Validate()
			if !errors.Is(err, tt.wantErr) { // [!code highlight]
				t.Errorf("Validate() = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// endregion validate-test
