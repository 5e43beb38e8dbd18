//go:build bad

// Package bad closes a channel while its senders may still send on it.
package bad

// region squares

// Squares sends n*n for every n in nums, each computed in its own goroutine,
// and closes the channel when done.
//
// BUG: it closes out once it has started the senders, not once they have
// finished. Every sender still to send panics with "send on closed channel",
// crashing the whole program.
func Squares(nums []int) <-chan int {
	out := make(chan int)
	for _, n := range nums {
		go func() { out <- n * n }()
	}
	close(out) // [!code highlight]
	return out
}

// endregion squares
