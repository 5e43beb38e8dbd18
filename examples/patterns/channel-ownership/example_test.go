package channelownership_test

import (
	"context"
	"fmt"
	"sync"

	channelownership "fieldguide.dev/examples/patterns/channel-ownership"
)

func ExampleCount() {
	ctx := context.Background()
	fmt.Println(channelownership.Sum(channelownership.Count(ctx, 10)))
	// Output: 55
}

// region many-senders

// Several goroutines send on one channel: none of them owns it, so none
// closes it. The function that made the channel closes it after all the
// senders have returned.
func ExampleEmit() {
	ctx := context.Background()
	names := make(chan string)

	var wg sync.WaitGroup
	wg.Go(func() { _ = channelownership.Emit(ctx, names, "ann", "bob") })
	wg.Go(func() { _ = channelownership.Emit(ctx, names, "cid") })
	go func() {
		wg.Wait()
		close(names) // [!code highlight]
	}()

	n := 0
	for range names {
		n++
	}
	fmt.Println(n, "names")
	// Output: 3 names
}

// endregion many-senders
