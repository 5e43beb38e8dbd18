package genericfunctions_test

import (
	"fmt"
	"strconv"

	genericfunctions "fieldguide.dev/examples/patterns/generic-functions"
)

// region example

func Example() {
	fmt.Println(genericfunctions.Map([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(genericfunctions.MaxOf([]string{"pear", "apple", "plum"}))
	fmt.Println(genericfunctions.MaxOf([]float64{}))
	fmt.Println(genericfunctions.Sum([]genericfunctions.Cents{199, 250})) // ~int64 admits Cents
	fmt.Println(genericfunctions.Index([]string{"a", "b"}, "b"))
	// Output:
	// [1 2 3]
	// plum true
	// 0 false
	// 449
	// 1
}

// endregion example
