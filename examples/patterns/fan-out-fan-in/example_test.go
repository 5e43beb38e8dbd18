package fanoutfanin_test

import (
	"context"
	"fmt"
	"slices"

	fanoutfanin "fieldguide.dev/examples/patterns/fan-out-fan-in"
)

// generate sends nums on a channel it owns and closes.
func generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Example() {
	ctx := context.Background()

	in := generate(ctx, 1, 2, 3, 4, 5)
	workers := fanoutfanin.FanOut(ctx, in, 3) // fan out to 3 workers
	results := fanoutfanin.FanIn(ctx, workers...)

	var squares []int
	for sq := range results { // ends when FanIn closes results
		squares = append(squares, sq)
	}
	slices.Sort(squares) // workers finish in any order
	fmt.Println(squares)
	// Output: [1 4 9 16 25]
}
