//go:build go1.1

// Package rangeoverunclosedchannel closes every channel a consumer ranges
// over, so the range loop ends.
package rangeoverunclosedchannel

// region squares

// Squares sends the squares of 1..n on the returned channel and closes it
// when done: the producer owns the channel, so the producer closes it. A
// deferred close runs on every path out of the goroutine.
func Squares(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch) // [!code highlight]
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

// endregion squares

// Sum adds up the values from ch until ch is closed.
func Sum(ch <-chan int) int {
	total := 0
	for v := range ch {
		total += v
	}
	return total
}
