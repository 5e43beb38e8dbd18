// Package goroutineleak shows goroutines that always have a way out: every
// channel operation that could block forever also watches ctx.
package goroutineleak

import "context"

// region worker

// Worker squares each task and sends the result on results. It returns when
// tasks is closed or when ctx is cancelled, whichever comes first, so a
// producer that gives up without closing tasks cannot strand it.
func Worker(ctx context.Context, tasks <-chan int, results chan<- int) {
	for {
		select {
		case task, ok := <-tasks: // [!code highlight]
			if !ok {
				// tasks is closed: no more work. Without this check the
				// loop would spin forever, receiving zero values.
				return
			}
			select {
			case results <- task * task:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done(): // [!code highlight]
			return
		}
	}
}

// endregion worker
