// Package sendonclosedchannel closes a channel that has several senders
// safely: only after every sender is done.
package sendonclosedchannel

import "sync"

// region squares

// Squares sends n*n for every n in nums, each computed in its own goroutine,
// and closes the channel after the last send. The caller must read until
// the channel is closed, or the senders block forever.
func Squares(nums []int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Go(func() { out <- n * n })
	}
	// Close only when every sender has finished: a send on a closed
	// channel panics. Waiting in a goroutine lets Squares return at once.
	go func() {
		wg.Wait()  // [!code highlight]
		close(out) // [!code highlight]
	}()
	return out
}

// endregion squares
