package slug_test

import (
	"fmt"

	slug "fieldguide.dev/examples/patterns/example-tests"
)

// region examples

// Punctuation and spaces become single hyphens; letters of any script stay.
func ExampleMake() { // [!code highlight]
	fmt.Println(slug.Make("Hello, World!"))
	fmt.Println(slug.Make("  Go 1.26: what's new?  "))
	fmt.Println(slug.Make("Ünïcödé Straße"))
	fmt.Println(slug.Make("हिन्दी"))
	// Output:
	// hello-world
	// go-1-26-what-s-new
	// ünïcödé-straße
	// हिन्दी
}

// A title with no letters or digits gives an empty slug.
func ExampleMake_empty() { // [!code highlight]
	fmt.Printf("%q\n", slug.Make("!!!"))
	// Output: ""
}

// Titles that differ only in case and punctuation have the same slug.
func ExampleSet_Add() {
	var s slug.Set
	fmt.Println(s.Add("Hello, World"))
	fmt.Println(s.Add("hello world!"))
	// Output:
	// true
	// false
}

// All returns the slugs in no particular order.
func ExampleSet_All() {
	var s slug.Set
	s.Add("Alpha")
	s.Add("Beta")
	s.Add("Gamma")
	for _, name := range s.All() {
		fmt.Println(name)
	}
	// Unordered output:
	// gamma
	// alpha
	// beta
}

// endregion examples
