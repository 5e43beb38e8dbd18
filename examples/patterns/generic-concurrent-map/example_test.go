package genericconcurrentmap_test

import (
	"fmt"

	genericconcurrentmap "fieldguide.dev/examples/patterns/generic-concurrent-map"
)

// User is the value type of the example.
type User struct{ Name string }

func Example() {
	// Made inside a function: := is not allowed at package level.
	users := genericconcurrentmap.New[int, User]()
	users.Set(1, User{Name: "Alice"})

	u, ok := users.Get(1) // u is a User: no type assertion
	fmt.Println(u.Name, ok)
	// Output: Alice true
}
