//go:build go1.22

package circuitbreaker_test

import (
	"errors"
	"fmt"
	"time"

	circuitbreaker "fieldguide.dev/examples/patterns/circuit-breaker"
)

func ExampleBreaker_Call() {
	b := circuitbreaker.New(2, 30*time.Second)
	down := errors.New("connection refused")

	for range 3 {
		err := b.Call(func() error { return down })
		fmt.Println(err, "| state:", b.State())
	}
	// Output:
	// connection refused | state: closed
	// connection refused | state: open
	// circuit breaker is open | state: open
}
