package fanoutfanin

import (
	"context"
	"sync"
)

// region fan-in

// FanIn forwards every value from ins onto one channel. The output is closed
// once all inputs are closed, or soon after ctx is cancelled; it is closed by
// a goroutine that waits for every forwarder, because closing while one of
// them may still send would panic. A nil input is never ready, so with a
// nil input the output closes only when ctx is cancelled.
func FanIn[T any](ctx context.Context, ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Go(func() {
			for {
				select {
				case v, ok := <-in:
					if !ok {
						return
					}
					select {
					case out <- v:
					case <-ctx.Done():
						return
					}
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()  // [!code highlight]
		close(out) // [!code highlight]
	}()
	return out
}

// endregion fan-in
