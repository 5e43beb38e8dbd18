package iterators_test

import (
	"fmt"
	"slices"

	"fieldguide.dev/examples/patterns/iterators"
)

// region use

func Example() {
	var t iterators.Tree[int]
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90} {
		t.Insert(k)
	}

	// A range loop calls the iterator; break makes yield return false.
	var small []int
	for k := range t.All() {
		if k > 30 {
			break
		}
		small = append(small, k)
	}
	fmt.Println(small)

	even := iterators.Filter(t.All(), func(k int) bool { return k%20 == 0 })
	fmt.Println(slices.Collect(even))
	// Output:
	// [10 20 30]
	// [20 80]
}

// endregion use
