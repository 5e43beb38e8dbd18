//go:build bad

// Package bad sorts through sort.Sort, which boxes the slice in an
// interface: one heap allocation per call.
package bad

import "sort"

// Person is sorted by age.
type Person struct {
	Name string
	Age  int
}

// region bad

type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// SortByAge sorts people by age, in place. It runs once per request.
func SortByAge(people []Person) {
	sort.Sort(byAge(people)) // byAge(people) escapes to heap // [!code highlight]
}

// endregion bad
