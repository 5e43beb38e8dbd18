// Package fanoutfanin spreads work from one channel over several goroutines
// (fan-out) and merges their results back into one channel (fan-in).
package fanoutfanin

import "context"

// region fan-out

// FanOut starts n workers that all read from in and square what they read.
// Each value is taken by exactly one worker. Every worker has its own output
// channel, which it owns and closes when in is closed or ctx is cancelled.
// FanOut panics if n is less than 1: with no worker nobody would read in.
func FanOut(ctx context.Context, in <-chan int, n int) []<-chan int {
	if n < 1 {
		panic("fanoutfanin: n must be at least 1")
	}
	outs := make([]<-chan int, n)
	for i := range n {
		out := make(chan int)
		outs[i] = out
		go square(ctx, in, out)
	}
	return outs
}

// square is one worker: it sends v*v for every v from in, then closes out.
func square(ctx context.Context, in <-chan int, out chan<- int) {
	defer close(out) // [!code highlight]
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done():
			return
		}
	}
}

// endregion fan-out
