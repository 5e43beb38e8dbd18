//go:build bad

// Package bad shows goroutines that leak: each can block forever on a
// channel operation, and nothing can make it return.
package bad

import "context"

// region worker

// Worker squares each task and sends the result on results.
//
// BUG: it returns only when tasks is closed. If the producer gives up and
// cancels ctx without closing tasks, or the consumer stops reading results,
// Worker blocks forever: it never looks at ctx.
func Worker(ctx context.Context, tasks <-chan int, results chan<- int) {
	for task := range tasks { // [!code highlight]
		results <- task * task // [!code highlight]
	}
}

// endregion worker
