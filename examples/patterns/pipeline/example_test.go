package pipeline_test

import (
	"context"
	"fmt"
	"strconv"

	"fieldguide.dev/examples/patterns/pipeline"
)

func Example() {
	ctx := context.Background()

	nums := pipeline.Source(ctx, 1, 2, 3, 4)
	squares := pipeline.Map(ctx, nums, func(n int) int { return n * n })
	labels := pipeline.Map(ctx, squares, func(n int) string { return "#" + strconv.Itoa(n) })

	for s := range labels { // ends when the last stage closes its output
		fmt.Println(s)
	}
	// Output:
	// #1
	// #4
	// #9
	// #16
}
