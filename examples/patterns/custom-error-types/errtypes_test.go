package customerrortypes_test

import (
	"errors"
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
