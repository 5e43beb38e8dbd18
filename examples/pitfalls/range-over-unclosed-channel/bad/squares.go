//go:build bad

// Package bad ranges over a channel that its producer never closes.
package bad

// region squares

// Squares sends the squares of 1..n on the returned channel.
//
// BUG: the producer never closes ch. A consumer that ranges over it gets
// all n values and then waits forever for one more.
func Squares(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
		// missing: close(ch) // [!code highlight]
	}()
	return ch
}

// endregion squares

// region sum

// Sum adds up the values from ch until ch is closed.
func Sum(ch <-chan int) int {
	total := 0
	for v := range ch { // ends only when ch is closed
		total += v
	}
	return total
}

// endregion sum
