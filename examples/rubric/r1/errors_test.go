package r1_test

import (
	"errors"
	"fmt"

	"fieldguide.dev/examples/rubric/r1"
)

// region inspect

func ExampleProcessUser() {
	for _, id := range []int{1, 2, 3} {
		_, err := r1.ProcessUser(id)
		var verr *r1.ValidationError
		switch {
		case err == nil:
			fmt.Println(id, "ok")
		case errors.Is(err, r1.ErrNotFound): // not ==: err wraps ErrNotFound
			fmt.Println(id, "not found:", err)
		case errors.As(err, &verr):
			fmt.Println(id, "bad field:", verr.Field)
		default:
			fmt.Println(id, "unexpected:", err)
		}
	}
	// Output:
	// 1 ok
	// 2 bad field: email
	// 3 not found: get user 3: not found
}

// endregion inspect
