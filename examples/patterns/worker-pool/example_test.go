package workerpool_test

import (
	"context"
	"fmt"
	"slices"

	workerpool "fieldguide.dev/examples/patterns/worker-pool"
)

func ExamplePool() {
	ctx := context.Background()

	// The producer owns jobs: it is the only sender, so it closes it.
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range 5 {
			jobs <- i
		}
	}()

	var squares []int
	for r := range workerpool.Pool(ctx, 3, jobs) {
		squares = append(squares, r.Square)
	}
	slices.Sort(squares) // workers finish in any order
	fmt.Println(squares)
	// Output: [0 1 4 9 16]
}
