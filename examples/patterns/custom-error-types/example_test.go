package customerrortypes_test

import (
	"errors"
	"fmt"
	"strings"

	customerrortypes "fieldguide.dev/examples/patterns/custom-error-types"
)

// region as

func Example() {
	err := customerrortypes.Register(customerrortypes.Signup{
		Email: "ada@example.com",
		Name:  strings.Repeat("a", 65),
	})

	var verr *customerrortypes.ValidationError
	if errors.As(err, &verr) { // finds the type anywhere in the chain
		fmt.Println("field:", verr.Field)
	}
	fmt.Println("too long:", errors.Is(err, customerrortypes.ErrTooLong))
	fmt.Println(err)
	// Output:
	// field: name
	// too long: true
	// register: validation failed on name: too long
}

// endregion as
