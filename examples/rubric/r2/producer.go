package r2

import "context"

// region producer

// Count sends 0, 1, ..., n-1 on the channel it returns. Count owns the
// channel: it makes it, it is the only sender, and it closes it when it
// stops, after the last value or when ctx is cancelled. Callers get a
// receive-only channel, so the compiler stops them from sending or closing.
func Count(ctx context.Context, n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch) // [!code highlight]
		for i := range n {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

// endregion producer

// region consumer

// Sum adds up the values from ch. It only receives; the range loop ends
// when the producer closes ch.
func Sum(ch <-chan int) int {
	total := 0
	for v := range ch { // [!code highlight]
		total += v
	}
	return total
}

// endregion consumer
