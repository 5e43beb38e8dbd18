//go:build bad

package bad_test

import (
	"fmt"

	slug "fieldguide.dev/examples/patterns/example-tests/bad"
)

// region examples

// Punctuation and spaces become single hyphens; letters of any script stay.
func ExampleSlugify() { // [!code highlight]
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
func ExampleMake_Empty() { // [!code highlight]
	fmt.Printf("%q\n", slug.Make("!!!"))
	// Output: ""
}

// Titles that differ only in case and punctuation have the same slug.
func ExampleSet_Add() {
	var s slug.Set
	fmt.Println(s.Add("Hello, World"))
	fmt.Println(s.Add("hello world!"))
	// true  // [!code highlight]
	// true
}

// endregion examples
