//go:build go1.21

// Package unexpectedheapescape sorts with the generic slices.SortFunc,
// which takes the slice as it is: no interface, no allocation.
package unexpectedheapescape

import (
	"cmp"
	"slices"
)

// Person is sorted by age.
type Person struct {
	Name string
	Age  int
}

// region good

// SortByAge sorts people by age, in place. It runs once per request.
func SortByAge(people []Person) {
	slices.SortFunc(people, func(a, b Person) int { // [!code highlight]
		return cmp.Compare(a.Age, b.Age)
	})
}

// endregion good
