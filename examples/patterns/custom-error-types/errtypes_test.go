package customerrortypes_test

import (
	"errors"
	"strings"
	"testing"

	customerrortypes "fieldguide.dev/examples/patterns/custom-error-types"
)

func TestRegister(t *testing.T) {
	if err := customerrortypes.Register(customerrortypes.Signup{Email: "a@b", Name: "Ada"}); err != nil {
		t.Fatalf("valid signup: %v", err)
	}
	err := customerrortypes.Register(customerrortypes.Signup{Email: "nope"})
	var op *customerrortypes.OpError
	var verr *customerrortypes.ValidationError
	if !errors.As(err, &op) || op.Op != "register" {
		t.Errorf("errors.As(%v, *OpError) failed", err)
	}
	if !errors.As(err, &verr) || verr.Field != "email" {
		t.Errorf("errors.As(%v, *ValidationError) failed", err)
	}
}

// 64 bytes is the longest name accepted; 65 is too long, reported as a
// ValidationError on "name" whose cause is ErrTooLong, inside an OpError.
func TestRegisterNameLength(t *testing.T) {
	ok := customerrortypes.Signup{Email: "a@b", Name: strings.Repeat("x", 64)}
	if err := customerrortypes.Register(ok); err != nil {
		t.Errorf("64-byte name: %v", err)
	}
	err := customerrortypes.Register(customerrortypes.Signup{Email: "a@b", Name: strings.Repeat("x", 65)})
	var op *customerrortypes.OpError
	var verr *customerrortypes.ValidationError
	if !errors.As(err, &op) || !errors.As(op.Err, &verr) || verr.Field != "name" || !errors.Is(err, customerrortypes.ErrTooLong) {
		t.Errorf("65-byte name: %v; want OpError > ValidationError on name > ErrTooLong", err)
	}
}

// The zero values print instead of panicking.
func TestZeroErrorsPrint(t *testing.T) {
	for _, err := range []error{&customerrortypes.OpError{}, &customerrortypes.ValidationError{}} {
		_ = err.Error()
	}
}
